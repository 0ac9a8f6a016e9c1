// Node side of the browser figures: serves the repository on a local port and opens pages in
// Debian's Chromium through playwright-core (which never downloads a browser), one fresh browser
// context per measured run, so every run starts cold: no cached bundle, no localStorage copy.
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../test/support/chromium.mjs';
import { serveDirectory } from '../../test/support/static-server.mjs';
import { root } from './bundle.mjs';

/**
 * Serves the repository and launches Chromium (the test runner's flags), calls `use(bench)` and
 * closes both. `bench.open(query)` opens `bench/bench.html?<query>` in a fresh context
 * (Europe/Berlin, ru-RU, 1100 px wide), waits for the page's `benchReport(result)` and returns
 * `{ page, result, close }`; `beforeNavigate(page)`, when given, runs once the page exists and before
 * it navigates (the profiler starts there). `bench.heap(page)` is the page's JS heap in bytes after
 * a full GC.
 */
export async function withBrowser(use) {
  // From memory after the first read, so file I/O stays out of the timed runs.
  const server = await serveDirectory(root, { memory: true });
  const { port } = server.address();
  const browser = await chromium.launch(chromiumLaunchOptions);
  const bench = {
    version: browser.version(),
    async open(query, { beforeNavigate } = {}) {
      // Let the previous run's renderer go away first: on two cores it competes otherwise.
      await sleep(300);
      const context = await browser.newContext({
        timezoneId: 'Europe/Berlin',
        locale: 'ru-RU',
        viewport: { width: 1100, height: 900 },
      });
      // The page reports through a binding rather than being polled, so nothing but the page
      // itself runs on its main thread while it is timed.
      let report;
      const reported = new Promise((resolve) => {
        report = resolve;
      });
      await context.exposeFunction('benchReport', (result) => report(result));
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error));
      await beforeNavigate?.(page);
      await page.goto(`http://127.0.0.1:${port}/bench/bench.html?${new URLSearchParams(query)}`, {
        waitUntil: 'commit',
      });
      const result = await Promise.race([reported, sleep(120_000, { error: 'timed out' })]);
      if (errors.length > 0 || result.error)
        throw new Error(`bench page ${JSON.stringify(query)}: ${errors[0] ?? result.error}`);
      return { page, result, close: () => context.close() };
    },
    async heap(page) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      return usedSize;
    },
  };
  try {
    return await use(bench);
  } finally {
    await browser.close();
    server.close();
  }
}
