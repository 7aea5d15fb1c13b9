// The house rules ESLint enforces beyond style: which code may import which, and how SQL is written.
// eslint.config.mjs uses these, and test/lint/boundaries.spec.ts proves each one refuses a wrong import.

/**
 * Contexts in the order they may depend on each other: a lib imports only libs of earlier layers
 * (through their index, `@sanggar/<lib>`), never an app, never GraphQL.
 */
export const LAYERS = [
  ['core'],
  ['database', 'queue'],
  ['hubs', 'audit'],
  ['identity'],
  ['notifications', 'curricula'],
  ['cohorts'],
  ['scheduling'],
  ['attendance'],
  ['grading'],
  ['certificates', 'mentorship'],
  ['calendar'],
  ['privacy'],
];

const layerOf = (lib) => LAYERS.findIndex((layer) => layer.includes(lib));

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

function libRules(lib) {
  const later = LAYERS.flat().filter((other) => other !== lib && layerOf(other) >= layerOf(lib));
  return {
    files: [`libs/${lib}/**/*.ts`],
    rules: restrict([
      ...(later.length
        ? [
            {
              group: later.map((other) => `@sanggar/${other}`),
              message: `${lib} may not depend on a context of its layer or a later one (see tools/lint/boundaries.mjs)`,
            },
          ]
        : []),
      { group: ['**/apps/**', '@nestjs/graphql'], message: 'A lib never imports an app or GraphQL' },
      { group: ['../../*/src/**', '../../../libs/**'], message: 'Other libs are reached through @sanggar/<lib> only' },
    ]),
  };
}

/** SQL is written with parameters; only this file may build SQL text from values (identifiers it owns). */
export const SQL_TEXT_HELPER = 'libs/database/src/sql-text.ts';

const SQL_TEMPLATE =
  'TemplateLiteral[expressions.length>0] > TemplateElement[value.raw=/\\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|WHERE|JOIN|interval)\\b/i]';

export const boundaries = [
  ...LAYERS.flat().map(libRules),
  {
    files: ['apps/api/**/*.ts', 'apps/worker/**/*.ts'],
    rules: restrict([{ group: ['../../../libs/**', '**/libs/*/src/**'], message: 'Apps reach libs through @sanggar/<lib> only' }]),
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['@sanggar/*', '**/libs/**'], message: 'The web app imports no lib: libs carry Nest and TypeORM into the browser' },
      { group: ['**/apps/api/**', '**/apps/worker/**'], message: 'The web app talks to the api over HTTP only' },
    ]),
  },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: [SQL_TEXT_HELPER, 'libs/database/src/migrations/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: SQL_TEMPLATE, message: `Bind values as $n parameters; identifiers go through ${SQL_TEXT_HELPER}` },
      ],
    },
  },
];
