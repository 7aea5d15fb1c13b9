import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type GraphQLEnumType, buildSchema, isEnumType } from 'graphql';

// The web app's promises that no compiler checks: its generated GraphQL types match the committed
// schema, both languages say everything, and no component speaks without a translation.
const WEB = 'apps/web';
const SOURCES = `${WEB}/src`;
/** Names that are the same in every language. */
const NAMES = new Set(['Sanggar']);

async function sourceFiles(dir = SOURCES): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry): Promise<string[]> => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return path === `${SOURCES}/gql` ? [] : sourceFiles(path);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.gen.ts') ? [path] : [];
    }),
  );
  return nested.flat();
}

type Messages = { [key: string]: string | Messages };
const flatten = (messages: Messages, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : [...flatten(value, `${prefix}${key}.`)],
    ),
  );
const messagesOf = async (lang: string) => flatten(JSON.parse(await readFile(`${WEB}/messages/${lang}.json`, 'utf8')) as Messages);

/** Plural forms (i18next `_one`/`_other`) count as the key they belong to. */
const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('web app', () => {
  it('commits exactly the GraphQL types that codegen makes from schema.gql', () => {
    // `--check` generates in memory and fails on any file that differs: run `npm run codegen` after changing a document or the schema.
    const check = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--check'], { cwd: WEB, encoding: 'utf8' });
    expect({ status: check.status, stale: check.stdout.match(/stale files[\s\S]*/)?.[0] }).toEqual({ status: 0, stale: undefined });
  });

  it('has the same messages in Indonesian and English, none empty', async () => {
    const [id, en] = await Promise.all([messagesOf('id'), messagesOf('en')]);
    expect([...en.keys()].sort()).toEqual([...id.keys()].sort());
    expect([...id, ...en].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('translates every key a component asks for, including one per value of the enums it shows', async () => {
    const known = new Set([...(await messagesOf('id')).keys()].map(baseKey));
    const schema = buildSchema(await readFile('schema.gql', 'utf8'));
    const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);
    const missing: string[] = [];
    for (const file of await sourceFiles()) {
      const source = await readFile(file, 'utf8');
      for (const [, key] of source.matchAll(/\bt\(\s*'([\w.]+)'/g)) if (!known.has(key)) missing.push(`${file}: ${key}`);
      // t(`attendanceStatus.${status}`): the prefix names the enum (AttendanceStatus) whose every value needs a message.
      for (const [, prefix] of source.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)) {
        const enumName = prefix
          .split('.')
          .pop()!
          .replace(/^./, (c) => c.toUpperCase());
        const type = schema.getType(enumName);
        const values = type && isEnumType(type) ? enumValues(enumName) : [];
        if (values.length === 0 && ![...known].some((key) => key.startsWith(`${prefix}.`))) missing.push(`${file}: ${prefix}.*`);
        for (const value of values) if (!known.has(`${prefix}.${value}`)) missing.push(`${file}: ${prefix}.${value}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('hard-codes no words a person reads in any component', async () => {
    const spoken: string[] = [];
    for (const file of (await sourceFiles()).filter((path) => path.endsWith('.tsx') && !path.includes('/explorer/'))) {
      const source = await readFile(file, 'utf8');
      // Text between tags (not an expression) and the attributes a person reads or hears.
      const texts = [
        ...source.matchAll(/(?<![=-])>\s*([^<>{}=;()]*\p{L}{2,}[^<>{}=;()]*?)\s*</gu),
        ...source.matchAll(/\b(?:label|title|placeholder|description|aria-label|alt)="([^"]*\p{L}[^"]*)"/gu),
      ];
      spoken.push(
        ...texts
          .map(([, text]) => text.trim())
          .filter((text) => !NAMES.has(text))
          .map((text) => `${file}: ${text}`),
      );
    }
    expect(spoken).toEqual([]);
  });

  it('loads the styles of every Mantine component a screen uses (each is imported one by one)', async () => {
    const styles = await readFile(`${SOURCES}/styles.ts`, 'utf8');
    const available = new Set((await readdir('node_modules/@mantine/core/styles')).filter((file) => /^[A-Z]\w*\.css$/.test(file)));
    const used = new Set<string>();
    for (const file of await sourceFiles()) {
      const source = await readFile(file, 'utf8');
      for (const [, names] of source.matchAll(/import \{([^}]*)\} from '@mantine\/core'/g))
        for (const name of names.split(',').map((part) => part.trim()))
          if (name && !name.startsWith('type ') && available.has(`${name}.css`)) used.add(name);
    }
    const missing = [...used].filter((name) => !styles.includes(`@mantine/core/styles/${name}.css'`));
    expect(missing).toEqual([]);
  });
});
