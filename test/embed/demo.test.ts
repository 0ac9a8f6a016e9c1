/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The demo school site (demo/*.html) as `npm run demo` serves it: every page loads the built
 * dist/metodika.js and the bvi plugin, and every widget on it renders from the sample feed —
 * no error state, no uncaught error, no failed same-site request. Needs
 * `pnpm --filter @metodika/widgets build` first.
 */
import { expect } from '@open-wc/testing';
import { DIST, until } from './page.ts';

/** The pages and the widgets each must show. */
const PAGES: Record<string, string[]> = {
  'index.html': ['metodika-calendar', 'metodika-practices'],
  'events.html': ['metodika-calendar'],
  'associations.html': ['metodika-associations'],
  'practices.html': ['metodika-practices'],
  'consultation.html': ['metodika-consultation'],
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
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1100px; height: 800px; border: 0';
  const errors: string[] = [];
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/demo/${page}`;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as FrameWindow;
  win.addEventListener('error', (e) => errors.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  return { win, errors };
}

/** A widget's state: `ready` once it shows content that is neither a skeleton nor an error. */
function state(el: Element): 'loading' | 'error' | 'ready' {
  const root = el.shadowRoot?.querySelector('.root');
  if (!root || root.querySelector('[part~="skeleton"]') || !root.textContent?.trim())
    return 'loading';
  return root.querySelector('[part~="error"]') ? 'error' : 'ready';
}

before(async () => {
  const head = await fetch(`${DIST}/metodika.js`, { method: 'HEAD' });
  if (!head.ok)
    throw new Error('dist/metodika.js is missing: run `pnpm --filter @metodika/widgets build`');
  await installWorker();
});

afterEach(() => {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
});

describe('demo school site', () => {
  for (const [page, tags] of Object.entries(PAGES)) {
    it(`${page}: every widget renders, nothing fails`, async () => {
      const { win, errors } = await open(page);
      const doc = win.document;
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
