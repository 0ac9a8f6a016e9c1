/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The demo school site (demo/*.html) as `npm run demo` serves it: every page loads the built
 * dist/metodika.js and the bvi plugin, and every widget on it renders from the sample feed —
 * no error state, no uncaught error, no failed same-site request; the site's header, menus and
 * footer (demo/partials/, put in by demo/site-layout.mjs here as in Vite) are on every page. Needs
 * `pnpm --filter @metodika/widgets build` first.
 */
import { expect } from '@open-wc/testing';
import type { MetodikaElement } from '../../packages/widgets/src/base/metodika-element.ts';
import { WidgetPage } from '../../packages/widgets/src/test-support/widget.page.ts';
import { builtUrl, openFrame, until } from './page.ts';

/**
 * The pages, the widgets each must show, and the main menu's item each is under. Every page but
 * the home page also has the section menu, with itself as the current item.
 */
const PAGES: Record<string, { tags: string[]; menu: string }> = {
  'index.html': { tags: ['metodika-calendar', 'metodika-practices'], menu: './index.html#news' },
  'events.html': { tags: ['metodika-calendar'], menu: './events.html' },
  'associations.html': { tags: ['metodika-associations'], menu: './events.html' },
  'practices.html': { tags: ['metodika-practices'], menu: './events.html' },
  'consultation.html': { tags: ['metodika-consultation'], menu: './consultation.html' },
};

type FrameWindow = Window & typeof globalThis & { isvek?: unknown };

/** demo/sw.js (the sample site's stand-in) installed up front, so no page reloads itself. */
async function installWorker(): Promise<void> {
  const registration = await navigator.serviceWorker.register('/demo/sw.js');
  const worker = registration.installing ?? registration.waiting ?? registration.active!;
  if (worker.state === 'activated') return;
  await new Promise<void>((resolve) =>
    worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
  );
}

async function open(page: string): Promise<{ win: FrameWindow; errors: string[] }> {
  const iframe = await openFrame(`/demo/${page}`, 1100, 800);
  const errors: string[] = [];
  const win = iframe.contentWindow as FrameWindow;
  win.addEventListener('error', (e) => errors.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  return { win, errors };
}

/** The hrefs of the links a menu marks as the current page. */
function current(doc: Document, menu: string): string[] {
  return [...doc.querySelectorAll(`${menu} a[aria-current="page"]`)].map(
    (a) => a.getAttribute('href') ?? '',
  );
}

/** The site's chrome (demo/partials/) is on `page`, every marker replaced. */
function expectChrome(doc: Document, page: string, menu: string): void {
  expect(doc.querySelector('.site > .topbar .bvi-open'), 'top bar').to.exist;
  expect(doc.querySelector('.site > .masthead a.name'), 'masthead').to.exist;
  expect(doc.querySelectorAll('nav.menu a'), 'main menu').to.have.length(5);
  expect(current(doc, 'nav.menu'), 'main menu: current item').to.deep.equal([menu]);
  const section = page === 'index.html' ? [] : [`./${page}`];
  expect(current(doc, 'nav.section-menu'), 'section menu: current item').to.deep.equal(section);
  expect(doc.querySelector('.site > footer#contacts #sveden'), 'footer').to.exist;
  expect(doc.documentElement.outerHTML).not.to.contain('<!-- site:');
}

/** A widget's state: `ready` once it shows content that is neither a skeleton nor an error. */
const state = (el: Element) => new WidgetPage(el as MetodikaElement).shown;

before(async () => {
  await builtUrl('metodika.js', 'pnpm --filter @metodika/widgets build');
  await installWorker();
});

afterEach(() => {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
});

describe('demo school site', () => {
  for (const [page, { tags, menu }] of Object.entries(PAGES)) {
    it(`${page}: the site's chrome is there, every widget renders, nothing fails`, async () => {
      const { win, errors } = await open(page);
      const doc = win.document;
      expectChrome(doc, page, menu);
      expect(win.navigator.serviceWorker.controller, 'under demo/sw.js').to.exist;
      const widgets = [...doc.querySelectorAll('*')].filter((el) =>
        el.localName.startsWith('metodika-'),
      );
      expect(widgets.map((el) => el.localName)).to.deep.equal(tags);
      await until(() => widgets.every((el) => state(el) !== 'loading'), `${page}'s widgets`, 8000);
      expect(widgets.map(state)).to.deep.equal(tags.map(() => 'ready'));
      // The page's own script (site.js) started the real bvi plugin.
      expect(win.isvek, 'bvi').to.exist;
      expect(doc.querySelector('.bvi-open')).to.exist;
      const failed = win.performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => new URL(e.name).origin === location.origin && e.responseStatus >= 400)
        .map((e) => `${e.responseStatus} ${e.name}`);
      expect(failed).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });
  }
});
