import { DAY_MS, isoDay, parseIsoDay } from '../recurrence/days.ts';
import { meetingOf } from '../recurrence/events.ts';
import { expandSeries, type Occurrence, type Series } from '../recurrence/expand.ts';
import { formatRule, parseRule, type RecurrenceRule } from '../recurrence/rule.ts';
import { epochToWall, wallToEpoch } from '../recurrence/wall-clock.ts';
import type { FeedEvent, OccurrenceChange } from '../schema/event.ts';

/**
 * A feed event's series as iCalendar writes it: the master's RRULE and EXDATEs, and one
 * RECURRENCE-ID event per changed meeting. Everything here is in the publisher's zone.
 */

export interface SeriesExport {
  /** The RRULE value to write (RFC 5545 and what calendar apps parse alike). */
  rule: string;
  /** EXDATE values: `20261110T150000` with the zone's TZID, or `20261110` for an all-day series. */
  exdates: string[];
  /** Changed meetings: the event as that meeting is, and its RECURRENCE-ID value. */
  overrides: { event: FeedEvent; recurrenceId: string }[];
  allDay: boolean;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-10` + ms after midnight → `20261110T150000`; without a time, `20261110`. */
function localValue(day: number, timeOfDay?: number): string {
  const date = isoDay(day).replaceAll('-', '');
  if (timeOfDay === undefined) return date;
  const s = Math.floor(timeOfDay / 1000);
  return `${date}T${pad(Math.floor(s / 3600))}${pad(Math.floor(s / 60) % 60)}${pad(s % 60)}`;
}

/**
 * The rule as written in the file: RFC 5545 asks UNTIL to be UTC when DTSTART has a TZID and a
 * DATE when DTSTART is one, so a local UNTIL is converted (a date stays inclusive of its whole
 * local day). Shapes that ical.js 2.2 (Thunderbird's and many web apps' parser) gets wrong are
 * written in an equivalent form it gets right (see the recurrence module's notes):
 * - YEARLY with BYMONTHDAY or plain BYDAY but no BYMONTH would stay in DTSTART's month, and a
 *   negative BYMONTHDAY with several months takes the first month's length for all: with
 *   INTERVAL 1 such a rule is written as the MONTHLY rule with the same parts (the same
 *   meetings by RFC 5545), otherwise every month is listed in BYMONTH;
 * - a repeated 29th–31st without BYMONTHDAY would roll over into the next month where it does
 *   not exist: the day is written out, so it is skipped there as RFC 5545 says;
 * - DAILY with a negative BYMONTHDAY never returns there: with INTERVAL 1 it is the MONTHLY
 *   rule with the same parts;
 * - MONTHLY with BYMONTH repeats DTSTART's month when it is not the first listed
 *   (the notes' "skips values out of order" is the other face of it): with INTERVAL 1 it is
 *   the YEARLY rule with the same parts.
 * What stays different in ical.js (and the test leaves out): those shapes with INTERVAL > 1,
 * numbered weekdays of the year (YEARLY;BYDAY=20MO), BYDAY with BYMONTHDAY, a month list with
 * several days of the month or one that some months lack, a repeated or skipped local time (it takes
 * the later offset, RFC 5545 the earlier) and a meeting spanning a DST change (it keeps the
 * local length, RFC 5545 the exact one).
 */
export function exportRule(
  rule: RecurrenceRule,
  zone: string,
  startDay: number,
  timeOfDay: number | undefined,
): string {
  const out: RecurrenceRule = { ...rule };
  const ordinals = rule.byDay?.some((d) => d.nth !== undefined) ?? false;
  const startDate = new Date(startDay * DAY_MS);
  const negativeDays = out.byMonthDay?.some((d) => d < 0) ?? false;
  if (out.freq === 'YEARLY' && !(ordinals && !out.byMonth)) {
    const loose = !out.byMonth && (out.byMonthDay || out.byDay);
    if (out.interval === 1 && (negativeDays || loose)) out.freq = 'MONTHLY';
    else if (loose) out.byMonth = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  }
  if ((out.freq === 'MONTHLY' || out.freq === 'YEARLY') && !out.byDay && !out.byMonthDay) {
    if (startDate.getUTCDate() >= 29) out.byMonthDay = [startDate.getUTCDate()];
    if (out.freq === 'YEARLY' && out.byMonthDay) out.byMonth ??= [startDate.getUTCMonth() + 1];
  }
  if (out.freq === 'DAILY' && out.interval === 1 && negativeDays) out.freq = 'MONTHLY';
  if (out.freq === 'MONTHLY' && out.interval === 1 && out.byMonth && !negativeDays) {
    out.freq = 'YEARLY';
    if (!out.byDay) out.byMonthDay ??= [startDate.getUTCDate()];
  }
  const until = out.until;
  if (until && timeOfDay === undefined && until.kind !== 'date') {
    const wall = until.kind === 'local' ? until.wall : epochToWall(zone, until.ms);
    out.until = { kind: 'date', day: Math.floor(wall / DAY_MS) };
  } else if (until && timeOfDay !== undefined && until.kind !== 'utc') {
    const last =
      until.kind === 'date'
        ? wallToEpoch(zone, (until.day + 1) * DAY_MS) - 1000
        : wallToEpoch(zone, until.wall);
    out.until = { kind: 'utc', ms: last };
  }
  return formatRule(out);
}

/** The meeting as the widgets show it (meetingOf), as a plain event of the calendar file. */
function changedMeeting(event: FeedEvent, found: Occurrence<OccurrenceChange>): FeedEvent {
  const {
    recurrence: _rule,
    occurrenceDate: _date,
    moved: _moved,
    ...meeting
  } = meetingOf(event, found);
  return meeting;
}

/** The series of `event` for the .ics writer, or null when it has no rule we can read. */
export function seriesExport(event: FeedEvent, zone: string): SeriesExport | null {
  const recurrence = event.recurrence;
  if (!recurrence) return null;
  const parsed = parseRule(recurrence.rule);
  if (!parsed.ok) return null;
  const allDay = event.start.length === 10;
  const startDay = parseIsoDay(event.start);
  const startMs = allDay ? Number.NaN : Date.parse(event.start);
  const timeOfDay = allDay
    ? undefined
    : epochToWall(zone, startMs) - Math.floor(epochToWall(zone, startMs) / DAY_MS) * DAY_MS;
  const firstDay = allDay ? startDay : Math.floor(epochToWall(zone, startMs) / DAY_MS);
  if (Number.isNaN(firstDay)) return null;
  const series: Series<OccurrenceChange> = { start: event.start, rule: parsed.rule };
  if (event.end) series.end = event.end;
  if (recurrence.except) series.exdates = recurrence.except;
  if (recurrence.changes) series.overrides = recurrence.changes;
  const excluded = new Set(recurrence.except ?? []);
  const overrides: SeriesExport['overrides'] = [];
  for (const change of recurrence.changes ?? []) {
    const day = parseIsoDay(change.date);
    if (Number.isNaN(day) || excluded.has(change.date)) continue;
    // The meeting as the expansion gives it (moved, with the series' length when the change
    // has no end); a change on a date that is no meeting is left out, as the widgets do, since
    // calendar apps would add an orphan RECURRENCE-ID as an extra meeting.
    const around = [day, change.start ? parseIsoDay(change.start) : day];
    const from = wallToEpoch(zone, (Math.min(...around) - 2) * DAY_MS);
    const to = wallToEpoch(zone, (Math.max(...around) + 3) * DAY_MS);
    const found = expandSeries(series, zone, { from, to }).occurrences.find(
      (o) => o.date === change.date,
    );
    if (!found) continue;
    overrides.push({
      event: changedMeeting(event, found),
      recurrenceId: localValue(day, timeOfDay),
    });
  }
  return {
    rule: exportRule(parsed.rule, zone, firstDay, timeOfDay),
    exdates: [...excluded]
      .map(parseIsoDay)
      .filter((d) => !Number.isNaN(d))
      .map((d) => localValue(d, timeOfDay)),
    overrides,
    allDay,
  };
}
