// Render times of <metodika-practices> from the built bundle for 200 and 2,000 practices, in
// Debian's Chromium: first render, "show more", a search. Prints medians; writes
// bench/out/render-practices.json. Needs the bundle: pnpm --filter @metodika/widgets build.
// Run: node bench/render-practices.mjs
import { importBundled, withBenchPage, writeFeeds, writeResult } from './support/render-bench.mjs';

const COUNTS = [200, 2000];
const RUNS = 7;

// The same generator the tests use, bundled for Node.
const { makePracticesFeed } = await importBundled(
  'packages/widgets/src/practices/practices.fixture.ts',
);
await writeFeeds('practices', COUNTS, makePracticesFeed);

const { result: rows } = await withBenchPage('bench/render-practices.html', async (page) => {
  const rows = [];
  for (const count of COUNTS) {
    const result = await page.evaluate(([c, r]) => window.measure(c, r), [count, RUNS]);
    rows.push({
      count,
      ...Object.fromEntries(Object.entries(result).map(([k, v]) => [k, Math.round(v)])),
    });
  }
  return rows;
});

console.log(`median of ${RUNS} runs`);
console.log('practices  load+parse+first render ms  first render only ms  show more ms  search ms');
for (const r of rows)
  console.log(
    `${String(r.count).padStart(9)}  ${String(r.load).padStart(26)}  ${String(r.render).padStart(20)}  ${String(r.more).padStart(12)}  ${String(r.search).padStart(9)}`,
  );
await writeResult('render-practices', RUNS, rows);
