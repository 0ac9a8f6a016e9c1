// `pnpm bench`: size and speed against FullCalendar, measured side by side in one run.
// Builds the widgets (production), bundles FullCalendar the same way, writes deterministic feeds,
// then measures in Debian's Chromium (every figure over --runs cold page loads, default 5) and
// with the CLI. Writes bench/results.json and bench/results.md and prints the tables.
//   node bench/run.mjs [--runs N] [--no-build] [--sizes]   (--sizes: sizes only, nothing written)
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { directoryFeed, feedOfSize } from './support/big-feed.mjs';
import { withBrowser } from './support/browser.mjs';
import { importBundled, out, root } from './support/bundle.mjs';
import { markdown, summary } from './support/report.mjs';
import { buildParser, fullCalendarSizes, ourSizes } from './support/sizes.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    sizes: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const COUNTS = [50, 500, 5000];
// `strip` is the home page's `<metodika-calendar limit="5">` (FullCalendar: a list of the same five).
const VIEWS = ['month', 'agenda', 'strip'];
/** Views with filters: the filter change is timed on these. */
const FILTER_VIEWS = ['month', 'agenda'];
/** The page with all four widgets reads the district's sample feed (48 events, 25 practices). */
const FOUR_WIDGETS_FEED = '/demo/feeds/kuznetsk.json';
const IMPLS = ['ours', 'fullcalendar', 'fullcalendar-luxon'];
const BIG = [
  { name: 'feed-1mb', bytes: 1_000_000 },
  { name: 'feed-10mb', bytes: 10_000_000 },
];
const COLLECTIONS = [
  { widget: 'practices', count: 2000 },
  { widget: 'associations', count: 500 },
];
const README_START = '<!-- bench:results (written by pnpm bench) -->';
const README_END = '<!-- /bench:results -->';
const say = (text) => process.stderr.write(`bench: ${text}\n`);
// Other work on the machine shows in every time: the 1-minute load average is kept with them.
const loadAverage = () => Math.round(os.loadavg()[0] * 10) / 10;
const loadAtStart = loadAverage();

if (!args['no-build']) {
  say('building @metodika/widgets (bundles, ESM, types)');
  execFileSync('pnpm', ['--filter', '@metodika/widgets', 'run', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
await mkdir(out, { recursive: true });
say('bundling FullCalendar and the parser');
const sizes = { ours: await ourSizes(), fullcalendar: await fullCalendarSizes() };
await buildParser();
if (args.sizes) {
  console.table([...sizes.ours, ...sizes.fullcalendar]);
  process.exit(0);
}

say('writing feeds');
const write = (name, text) => writeFile(join(out, `${name}.json`), text);
const { makeFeed } = await importBundled('test/embed/fixtures/make-feed.ts');
const { makePracticesFeed } = await importBundled(
  'packages/widgets/src/practices/practices.fixture.ts',
);
for (const count of COUNTS) await write(`calendar-${count}`, JSON.stringify(makeFeed(count)));
await write('practices-2000', JSON.stringify(makePracticesFeed(2000)));
await write('associations-500', JSON.stringify(directoryFeed(500)));
for (const big of BIG) {
  const { text, events } = feedOfSize(big.bytes);
  Object.assign(big, { bytes: Buffer.byteLength(text), events });
  await write(big.name, text);
}

/** Collects lists of numbers under a key: add('a', 1); all('a') → [1, …]. */
const samples = new Map();
const add = (key, value) => samples.set(key, [...(samples.get(key) ?? []), value]);
const all = (key) => samples.get(key) ?? [];

const chromium = await withBrowser(async (bench) => {
  const src = (name) => `/bench/out/${name}.json`;
  say(`Chromium ${bench.version}: warming up`);
  await (
    await bench.open({ case: 'calendar', impl: 'ours', view: 'month', src: src('calendar-50') })
  ).close();
  for (let run = 1; run <= RUNS; run++) {
    say(`run ${run} of ${RUNS}`);
    // Interleaved, so drift on the machine touches every implementation alike.
    for (const count of COUNTS)
      for (const view of VIEWS)
        for (const impl of IMPLS) {
          const key = `${count}/${view}/${impl}`;
          const query = { case: 'calendar', impl, view, src: src(`calendar-${count}`) };
          const { page, result, close } = await bench.open(query);
          add(`${key}/ms`, result.ms);
          add(`${key}/heap`, await bench.heap(page));
          if (count === 5000 && FILTER_VIEWS.includes(view))
            add(`${key}/filter`, await page.evaluate(() => window.benchAgain()));
          await close();
        }
    for (const impl of IMPLS) {
      const { page, result, close } = await bench.open({
        case: 'page',
        impl,
        src: FOUR_WIDGETS_FEED,
      });
      add(`page/${impl}/ms`, result.ms);
      add(`page/${impl}/heap`, await bench.heap(page));
      await close();
    }
    for (const big of BIG) {
      const { result, close } = await bench.open({ case: 'parse', src: src(big.name) });
      add(`${big.name}/parse`, result.parseMs);
      add(`${big.name}/json`, result.jsonMs);
      await close();
    }
    for (const { widget, count } of COLLECTIONS) {
      const { page, result, close } = await bench.open({
        case: widget,
        src: src(`${widget}-${count}`),
      });
      add(`${widget}/ms`, result.ms);
      add(`${widget}/heap`, await bench.heap(page));
      add(`${widget}/search`, await page.evaluate(() => window.benchAgain()));
      await close();
    }
  }
  return bench.version;
});

say('timing the validate CLI');
const cliMs = (file) => {
  const start = process.hrtime.bigint();
  execFileSync(
    process.execPath,
    [join(root, 'packages/feed/bin/metodika.js'), 'validate', file, '--json'],
    {
      stdio: 'ignore',
    },
  );
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const tiny = join(root, 'test/fixtures/valid/base.json');
cliMs(tiny); // warm-up: tsx's transpile cache
for (let run = 0; run < RUNS; run++) {
  add('cli/baseline', cliMs(tiny));
  for (const big of BIG) add(`cli/${big.name}`, cliMs(join(out, `${big.name}.json`)));
}

const bytes = (n) => n;
const calendar = COUNTS.flatMap((count) =>
  VIEWS.map((view) => ({
    count,
    view,
    ...Object.fromEntries(
      IMPLS.map((impl) => [
        impl,
        {
          ms: summary(all(`${count}/${view}/${impl}/ms`)),
          heap: summary(all(`${count}/${view}/${impl}/heap`), bytes),
        },
      ]),
    ),
  })),
);
const filter = FILTER_VIEWS.map((view) => ({
  count: 5000,
  view,
  ...Object.fromEntries(IMPLS.map((impl) => [impl, summary(all(`5000/${view}/${impl}/filter`))])),
}));
const parse = BIG.map((big) => ({
  file: `bench/out/${big.name}.json`,
  bytes: big.bytes,
  events: big.events,
  parse: summary(all(`${big.name}/parse`)),
  json: summary(all(`${big.name}/json`)),
}));
const cli = BIG.map((big) => ({
  file: `bench/out/${big.name}.json`,
  validate: summary(all(`cli/${big.name}`)),
  baseline: summary(all('cli/baseline')),
}));
const page = {
  feed: FOUR_WIDGETS_FEED,
  ...Object.fromEntries(
    IMPLS.map((impl) => [
      impl,
      { ms: summary(all(`page/${impl}/ms`)), heap: summary(all(`page/${impl}/heap`), bytes) },
    ]),
  ),
};
const collections = COLLECTIONS.map(({ widget, count }) => ({
  widget,
  count,
  ms: summary(all(`${widget}/ms`)),
  search: summary(all(`${widget}/search`)),
  heap: summary(all(`${widget}/heap`), bytes),
}));

// Issue 15's targets. Sizes per page are a test (test/size); here the page with everything.
const ourGzip = sizes.ours.find((row) => row.what.includes('every lazy part')).gzip;
const [fc] = sizes.fullcalendar;
const speedTarget = (impl, label, counts, wanted) => {
  const rows = calendar.filter((c) => counts.includes(c.count) && c.view !== 'strip');
  const ratios = rows.map((c) => c[impl].ms.median / c.ours.ms.median);
  return {
    name: `month + agenda at ${counts.map(int).join(' and ')} events, ≥ ${wanted}× faster than ${label}`,
    wanted: `≥ ${wanted.toFixed(1)}× each`,
    measured: rows.map((c, i) => `${c.view} ${int(c.count)}: ${ratios[i].toFixed(1)}×`).join(', '),
    reached: ratios.every((r) => r >= wanted),
  };
};
const int = (n) => n.toLocaleString('en-US').replace(/,/g, ' ');
const slowestFilter = Math.max(...filter.map((f) => f.ours.median));
const oneMb = parse[0].parse.median;
const targets = [
  {
    name: 'all four widgets with every lazy part (gzip, files as loaded)',
    wanted: '≤ 48.0 KB',
    measured: `${(ourGzip / 1024).toFixed(1)} KB (FullCalendar: ${(fc.gzip / 1024).toFixed(1)} KB)`,
    reached: ourGzip <= 48 * 1024,
  },
  speedTarget('fullcalendar', 'FullCalendar', [50, 500], 2),
  speedTarget('fullcalendar-luxon', 'FC + luxon3', [50, 500], 2),
  speedTarget('fullcalendar', 'FullCalendar', [5000], 3),
  speedTarget('fullcalendar-luxon', 'FC + luxon3', [5000], 3),
  {
    name: 'a filter change at 5 000 events (month, agenda)',
    wanted: '< 50 ms each',
    measured: filter.map((f) => `${f.view} ${f.ours.median} ms`).join(', '),
    reached: slowestFilter < 50,
  },
  {
    name: '1 MB feed parsed + validated in Chromium, cold',
    wanted: '< 50 ms',
    measured: `${oneMb} ms`,
    reached: oneMb < 50,
  },
];

const results = {
  measuredAt: new Date().toISOString(),
  runs: RUNS,
  machine: {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    os: `${os.type()} ${os.release()}`,
    node: process.version.slice(1),
    chromium,
    loadAverage: { start: loadAtStart, end: loadAverage() },
    vite: (await import('vite')).version,
    fullcalendar: JSON.parse(
      await readFile(join(root, 'bench/node_modules/@fullcalendar/core/package.json'), 'utf8'),
    ).version,
  },
  targets,
  sizes,
  calendar,
  filter,
  page,
  parse,
  cli,
  collections,
};
const table = markdown(results);
await writeFile(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(join(root, 'bench/results.md'), `# Latest \`pnpm bench\`\n\n${table}`);
console.log(table);

// The root README shows the latest tables between two markers in its Measurements section.
const readme = join(root, 'README.md');
const text = await readFile(readme, 'utf8');
const from = text.indexOf(README_START);
const to = text.indexOf(README_END);
if (from >= 0 && to > from) {
  const inside = `${README_START}\n\n${table}\n`;
  await writeFile(readme, text.slice(0, from) + inside + text.slice(to));
  say('wrote bench/results.json, bench/results.md and the tables in README.md');
} else say(`wrote bench/results.json and bench/results.md (no ${README_START} in README.md)`);
// Everything is written; handles the bundling and browser libraries leave open (seen: the
// process idling on after the last line) must not keep it alive.
process.exit(0);
