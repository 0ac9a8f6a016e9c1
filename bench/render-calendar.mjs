// Render times of <metodika-calendar> from the built bundle for 50/500/5,000 events, month grid
// and agenda, in Debian's Chromium. Prints medians; writes bench/out/render-calendar.json.
// Needs the bundle: pnpm --filter @metodika/widgets build.   Run: node bench/render-calendar.mjs
import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench/out');
const COUNTS = [50, 500, 5000];
const RUNS = 7;

// The same generator the tests use, bundled for Node.
const made = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    lib: { entry: join(root, 'test/embed/fixtures/make-feed.ts'), formats: ['es'] },
  },
});
const code = (Array.isArray(made) ? made : [made])[0].output[0].code;
const { makeFeed } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
await mkdir(out, { recursive: true });
for (const count of COUNTS)
  await writeFile(join(out, `feed-${count}.json`), JSON.stringify(makeFeed(count)));

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(root, path);
  try {
    if (!(await stat(file)).isFile()) throw new Error();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ timezoneId: 'Europe/Berlin', locale: 'ru-RU' });
await page.goto(`http://127.0.0.1:${port}/bench/render-calendar.html`);
const rows = [];
for (const count of COUNTS) {
  for (const view of ['month', 'agenda']) {
    const result = await page.evaluate(([c, v, r]) => window.measure(c, v, r), [count, view, RUNS]);
    rows.push({
      count,
      view,
      loadMs: Math.round(result.load),
      rerenderMs: Math.round(result.rerender),
    });
  }
}
await browser.close();
server.close();

console.log(`median of ${RUNS} runs, Chromium ${browser.version?.() ?? ''}`);
console.log('events  view     load+parse+first render ms   next month ms');
for (const r of rows)
  console.log(
    `${String(r.count).padStart(6)}  ${r.view.padEnd(7)}  ${String(r.loadMs).padStart(26)}   ${String(r.rerenderMs).padStart(13)}`,
  );
await writeFile(
  join(out, 'render-calendar.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, rows }, null, 2)}\n`,
);
