// Render times of <metodika-calendar> from the built bundle for 50/500/5,000 events, month grid
// and agenda, in Debian's Chromium. Prints medians; writes bench/out/render-calendar.json.
// Needs the bundle: pnpm --filter @metodika/widgets build.   Run: node bench/render-calendar.mjs
import { importBundled, withBenchPage, writeFeeds, writeResult } from './support/render-bench.mjs';

const COUNTS = [50, 500, 5000];
const RUNS = 7;

// The same generator the tests use, bundled for Node.
const { makeFeed } = await importBundled('test/embed/fixtures/make-feed.ts');
await writeFeeds('feed', COUNTS, makeFeed);

const { result: rows, version } = await withBenchPage(
  'bench/render-calendar.html',
  async (page) => {
    const rows = [];
    for (const count of COUNTS) {
      for (const view of ['month', 'agenda']) {
        const result = await page.evaluate(
          ([c, v, r]) => window.measure(c, v, r),
          [count, view, RUNS],
        );
        rows.push({
          count,
          view,
          loadMs: Math.round(result.load),
          rerenderMs: Math.round(result.rerender),
        });
      }
    }
    return rows;
  },
);

console.log(`median of ${RUNS} runs, Chromium ${version}`);
console.log('events  view     load+parse+first render ms   next month ms');
for (const r of rows)
  console.log(
    `${String(r.count).padStart(6)}  ${r.view.padEnd(7)}  ${String(r.loadMs).padStart(26)}   ${String(r.rerenderMs).padStart(13)}`,
  );
await writeResult('render-calendar', RUNS, rows);
