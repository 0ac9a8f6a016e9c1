import {
  addDays,
  type DayKey,
  dayInZone,
  dayKeyToUtc,
  type EventOccurrence,
  type FeedEvent,
  type FeedView,
  foldText,
  isDateOnly,
  type Publisher,
  type Sourced,
  weekdayIndex,
} from '@metodika/feed';
import { type Browsable, compareRussian } from '../base/filters.ts';

/** An event prepared once per feed view: its days in the publisher's zone and its search text. */
export interface CalendarEvent extends Browsable {
  /** A single event, a series (its first meeting's times), or one meeting of a series. */
  event: Sourced<FeedEvent> & EventOccurrence;
  /** What deep links and `data-event` name: the event's id, or `id@date` for one meeting. */
  key: string;
  /** On one meeting of a series: the series it belongs to. */
  series?: CalendarEvent;
  publisher: Publisher;
  /** The publisher's IANA zone: every date of this event is shown in it. */
  zone: string;
  /** First and last day (inclusive) in the publisher's zone. */
  startDay: DayKey;
  endDay: DayKey;
  /** For sorting: the start instant (midnight UTC of the day for all-day events). */
  startMs: number;
}

/** The facets the calendar filters by, in display order. */
export const FACET_KEYS = [
  'kind',
  'audiences',
  'educationLevels',
  'subjects',
  'associations',
  'format',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** A series not yet expanded: the calendar shows its meetings (calendar-series.ts), not it. */
export const isSeries = (item: CalendarEvent): boolean =>
  item.event.recurrence !== undefined && item.event.occurrenceDate === undefined;

/** An end at midnight belongs to the day before: 10:00–00:00 is one day, not two. */
export function endDayOf(event: FeedEvent, zone: string, startDay: DayKey): DayKey {
  if (!event.end) return startDay;
  if (isDateOnly(event.end)) return event.end < startDay ? startDay : event.end;
  let end = dayInZone(event.end, zone);
  if (end > startDay && dayInZone(new Date(Date.parse(event.end) - 1).toISOString(), zone) < end)
    end = addDays(end, -1);
  return end < startDay ? startDay : end;
}

/** Online, in person, or both: hybrid events match either, moved-online ones only online. */
function formatValues(event: FeedEvent): string[] {
  if (event.status === 'moved-online' || event.format === 'online') return ['online'];
  if (event.format === 'hybrid') return ['offline', 'online'];
  return ['offline'];
}

/** The calendar's order: by start, then by title. */
export const byStart = (a: CalendarEvent, b: CalendarEvent): number =>
  a.startMs - b.startMs || compareRussian(a.event.title, b.event.title);

const prepared = new WeakMap<FeedView, CalendarEvent[]>();

/** The view's events, prepared and sorted by start; cached per view. */
export function prepareEvents(view: FeedView): CalendarEvent[] {
  const cached = prepared.get(view);
  if (cached) return cached;
  const publishers = new Map(view.sources.map((source) => [source.key, source.publisher]));
  const labels = new Map<string, string>();
  for (const list of Object.values(view.taxonomies))
    for (const entry of list) labels.set(entry.id, `${entry.label} ${entry.labelEn ?? ''}`);
  for (const association of view.associations) labels.set(association.id, association.name);
  const organizations = new Map(view.organizations.map((org) => [org.id, org]));
  const result: CalendarEvent[] = [];
  for (const event of view.events) {
    const publisher = publishers.get(event.source);
    if (!publisher) continue;
    const zone = publisher.timeZone;
    let startDay: DayKey;
    try {
      startDay = dayInZone(event.start, zone);
    } catch {
      continue; // An unknown zone: the parser already reported it.
    }
    const endDay = endDayOf(event, zone, startDay);
    const venue = event.venue?.organization
      ? organizations.get(event.venue.organization)
      : undefined;
    const ids = [
      ...(event.audiences ?? []),
      ...(event.educationLevels ?? []),
      ...(event.subjects ?? []),
      ...(event.associations ?? []),
    ];
    const text = foldText(
      [
        event.title,
        event.description,
        event.venue?.address,
        venue?.name,
        venue?.shortName,
        ...ids.map((id) => labels.get(id)),
      ]
        .filter(Boolean)
        .join(' '),
    );
    result.push({
      event,
      key: event.id,
      publisher,
      zone,
      startDay,
      endDay,
      startMs: isDateOnly(event.start) ? dayKeyToUtc(event.start) : Date.parse(event.start),
      facets: {
        kind: [event.kind],
        audiences: event.audiences ?? [],
        educationLevels: event.educationLevels ?? [],
        subjects: event.subjects ?? [],
        associations: event.associations ?? [],
        format: formatValues(event),
      },
      text,
    });
  }
  result.sort(byStart);
  prepared.set(view, result);
  return result;
}

/** The weeks (Monday first) covering a month: four to six rows of seven days. */
export function monthGrid(monthStart: DayKey): DayKey[][] {
  const last = monthEnd(monthStart);
  const weeks: DayKey[][] = [];
  for (let day = addDays(monthStart, -weekdayIndex(monthStart)); day <= last; ) {
    const week: DayKey[] = [];
    for (let i = 0; i < 7; i++, day = addDays(day, 1)) week.push(day);
    weeks.push(week);
  }
  return weeks;
}

/** Events by day over [from, to]; a multi-day event appears on each of its days in the range. */
export function eventsByDay(
  events: readonly CalendarEvent[],
  from: DayKey,
  to: DayKey,
): Map<DayKey, CalendarEvent[]> {
  const map = new Map<DayKey, CalendarEvent[]>();
  for (const item of events) {
    if (item.endDay < from || item.startDay > to) continue;
    let day = item.startDay < from ? from : item.startDay;
    const last = item.endDay > to ? to : item.endDay;
    for (; day <= last; day = addDays(day, 1)) {
      const list = map.get(day);
      if (list) list.push(item);
      else map.set(day, [item]);
    }
  }
  return map;
}

/** The first day of the month containing `day`. */
export function monthOf(day: DayKey): DayKey {
  return `${day.slice(0, 7)}-01`;
}

/** The last day of the month starting at `monthStart`. */
export function monthEnd(monthStart: DayKey): DayKey {
  const d = new Date(dayKeyToUtc(monthStart));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
  return addDays(monthStart, last.getUTCDate() - 1);
}
