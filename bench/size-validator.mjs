// What the feed validator costs in a browser bundle: the compact validator generated from the zod
// schemas (as shipped in the loader), zod/mini and classic zod (the same schemas through a
// `zod/mini` → `zod` alias), next to a bare Lit element. Also checks that all validator bundles
// run and give the same result on the test fixtures.
// Run: node bench/size-validator.mjs   (writes bench/out/size-validator.json)
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleLibrary, out, root } from './support/bundle.mjs';
import { gzip } from './support/source-map.mjs';

const work = join(out, 'size-validator');
const feedIndex = join(root, 'packages/feed/src/index.ts');
// lit is a dependency of the widgets package only.
const litEntry = createRequire(join(root, 'packages/widgets/package.json')).resolve('lit');

const lit = `export { LitElement } from 'lit';\n`;
const parse = `export { parseFeed } from ${JSON.stringify(feedIndex)};\n`;
const messages = `export { problemMessage } from ${JSON.stringify(join(root, 'packages/feed/src/problems.ts'))};\n`;
const loader = `export { loadFeeds, parseSrcList } from ${JSON.stringify(feedIndex)};\n`;
const compact = `export { parseFeedCompact as parseFeed } from ${JSON.stringify(feedIndex)};\n`;
const consultation = `export { validateConsultationRequest } from ${JSON.stringify(feedIndex)};\n`;

const CLASSIC = [{ find: /^zod\/mini$/, replacement: 'zod' }];
// The loader as it was before the compact validator: load.ts's engine import answered by zod.
const zodShim = join(work, 'zod-engine-shim.js');
const ZOD_LOADER = [{ find: /^\.\.\/compact\/engine\.ts$/, replacement: zodShim }];
/** Drops the English messages, to price them (the widgets keep them for lang="en"). */
const ruOnly = {
  name: 'ru-only-messages',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/feed/src/problems.ts')) return null;
    const out = code.replace('{ ru, en }', '{ ru, en: ru }');
    if (out === code) throw new Error('problems.ts changed: update the ru-only-messages plugin');
    return out;
  },
};
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
  { name: 'parse-compact', what: 'parseFeedCompact: generated rules, no zod', code: compact },
  { name: 'lit+parse-compact', what: 'LitElement + parseFeedCompact', code: lit + compact },
  { name: 'messages', what: 'problem messages alone (ru + en), no zod', code: messages },
  {
    name: 'loader-mini',
    what: 'loadFeeds + parseSrcList (parse, cache, merge), zod/mini',
    code: loader,
    alias: ZOD_LOADER,
  },
  {
    name: 'lit+loader-mini',
    what: 'LitElement + loadFeeds + parseSrcList, zod/mini',
    code: lit + loader,
    alias: ZOD_LOADER,
  },
  {
    name: 'loader-compact',
    what: 'loadFeeds + parseSrcList, compact validator (as shipped)',
    code: loader,
  },
  {
    name: 'lit+loader-compact',
    what: 'LitElement + loadFeeds + parseSrcList, compact validator',
    code: lit + loader,
  },
  {
    name: 'lit+loader-compact-ru',
    what: 'the same with the English messages dropped (pricing them only)',
    code: lit + loader,
    plugins: [ruOnly],
  },
  {
    name: 'consultation-compact',
    what: 'validateConsultationRequest (the form), compact',
    code: consultation,
  },
];

async function bundle({ name, code, alias = [], plugins = [] }) {
  const entry = join(work, `${name}.entry.js`);
  await writeFile(entry, code);
  const file = join(work, `${name}.js`);
  const text = await bundleLibrary({
    entry,
    file,
    cwd: work,
    plugins,
    alias: [{ find: /^lit$/, replacement: litEntry }, ...alias],
  });
  return { raw: Buffer.byteLength(text), gzip: gzip(text), file };
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
  const [first] = Object.values(results);
  for (const [label, other] of Object.entries(results).slice(1)) {
    if (JSON.stringify(other) !== JSON.stringify(first))
      throw new Error(`${label} disagrees with ${Object.keys(results)[0]}`);
  }
  return first.map((r) => r.problems.length);
}

const kb = (n) => (n / 1024).toFixed(1);

await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
await writeFile(
  zodShim,
  `export { parseFeed as parseFeedCompact } from ${JSON.stringify(join(root, 'packages/feed/src/parse.ts'))};\n`,
);
const sizes = {};
for (const c of cases) sizes[c.name] = { what: c.what, ...(await bundle(c)) };
const problemCounts = await sameResults({
  mini: sizes['parse-mini'].file,
  classic: sizes['parse-classic'].file,
  compact: sizes['parse-compact'].file,
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
  validatorShareCompactGzip: share('lit+parse-compact'),
  loaderShareCompactGzip: share('lit+loader-compact'),
  englishMessagesGzip: sizes['lit+loader-compact'].gzip - sizes['lit+loader-compact-ru'].gzip,
};

console.log('bundle                 raw B     gzip -9 B  gzip KiB');
for (const r of rows) {
  console.log(
    `${r.name.padEnd(20)} ${String(r.raw).padStart(8)}  ${String(r.gzip).padStart(10)}  ${kb(r.gzip).padStart(8)}`,
  );
}
console.log(
  `\nvalidator share over Lit (gzip -9): compact ${summary.validatorShareCompactGzip} B, zod/mini ${summary.validatorShareMiniGzip} B, classic zod ${summary.validatorShareClassicGzip} B`,
);
console.log(
  `whole loader over Lit: compact ${summary.loaderShareCompactGzip} B, zod/mini ${summary.loaderShareMiniGzip} B; English messages ${summary.englishMessagesGzip} B`,
);
console.log(
  `all validators agree on the fixtures (problems per fixture: ${problemCounts.join(', ')})`,
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
