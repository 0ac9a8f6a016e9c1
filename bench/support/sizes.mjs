// Sizes, gzip -9 and brotli: our script-tag bundles, each widget's own ESM entry, and FullCalendar
// bundled the same way from bench/entries/.
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { PAGES, pageFiles } from '../../test/size/budget.mjs';
import { bundleLibrary, out, root } from './bundle.mjs';
import { brotli, gzip } from './source-map.mjs';

const dist = join(root, 'packages/widgets/dist');
const WIDGETS = ['calendar', 'associations', 'practices', 'consultation'];

const row = (name, what, text) => ({
  name,
  what,
  raw: Buffer.byteLength(text),
  gzip: gzip(text),
  brotli: brotli(text),
});

/**
 * An ESM entry with every chunk it imports from the package (relative imports, followed), in
 * load order; the bare imports (lit, @lit/context, @metodika/feed) stay out: an app's bundler
 * shares them.
 */
async function esmClosure(entry, seen = new Set()) {
  if (seen.has(entry)) return '';
  seen.add(entry);
  const code = await readFile(entry, 'utf8');
  let text = code;
  for (const [, path] of code.matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g))
    text += await esmClosure(join(dirname(entry), path), seen);
  return text;
}

/** Builds the FullCalendar bundles into bench/out and returns their size rows. */
export async function fullCalendarSizes() {
  const rows = [];
  for (const [name, what] of [
    ['fullcalendar', 'FullCalendar 6: core + daygrid + list + ru locale'],
    ['fullcalendar-luxon', 'the same + luxon3 plugin + Luxon (named time zones)'],
  ]) {
    const code = await bundleLibrary({
      entry: join(root, `bench/entries/${name}.js`),
      file: join(out, `${name}.js`),
      cwd: join(root, 'bench'),
    });
    rows.push(row(name, what, code));
  }
  return rows;
}

/** Our bundles as built (`pnpm --filter @metodika/widgets build` first). */
export async function ourSizes() {
  // The script tag is a loader: each kind of page loads it and the chunks of its widgets, each
  // file compressed on its own (test/size/budget.mjs counts them the same way).
  const manifest = JSON.parse(await read('.vite/manifest.json'));
  const rows = [];
  for (const page of PAGES) {
    const files = await Promise.all(pageFiles(manifest, page.sources, page.lazy).map(read));
    const sum = (measure) => files.reduce((total, text) => total + measure(text), 0);
    rows.push({
      name: page.sources.length ? `metodika.js + ${files.length - 1} chunks` : 'metodika.js',
      what: `script tag: ${page.name}`,
      raw: sum(Buffer.byteLength),
      gzip: sum(gzip),
      brotli: sum(brotli),
    });
  }
  for (const widget of WIDGETS)
    rows.push(
      row(
        `metodika-${widget}.js`,
        `script tag: ${widget} alone + provider`,
        await read(`metodika-${widget}.js`),
      ),
    );
  for (const widget of WIDGETS) {
    const entry = join(dist, `esm/${widget}/define.js`);
    rows.push(
      row(
        relative(dist, entry),
        `ESM entry ${widget} with its chunks (lit, @metodika/feed external)`,
        await esmClosure(entry),
      ),
    );
  }
  return rows;
}

const read = (name) => readFile(join(dist, name), 'utf8');

/** Builds the parser bundle the browser parse figure loads (bench/out/parser.js). */
export async function buildParser() {
  await bundleLibrary({
    entry: join(root, 'bench/entries/parser.js'),
    file: join(out, 'parser.js'),
  });
}
