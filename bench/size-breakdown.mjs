// Per-source-file breakdown of a one-widget bundle (packages/widgets/dist/metodika-<widget>.js,
// the calendar's unless --widget names another; metodika.js itself is now only a loader): builds
// it with the package's Vite config, attributes the minified text to source files through
// the source map, and prints each file's raw bytes, its gzip size alone and its marginal gzip cost
// (whole bundle gzip minus the bundle with that file's text removed, so shared vocabulary counts
// only once). With --price it also rebuilds the bundle without the English tables (UI strings,
// problem messages) to price them; those variants are measurements only, never shipped.
// --file <dist-relative path> breaks down one file of the script-tag build as it is (no build),
// e.g. a chunk a page loads before it paints (test/size/budget.mjs lists them).
// Run: node bench/size-breakdown.mjs [--widget W | --file F] [--top N] [--no-build] [--price] [--dump <file>]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { gzip, mappedRanges } from './support/source-map.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const widgets = join(root, 'packages/widgets');
const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 60;
const widget = args.includes('--widget') ? args[args.indexOf('--widget') + 1] : 'calendar';

const only = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
if (!only && !args.includes('--no-build'))
  await build({
    root: widgets,
    configFile: join(widgets, 'vite.config.ts'),
    logLevel: 'silent',
    mode: widget,
  });
const file = join(widgets, only ? `dist/${only}` : `dist/metodika-${widget}.js`);
const code = await readFile(file, 'utf8');
const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
/** Short name: package-relative path. */
function name(source) {
  const m = source.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (m) return `npm:${m[1]}`;
  return source.replace(/^(\.\.\/)+/, '').replace(/^.*packages\//, '');
}

const all = mappedRanges(code, map);
const total = gzip(code);
const files = new Map();
for (const [start, end, source] of all) {
  const key = name(source);
  const entry = files.get(key) ?? { text: '', ranges: [] };
  entry.text += code.slice(start, end);
  entry.ranges.push([start, end]);
  files.set(key, entry);
}
if (args.includes('--dump')) console.log(files.get(args[args.indexOf('--dump') + 1])?.text);
const rows = [...files].map(([key, { text, ranges: rs }]) => {
  let without = '';
  let at = 0;
  for (const [s, e] of rs.sort((a, b) => a[0] - b[0])) {
    without += code.slice(at, s);
    at = e;
  }
  without += code.slice(at);
  return { key, raw: Buffer.byteLength(text), alone: gzip(text), marginal: total - gzip(without) };
});
rows.sort((a, b) => b.marginal - a.marginal);
console.log(
  `${file.slice(widgets.length + 1)}: ${Buffer.byteLength(code)} B raw, ${total} B gzip -9`,
);
console.log(
  `${'file'.padEnd(56)} ${'raw B'.padStart(7)} ${'gz alone'.padStart(8)} ${'gz marg'.padStart(7)}`,
);
for (const r of rows.slice(0, top))
  console.log(
    `${r.key.padEnd(56)} ${String(r.raw).padStart(7)} ${String(r.alone).padStart(8)} ${String(r.marginal).padStart(7)}`,
  );

/**
 * A transform that points every `en` table at its `ru` sibling, so the English literals drop out
 * of the bundle; `scope` picks the files (UI strings or problem messages).
 */
function russianOnly(scope) {
  return {
    name: 'price-russian-only',
    transform(source, id) {
      if (!scope.test(id)) return null;
      const ast = this.parse(source);
      const edits = [];
      const walk = (node) => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(walk);
        if (node.type === 'ObjectExpression') {
          const keys = node.properties.map((p) => p.key?.name);
          if (keys.includes('ru'))
            for (const p of node.properties)
              if (p.key?.name === 'en') edits.push([p.start, p.end, 'en: ru']);
        }
        for (const key of Object.keys(node)) if (key !== 'type') walk(node[key]);
      };
      walk(ast);
      if (edits.length === 0) return null;
      let out = source;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

if (args.includes('--price')) {
  const variants = [
    ['English UI strings', /(widgets\/src\/.*(\.strings|i18n\/locale)|feed\/src\/labels\/.*)\.ts$/],
    ['English problem messages', /feed\/src\/problems\.ts$/],
    ['English .ics words', /feed\/src\/ics\/calendar\.ts$/],
  ];
  console.log('\nprice (gzip -9 saved when the part is left out; measurement only)');
  for (const [label, scope] of variants) {
    const result = await build({
      root: widgets,
      configFile: join(widgets, 'vite.config.ts'),
      logLevel: 'silent',
      mode: widget,
      plugins: [russianOnly(scope)],
      build: { write: false, sourcemap: false },
    });
    const chunk = [result].flat()[0].output.find((o) => o.type === 'chunk');
    console.log(`${label.padEnd(40)} ${String(total - gzip(chunk.code)).padStart(6)} B`);
  }
}
