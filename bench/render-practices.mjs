// Render times of <metodika-practices> from the built bundle for 200 and 2,000 practices, in
// Debian's Chromium: first render, "show more", a search. Prints medians; writes
// bench/out/render-practices.json. Needs the bundle: pnpm --filter @metodika/widgets build.
// Run: node bench/render-practices.mjs
import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench/out');
const COUNTS = [200, 2000];
const RUNS = 7;

// The same generator the tests use, bundled for Node.
const made = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    lib: {
      entry: join(root, 'packages/widgets/src/practices/practices.fixture.ts'),
      formats: ['es'],
    },
  },
});
const code = (Array.isArray(made) ? made : [made])[0].output[0].code;
const { makePracticesFeed } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
await mkdir(out, { recursive: true });
for (const count of COUNTS)
  await writeFile(join(out, `practices-${count}.json`), JSON.stringify(makePracticesFeed(count)));

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
await page.goto(`http://127.0.0.1:${port}/bench/render-practices.html`);
const rows = [];
for (const count of COUNTS) {
  const result = await page.evaluate(([c, r]) => window.measure(c, r), [count, RUNS]);
  rows.push({
    count,
    ...Object.fromEntries(Object.entries(result).map(([k, v]) => [k, Math.round(v)])),
  });
}
await browser.close();
server.close();

console.log(`median of ${RUNS} runs`);
console.log('practices  load+parse+first render ms  first render only ms  show more ms  search ms');
for (const r of rows)
  console.log(
    `${String(r.count).padStart(9)}  ${String(r.load).padStart(26)}  ${String(r.render).padStart(20)}  ${String(r.more).padStart(12)}  ${String(r.search).padStart(9)}`,
  );
await writeFile(
  join(out, 'render-practices.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, rows }, null, 2)}\n`,
);
