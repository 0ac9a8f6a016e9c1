// Size of the one-script-tag bundles against the budget: builds them with the package's own
// script (`build:bundle`: dist/metodika.js with every widget, dist/metodika-<widget>.js with one),
// prints raw and gzip -9 sizes of each, and the shares of Lit, the feed package (loader +
// validator) and the widgets in metodika.js, from its source map.
// Run: node bench/size-bundle.mjs   (fails when metodika.js is over budget; the one-widget files
// are reported, not judged; writes bench/out/size-bundle.json)
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzip, mappedRanges } from './support/source-map.mjs';

/** Budget for the finished script with all four widgets (issue 3). */
const BUDGET_GZIP = 20 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));
const widgets = join(root, 'packages/widgets');
const out = join(root, 'bench/out');

execFileSync('pnpm', ['run', '--silent', 'build:bundle'], { cwd: widgets, stdio: 'ignore' });
const names = (await readdir(join(widgets, 'dist')))
  .filter((name) => /^metodika(-[a-z]+)?\.js$/.test(name))
  // The all-widget file first, then the one-widget files by name.
  .sort((a, b) => (a === 'metodika.js' ? -1 : b === 'metodika.js' ? 1 : a.localeCompare(b)));
const bundles = [];
for (const name of names) {
  const text = await readFile(join(widgets, 'dist', name), 'utf8');
  bundles.push({ file: `dist/${name}`, raw: Buffer.byteLength(text), gzip: gzip(text) });
}

const file = join(widgets, 'dist/metodika.js');
const code = await readFile(file, 'utf8');
const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));

/** Generated text per source file, from the source map's mappings. */
function textBySource() {
  const parts = new Map();
  for (const [start, end, name] of mappedRanges(code, map))
    parts.set(name, (parts.get(name) ?? '') + code.slice(start, end));
  return parts;
}

function group(source) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(source))
    return 'lit';
  if (/node_modules\/@lit\/context\//.test(source)) return '@lit/context';
  if (/node_modules\/zod\//.test(source)) return 'zod/mini';
  if (/feed\/src\/(ics)\//.test(source)) return 'feed: ics generator';
  if (/feed\/src\/(format)\//.test(source)) return 'feed: format';
  if (/feed\/src\//.test(source)) return 'feed: schemas, parse, problems, loader';
  // Widget sources are mapped relative to dist/: `../src/calendar/calendar.ts`.
  if (/(^|\/)src\/base\//.test(source)) return 'widgets: base';
  if (/(^|\/)src\/calendar\//.test(source)) return 'widgets: calendar';
  if (/(^|\/)src\//.test(source)) return 'widgets: other';
  return 'other';
}

const groups = new Map();
for (const [source, text] of textBySource())
  groups.set(group(source), (groups.get(group(source)) ?? '') + text);
const total = { raw: Buffer.byteLength(code), gzip: gzip(code) };
const rows = [...groups]
  .map(([name, text]) => ({ name, raw: Buffer.byteLength(text), gzipAlone: gzip(text) }))
  .sort((a, b) => b.raw - a.raw);

const kb = (n) => (n / 1024).toFixed(1);
console.log(`bundle                              raw B   gzip -9 B   KiB`);
for (const b of bundles)
  console.log(
    `${b.file.padEnd(32)} ${String(b.raw).padStart(8)} ${String(b.gzip).padStart(11)} ${kb(b.gzip).padStart(5)}`,
  );
console.log(
  `\ndist/metodika.js: ${total.raw} B raw, ${total.gzip} B gzip -9 (${kb(total.gzip)} KiB); budget ${kb(BUDGET_GZIP)} KiB`,
);
console.log('\npart                                        raw B   gzip alone B');
for (const r of rows)
  console.log(
    `${r.name.padEnd(40)} ${String(r.raw).padStart(8)} ${String(r.gzipAlone).padStart(10)}`,
  );
console.log(
  '(gzip alone: each part compressed by itself; parts share a dictionary in the real file, so they sum to more than the total)',
);

await mkdir(out, { recursive: true });
await writeFile(
  join(out, 'size-bundle.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), budgetGzip: BUDGET_GZIP, total, rows, bundles }, null, 2)}\n`,
);
if (total.gzip > BUDGET_GZIP) {
  console.error(`\nOVER BUDGET by ${total.gzip - BUDGET_GZIP} B gzip`);
  process.exitCode = 1;
}
