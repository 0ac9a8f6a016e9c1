import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ICAL from 'ical.js';
import { eventsToICalendar, eventToICalendar, type FeedEvent, parseFeed } from '../src/index.ts';
import { sampleFeed } from './cli-helpers.ts';

const encoder = new TextEncoder();

function event(partial: Partial<FeedEvent> & Pick<FeedEvent, 'id' | 'start'>): FeedEvent {
  return { title: 'Семинар', kind: 'seminar', status: 'scheduled', format: 'offline', ...partial };
}

const vladivostok = {
  id: 'amur',
  name: 'МКУ РМЦ Амурского района',
  shortName: 'РМЦ Амурского района',
  timeZone: 'Asia/Vladivostok',
};

/** Parses with the real ical.js parser and returns the VEVENTs as ICAL.Event objects. */
function parseEvents(text: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

describe('eventsToICalendar', () => {
  test('a timed event in Asia/Vladivostok keeps its instant, written as local time with TZID', () => {
    const text = eventsToICalendar({
      publisher: vladivostok,
      generatedAt: '2026-11-20T09:00:00+10:00',
      events: [
        event({ id: 'e1', start: '2026-11-25T10:00:00+10:00', end: '2026-11-25T12:00:00+10:00' }),
      ],
    });
    assert.match(text, /\r\nDTSTART;TZID=Asia\/Vladivostok:20261125T100000\r\n/);
    const { calendar, events } = parseEvents(text);
    const tz = calendar.getFirstSubcomponent('vtimezone');
    assert.equal(tz?.getFirstPropertyValue('tzid'), 'Asia/Vladivostok');
    assert.equal(events[0]!.startDate.toJSDate().toISOString(), '2026-11-25T00:00:00.000Z');
    assert.equal(events[0]!.endDate.toJSDate().toISOString(), '2026-11-25T02:00:00.000Z');
    assert.equal(calendar.getFirstPropertyValue('x-wr-timezone'), 'Asia/Vladivostok');
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'РМЦ Амурского района');
  });

  test('a start written with another offset is converted to the publisher zone', () => {
    const text = eventsToICalendar({
      publisher: vladivostok,
      events: [event({ id: 'e1', start: '2026-11-25T03:00:00+03:00' })],
    });
    assert.match(text, /DTSTART;TZID=Asia\/Vladivostok:20261125T100000/);
    const { events } = parseEvents(text);
    assert.equal(events[0]!.startDate.toJSDate().toISOString(), '2026-11-25T00:00:00.000Z');
  });

  test('a zone with DST is written with TZID and a VTIMEZONE of its changes (built from Intl)', () => {
    const text = eventsToICalendar({
      publisher: { ...vladivostok, timeZone: 'Europe/Berlin' },
      events: [
        event({ id: 'winter', start: '2026-02-10T10:00:00+01:00' }),
        event({ id: 'summer', start: '2026-06-10T10:00:00+02:00' }),
      ],
    });
    assert.match(text, /\r\nDTSTART;TZID=Europe\/Berlin:20260610T100000\r\n/);
    assert.match(text, /BEGIN:DAYLIGHT\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0200\r\n/);
    const { events } = parseEvents(text);
    assert.deepEqual(
      events.map((e) => e.startDate.toJSDate().toISOString()),
      ['2026-02-10T09:00:00.000Z', '2026-06-10T08:00:00.000Z'],
    );
  });

  test('all-day events are VALUE=DATE with an exclusive DTEND', () => {
    const text = eventsToICalendar({
      publisher: vladivostok,
      events: [
        event({ id: 'week', start: '2026-12-28', end: '2027-01-01' }),
        event({ id: 'day', start: '2026-12-15' }),
      ],
    });
    const { events } = parseEvents(text);
    assert.equal(events[0]!.startDate.isDate, true);
    assert.equal(events[0]!.startDate.toString(), '2026-12-28');
    assert.equal(events[0]!.endDate.toString(), '2027-01-02');
    assert.equal(events[1]!.endDate.toString(), '2026-12-16');
    assert.doesNotMatch(text, /VTIMEZONE/, 'no timed events, no VTIMEZONE');
  });

  test('status: cancelled → CANCELLED, postponed → TENTATIVE with a note, others CONFIRMED', () => {
    const text = eventsToICalendar({
      publisher: vladivostok,
      events: [
        event({ id: 'a', start: '2026-12-01', status: 'cancelled' }),
        event({
          id: 'b',
          start: '2026-12-02',
          status: 'postponed',
          statusNote: 'Новая дата — в январе',
        }),
        event({
          id: 'c',
          start: '2026-12-03',
          status: 'moved-online',
          onlineUrl: 'https://meet.example.ru/c',
        }),
        event({ id: 'd', start: '2026-12-04' }),
      ],
    });
    const { events } = parseEvents(text);
    const statuses = events.map((e) => e.component.getFirstPropertyValue('status'));
    assert.deepEqual(statuses, ['CANCELLED', 'TENTATIVE', 'CONFIRMED', 'CONFIRMED']);
    assert.match(events[1]!.description, /перенесено.*Новая дата — в январе/s);
    assert.match(events[0]!.summary, /^Отменено: /);
    assert.equal(events[2]!.location, 'Онлайн: https://meet.example.ru/c');
  });

  test('UIDs and the whole output are stable across runs; DTSTAMP comes from the feed', () => {
    const feed = parseFeed(sampleFeed()).feed!;
    const first = eventsToICalendar(feed);
    const second = eventsToICalendar(structuredClone(feed));
    assert.equal(first, second);
    const { events } = parseEvents(first);
    assert.deepEqual(
      events.map((e) => e.uid),
      ['e1@kuz.metodika', 'e2@kuz.metodika', 'e3@kuz.metodika'],
    );
    const stamps = events.map((e) => e.component.getFirstPropertyValue('dtstamp')!.toString());
    // e1 has updatedAt 15:00+03:00; the others take generatedAt 09:00+03:00.
    assert.deepEqual(stamps, [
      '2026-11-19T12:00:00Z',
      '2026-11-20T06:00:00Z',
      '2026-11-20T06:00:00Z',
    ]);
    assert.equal(events[0]!.sequence, 2);
  });

  test('Russian text with commas, semicolons, backslashes and newlines round-trips', () => {
    const title = 'Круглый стол; «Наставничество», итоги\\планы';
    const description =
      'Первая строка, с запятой;\nвторая строка.\n\nНовый абзац: ёжик, щука; «ъ».';
    const text = eventsToICalendar({
      publisher: vladivostok,
      events: [event({ id: 'e1', start: '2026-12-01', title, description })],
    });
    assert.match(
      text.replace(/\r\n /g, ''),
      /SUMMARY:Круглый стол\\; «Наставничество»\\, итоги\\\\планы/,
    );
    const { events } = parseEvents(text);
    assert.equal(events[0]!.summary, title);
    assert.equal(events[0]!.description, description);
  });

  test('lines are CRLF and folded at 75 octets without splitting a Cyrillic letter', () => {
    const description = 'Щ'.repeat(200) + ' методическое объединение '.repeat(20);
    const text = eventsToICalendar({
      publisher: vladivostok,
      events: [event({ id: 'e1', start: '2026-12-01', title: 'Ж'.repeat(120), description })],
    });
    assert.ok(text.endsWith('\r\n'));
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines)
      assert.ok(encoder.encode(line).length <= 75, `${encoder.encode(line).length}: ${line}`);
    assert.ok(lines.filter((line) => line.startsWith(' ')).length > 5, 'long lines were folded');
    assert.ok(!text.includes('\ufffd'), 'no broken characters');
    const { events } = parseEvents(text);
    assert.equal(events[0]!.summary, 'Ж'.repeat(120));
    assert.equal(events[0]!.description, description);
  });

  test('location resolves the venue organization; URL only takes web links', () => {
    const feed = parseFeed(sampleFeed()).feed!;
    const { events } = parseEvents(eventsToICalendar(feed));
    assert.equal(
      events[0]!.location,
      'МБОУ СОШ № 1 г. Кузнецка, г. Кузнецк, ул. Ленина, 1, каб. 12',
    );
    assert.equal(events[0]!.component.getFirstPropertyValue('url'), 'https://forms.example.ru/e1');
    assert.match(
      events[0]!.description,
      /Регистрация \(до 2026-11-23, 30 мест\): https:\/\/forms\.example\.ru\/e1/,
    );
    assert.match(events[0]!.description, /— Программа: https:\/\/metod\.example\.ru\/e1\.pdf/);
  });
});

describe('eventToICalendar', () => {
  test('one event in a complete calendar, English words with lang en', () => {
    const feed = parseFeed(sampleFeed()).feed!;
    const text = eventToICalendar(feed.events[2]!, feed, { lang: 'en' });
    const { calendar, events } = parseEvents(text);
    assert.equal(events.length, 1);
    assert.equal(events[0]!.uid, 'e3@kuz.metodika');
    assert.match(events[0]!.summary, /^Cancelled: /);
    assert.equal(
      calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid'),
      'Europe/Moscow',
    );
    assert.equal(events[0]!.startDate.toJSDate().toISOString(), '2026-12-10T12:00:00.000Z');
  });
});
