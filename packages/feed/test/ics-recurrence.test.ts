/**
 * The .ics export of series, read back by ical.js 2.2 (the parser of Thunderbird and many web
 * calendars): a series is one VEVENT with DTSTART;TZID + RRULE + EXDATE and one VEVENT per
 * changed meeting with RECURRENCE-ID, with a VTIMEZONE built from Intl. The differential part
 * generates rules (the recurrence differential's generator) in zones with DST, half-hour and
 * 45-minute offsets and historical changes, adds an excluded, a cancelled and a moved meeting,
 * exports, parses, expands with ical.js and requires the same instants, dates and statuses as
 * our expansion. A mutation (a wrong TZID in the file) must make it fail.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ICAL from 'ical.js';
import { zoneOffsetMinutes } from '../src/ics/zone.ts';
import {
  eventsToICalendar,
  eventToICalendar,
  expandSeries,
  type FeedEvent,
  parseRule,
} from '../src/index.ts';
import { wallToEpoch } from '../src/recurrence/wall-clock.ts';
import { prng } from './prng.ts';
import { randomCase, referenceEpoch, referenceWall, synchronise } from './recurrence-reference.ts';

const DAY = 86_400_000;

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'America/Santiago',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'Australia/Eucla',
  'Pacific/Chatham',
  'Asia/Vladivostok',
  'Asia/Almaty',
];

const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');

/** A DATE is a local day in the publisher's zone (ical.js would read it in the host's zone). */
function instant(time: ICAL.Time, zone: string): number {
  return time.isDate
    ? wallToEpoch(zone, Date.UTC(time.year, time.month - 1, time.day))
    : time.toJSDate().getTime();
}

interface Seen {
  startMs: number;
  endMs: number;
  cancelled: boolean;
}

/** Every meeting ical.js gives from the file, overlapping [from, to), sorted by start. */
function icalMeetings(text: string, zone: string, from: number, to: number): Seen[] {
  // ical.js caches weekdays by a key of year, month and day that it also computes for dates
  // not yet normalised (the 35th of a month), so one expansion can leave wrong weekdays for
  // the next: each file starts with empty caches, as it would in a fresh calendar app.
  const caches = ICAL.Time as unknown as { _dowCache: object; _wnCache: object };
  caches._dowCache = {};
  caches._wnCache = {};
  const calendar = new ICAL.Component(ICAL.parse(text));
  const [master, ...exceptions] = calendar.getAllSubcomponents('vevent');
  const event = new ICAL.Event(master, { exceptions });
  const out: Seen[] = [];
  const it = event.iterator();
  for (let i = 0; i < 3000; i++) {
    const next = it.next();
    if (!next) break;
    const details = event.getOccurrenceDetails(next);
    const startMs = instant(details.startDate, zone);
    const endMs = instant(details.endDate, zone);
    if (next.toJSDate().getTime() > to + 40 * DAY) break;
    if (startMs < to && (endMs > from || startMs >= from))
      out.push({
        startMs,
        endMs,
        cancelled: details.item.component.getFirstPropertyValue('status') === 'CANCELLED',
      });
  }
  return out.sort((a, b) => a.startMs - b.startMs);
}

const publisher = (timeZone: string) => ({ id: 'test', name: 'РМЦ', timeZone });

/**
 * Rule shapes (as exported) where ical.js 2.2 departs from RFC 5545 and no equivalent rule
 * avoids it (the export rewrites the ones that have one; series.ts lists them): left out.
 */
function icalJsDeparts(text: string): boolean {
  // The series' own VEVENT (the VTIMEZONE before it has DTSTARTs and RRULEs of its own).
  const master = text.slice(text.indexOf('BEGIN:VEVENT')).replace(/\r\n /g, '');
  const exported = parseRule(/\r\nRRULE:([^\r]*)/.exec(master)![1]!);
  if (!exported.ok) return true;
  const rule = exported.rule;
  const start = /\r\nDTSTART[^:]*:\d{6}(\d{2})/.exec(master)![1]!;
  const negative = rule.byMonthDay?.some((d) => d < 0) ?? false;
  const ordinals = rule.byDay?.some((d) => d.nth !== undefined) ?? false;
  const days = rule.byMonthDay ?? (rule.byDay ? [] : [Number(start)]);
  const listed =
    (rule.freq === 'MONTHLY' || rule.freq === 'YEARLY') &&
    (rule.byMonth?.length ?? 0) > 1 &&
    (days.length > 1 || days.some((d) => d >= 29 || d < 0));
  return (
    Boolean(rule.byDay && rule.byMonthDay) ||
    listed ||
    (rule.freq === 'YEARLY' && ordinals && !rule.byMonth) ||
    (rule.interval > 1 &&
      ((rule.freq === 'DAILY' && negative) ||
        (rule.freq === 'MONTHLY' && Boolean(rule.byMonth)) ||
        (rule.freq === 'YEARLY' && negative)))
  );
}

/**
 * Whether `ms` is within three hours of an offset change: there ical.js reads a repeated or
 * skipped local time with the later offset (RFC 5545 §3.3.5: the earlier) and keeps a meeting's
 * local length across the change (RFC 5545 §3.8.5.3: its exact length).
 */
function nearTransition(zone: string, ...instants: number[]): boolean {
  return instants.some(
    (ms) =>
      zoneOffsetMinutes(zone, ms - 3 * 3600_000) !== zoneOffsetMinutes(zone, ms + 3 * 3600_000),
  );
}

interface Run {
  rules: number;
  occurrences: number;
  /** Meetings at a DST change where ical.js departs from RFC 5545 (not compared). */
  nearChange: number;
  /** Generated rules of a shape ical.js expands wrongly (icalJsDeparts). */
  leftOut: number;
  differences: string[];
}

/** Export → ical.js → instants, against expandSeries, for `perZone` seeded rules in each zone. */
function differential(
  zones: readonly string[],
  perZone: number,
  seed: number,
  spoil: (text: string) => string = (t) => t,
): Run {
  const run: Run = { rules: 0, occurrences: 0, nearChange: 0, leftOut: 0, differences: [] };
  const rand = prng(seed);
  for (const zone of zones) {
    for (let made = 0; made < perZone; ) {
      const c = randomCase(rand);
      const first = synchronise(c);
      if (first === null) continue;
      const startMs = referenceEpoch(zone, first);
      if (!c.allDay && referenceWall(zone, startMs) !== first) continue;
      const parsed = parseRule(c.text);
      if (!parsed.ok) continue;

      const firstDay = new Date(first).toISOString().slice(0, 10);
      const start = c.allDay ? firstDay : iso(startMs);
      const end = c.allDay
        ? c.length > 1
          ? new Date(first + (c.length - 1) * DAY).toISOString().slice(0, 10)
          : undefined
        : c.length
          ? iso(startMs + c.length)
          : undefined;
      // A DTSTART in a repeated local hour: ical.js takes the later offset (RFC 5545 the
      // earlier) and so a wrong length for every meeting.
      if (!c.allDay && nearTransition(zone, startMs, startMs + c.length)) {
        run.leftOut++;
        continue;
      }
      const from = startMs - DAY;
      const to = startMs + 400 * DAY;
      // Meetings to change: the 2nd is excluded, the 3rd cancelled, the 4th moved by a day and
      // two hours (a day for an all-day series) to another venue.
      const plain = expandSeries({ start, ...(end ? { end } : {}), rule: parsed.rule }, zone, {
        from,
        to,
      }).occurrences;
      const event: FeedEvent = {
        id: `s${made}`,
        title: 'Заседание РМО',
        kind: 'association-meeting',
        status: 'scheduled',
        format: 'offline',
        start,
        ...(end ? { end } : {}),
        recurrence: { rule: c.text },
      };
      const recurrence = event.recurrence!;
      if (plain[1]) recurrence.except = [plain[1].date];
      if (plain[2]) recurrence.changes = [{ date: plain[2].date, status: 'cancelled' }];
      const moved = plain[3];
      if (moved) {
        const shifted = c.allDay
          ? new Date(Date.parse(moved.date) + DAY).toISOString().slice(0, 10)
          : iso(moved.startMs + DAY + 2 * 3600_000);
        recurrence.changes = [
          ...(recurrence.changes ?? []),
          { date: moved.date, start: shifted, venue: { address: 'ул. Ленина, 3' } },
        ];
      }
      const ours = expandSeries(
        {
          start,
          ...(end ? { end } : {}),
          rule: parsed.rule,
          exdates: recurrence.except ?? [],
          overrides: recurrence.changes ?? [],
        },
        zone,
        { from, to },
      ).occurrences;
      const text = spoil(eventsToICalendar({ publisher: publisher(zone), events: [event] }));
      if (icalJsDeparts(text)) {
        run.leftOut++;
        continue;
      }
      made++;
      run.rules++;
      let theirs: Seen[];
      try {
        theirs = icalMeetings(text, zone, from, to);
      } catch (error) {
        run.differences.push(`${zone} ${c.text}: ical.js failed: ${error}`);
        continue;
      }
      run.occurrences += ours.length;
      const n = Math.max(ours.length, theirs.length);
      for (let i = 0; i < n; i++) {
        const a = ours[i];
        const b = theirs[i];
        if (a && b && a.startMs === b.startMs && a.endMs === b.endMs && a.cancelled === b.cancelled)
          continue;
        const spans = a && zoneOffsetMinutes(zone, a.startMs) !== zoneOffsetMinutes(zone, a.endMs);
        if (
          a &&
          b &&
          a.cancelled === b.cancelled &&
          (spans || nearTransition(zone, a.startMs, a.endMs, b.startMs, b.endMs))
        ) {
          run.nearChange++;
          continue;
        }
        const show = (o?: Seen) =>
          o ? `${iso(o.startMs)}–${iso(o.endMs)}${o.cancelled ? ' cancelled' : ''}` : 'nothing';
        run.differences.push(
          `${zone} RRULE:${c.text} DTSTART ${start}: meeting #${i + 1} ours ${show(a)}, ical.js ${show(b)}`,
        );
        break;
      }
    }
  }
  return run;
}

describe('iCalendar export of series', () => {
  test('ical.js expands the export to our instants: 1,100 rules in 11 zones', () => {
    const perZone = Number(process.env.PER_ZONE ?? 100);
    const run = differential(ZONES, perZone, 20261205);
    assert.equal(
      run.differences.length,
      0,
      `${run.differences.length} of ${run.rules} rules differ; first ones:\n${run.differences.slice(0, 8).join('\n')}`,
    );
    assert.ok(
      run.rules === ZONES.length * perZone && run.occurrences > 10_000,
      JSON.stringify(run),
    );
    console.log(
      `# ics differential: ${perZone} rules × ${ZONES.length} zones compared, ${run.occurrences} meetings; ${run.leftOut} rules of shapes ical.js departs on, ${run.nearChange} meetings at a DST change left out`,
    );
  });

  test('the differential test fails when the export is broken (a wrong TZID on the times)', () => {
    const wrong = (text: string) => text.replace(/;TZID=[^:;]+:/g, ';TZID=Europe/Berlin:');
    const run = differential(['Asia/Vladivostok', 'America/New_York'], 20, 7, wrong);
    assert.ok(run.differences.length > 0, 'a wrong TZID went unnoticed');
    assert.match(run.differences[0]!, /ours .* ical\.js /);
  });

  const rmo: FeedEvent = {
    id: 'rmo-math',
    title: 'РМО учителей математики',
    kind: 'association-meeting',
    status: 'scheduled',
    format: 'offline',
    start: '2026-09-08T15:00:00+02:00',
    end: '2026-09-08T17:00:00+02:00',
    venue: { address: 'ул. Мира, 1' },
    recurrence: {
      rule: 'FREQ=MONTHLY;BYDAY=2TU;BYMONTH=9,10,11,12,1,2,3,4,5;UNTIL=20270525',
      except: ['2027-01-12'],
      changes: [
        { date: '2026-11-10', status: 'cancelled', statusNote: 'Перенос на каникулы' },
        {
          date: '2026-12-08',
          start: '2026-12-09T10:00:00+01:00',
          venue: { address: 'ул. Ленина, 3' },
        },
        { date: '2026-12-15', status: 'cancelled' },
      ],
    },
  };

  test('a series is one VEVENT with RRULE and EXDATE, and one per changed meeting with RECURRENCE-ID', () => {
    const text = eventsToICalendar({ publisher: publisher('Europe/Berlin'), events: [rmo] });
    const unfolded = text.replace(/\r\n /g, '');
    assert.match(unfolded, /\r\nDTSTART;TZID=Europe\/Berlin:20260908T150000\r\n/);
    // MONTHLY with BYMONTH is written as the same YEARLY rule (ical.js repeats September else);
    // UNTIL a date becomes the end of that day in UTC, as RFC 5545 wants with a TZID.
    assert.match(
      unfolded,
      /\r\nRRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,9,10,11,12;BYDAY=2TU;UNTIL=20270525T215959Z\r\n/,
    );
    assert.match(unfolded, /\r\nEXDATE;TZID=Europe\/Berlin:20270112T150000\r\n/);
    const blocks = unfolded.split('BEGIN:VEVENT').slice(1);
    // A change on a date that is no meeting (15 December) is left out, as the widgets do.
    assert.equal(blocks.length, 3);
    assert.match(blocks[1]!, /RECURRENCE-ID;TZID=Europe\/Berlin:20261110T150000/);
    assert.match(blocks[1]!, /STATUS:CANCELLED/);
    assert.match(blocks[1]!, /SUMMARY:Отменено: РМО учителей математики/);
    assert.match(blocks[1]!, /Перенос на каникулы/);
    assert.match(blocks[2]!, /RECURRENCE-ID;TZID=Europe\/Berlin:20261208T150000/);
    assert.match(blocks[2]!, /DTSTART;TZID=Europe\/Berlin:20261209T100000/);
    assert.match(blocks[2]!, /DTEND;TZID=Europe\/Berlin:20261209T120000/);
    assert.match(blocks[2]!, /LOCATION:ул. Ленина\\, 3/);
    // Berlin's VTIMEZONE: both changes of the last years as a yearly rule.
    assert.match(
      unfolded,
      /BEGIN:DAYLIGHT\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0200\r\nDTSTART:\d{8}T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU/,
    );
    assert.match(
      unfolded,
      /BEGIN:STANDARD\r\nTZOFFSETFROM:\+0200\r\nTZOFFSETTO:\+0100\r\nDTSTART:\d{8}T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU/,
    );
    const meetings = icalMeetings(
      text,
      'Europe/Berlin',
      Date.parse('2026-09-01'),
      Date.parse('2027-06-01'),
    );
    assert.deepEqual(
      meetings.map((m) => `${iso(m.startMs)}${m.cancelled ? ' cancelled' : ''}`),
      [
        '2026-09-08T13:00:00Z',
        '2026-10-13T13:00:00Z',
        '2026-11-10T14:00:00Z cancelled',
        '2026-12-09T09:00:00Z',
        '2027-02-09T14:00:00Z',
        '2027-03-09T14:00:00Z',
        '2027-04-13T13:00:00Z',
        '2027-05-11T13:00:00Z',
      ],
    );
  });

  test('one meeting of a series (the widgets’ add-to-calendar) is a plain event with a UID of its own', () => {
    const meeting = {
      ...rmo,
      start: '2026-10-13T15:00:00+02:00',
      end: '2026-10-13T17:00:00+02:00',
      occurrenceDate: '2026-10-13',
    };
    const text = eventToICalendar(meeting, { publisher: publisher('Europe/Berlin') });
    assert.doesNotMatch(text.slice(text.indexOf('BEGIN:VEVENT')), /RRULE|EXDATE|RECURRENCE-ID/);
    assert.equal(text.split('BEGIN:VEVENT').length, 2);
    assert.match(text, /\r\nUID:rmo-math-2026-10-13@test\.metodika\r\n/);
    assert.match(text, /\r\nDTSTART;TZID=Europe\/Berlin:20261013T150000\r\n/);
  });
});
