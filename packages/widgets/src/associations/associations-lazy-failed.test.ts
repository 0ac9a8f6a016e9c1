import { expect, html } from '@open-wc/testing';
import './define.ts';
import { json, stubFetch } from '../../../../test/embed/fixtures/make-feed.ts';
import { loaderOptions } from '../base/feed-loader.ts';
import { seriesFeed } from '../calendar/series-feed.fixture.ts';
import { fresh, mount, resetLoader } from '../test-support/feeds.ts';
import { AssociationsPage } from './associations.page.ts';
import { series } from './associations-lazy.ts';

// A page of its own: a part that failed is not fetched again on the page.

beforeEach(resetLoader);

describe('the rhythm of series cannot be fetched', () => {
  it('the cards stay, without the rhythm and without a placeholder', async () => {
    const load = series.load;
    series.load = () => Promise.reject(new Error('offline'));
    try {
      loaderOptions.fetch = stubFetch({ 'series.json': () => json(seriesFeed()) });
      const page = await mount(
        html`<metodika-associations src=${fresh('series.json')} today="2026-11-01"></metodika-associations>`,
        AssociationsPage,
      );
      expect(page.rhythmPending).to.equal(0);
      expect(page.card('rmo-math')?.innerText).to.contain('РМО учителей математики');
      expect(page.fact('rmo-math', 'Расписание')).to.equal('');
      expect(page.nextMeetings('rmo-math')).to.deep.equal([]);
      expect(page.shown).to.equal('ready');
      await expect(page.el).to.be.accessible();
    } finally {
      series.load = load;
    }
  });
});
