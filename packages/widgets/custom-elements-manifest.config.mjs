// `cem analyze` reads the class JSDoc (@summary, @csspart, @cssproperty, @slot) into custom-elements.json.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.page.ts', 'src/**/*.d.ts'],
  litelement: true,
  outdir: '.',
};
