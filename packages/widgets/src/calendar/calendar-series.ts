import {
  type DayKey,
  dayKeyToUtc,
  type EventOccurrence,
  eventsInRange,
  type FeedEvent,
  nextOccurrences,
  occurrenceKey,
  occurrenceOn,
  parseRule,
  type Sourced,
  splitOccurrenceKey,
} from '@metodika/feed';
import {
  byStart,
  type CalendarEvent,
  DAY_MS,
  firstByStart,
  isSeries,
  lastsUntil,
  meetingEntry,
  overlaps,
  ZONE_PAD_MS,
} from './calendar-model.ts';

/**
 * Recurring events in the calendar, a lazy part fetched only for a feed that has some
 * (calendar-lazy.ts): a series is expanded into its meetings only for the days a view shows —
 * the month grid's weeks, the agenda's month, the strip's next few — never for all time.
 * Filters and search work on the series (one entry with the event's facets and words), so a
 * filtered view expands only the series that match. A meeting gets the series' facets but its
 * own format (a change may move it online), and the calendar checks the facets of each meeting
 * it shows again.
 */

type Meeting = Sourced<FeedEvent> & EventOccurrence;

/** A rule the calendar can expand; an unreadable one leaves the event a single meeting. */
const readable = (item: CalendarEvent): boolean =>
  isSeries(item) && parseRule(item.event.recurrence!.rule).ok;

/** One meeting of a series as a calendar entry: its own days, times, key and status. */
const meetingItem = (series: CalendarEvent, event: Meeting): CalendarEvent =>
  meetingEntry(series, event, occurrenceKey(event.id, event.occurrenceDate!));

/** The last few expansions: a grid redraws on every key press with the same entries and days. */
const recent: {
  items: readonly CalendarEvent[];
  from: DayKey;
  to: DayKey;
  out: CalendarEvent[];
}[] = [];
const RECENT = 4;

const sameItems = (a: readonly CalendarEvent[], b: readonly CalendarEvent[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The entries over the days [from, to] (each in its publisher's zone), by start: single events
 * as they are, each series replaced by its meetings on those days (cancelled ones kept, moved
 * ones on their new day). The same entries over the same days give the same list, expanded once.
 */
export function expandItems(
  items: readonly CalendarEvent[],
  from: DayKey,
  to: DayKey,
): CalendarEvent[] {
  const hit = recent.find((r) => r.from === from && r.to === to && sameItems(r.items, items));
  if (hit) return hit.out;
  const out = expand(items, from, to);
  recent.unshift({ items: [...items], from, to, out });
  recent.length = Math.min(recent.length, RECENT);
  return out;
}

function expand(items: readonly CalendarEvent[], from: DayKey, to: DayKey): CalendarEvent[] {
  const range = {
    from: dayKeyToUtc(from) - ZONE_PAD_MS,
    to: dayKeyToUtc(to) + DAY_MS + ZONE_PAD_MS,
  };
  const out: CalendarEvent[] = [];
  for (const item of items) {
    if (!readable(item)) {
      out.push(item);
      continue;
    }
    for (const event of eventsInRange([item.event], item.zone, range).events) {
      const meeting = meetingItem(item, event as Meeting);
      if (overlaps(meeting, from, to)) out.push(meeting);
    }
  }
  return out.sort(byStart);
}

/**
 * What is still to come from `today` on, by start: single events that have not ended, and the
 * next `perSeries` meetings of each series (the strip, the JSON-LD for search engines); the first
 * `limit` of them.
 */
export function upcomingItems(
  items: readonly CalendarEvent[],
  today: DayKey,
  perSeries: number,
  limit = Number.POSITIVE_INFINITY,
): CalendarEvent[] {
  const from = dayKeyToUtc(today) - ZONE_PAD_MS;
  const out: CalendarEvent[] = [];
  for (const item of items) {
    if (!readable(item)) {
      if (lastsUntil(item, today)) out.push(item);
      continue;
    }
    const next = nextOccurrences(item.event, item.zone, from, perSeries + 1)
      .map((event) => meetingItem(item, event))
      .filter((meeting) => lastsUntil(meeting, today));
    out.push(...next.slice(0, perSeries));
  }
  return firstByStart(out, limit);
}

/**
 * The entry a deep link names: a series' meeting by the date its rule gives it (`date`), or,
 * for a link to the series itself (older links, other widgets), its next meeting from `today`,
 * or its first when none is left. Undefined when the rule gives no meeting that day.
 */
export function meetingOf(
  item: CalendarEvent,
  date: DayKey | undefined,
  today: DayKey,
): CalendarEvent | undefined {
  if (!readable(item)) return date ? undefined : item;
  if (!date) return upcomingItems([item], today, 1)[0] ?? meetingOf(item, item.startDay, today);
  const event = occurrenceOn(item.event, item.zone, date);
  return event && meetingItem(item, event);
}

/** The entry a deep link's key names: an event, a meeting (`id@date`), or a series' next one. */
export function findMeeting(
  items: readonly CalendarEvent[],
  key: string,
  today: DayKey,
): CalendarEvent | undefined {
  const { id, date } = splitOccurrenceKey(key);
  const item = items.find((entry) => entry.event.id === id);
  if (!item || !isSeries(item)) return date ? undefined : item;
  return meetingOf(item, date, today);
}
