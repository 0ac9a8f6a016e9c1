// `cem analyze` reads the class JSDoc (@summary, @csspart, @cssproperty, @slot) into custom-elements.json.
export default {
  globs: ['src/**/*.ts'],
  // The loader defines tags it reads from a table; the define files declare them for the manifest.
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.page.ts',
    'src/**/*.d.ts',
    'src/loader.ts',
    // Test doubles and fixtures are no part of the widgets' API.
    'src/test-support/**',
  ],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      name: 'metodika-stable-order',
      // The analyzer lists modules in file-system order, which differs between machines: sorted,
      // the committed manifest changes only when the sources do.
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
