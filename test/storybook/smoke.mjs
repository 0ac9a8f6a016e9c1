#!/usr/bin/env node
/**
 * Storybook smoke test: builds Storybook statically, serves it, opens every story's iframe in
 * Chromium and fails on a console error, an uncaught page error, a failed request, or a widget
 * that renders nothing. Stories tagged `expect-console-error` may log errors (a failing feed
 * explains itself to the webmaster); stories tagged `loading` are not waited for.
 *
 *   node test/storybook/smoke.mjs            build, then check
 *   node test/storybook/smoke.mjs --no-build check an existing storybook-static/
 *   node test/storybook/smoke.mjs --no-build --only=calendar   stories whose id contains "calendar"
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const OUT = join(ROOT, 'storybook-static');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** How long a widget may take to leave its loading state (the slowest story waits 2 s). */
const SETTLE_MS = 8000;
/** Stories checked at once. */
const CONCURRENCY = 4;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function build() {
  const started = Date.now();
  execFileSync('pnpm', ['run', '--silent', 'storybook:build'], { cwd: ROOT, stdio: 'inherit' });
  console.log(`storybook build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A static file server for storybook-static on a free port. */
function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(OUT, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(OUT)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * In the page: waits until every Metodika widget has left `loading` (unless allowed), then
 * describes each one. A widget "renders nothing" when its shadow root has no visible text.
 */
async function inspect(page, waitForData) {
  return page.evaluate(
    async ({ waitForData, settleMs }) => {
      const widgets = () =>
        [...document.querySelectorAll('#storybook-root *')].filter(
          (el) => el.localName.startsWith('metodika-') && el.localName !== 'metodika-feed',
        );
      const start = performance.now();
      while (performance.now() - start < settleMs) {
        const list = widgets();
        const pending = list.filter((el) => !el.shadowRoot || el.feed?.state.status === 'loading');
        if (list.length > 0 && (!waitForData || pending.length === 0)) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await Promise.all(widgets().map((el) => el.updateComplete));
      return widgets().map((el) => {
        const root = el.shadowRoot?.querySelector('.root');
        const box = root?.getBoundingClientRect();
        return {
          tag: el.localName,
          status: el.feed?.state.status ?? 'none',
          // biome-ignore lint/performance/useDomNodeTextContent: visible text is the point here
          text: (root?.innerText ?? '').trim().length,
          height: box ? Math.round(box.height) : 0,
        };
      });
    },
    { waitForData, settleMs: SETTLE_MS },
  );
}

const PLACEHOLDER_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3" fill="#ccc"/></svg>';

/** Opens one story: what is wrong with it, and each widget's feed state. */
async function check(context, base, story) {
  const tags = new Set(story.tags ?? []);
  const page = await context.newPage();
  const problems = [];
  let summary = '';
  page.on('console', (message) => {
    if (message.type() === 'error' && !tags.has('expect-console-error')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  try {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    const widgets = await inspect(page, !tags.has('loading'));
    if (widgets.length === 0) problems.push('no Metodika widget on the page');
    for (const w of widgets) {
      if (w.text === 0 || w.height < 16) {
        problems.push(`<${w.tag}> renders nothing (text ${w.text}, height ${w.height}px)`);
      }
      if (w.status === 'loading' && !tags.has('loading')) {
        problems.push(`<${w.tag}> still loading after ${SETTLE_MS} ms`);
      }
    }
    summary = widgets.map((w) => `${w.tag.replace('metodika-', '')}:${w.status}`).join(' ');
  } catch (error) {
    problems.push(`could not open: ${error.message}`);
  } finally {
    await page.close();
  }
  return { problems, summary };
}

async function main() {
  if (!process.argv.includes('--no-build')) build();
  if (!existsSync(join(OUT, 'index.json'))) throw new Error(`no ${OUT}/index.json: build first`);
  const index = JSON.parse(await readFile(join(OUT, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  if (stories.length === 0) throw new Error('index.json lists no stories');

  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'ru-RU' });
  // Offline: anything that is not this server is a failure (an external font, telemetry, a feed).
  // The one exception: cover images the sample feeds link to on the department's (fictional,
  // `.example`) site; the widget may load those, so they get a placeholder picture.
  await context.route(
    (url) => !url.href.startsWith(base),
    (route) => {
      const request = route.request();
      if (
        request.resourceType() === 'image' &&
        new URL(request.url()).hostname.endsWith('.example')
      ) {
        return route.fulfill({ contentType: 'image/svg+xml', body: PLACEHOLDER_SVG });
      }
      return route.abort('blockedbyclient');
    },
  );

  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const queue = stories.filter((story) => !only || story.id.includes(only));
  const failures = [];
  const started = Date.now();
  const worker = async () => {
    for (let story = queue.shift(); story; story = queue.shift()) {
      const { problems, summary } = await check(context, base, story);
      const line = `${problems.length ? '✗' : '✓'} ${story.id}  ${summary}`;
      console.log([line, ...problems.map((p) => `    ${p}`)].join('\n'));
      if (problems.length) failures.push(story.id);
    }
  };
  const total = queue.length;
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await browser.close();
  server.close();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${total - failures.length}/${total} stories passed in ${seconds} s`);
  if (failures.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
