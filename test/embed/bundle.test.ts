/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The built script on a plain page, the way a school webmaster embeds it: one module script,
 * one element, nothing else. The script is a loader: it defines only the elements on the page,
 * and those added later, from chunks beside it. Needs `pnpm --filter @metodika/widgets build`.
 */
import { expect } from '@open-wc/testing';
import type { MetodikaElement } from '../../packages/widgets/src/base/metodika-element.ts';
import { CalendarPage } from '../../packages/widgets/src/calendar/calendar.page.ts';
import type { MetodikaCalendar } from '../../packages/widgets/src/calendar/calendar.ts';
import { json, makeFeed } from './fixtures/make-feed.ts';
import { loadDist, mount, shadowText, until } from './page.ts';

async function loadBundle(query = ''): Promise<void> {
  await loadDist('metodika.js', 'pnpm --filter @metodika/widgets build', query);
}

describe('the one-script-tag bundle', () => {
  before(() => loadBundle());

  it('defines nothing before an element is on the page', () => {
    // The test page holds no Metodika element yet, so the loader loaded no widget chunk.
    expect(customElements.get('metodika-calendar')).to.equal(undefined);
    expect(customElements.get('metodika-consultation')).to.equal(undefined);
    const chunks = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/packages/widgets/dist/chunks/'));
    expect(chunks.map((e) => e.name)).to.deep.equal([]);
  });

  it('a calendar without limit comes with its full view: drawn as soon as its feed is in', async () => {
    // The first calendar of the page: the loader imports the view's chunk with the element (the
    // home page's strip loads none of it, test/size), so no skeleton waits for it after the feed.
    // A feed without recurring events (their expansion is a lazy part fetched with the feed).
    const original = globalThis.fetch;
    globalThis.fetch = (input, init) =>
      String(input).endsWith('/single.json')
        ? Promise.resolve(json(makeFeed(20)))
        : original(input, init);
    try {
      const host = mount(
        '<metodika-calendar src="/single.json" today="2026-10-10" view="month" no-jsonld></metodika-calendar>',
      );
      const calendar = host.querySelector('metodika-calendar') as MetodikaElement;
      await until(() => !!calendar.feed && calendar.feed.state.status !== 'loading', 'the feed');
      await calendar.updateComplete;
      const page = new CalendarPage(calendar as MetodikaCalendar);
      expect(page.grid, 'the month grid at the render with the feed').to.exist;
      expect(page.eventIds.length).to.be.greaterThan(0);
      host.remove();
    } finally {
      globalThis.fetch = original;
    }
  });

  it('defines an element added later; a calendar with its own src renders the feed', async () => {
    const host = mount(
      '<metodika-calendar src="/demo/feeds/amur.json" today="2026-11-23" view="agenda"></metodika-calendar>',
    );
    const calendar = host.querySelector('metodika-calendar')!;
    await until(() => shadowText(calendar).includes('Школа молодого педагога'), 'events');
    expect(customElements.get('metodika-calendar')).to.exist;
    // Only what the calendar needs: the consultation form's chunk is not loaded.
    expect(customElements.get('metodika-consultation')).to.equal(undefined);
    // The JSON-LD writer is a lazy chunk, loaded after the first render.
    await until(
      () => calendar.querySelector('script[type="application/ld+json"]') !== null,
      'JSON-LD',
    );
    await expect(calendar).to.be.accessible();
    host.remove();
  });

  it('requests the feed of an element while its code downloads; the widget takes that response', async () => {
    const src = '/demo/feeds/kuznetsk.json?prefetch';
    const href = new URL(src, document.baseURI).href;
    expect(customElements.get('metodika-associations')).to.equal(undefined);
    const host = mount(`<metodika-associations src="${src}"></metodika-associations>`);
    // The loader's MutationObserver has run (a microtask); the chunk cannot have arrived yet.
    await Promise.resolve();
    const prefetched = (globalThis as { [key: symbol]: Map<string, unknown> | undefined })[
      Symbol.for('metodika.feed.prefetched')
    ];
    expect(customElements.get('metodika-associations')).to.equal(undefined);
    expect(prefetched?.has(href)).to.equal(true);
    const directory = host.querySelector('metodika-associations')!;
    await until(() => shadowText(directory).includes('РМО учителей математики'), 'associations');
    // Taken by the feed loader, and fetched once.
    expect(prefetched?.has(href)).to.equal(false);
    const requests = performance.getEntriesByType('resource').filter((e) => e.name === href);
    expect(requests.length).to.equal(1);
    host.remove();
  });

  it('<metodika-feed> shares one merged load with the widgets inside', async () => {
    const host = mount(`<metodika-feed src="/demo/feeds/amur.json /demo/feeds/kuznetsk.json">
        <metodika-calendar today="2026-11-23" view="agenda"></metodika-calendar>
        <metodika-calendar id="second" today="2026-11-23" view="agenda"></metodika-calendar>
      </metodika-feed>`);
    const [first, second] = host.querySelectorAll('metodika-calendar');
    await until(
      () =>
        shadowText(first!).includes('Школа молодого педагога') &&
        shadowText(second!).includes('Школа молодого педагога'),
      'both',
    );
    // Both feeds merged: a Kuznetsk event too.
    expect(shadowText(first!)).to.contain('ГИА-2027');
    const feedRequests = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/demo/feeds/amur.json'));
    expect(feedRequests.length).to.equal(1);
    host.remove();
  });

  it('requests nothing but the bundle and the feeds', () => {
    const others = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((url) => url.pathname.startsWith('/packages/widgets/dist') === false)
      .filter((url) => !url.pathname.startsWith('/demo/feeds/'))
      // The browser's own favicon probe and the test runner's modules.
      .filter((url) => url.pathname !== '/favicon.ico')
      .filter(
        (url) =>
          url.origin !== location.origin ||
          !/\.(m?js|ts)$|__web-dev-server|__wds/.test(url.pathname),
      );
    expect(others.map((u) => u.href)).to.deep.equal([]);
  });

  it('a second copy of the script (two script tags, two versions) does not throw', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const before = customElements.get('metodika-calendar');
      await loadBundle('?copy=2');
      expect(customElements.get('metodika-calendar')).to.equal(before);
      const host = mount(
        '<metodika-calendar src="/demo/feeds/amur.json" today="2026-11-23" view="agenda"></metodika-calendar>',
      );
      await until(
        () => shadowText(host.firstElementChild!).includes('Школа молодого педагога'),
        'events',
      );
      host.remove();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
