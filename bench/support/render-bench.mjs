// Node side of the render benches (render-calendar.mjs, render-practices.mjs): bundles a feed
// generator, writes the feeds, serves the repository and drives a page in Debian's Chromium.
import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';

/** Repository root (the folder the bench server serves). */
export const root = fileURLToPath(new URL('../..', import.meta.url));
/** Where benches write feeds and results. */
export const out = join(root, 'bench/out');

/** Bundles a TypeScript module (a feed generator the tests use) for Node and imports it. */
export async function importBundled(entry) {
  const made = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, lib: { entry: join(root, entry), formats: ['es'] } },
  });
  const code = (Array.isArray(made) ? made : [made])[0].output[0].code;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Writes one generated feed per count as bench/out/<prefix>-<count>.json. */
export async function writeFeeds(prefix, counts, make) {
  await mkdir(out, { recursive: true });
  for (const count of counts)
    await writeFile(join(out, `${prefix}-${count}.json`), JSON.stringify(make(count)));
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};

function serveRoot() {
  return createServer(async (req, res) => {
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
}

/**
 * Serves the repository, opens `pagePath` in Chromium (the test runner's flags, Europe/Berlin,
 * ru-RU), calls `measure(page)` and closes everything, returning what `measure` returned.
 */
export async function withBenchPage(pagePath, measure) {
  const server = serveRoot();
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
  try {
    const page = await browser.newPage({ timezoneId: 'Europe/Berlin', locale: 'ru-RU' });
    await page.goto(`http://127.0.0.1:${port}/${pagePath}`);
    return { result: await measure(page), version: browser.version() };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Writes bench/out/<name>.json with the measured rows. */
export async function writeResult(name, runs, rows) {
  await writeFile(
    join(out, `${name}.json`),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), runs, rows }, null, 2)}\n`,
  );
}
