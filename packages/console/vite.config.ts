import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * The page for school webmasters imports the widgets' custom-elements.json to know which
 * attributes it may offer; it needs only the elements' tags, attributes and CSS properties, not
 * the whole 270 KB manifest.
 */
function trimmedManifest(): Plugin {
  return {
    name: 'metodika-trimmed-manifest',
    enforce: 'pre',
    load(id) {
      if (!id.split('?')[0]!.endsWith('/widgets/custom-elements.json')) return null;
      const manifest = JSON.parse(readFileSync(id.split('?')[0]!, 'utf8')) as {
        modules: { declarations?: Record<string, unknown>[] }[];
      };
      const modules = manifest.modules.map((module) => ({
        declarations: (module.declarations ?? [])
          .filter((d) => d.customElement && d.tagName)
          .map((d) => ({
            customElement: true,
            tagName: d.tagName,
            attributes: ((d.attributes ?? []) as Record<string, unknown>[]).map((a) => ({
              name: a.name,
              type: a.type,
              default: a.default,
            })),
            cssProperties: ((d.cssProperties ?? []) as { name: string }[]).map((p) => ({
              name: p.name,
            })),
          })),
      }));
      return JSON.stringify({ modules: modules.filter((m) => m.declarations.length > 0) });
    },
  };
}

/**
 * The console as a static site: `dist/index.html` plus hashed assets, all referenced
 * relatively (`base: './'`) so the service can serve it at /admin/ (or any folder), and
 * `dist/sites.html`, the public page for school webmasters the service serves at /sites/. No
 * inline script or style is emitted: the service's CSP allows only 'self'.
 */
export default defineConfig({
  base: './',
  plugins: [trimmedManifest()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill would be an inline script; every browser the console supports has modulepreload.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        sites: fileURLToPath(new URL('./sites.html', import.meta.url)),
      },
      output: { minify: true },
    },
  },
});
