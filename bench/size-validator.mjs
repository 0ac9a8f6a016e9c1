// What the feed validator costs in a browser bundle, with zod/mini (as shipped) and with
// classic zod (the same schemas through a `zod/mini` → `zod` alias), next to a bare Lit element.
// Also checks that both validator bundles run and give the same result on the test fixtures.
// Run: node bench/size-validator.mjs   (writes bench/out/size-validator.json)
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench/out');
const work = join(out, 'size-validator');
const feedIndex = join(root, 'packages/feed/src/index.ts');
// lit is a dependency of the widgets package only.
const litEntry = createRequire(join(root, 'packages/widgets/package.json')).resolve('lit');

const lit = `export { LitElement } from 'lit';\n`;
const parse = `export { parseFeed } from ${JSON.stringify(feedIndex)};\n`;
const messages = `export { problemMessage } from ${JSON.stringify(join(root, 'packages/feed/src/problems.ts'))};\n`;
const loader = `export { loadFeeds, parseSrcList } from ${JSON.stringify(feedIndex)};\n`;

const CLASSIC = [{ find: /^zod\/mini$/, replacement: 'zod' }];
const cases = [
  { name: 'lit', what: 'LitElement only (baseline)', code: lit },
  { name: 'parse-mini', what: 'parseFeed, zod/mini', code: parse },
  { name: 'parse-classic', what: 'parseFeed, classic zod', code: parse, alias: CLASSIC },
  { name: 'lit+parse-mini', what: 'LitElement + parseFeed, zod/mini', code: lit + parse },
  {
    name: 'lit+parse-classic',
    what: 'LitElement + parseFeed, classic zod',
    code: lit + parse,
    alias: CLASSIC,
  },
  { name: 'messages', what: 'problem messages alone (ru + en), no zod', code: messages },
  {
    name: 'loader-mini',
    what: 'loadFeeds + parseSrcList (parse, cache, merge), zod/mini',
    code: loader,
  },
  {
    name: 'lit+loader-mini',
    what: 'LitElement + loadFeeds + parseSrcList, zod/mini',
    code: lit + loader,
  },
];

async function bundle({ name, code, alias = [] }) {
  const entry = join(work, `${name}.entry.js`);
  await writeFile(entry, code);
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: work,
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { alias: [{ find: /^lit$/, replacement: litEntry }, ...alias] },
    build: {
      write: false,
      emptyOutDir: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: name },
      // Library mode keeps whitespace unless the output itself is minified too.
      rolldownOptions: { output: { minify: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = outputs.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`${name}: expected one chunk, got ${chunks.length}`);
  const text = chunks[0].code;
  const file = join(work, `${name}.js`);
  await writeFile(file, text);
  const bytes = Buffer.from(text);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, file };
}

/** Both validators must agree on real feeds, or the size comparison means nothing. */
async function sameResults(files) {
  const fixtures = join(root, 'packages/feed/test/load-fixtures');
  const inputs = await Promise.all(
    ['kuz.json', 'amur.json', 'broken.txt', 'not-a-feed.json'].map((n) =>
      readFile(join(fixtures, n), 'utf8'),
    ),
  );
  const results = {};
  for (const [label, file] of Object.entries(files)) {
    const { parseFeed } = await import(pathToFileURL(file).href);
    results[label] = inputs.map((input) => {
      const { feed, problems, ok } = parseFeed(input, { mode: 'strict' });
      // JSON.parse's own wording differs by nothing here, but keep messages out of the comparison.
      return { ok, feed, problems: problems.map(({ message, ...rest }) => rest) };
    });
  }
  const [first, ...rest] = Object.values(results);
  for (const other of rest) {
    if (JSON.stringify(other) !== JSON.stringify(first))
      throw new Error('zod/mini and classic zod disagree');
  }
  return first.map((r) => r.problems.length);
}

const kb = (n) => (n / 1024).toFixed(1);

await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
const sizes = {};
for (const c of cases) sizes[c.name] = { what: c.what, ...(await bundle(c)) };
const problemCounts = await sameResults({
  mini: sizes['parse-mini'].file,
  classic: sizes['parse-classic'].file,
});

const rows = Object.entries(sizes).map(([name, s]) => ({
  name,
  what: s.what,
  raw: s.raw,
  gzip: s.gzip,
}));
const share = (withLit) => sizes[withLit].gzip - sizes.lit.gzip;
const summary = {
  validatorShareMiniGzip: share('lit+parse-mini'),
  validatorShareClassicGzip: share('lit+parse-classic'),
  loaderShareMiniGzip: share('lit+loader-mini'),
};

console.log('bundle                 raw B     gzip -9 B  gzip KiB');
for (const r of rows) {
  console.log(
    `${r.name.padEnd(20)} ${String(r.raw).padStart(8)}  ${String(r.gzip).padStart(10)}  ${kb(r.gzip).padStart(8)}`,
  );
}
console.log(
  `\nvalidator share over Lit (gzip -9): zod/mini ${summary.validatorShareMiniGzip} B, classic zod ${summary.validatorShareClassicGzip} B; whole loader (zod/mini) ${summary.loaderShareMiniGzip} B`,
);
console.log(
  `both validators agree on the fixtures (problems per fixture: ${problemCounts.join(', ')})`,
);

const report = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  vite: (await import('vite')).version,
  rows,
  summary,
};
await writeFile(join(out, 'size-validator.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`written ${join('bench/out', 'size-validator.json')}`);
