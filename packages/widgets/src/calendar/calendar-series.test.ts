import { expect, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import './define.ts';
import { fresh, mountOnFeed, plain, resetLoader } from '../test-support/feeds.ts';
import { CalendarPage } from './calendar.page.ts';
import type { MetodikaCalendar } from './calendar.ts';
import { eventIcs } from './calendar-ics.ts';
import { prepareEvents } from './calendar-model.ts';
import { meetingOf } from './calendar-series.ts';
import { seriesFeed } from './series-feed.fixture.ts';

// The browser runs in Europe/Berlin (web-test-runner.config.mjs); the feed is Vladivostok's:
// every date and time must be the publisher's.

const RMO = 'rmo-math-meeting';

const calendar = (
  attrs: { today?: string; view?: string; limit?: number; lang?: string; feed?: object } = {},
) =>
  mountOnFeed<MetodikaCalendar, CalendarPage>(
    fresh('series.json'),
    attrs.feed ?? seriesFeed(),
    html`<metodika-calendar
      src=${fresh('series.json')}
      today=${attrs.today ?? '2026-11-23'}
      view=${attrs.view ?? 'month'}
      limit=${attrs.limit ?? 0}
      lang=${attrs.lang ?? 'ru'}
    ></metodika-calendar>`,
    CalendarPage,
  );

beforeEach(resetLoader);

describe('calendar: recurring events', () => {
  it('month grid: each meeting on its Vladivostok day and time, a cancelled one marked', async () => {
    const page = await calendar();
    expect(page.heading).to.match(/^Ноябрь 2026/);
    // 08:00 on Wednesdays in Vladivostok is Tuesday 23:00 in Berlin: still Wednesday here.
    for (const day of ['2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25'])
      expect(page.entryText(`webinar@${day}`)).to.contain('08:00 Вебинар');
    expect(page.eventOpener('webinar@2026-11-03')).to.be.null;
    expect(page.eventsOn('2026-11-03')).to.deep.equal([]);
    // The last Friday, all day.
    expect(page.eventsOn('2026-11-27')).to.deep.equal(['Школа молодого педагога']);
    expect(page.eventOpener('smp-day@2026-11-20')).to.be.null;
    // The second Tuesday's meeting is cancelled: shown, marked in words.
    expect(page.entryText(`${RMO}@2026-11-10`)).to.equal(
      'Отменено: 15:00 Заседание РМО учителей математики',
    );
    expect(page.gridEntryWithStatus('cancelled')?.dataset.event).to.equal(`${RMO}@2026-11-10`);
    // A single event sits among them as before.
    expect(page.eventsOn('2026-11-18')).to.include('Педагогические чтения');
    await expect(page.el).to.be.accessible();
  });

  it('month grid: a moved meeting on its new day and time with a note; excluded dates empty', async () => {
    const page = await calendar({ today: '2026-12-01' });
    expect(page.eventOpener(`${RMO}@2026-12-08`)?.closest('td')).to.equal(
      page.dayButton('2026-12-10')!.closest('td'),
    );
    expect(plain(page.entryText(`${RMO}@2026-12-08`))).to.equal(
      '10:00 Заседание РМО учителей математики (перенесено с 8 декабря)',
    );
    expect(page.eventsOn('2026-12-08')).to.deep.equal([]);
    await page.next();
    // 12 January is excluded; February's second Tuesday is there.
    expect(page.eventsOn('2027-01-12')).to.deep.equal([]);
    await page.next();
    expect(page.eventsOn('2027-02-09')).to.deep.equal(['Заседание РМО учителей математики']);
    await expect(page.el).to.be.accessible();
  });

  it('agenda: the month’s meetings in order, the moved one with its note, paged', async () => {
    const page = await calendar({ today: '2026-12-01', view: 'agenda' });
    expect(page.eventIds).to.deep.equal([
      'webinar@2026-12-02',
      'webinar@2026-12-09',
      `${RMO}@2026-12-08`,
      'webinar@2026-12-16',
      'webinar@2026-12-23',
      'smp-day@2026-12-25',
      'webinar@2026-12-30',
    ]);
    const moved = plain(page.entryText(`${RMO}@2026-12-08`));
    expect(moved).to.match(/^10:00–12:00 /);
    expect(moved).to.contain('→ перенесено с 8 декабря');
    await page.previous();
    expect(plain(page.entryText(`${RMO}@2026-11-10`))).to.contain('✕ Отменено');
    await expect(page.el).to.be.accessible();
  });

  it('the strip: the next meetings of every series, merged by date', async () => {
    const page = await calendar({ limit: 5 });
    expect(page.eventIds).to.deep.equal([
      'webinar@2026-11-25',
      'smp-day@2026-11-27',
      'webinar@2026-12-02',
      'webinar@2026-12-09',
      `${RMO}@2026-12-08`,
    ]);
    expect(plain(page.stripWhen[0]!)).to.equal('25 нояб., 08:00–09:00');
    await expect(page.el).to.be.accessible();
  });

  it('details of one meeting: its own time, status, rhythm in words, link and .ics', async () => {
    history.replaceState(null, '', `#cal.ev=${RMO}@2026-12-08`);
    const page = await calendar({ view: 'agenda' });
    await page.detailsOpened(RMO);
    expect(page.heading).to.match(/^Декабрь 2026/);
    const text = plain(page.detailsText);
    expect(text).to.contain('10 декабря');
    expect(text).to.contain('перенесено с 8 декабря');
    expect(text).to.contain('МБОУ СОШ № 3');
    expect(text).to.contain('Программа заседания');
    expect(text).to.match(
      /Повторяется\s*каждый второй вторник месяца, с сентября по май, до 25 мая 2027 г\./,
    );
    await expect(page.el).to.be.accessible();
    await page.closeDialog(page.detailsDialog);
    // Another meeting's details: the series' own venue and materials.
    await page.previous();
    await page.openEvent(`${RMO}@2026-11-10`);
    expect(decodeURIComponent(location.hash)).to.contain(`ev=${RMO}@2026-11-10`);
    expect(page.detailsText).to.contain('Заседание отменено: каникулы');
    expect(page.detailsText).to.contain('МБОУ СОШ № 1');
    expect(page.detailsText).to.not.contain('Программа заседания');
    await expect(page.el).to.be.accessible();
  });

  it('an old link to the series opens its next meeting, and the link names it', async () => {
    history.replaceState(null, '', `#cal.ev=${RMO}`);
    const page = await calendar({ view: 'agenda' });
    await page.detailsOpened(RMO);
    expect(decodeURIComponent(location.hash)).to.contain(`ev=${RMO}@2026-12-08`);
    expect(page.heading).to.match(/^Декабрь 2026/);
    expect(page.detailsText).to.contain('10 декабря');
  });

  it('a link to a date the rhythm does not give opens nothing', async () => {
    history.replaceState(null, '', `#cal.ev=${RMO}@2026-12-09`);
    const off = await calendar({ view: 'agenda' });
    expect(off.detailsDialog.open).to.be.false;
    expect(location.hash).to.not.contain('ev=');
  });

  it('filters and search narrow the series before they are expanded', async () => {
    const page = await calendar({ view: 'agenda', today: '2026-12-01' });
    await page.toggleOption('Вебинар');
    expect(page.eventIds).to.deep.equal([
      'webinar@2026-12-02',
      'webinar@2026-12-09',
      'webinar@2026-12-16',
      'webinar@2026-12-23',
      'webinar@2026-12-30',
    ]);
    await page.click('Убрать фильтр: Вебинар');
    await page.search('молодого');
    expect(page.eventIds).to.deep.equal(['smp-day@2026-12-25']);
    await page.search('');
    await page.toggleUpcoming();
    await page.previous();
    // Upcoming only: November's meetings before today (1 December) are gone.
    expect(page.eventIds).to.deep.equal([]);
    await expect(page.el).to.be.accessible();
  });

  it('a meeting moved online answers the format filter itself, not as its in-person series', async () => {
    const feed = seriesFeed() as {
      events: { id: string; recurrence?: { changes?: Record<string, unknown>[] } }[];
    };
    const moved = feed.events
      .find((e) => e.id === RMO)!
      .recurrence!.changes!.find((c) => c.date === '2026-12-08')!;
    Object.assign(moved, { format: 'online', onlineUrl: 'https://vebinar.example/rmo' });
    const page = await calendar({ view: 'agenda', today: '2026-12-01', feed });
    await page.toggleOption('Онлайн');
    expect(page.eventIds).to.include(`${RMO}@2026-12-08`);
    expect(page.eventIds.filter((id) => !id.startsWith('webinar@'))).to.deep.equal([
      `${RMO}@2026-12-08`,
    ]);
    await page.toggleOption('Онлайн');
    await page.toggleOption('Очно');
    expect(page.eventIds).to.deep.equal(['smp-day@2026-12-25']);
    // The series' other meetings are in person and still match (January's is excluded).
    await page.next();
    await page.next();
    expect(page.eventIds).to.include(`${RMO}@2027-02-09`);
    await expect(page.el).to.be.accessible();
  });

  it('JSON-LD: the next meetings of each series as Events, the cancelled one cancelled', async () => {
    const page = await calendar({ today: '2026-11-01' });
    const data = await waitForJsonLd(page);
    const rmo = data.filter((e) => e.name === 'Заседание РМО учителей математики');
    expect(rmo.map((e) => e.startDate)).to.deep.equal([
      '2026-11-10T15:00:00+10:00',
      '2026-12-10T10:00:00+10:00',
      '2027-02-09T15:00:00+10:00',
      '2027-03-09T15:00:00+10:00',
      '2027-04-13T15:00:00+10:00',
    ]);
    expect(rmo[0]!.eventStatus).to.equal('https://schema.org/EventCancelled');
    expect(rmo[1]!.eventStatus).to.equal('https://schema.org/EventRescheduled');
    expect(rmo[1]!.previousStartDate).to.equal('2026-12-08');
    expect(rmo[2]!.eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(rmo[2]!.previousStartDate).to.equal(undefined);
    expect(data.filter((e) => String(e.name).startsWith('Вебинар'))).to.have.length(5);
    expect(data.some((e) => e.name === 'Педагогические чтения')).to.be.true;
  });

  it('in English: a series’ link opens its next meeting with the rhythm in words', async () => {
    history.replaceState(null, '', `#cal.ev=smp-day`);
    const page = await calendar({ view: 'agenda', lang: 'en' });
    await page.detailsOpened('smp-day');
    expect(page.detailsTitle).to.equal('Школа молодого педагога');
    expect(page.detailsText).to.contain('November 27, 2026');
    expect(page.detailsText).to.match(/Repeats\s*every last Friday of the month/i);
    await expect(page.el).to.be.accessible();
  });
});

describe('calendar: one meeting’s .ics', () => {
  it('is that meeting alone, at its new time, with a UID of its own and no rule', async () => {
    const page = await calendar();
    const view = page.el.feed.state.view!;
    const series = prepareEvents(view).find((item) => item.event.id === RMO)!;
    const ics = (date: string) => {
      const text = eventIcs(meetingOf(series, date, '2026-11-23')!, view, 'ru');
      const component = new ICAL.Component(ICAL.parse(text));
      for (const zone of component.getAllSubcomponents('vtimezone'))
        ICAL.TimezoneService.register(zone);
      expect(component.getAllSubcomponents('vevent')).to.have.length(1);
      const vevent = component.getFirstSubcomponent('vevent')!;
      expect(vevent.getFirstPropertyValue('rrule')).to.equal(null);
      return new ICAL.Event(vevent);
    };
    const moved = ics('2026-12-08');
    expect(moved.startDate.toJSDate().getTime()).to.equal(Date.parse('2026-12-10T10:00:00+10:00'));
    expect(moved.endDate.toJSDate().getTime()).to.equal(Date.parse('2026-12-10T12:00:00+10:00'));
    expect(moved.location).to.contain('МБОУ СОШ № 3');
    const next = ics('2027-02-09');
    expect(next.startDate.toJSDate().getTime()).to.equal(Date.parse('2027-02-09T15:00:00+10:00'));
    expect(next.uid).to.not.equal(moved.uid);
    expect(next.uid).to.contain(`${RMO}-2027-02-09`);
  });
});

async function waitForJsonLd(page: CalendarPage): Promise<Record<string, unknown>[]> {
  const { waitUntil } = await import('@open-wc/testing');
  await waitUntil(() => page.jsonLd.length > 0, 'JSON-LD');
  return page.jsonLd;
}
