import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../associations/define.ts';
import '../../calendar/define.ts';
import type { MetodikaAssociations } from '../../associations/associations.ts';
import { CalendarPage } from '../../calendar/calendar.page.ts';
import { mount, resetLoader } from '../../test-support/feeds.ts';
import { CollectionPage } from './collection.page.ts';

/**
 * The webmaster's presets as the calendar and the directory take them from the shared browsing
 * controller (the practice feed's own cases are in practices.test.ts).
 */

const KUZ = '/demo/feeds/kuznetsk.json';

beforeEach(resetLoader);

describe('presets: calendar', () => {
  it('audience narrows the month with a notice; widening shows every event and is kept in the hash', async () => {
    const page = await mount(
      html`<metodika-calendar id="events" src=${KUZ} today="2026-11-23" view="agenda" audience="young-teachers" no-jsonld></metodika-calendar>`,
      CalendarPage,
    );
    expect(await page.presetShown()).to.match(/^Показаны только события: для кого «[^»]+»\.$/);
    // November's events for young teachers (and a series' meetings for them, if the feed has
    // one), not the history webinar for subject teachers only.
    expect(page.eventIds).to.include.members([
      'ev-2026-11-25-seminar-sferum',
      'ev-2026-11-26-open-literature',
      'ev-2026-11-26-ymp-classroom',
      'ev-2026-11-30-rmo-english',
    ]);
    expect(page.eventIds).to.not.include('ev-2026-11-24-webinar-gia-history');
    const narrowed = page.eventIds.length;
    // The filters offer only what the selection holds: no event for young teachers is on history.
    expect(page.filtersText).to.contain('Литература');
    expect(page.filtersText).to.not.contain('История');
    await expect(page.el).to.be.accessible();
    page.presetButton!.click();
    await page.settle();
    expect(page.eventIds).to.include('ev-2026-11-24-webinar-gia-history');
    expect(page.eventIds.length).to.be.greaterThan(narrowed);
    expect(page.preset).to.equal('Показаны все события, без подборки этой страницы.');
    expect(page.filtersText).to.contain('История');
    expect(decodeURIComponent(location.hash)).to.contain('events.all=1');
    await expect(page.el).to.be.accessible();
    page.presetButton!.click();
    await page.settle();
    expect(page.eventIds).to.have.length(narrowed);
    expect(location.hash).to.not.contain('events.all');
  });

  it('subject and kind together; the strip keeps to them without a widen button', async () => {
    const page = await mount(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" limit="5" subject="history" no-jsonld></metodika-calendar>`,
      CalendarPage,
    );
    expect(page.eventIds).to.deep.equal([
      'ev-2026-11-24-webinar-gia-history',
      'ev-2026-12-17-mc-history-sources',
    ]);
    expect(await page.presetShown()).to.equal('Показаны только события: предмет «История».');
    expect(page.presetButton).to.be.null;
    await expect(page.el).to.be.accessible();
    const both = await mount(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" limit="5" subject="history" kind="master-class" lang="en" no-jsonld></metodika-calendar>`,
      CalendarPage,
    );
    expect(both.eventIds).to.deep.equal(['ev-2026-12-17-mc-history-sources']);
    expect(await both.presetShown()).to.match(
      /^Showing only events: subject “History”, type “[^”]+”\.$/,
    );
  });

  it('an unknown association is named in the console and the calendar shows everything', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const page = await mount(
        html`<metodika-calendar src=${KUZ} today="2026-11-23" limit="3" association="rmo-nowhere" no-jsonld></metodika-calendar>`,
        CalendarPage,
      );
      expect(page.eventIds).to.have.length(3);
      await waitUntil(() => warnings.some((w) => w.includes('rmo-nowhere')), 'the report');
      await page.settle();
      expect(page.preset).to.equal('');
    } finally {
      console.warn = original;
    }
    expect(warnings.find((w) => w.includes('rmo-nowhere'))).to.contain(
      '<metodika-calendar association="…">',
    );
  });
});

describe('presets: directory', () => {
  it('audience and education level narrow the directory; widening lifts both', async () => {
    const page = await mount(
      html`<metodika-associations id="dir" src=${KUZ} audience="speech-therapists" education-level="noo"></metodika-associations>`,
      CollectionPage<MetodikaAssociations>,
    );
    expect(await page.presetShown()).to.match(
      /^Показаны только объединения: для кого «[^»]+», уровень образования «[^»]+»\.$/,
    );
    expect(page.count).to.equal('1 объединение');
    expect(page.card('pg-inclusion')).to.not.be.null;
    await expect(page.el).to.be.accessible();
    await page.click('Показать все объединения');
    expect(page.count).to.equal('18 объединений');
    expect(decodeURIComponent(location.hash)).to.contain('dir.all=1');
  });

  it('a selection the feed has nothing for says so under its notice and still widens', async () => {
    const page = await mount(
      html`<metodika-associations src=${KUZ} subject="obzr"></metodika-associations>`,
      CollectionPage<MetodikaAssociations>,
    );
    expect(await page.presetShown()).to.equal(
      'Показаны только объединения: предмет «Основы безопасности и защиты Родины».',
    );
    expect(page.text).to.contain('В этой подборке пока ничего нет.');
    expect(page.cards).to.have.length(0);
    await expect(page.el).to.be.accessible();
    await page.click('Показать все объединения');
    expect(page.count).to.equal('18 объединений');
  });

  it('on a phone at 200% text the notice wraps within the widget', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 360px; font-size: 200%">
        <metodika-associations src=${KUZ} subject="math" kind="rmo"></metodika-associations>
      </div>`,
    );
    const page = new CollectionPage(
      box.querySelector<MetodikaAssociations>('metodika-associations')!,
    );
    await page.ready();
    await page.presetShown();
    const notice = page.presetNotice!;
    expect(notice.scrollWidth).to.be.at.most(notice.clientWidth);
    expect(notice.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right);
    expect(page.presetButton!.getBoundingClientRect().right).to.be.at.most(
      box.getBoundingClientRect().right,
    );
  });
});
