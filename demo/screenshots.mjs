#!/usr/bin/env node
/**
 * `pnpm screenshots`: pictures of each widget for the docs, taken from the demo school site so
 * they show what a school's page shows. Starts the demo (demo/serve.mjs, without the inbox),
 * opens each widget's page in Chromium and writes the widget's box to
 * packages/widgets/docs/screenshots/<name>.png. The demo pages pin the day with the widgets'
 * `today` attribute, so the pictures change only when the widgets or the feed do. (The browser
 * clock stays real: bvi's cookies expire a day after "now", so a clock set in the past would
 * lose them at once.)
 * Fails on a console error, an uncaught page error, a failed request or a widget left loading.
 */
import { mkdirSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../test/support/chromium.mjs';
import { startDemo } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = fileURLToPath(new URL('../packages/widgets/docs/screenshots/', import.meta.url));
/** The day the demo pages pin with `today`. */
const TODAY = '2026-11-23';
/** Taller widgets are cut here (or at a shot's `maxHeight`): the top of a long list says enough. */
const MAX_HEIGHT = 1500;
const LIST_HEIGHT = 1000;
const DESKTOP = { width: 1000, height: 900 };
const PHONE = { width: 390, height: 844 };

/** @type {{ name: string; page: string; selector: string; viewport: { width: number; height: number }; bvi?: boolean; maxHeight?: number }[]} */
const SHOTS = [
  { name: 'calendar', page: 'events.html', selector: 'metodika-calendar', viewport: DESKTOP },
  {
    name: 'calendar-phone',
    page: 'events.html',
    selector: 'metodika-calendar',
    viewport: PHONE,
    maxHeight: LIST_HEIGHT,
  },
  {
    name: 'calendar-bvi',
    page: 'events.html',
    selector: 'metodika-calendar',
    viewport: DESKTOP,
    bvi: true,
  },
  {
    name: 'associations',
    page: 'associations.html',
    selector: 'metodika-associations',
    viewport: DESKTOP,
    maxHeight: LIST_HEIGHT,
  },
  {
    name: 'practices',
    page: 'practices.html',
    selector: 'metodika-practices',
    viewport: DESKTOP,
    maxHeight: LIST_HEIGHT,
  },
  {
    name: 'consultation',
    page: 'consultation.html',
    selector: 'metodika-consultation',
    viewport: DESKTOP,
  },
];

/** Resolves once every widget on the page has left its loading state with something to show. */
async function widgetsReady(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('metodika-') && el.localName !== 'metodika-feed')
        .every((el) => {
          const root = el.shadowRoot?.querySelector('.root');
          return (
            root &&
            !root.querySelector('[part~="skeleton"]') &&
            (root.textContent ?? '').trim() !== ''
          );
        }),
    undefined,
    { timeout: 15000 },
  );
  const failed = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.shadowRoot?.querySelector('[part~="error"]'))
      .map((el) => el.localName),
  );
  if (failed.length) throw new Error(`widgets show an error: ${failed.join(', ')}`);
}

async function shoot(browser, base, shot) {
  const context = await browser.newContext({
    viewport: shot.viewport,
    deviceScaleFactor: 1,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    reducedMotion: 'reduce',
  });
  // Install demo/sw.js (the sample site's stand-in) first, from a page without the site's
  // script, so the widget's page is under it from the start and does not reload itself.
  const setup = await context.newPage();
  await setup.goto(new URL('emblem.svg', base).href);
  await setup.evaluate(() =>
    navigator.serviceWorker.register('./sw.js').then(() => navigator.serviceWorker.ready),
  );
  await setup.close();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(new URL(shot.page, base).href);
  await widgetsReady(page);
  const unpinned = await page.$$eval(
    'metodika-calendar, metodika-associations',
    (els, today) => els.filter((el) => el.getAttribute('today') !== today).length,
    TODAY,
  );
  if (unpinned) throw new Error(`${shot.page}: a widget without today="${TODAY}"`);
  if (shot.bvi) {
    await page.click('.bvi-open');
    await page.waitForSelector('.bvi-body');
    await page.click('.bvi-theme-black');
    await page.waitForFunction(
      (selector) =>
        document.querySelector(selector)?.shadowRoot?.querySelector('[data-bvi-theme="black"]'),
      shot.selector,
    );
    // bvi's panel sits above the page and turns fixed on scroll (shifting the page); the picture
    // is of the widget alone.
    await page.addStyleTag({ content: '.bvi-panel { display: none !important; }' });
  }
  await page.evaluate(() => document.fonts.ready);
  const widget = page.locator(shot.selector).first();
  const box = await widget.boundingBox();
  if (!box || box.height < 50) throw new Error(`${shot.name}: ${shot.selector} has no size`);
  const path = `${OUT}${shot.name}.png`;
  await widget.screenshot({
    path,
    animations: 'disabled',
    caret: 'hide',
    // Only while the picture is taken: a long list is cut to its top.
    style: `${shot.selector} { max-height: ${shot.maxHeight ?? MAX_HEIGHT}px; overflow: hidden; }`,
  });
  await context.close();
  if (problems.length) throw new Error(`${shot.page}:\n  ${problems.join('\n  ')}`);
  const kb = (statSync(path).size / 1024).toFixed(0);
  const height = Math.min(box.height, shot.maxHeight ?? MAX_HEIGHT);
  console.log(`${relative(ROOT, path)}  ${Math.round(box.width)}×${Math.round(height)}  ${kb} KB`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const demo = await startDemo({ port: 5190, inbox: false, logLevel: 'silent' });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    for (const shot of SHOTS) await shoot(browser, demo.url, shot);
  } finally {
    await browser.close();
    await demo.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
