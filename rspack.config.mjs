/**
 * The api and worker builds (Nest CLI, rspack builder). Nest's defaults compile TypeScript with swc
 * for ES2021, which ignores tsconfig's `useDefineForClassFields: false`: every declared class field
 * became a `_define_property(this, …, void 0)` call in its constructor, and entities built per row
 * paid for them. This keeps tsconfig's semantics (a declared field is only a type; an initialised one
 * is assigned) and emits ES2022, which Node runs natively.
 */
const swcOptions = (options) => ({
  ...options,
  jsc: {
    ...options.jsc,
    target: 'es2022',
    transform: { ...options.jsc.transform, useDefineForClassFields: false },
  },
});

const withSwcOptions = (use) => (use.loader === 'builtin:swc-loader' ? { ...use, options: swcOptions(use.options) } : use);

export default (defaults) => ({
  module: {
    ...defaults.module,
    rules: defaults.module.rules.map((rule) => ({ ...rule, use: rule.use?.map(withSwcOptions) })),
  },
});
