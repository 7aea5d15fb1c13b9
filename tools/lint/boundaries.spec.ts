import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { SQL_TEXT_HELPER, boundaries } from './boundaries.mjs';

/** Lints one line as if it were in `file`, with the house rules only (no type information needed). */
async function problems(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } }, ...boundaries],
  });
  const [result] = await eslint.lintText(code, { filePath: file });
  return [...new Set(result.messages.map((message) => message.message))];
}

describe('house rules (tools/lint/boundaries.mjs)', () => {
  it.each([
    [
      'libs/hubs/src/fixture.ts',
      "import { CohortsService } from '@sanggar/cohorts';",
      /may not depend on a context of its layer or a later one/,
    ],
    ['libs/core/src/fixture.ts', "import { dataSourceOptions } from '@sanggar/database';", /may not depend/],
    ['libs/notifications/src/fixture.ts', "import { CurriculaService } from '@sanggar/curricula';", /may not depend/],
    ['libs/grading/src/fixture.ts', "import { Resolver } from '@nestjs/graphql';", /never imports an app or GraphQL/],
    ['libs/grading/src/fixture.ts', "import { createApi } from '../../../apps/api/src/bootstrap.js';", /never imports an app/],
    ['libs/grading/src/fixture.ts', "import { AttendanceService } from '../../attendance/src/attendance.service.js';", /through @sanggar/],
    ['apps/web/src/fixture.tsx', "import { Role } from '@sanggar/core';", /The web app imports no lib/],
    ['libs/cohorts/src/fixture.ts', 'db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]);', /Bind values as \$n parameters/],
  ])('refuses, in %s: %s', async (file, code, message) => {
    expect(await problems(file, code)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['libs/grading/src/fixture.ts', "import { AttendanceService } from '@sanggar/attendance';"],
    ['apps/api/src/fixture.ts', "import { GradingService } from '@sanggar/grading';"],
    ['libs/cohorts/src/fixture.ts', 'db.query(`SELECT * FROM cohort WHERE id = $1`, [id]);'],
    [SQL_TEXT_HELPER, 'db.query(`SELECT 1 FROM ${quoted(table)} WHERE id = $1`, [id]);'],
  ])('allows, in %s: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
