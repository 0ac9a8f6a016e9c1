import { expect, html } from '@open-wc/testing';
import './define.ts';
import { json, stubFetch } from '../../../../test/embed/fixtures/make-feed.ts';
import { loaderOptions } from '../base/feed-loader.ts';
import { seriesFeed } from '../calendar/series-feed.fixture.ts';
import { fresh, mount, resetLoader } from '../test-support/feeds.ts';
import { AssociationsPage } from './associations.page.ts';
import { series } from './associations-lazy.ts';

// A page of its own (one per test file): nothing here may have fetched the rhythm's part before
// the test holds it back. Its failure is associations-lazy-failed.test.ts, since a part that
// failed is not fetched again on the page.

beforeEach(resetLoader);

describe('the directory draws its cards before the rhythm of its series', () => {
  it('held back: cards at once, a placeholder line where the rhythm goes; arrived: the rhythm', async () => {
    const load = series.load;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    series.load = () => held.then(load);
    try {
      loaderOptions.fetch = stubFetch({ 'series.json': () => json(seriesFeed()) });
      const page = await mount(
        html`<metodika-associations src=${fresh('series.json')} today="2026-11-01"></metodika-associations>`,
        AssociationsPage,
        false,
      );
      await page.drawn();
      expect(page.skeleton).to.be.null;
      expect(page.count).to.match(/^\d+ объединени/);
      expect(page.card('rmo-math')?.innerText).to.contain('РМО учителей математики');
      // Only the two associations with a series wait for their rhythm, and no one hears of it.
      expect(page.rhythmPending).to.equal(2);
      expect(page.fact('rmo-math', 'Расписание')).to.equal('');
      expect(page.statusText).to.equal('');
      await expect(page.el).to.be.accessible();

      release();
      await page.ready();
      expect(page.rhythmPending).to.equal(0);
      expect(page.fact('rmo-math', 'Расписание')).to.equal(
        'каждый второй вторник месяца, с сентября по май, до 25 мая 2027 г.',
      );
      expect(page.nextMeetings('smp')).to.have.length(3);
      expect(page.statusText).to.equal('');
      await expect(page.el).to.be.accessible();
    } finally {
      series.load = load;
    }
  });
});
