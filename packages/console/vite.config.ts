import { defineConfig } from 'vite';

/**
 * The console as a static site: `dist/index.html` plus hashed assets, all referenced
 * relatively (`base: './'`) so the service can serve it at /admin/ (or any folder). No inline
 * script or style is emitted: the service's CSP allows only 'self'.
 */
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill would be an inline script; every browser the console supports has modulepreload.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: { output: { minify: true } },
  },
});
