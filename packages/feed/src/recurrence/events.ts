import type { FeedEvent, OccurrenceChange } from '../schema/event.ts';
import { DAY_MS, parseIsoDay } from './days.ts';
import {
  EXPANSION_LIMITS,
  expandSeries,
  type Occurrence,
  occursOn,
  type Range,
  type Series,
} from './expand.ts';
import { parseRule } from './rule.ts';
import { wallToEpoch } from './wall-clock.ts';

/** One meeting of an event as the widgets show it: the event with its occurrence's changes. */
export type EventOccurrence = FeedEvent & {
  /** Set on meetings of a series: the date the rule gives it (the deep link's key with `id`). */
  occurrenceDate?: string;
  /** Shown at another time than the rule gives. */
  moved?: boolean;
};

const CHANGED_FIELDS = ['statusNote', 'format', 'venue', 'onlineUrl', 'materials'] as const;

/** A date-time's instant; a date's local midnight (`plusDays` later: an all-day end is inclusive). */
function instant(value: string, zone: string, plusDays: number): number {
  return value.length === 10
    ? wallToEpoch(zone, (parseIsoDay(value) + plusDays) * DAY_MS)
    : Date.parse(value);
}

/** Series read once per event object: a calendar asks for month after month of the same feed. */
const seriesCache = new WeakMap<FeedEvent, Series<OccurrenceChange> | null>();

function seriesOf(event: FeedEvent): Series<OccurrenceChange> | null {
  let series = seriesCache.get(event);
  if (series === undefined) {
    series = readSeries(event);
    seriesCache.set(event, series);
  }
  return series;
}

function readSeries(event: FeedEvent): Series<OccurrenceChange> | null {
  const recurrence = event.recurrence;
  if (!recurrence) return null;
  const parsed = parseRule(recurrence.rule);
  if (!parsed.ok) return null;
  const series: Series<OccurrenceChange> = { start: event.start, rule: parsed.rule };
  if (event.end) series.end = event.end;
  if (recurrence.except) series.exdates = recurrence.except;
  if (recurrence.changes) series.overrides = recurrence.changes;
  return series;
}

/**
 * The events of a feed within `range`, with each series expanded into its meetings (cancelled
 * ones kept with status `cancelled`, moved ones at their new time), sorted by start. Events
 * without a rule pass through when they overlap the range. At most EXPANSION_LIMITS.perFeed
 * meetings in all; `truncated` says when some were left out.
 */
export function eventsInRange(
  events: readonly FeedEvent[],
  zone: string,
  range: Range,
): { events: EventOccurrence[]; truncated: boolean } {
  const out: { event: EventOccurrence; at: number }[] = [];
  let truncated = false;
  for (const event of events) {
    const series = seriesOf(event);
    if (!series) {
      const start = instant(event.start, zone, 0);
      const end = event.end ? instant(event.end, zone, 1) : start;
      if (start < range.to && (end > range.from || start >= range.from))
        out.push({ event, at: start });
      continue;
    }
    const left = EXPANSION_LIMITS.perFeed - out.length;
    if (left <= 0) {
      truncated = true;
      break;
    }
    const expansion = expandSeries(series, zone, range, Math.min(left, EXPANSION_LIMITS.perRule));
    truncated ||= expansion.truncated;
    for (const o of expansion.occurrences) out.push({ event: meetingOf(event, o), at: o.startMs });
  }
  out.sort((a, b) => a.at - b.at);
  return { events: out.map((x) => x.event), truncated };
}

/** The series' event as one meeting: its times, and what the meeting's change alters. */
export function meetingOf<E extends FeedEvent>(
  event: E,
  o: Occurrence<OccurrenceChange>,
): E & EventOccurrence {
  const meeting: E & EventOccurrence = { ...event, start: o.start, occurrenceDate: o.date };
  if (o.end) meeting.end = o.end;
  else delete meeting.end;
  const change = o.override;
  if (change?.status) meeting.status = change.status;
  if (change)
    for (const key of CHANGED_FIELDS)
      if (change[key] !== undefined) (meeting as Record<string, unknown>)[key] = change[key];
  if (o.moved) meeting.moved = true;
  return meeting;
}

/** Windows `nextOccurrences` looks ahead in, one after another: a week's rhythm needs only the first. */
const LOOK_AHEAD_DAYS = [62, 366, 3 * 366];

/**
 * The first `count` meetings of a series that have not ended by `from` (epoch ms), cancelled
 * ones included (marked), moved ones at their new time. Expands growing windows (two months, a
 * year, three more years) so a weekly series costs two months, and a rule that has ended costs
 * at most four years of its periods. Empty for an event without a readable rule.
 */
export function nextOccurrences<E extends FeedEvent>(
  event: E,
  zone: string,
  from: number,
  count: number,
): (E & EventOccurrence)[] {
  const series = seriesOf(event);
  const out: (E & EventOccurrence)[] = [];
  if (!series) return out;
  let start = from;
  for (const days of LOOK_AHEAD_DAYS) {
    const range = { from: start, to: start + days * DAY_MS };
    const { occurrences } = expandSeries(series, zone, range, count - out.length + 1);
    // One that overlaps the windows' boundary was in the window before.
    for (const o of occurrences)
      if (start === from || o.startMs >= start) out.push(meetingOf(event, o));
    if (out.length >= count) break;
    start = range.to;
  }
  return out.slice(0, count);
}

/**
 * The meeting a series' rule gives on local date `date` (`YYYY-MM-DD`, the occurrence's key),
 * with its change applied (cancelled, or moved to another date or time); undefined when the
 * rule gives none that day or the date is excluded.
 */
export function occurrenceOn<E extends FeedEvent>(
  event: E,
  zone: string,
  date: string,
): (E & EventOccurrence) | undefined {
  const series = seriesOf(event);
  const day = parseIsoDay(date);
  if (!series || Number.isNaN(day) || series.exdates?.includes(date)) return undefined;
  if (!occursOn(series, zone, date)) return undefined;
  // Its own day, and the day a change moved it to: the meeting is in one of them.
  const moved = series.overrides?.find((o) => o.date === date)?.start;
  const days = [day, moved ? parseIsoDay(moved) : day].filter((d) => !Number.isNaN(d));
  const range = {
    from: wallToEpoch(zone, (Math.min(...days) - 1) * DAY_MS),
    to: wallToEpoch(zone, (Math.max(...days) + 2) * DAY_MS),
  };
  const o = expandSeries(series, zone, range).occurrences.find((x) => x.date === date);
  return o && meetingOf(event, o);
}
