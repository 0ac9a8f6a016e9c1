import { expect, fixture } from '@open-wc/testing';
import { json, stubFetch } from '../../../../test/embed/fixtures/make-feed.ts';
import { loaderOptions } from '../base/feed-loader.ts';
import type { MetodikaElement } from '../base/metodika-element.ts';
import { fresh, plain, resetLoader, storeCopy } from './feeds.ts';
import { WidgetPage } from './widget.page.ts';

/** What the shared state tests need to know about one widget. */
export interface StatesOf {
  /** The element's tag. */
  tag: string;
  /** Attributes besides `src` (a fixed `today`, say). */
  attributes?: Record<string, string>;
  /** A feed the widget shows data from. */
  feed: () => unknown;
  /** A feed that gives the widget nothing to show, and what it says then. */
  empty: { feed: () => unknown; text: (el: MetodikaElement) => string };
  /** True when the widget shows the data of `feed()`. */
  shows: (page: WidgetPage) => boolean;
}

/** Mounts `tag` on `src` and wraps it in a page object; `wait`: until the feed has settled. */
async function mount(of: StatesOf, src: string, wait = true): Promise<WidgetPage> {
  const attributes = Object.entries({ ...of.attributes, src })
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const page = new WidgetPage(
    await fixture<MetodikaElement>(`<${of.tag}${attributes}></${of.tag}>`),
  );
  if (wait) await page.ready();
  return page;
}

/**
 * The states every widget has — loading, error with Retry, empty, a saved copy after a failed
 * request — written once and run for each widget, with the words from the string tables.
 */
export function describeStates(of: StatesOf): void {
  describe(`<${of.tag}>: the states every widget has`, () => {
    beforeEach(resetLoader);

    it('loading: a busy skeleton that reserves space, announced, accessible', async () => {
      loaderOptions.fetch = stubFetch({ 'slow.json': () => new Promise<Response>(() => {}) });
      const page = await mount(of, fresh('slow.json'), false);
      await page.settle();
      expect(page.status).to.equal('loading');
      expect(page.skeleton!.getBoundingClientRect().height).to.be.greaterThan(150);
      expect(page.statusText).to.contain(page.el.t.loading);
      await expect(page.el).to.be.accessible();
    });

    it('error: says so, and Retry loads again', async () => {
      let calls = 0;
      loaderOptions.fetch = stubFetch({
        'flaky.json': () => (++calls === 1 ? new Response('', { status: 503 }) : json(of.feed())),
      });
      const page = await mount(of, fresh('flaky.json'));
      expect(page.status).to.equal('error');
      expect(page.text).to.contain(page.el.t.errorTitle);
      await expect(page.el).to.be.accessible();
      await page.click(page.el.t.retry);
      await page.ready();
      expect(page.status).to.equal('ready');
      expect(calls).to.equal(2);
      expect(of.shows(page)).to.be.true;
    });

    it('empty: says there is nothing to show yet', async () => {
      loaderOptions.fetch = stubFetch({ 'empty.json': () => json(of.empty.feed()) });
      const page = await mount(of, fresh('empty.json'));
      expect(page.status).to.equal('ready');
      expect(plain(page.text)).to.contain(of.empty.text(page.el));
      await expect(page.el).to.be.accessible();
    });

    it('stale: the saved copy under a banner naming its time', async () => {
      const url = new URL(fresh('gone.json'), location.href).href;
      storeCopy(url, JSON.stringify(of.feed()), Date.UTC(2026, 10, 20, 13, 5)); // 14:05 in Berlin
      loaderOptions.fetch = stubFetch({ 'gone.json': () => new Response('', { status: 500 }) });
      const page = await mount(of, url);
      expect(page.status).to.equal('stale');
      expect(plain(page.text)).to.contain(page.el.t.stale('20 ноября, 14:05'));
      expect(of.shows(page)).to.be.true;
      await expect(page.el).to.be.accessible();
    });
  });
}
