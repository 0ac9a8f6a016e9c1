import { expect, html, waitUntil } from '@open-wc/testing';
import './define.ts';
import { dayInZone, type FeedView } from '@metodika/feed';
import { fresh, mountOnFeed, resetLoader } from '../test-support/feeds.ts';
import { CalendarPage } from './calendar.page.ts';
import type { MetodikaCalendar } from './calendar.ts';
import { endDayOf, lastsUntil, prepareEvents, startsBy } from './calendar-model.ts';

// The views prepare only the entries near the days they show, choosing them by instants before
// any day is worked out. These tests are built on the edges of that choice: a zone 14 hours ahead
// of UTC (Kiritimati: its today starts on UTC's yesterday), an end at midnight, events that began
// before the shown days, all-day ones, a cancelled one, presets. The browser is in Berlin.

const ZONE = 'Pacific/Kiritimati';

type Entry = { id: string; start: string; end?: string; subjects?: string[]; status?: string };

const event = ({ id, start, end, subjects = ['math'], status = 'scheduled' }: Entry) => ({
  id,
  title: `Событие ${id}`,
  kind: 'seminar',
  start,
  ...(end ? { end } : {}),
  format: 'offline',
  status,
  ...(status === 'cancelled' ? { statusNote: 'Перенос по погоде' } : {}),
  subjects,
});

/** "Today" is 23 November 2026 in Kiritimati. */
const EVENTS: Entry[] = [
  { id: 'october-course', start: '2026-10-20T09:00:00+14:00', end: '2026-11-02T12:00:00+14:00' },
  { id: 'before-grid', start: '2026-10-25T23:00:00+14:00', end: '2026-10-25T23:30:00+14:00' },
  // 25 October in UTC, the grid's first day (Monday 26 October) in Kiritimati.
  { id: 'grid-first-day', start: '2026-10-26T00:30:00+14:00', end: '2026-10-26T01:00:00+14:00' },
  { id: 'long-running', start: '2026-11-10T09:00:00+14:00', end: '2026-11-25T18:00:00+14:00' },
  { id: 'all-day-past', start: '2026-11-21', end: '2026-11-22', subjects: ['russian'] },
  // Ends at midnight: it belongs to the 22nd, not to today.
  { id: 'ended-at-midnight', start: '2026-11-22T20:00:00+14:00', end: '2026-11-23T00:00:00+14:00' },
  // The 22nd in UTC, today in Kiritimati.
  {
    id: 'utc-yesterday',
    start: '2026-11-22T10:00:00Z',
    end: '2026-11-22T11:00:00Z',
    subjects: ['russian'],
  },
  { id: 'all-day-today', start: '2026-11-23' },
  { id: 'cancelled', start: '2026-11-24T10:00:00+14:00', status: 'cancelled' },
  { id: 'later-1', start: '2026-11-26T10:00:00+14:00', subjects: ['russian'] },
  { id: 'later-2', start: '2026-11-27T10:00:00+14:00' },
  // Sunday 6 December, the grid's last day, is already the 6th at 09:30 UTC.
  { id: 'grid-last-day', start: '2026-12-06T23:30:00+14:00', end: '2026-12-06T23:45:00+14:00' },
  { id: 'after-grid', start: '2026-12-07T00:30:00+14:00' },
];

const feed = () => ({
  version: 1,
  generatedAt: '2026-11-20T10:00:00+14:00',
  publisher: { id: 'kir', name: 'Методический центр', timeZone: ZONE },
  taxonomies: {
    subjects: [
      { id: 'math', label: 'Математика' },
      { id: 'russian', label: 'Русский язык' },
    ],
  },
  events: EVENTS.map(event),
});

const calendar = (attrs: string) =>
  mountOnFeed<MetodikaCalendar, CalendarPage>(
    fresh('window.json'),
    feed(),
    html`<metodika-calendar
      src=${fresh('window.json')}
      today="2026-11-23"
      no-jsonld
      view=${attrs.includes('agenda') ? 'agenda' : 'month'}
      limit=${attrs.match(/limit=(\d+)/)?.[1] ?? 0}
      subject=${attrs.match(/subject=(\w+)/)?.[1] ?? ''}
    ></metodika-calendar>`,
    CalendarPage,
  );

beforeEach(resetLoader);

describe('calendar: only the entries a view shows', () => {
  it('the strip: what lasts until today or later, by start, cut at the limit', async () => {
    const page = await calendar('limit=5');
    expect(page.eventIds).to.deep.equal([
      'long-running',
      'utc-yesterday',
      'all-day-today',
      'cancelled',
      'later-1',
    ]);
    expect(page.entryWithStatus('cancelled')?.textContent).to.contain('Событие cancelled');
    await expect(page.el).to.be.accessible();
  });

  it('the strip with a preset: the next ones of that subject', async () => {
    const page = await calendar('limit=4 subject=math');
    expect(page.eventIds).to.deep.equal(['long-running', 'all-day-today', 'cancelled', 'later-2']);
  });

  it('a strip whose limit is removed becomes the full calendar once its view has arrived', async () => {
    const page = await calendar('limit=5');
    expect(page.title).to.equal('Ближайшие мероприятия');
    expect(page.grid).to.equal(null);
    page.el.removeAttribute('limit');
    await waitUntil(() => page.view === 'month', 'the month grid');
    expect(page.eventsOn('2026-11-24').join()).to.contain('cancelled');
    await expect(page.el).to.be.accessible();
  });

  it('the month grid: every entry on its weeks’ days, none from outside', async () => {
    const page = await calendar('month');
    const shown = new Set(page.eventIds);
    expect([...shown].sort()).to.deep.equal(
      EVENTS.map((e) => e.id)
        .filter((id) => !['before-grid', 'after-grid'].includes(id))
        .sort(),
    );
    expect(page.eventsOn('2026-11-02').join()).to.contain('october-course');
    expect(page.eventsOn('2026-10-26').join()).to.contain('grid-first-day');
    expect(page.eventsOn('2026-12-06').join()).to.contain('grid-last-day');
    expect(page.eventsOn('2026-11-23').join()).not.to.contain('ended-at-midnight');
    expect(page.eventsOn('2026-11-23').join()).to.contain('utc-yesterday');
  });

  it('the agenda: the month’s entries, the one begun in October on the 1st', async () => {
    const page = await calendar('agenda');
    expect(page.eventIds[0]).to.equal('october-course');
    expect(page.eventIds).not.to.include('grid-first-day');
    expect(page.eventIds).not.to.include('grid-last-day');
    expect(page.eventIds).to.include('utc-yesterday');
  });

  it('instants settle a day only where the day agrees, in zones 14 hours apart', async () => {
    const page = await calendar('month');
    const view = page.el.feed.state.view!;
    const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Vladivostok', 'UTC'];
    let checked = 0;
    for (const zone of zones) {
      const other: FeedView = {
        ...view,
        sources: view.sources.map((s) => ({ ...s, publisher: { ...s.publisher, timeZone: zone } })),
      };
      for (const item of prepareEvents(other)) {
        const start = dayInZone(item.event.start, zone);
        const end = endDayOf(item.event, zone, start);
        for (let d = Date.UTC(2026, 9, 18); d <= Date.UTC(2026, 11, 10); d += 86_400_000) {
          const day = new Date(d).toISOString().slice(0, 10);
          expect(lastsUntil(item, day), `${item.key} lasts until ${day} in ${zone}`).to.equal(
            end >= day,
          );
          expect(startsBy(item, day), `${item.key} starts by ${day} in ${zone}`).to.equal(
            start <= day,
          );
          checked++;
        }
      }
    }
    expect(checked).to.equal(zones.length * EVENTS.length * 54);
  });
});
