import { expect, html } from '@open-wc/testing';
import './define.ts';
import { makeFeed } from '../../../../test/embed/fixtures/make-feed.ts';
import { fresh, mountOnFeed, resetLoader } from '../test-support/feeds.ts';
import { CalendarPage } from './calendar.page.ts';
import type { MetodikaCalendar } from './calendar.ts';
import { series } from './calendar-lazy.ts';
import { seriesFeed } from './series-feed.fixture.ts';

// The order matters: this file's page must not have asked for the expansion before the feed
// without series is drawn. (What the built pages load before they paint is test/size's part.)

beforeEach(resetLoader);

describe('the expansion of recurring events is asked for only by a feed with series', () => {
  it('a calendar of single events draws without it', async () => {
    const calendar = await mountOnFeed<MetodikaCalendar, CalendarPage>(
      fresh('plain.json'),
      makeFeed(30),
      html`<metodika-calendar src=${fresh('plain.json')} today="2026-11-23" view="month"></metodika-calendar>`,
      CalendarPage,
    );
    expect(calendar.eventIds).to.include('g27');
    await calendar.openEvent('g27');
    expect(calendar.detailsText).to.contain('Событие номер 27');
    expect(series.get()).to.equal(undefined);
  });

  it('a feed with series has it before the calendar draws its meetings', async () => {
    const calendar = await mountOnFeed<MetodikaCalendar, CalendarPage>(
      fresh('series.json'),
      seriesFeed(),
      html`<metodika-calendar src=${fresh('series.json')} today="2026-11-23" view="month"></metodika-calendar>`,
      CalendarPage,
    );
    expect(series.get()).to.not.equal(undefined);
    expect(calendar.eventIds).to.include('webinar@2026-11-25');
  });
});
