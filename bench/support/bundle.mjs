// Vite builds the benches make of their own: a library bundled the way the widgets' script-tag
// bundle is (library mode, ES, minified, one file), and a TypeScript module bundled for Node.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Repository root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));
/** Where benches write bundles, feeds and results (git-ignored). */
export const out = join(root, 'bench/out');

const chunksOf = (result) =>
  (Array.isArray(result) ? result : [result])
    .flatMap((r) => r.output)
    .filter((o) => o.type === 'chunk');

/**
 * Bundles `entry` (a file) like `packages/widgets/vite.config.ts` bundles `dist/metodika.js`:
 * library mode, ES format, `minify: true` plus the output's own minify (library mode keeps
 * whitespace otherwise), production `NODE_ENV`, no comments, one chunk. Writes `file` when given;
 * returns the code.
 */
export async function bundleLibrary({ entry, file, alias = [], plugins = [], cwd = root }) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: cwd,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins,
    resolve: { alias },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'bundle' },
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  });
  const chunks = chunksOf(result);
  if (chunks.length !== 1) throw new Error(`${entry}: expected one chunk, got ${chunks.length}`);
  const code = chunks[0].code;
  if (file) await writeFile(file, code);
  return code;
}

/** Bundles a TypeScript module (a feed generator the tests use) for Node and imports it. */
export async function importBundled(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, lib: { entry: join(root, entry), formats: ['es'] } },
  });
  const code = chunksOf(result)[0].code;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
