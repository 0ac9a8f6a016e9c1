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
  /** The end instant as written (midnight UTC of the last day for all-day events), ≥ `startMs`. */
  endMs: number;
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
function formatValues(event: Pick<FeedEvent, 'status' | 'format'>): string[] {
  if (event.status === 'moved-online' || event.format === 'online') return ['online'];
  if (event.format === 'hybrid') return ['offline', 'online'];
  return ['offline'];
}

/**
 * A series matches a format when any of its meetings does (one moved online makes an in-person
 * series match "online" too); each meeting then answers for itself (meetingEntry).
 */
function seriesFormats(event: FeedEvent): string[] {
  const values = new Set(formatValues(event));
  for (const change of event.recurrence?.changes ?? [])
    if (change.format || change.status)
      for (const value of formatValues({
        status: change.status ?? event.status,
        format: change.format ?? event.format,
      }))
        values.add(value);
  return [...values];
}

/** The calendar's order: by start, then by title. */
export const byStart = (a: CalendarEvent, b: CalendarEvent): number =>
  a.startMs - b.startMs || compareRussian(a.event.title, b.event.title);

const instantOf = (value: string): number =>
  isDateOnly(value) ? dayKeyToUtc(value) : Date.parse(value);

/**
 * One entry of the calendar. Its days and search text are the costly part (a zone-aware date
 * formatter per date, the folded words): worked out when first read, so a view pays only for the
 * entries it draws or searches — the strip for its next few, the grid for its weeks.
 */
class Entry implements CalendarEvent {
  readonly zone: string;
  readonly startMs: number;
  readonly endMs: number;
  #startDay: DayKey | undefined;
  #endDay: DayKey | undefined;
  #text: string | undefined;

  constructor(
    readonly event: Sourced<FeedEvent> & EventOccurrence,
    readonly key: string,
    readonly publisher: Publisher,
    readonly facets: CalendarEvent['facets'],
    private readonly words: () => string,
    readonly series?: CalendarEvent,
  ) {
    this.zone = publisher.timeZone;
    this.startMs = instantOf(event.start);
    this.endMs = event.end ? Math.max(instantOf(event.end), this.startMs) : this.startMs;
  }

  get startDay(): DayKey {
    this.#startDay ??= dayInZone(this.event.start, this.zone);
    return this.#startDay;
  }

  get endDay(): DayKey {
    this.#endDay ??= endDayOf(this.event, this.zone, this.startDay);
    return this.#endDay;
  }

  get text(): string {
    this.#text ??= this.words();
    return this.#text;
  }
}

/**
 * One meeting of a series as a calendar entry: its own days, times, key and format (a change may
 * move it online); the series' other facets and words.
 */
export const meetingEntry = (
  series: CalendarEvent,
  event: Sourced<FeedEvent> & EventOccurrence,
  key: string,
): CalendarEvent =>
  new Entry(
    event,
    key,
    series.publisher,
    { ...series.facets, format: formatValues(event) },
    () => series.text,
    series,
  );

export const DAY_MS = 86_400_000;
/** More than any zone's offset (−12…+14 h): a local day lies within this of its UTC midnight. */
export const ZONE_PAD_MS = 15 * 3_600_000;

/**
 * Whether `item` lasts until `day` or later (`endDay >= day`), from its instants alone when they
 * settle it — a day's UTC midnight is within a zone's offset of the local one — so the entries far
 * from `day` never need their days worked out. An end at midnight may belong to the day before.
 */
export function lastsUntil(item: CalendarEvent, day: DayKey): boolean {
  const midnight = dayKeyToUtc(day);
  if (item.endMs + ZONE_PAD_MS < midnight) return false;
  if (item.endMs - ZONE_PAD_MS - 2 * DAY_MS >= midnight) return true;
  return item.endDay >= day;
}

/** Whether `item` starts on `day` or before (`startDay <= day`), from its start instant when that settles it. */
export function startsBy(item: CalendarEvent, day: DayKey): boolean {
  const midnight = dayKeyToUtc(day);
  if (item.startMs + ZONE_PAD_MS <= midnight) return true;
  if (item.startMs - ZONE_PAD_MS - DAY_MS > midnight) return false;
  return item.startDay <= day;
}

/** Whether `item` falls on any day of [from, to]. */
export const overlaps = (item: CalendarEvent, from: DayKey, to: DayKey): boolean =>
  startsBy(item, to) && lastsUntil(item, from);

/**
 * The first `limit` of `items` by start (`byStart`), without ordering them all: the starts alone
 * give the `limit`-th earliest, and only the entries up to it are ordered with their titles.
 */
export function firstByStart(items: readonly CalendarEvent[], limit: number): CalendarEvent[] {
  if (items.length <= limit) return [...items].sort(byStart);
  const last = Float64Array.from(items, (item) => item.startMs).sort()[limit - 1]!;
  return items
    .filter((item) => item.startMs <= last)
    .sort(byStart)
    .slice(0, limit);
}

/** The publisher's zone works in this browser (an unknown one: the parser already reported it). */
function knownZone(zone: string): boolean {
  try {
    dayInZone('2000-01-01T00:00:00Z', zone);
    return true;
  } catch {
    return false;
  }
}

const prepared = new WeakMap<FeedView, CalendarEvent[]>();
const withSeries = new WeakMap<FeedView, boolean>();

/** Whether the view has recurring events (they need calendar-series.ts); cached per view. */
export function hasSeries(view: FeedView): boolean {
  let found = withSeries.get(view);
  if (found === undefined) {
    found = prepareEvents(view).some(isSeries);
    withSeries.set(view, found);
  }
  return found;
}

/**
 * The view's events as calendar entries, in the feed's order (a view orders what it shows, with
 * `byStart`); cached per view. Cheap for every event (instants and facets); days and search text
 * come when an entry is first asked for them.
 */
export function prepareEvents(view: FeedView): CalendarEvent[] {
  const cached = prepared.get(view);
  if (cached) return cached;
  const publishers = new Map(
    view.sources
      .filter((source) => knownZone(source.publisher.timeZone))
      .map((source) => [source.key, source.publisher]),
  );
  const labels = new Map<string, string>();
  for (const list of Object.values(view.taxonomies))
    for (const entry of list) labels.set(entry.id, `${entry.label} ${entry.labelEn ?? ''}`);
  for (const association of view.associations) labels.set(association.id, association.name);
  const organizations = new Map(view.organizations.map((org) => [org.id, org]));
  /** The folded words an event is searched by: its own, its venue's and its facets' names. */
  const words = (event: FeedEvent) => () => {
    const venue = event.venue?.organization
      ? organizations.get(event.venue.organization)
      : undefined;
    const ids = [
      ...(event.audiences ?? []),
      ...(event.educationLevels ?? []),
      ...(event.subjects ?? []),
      ...(event.associations ?? []),
    ];
    return foldText(
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
  };
  const result: CalendarEvent[] = [];
  for (const event of view.events) {
    const publisher = publishers.get(event.source);
    if (!publisher) continue;
    const facets = {
      kind: [event.kind],
      audiences: event.audiences ?? [],
      educationLevels: event.educationLevels ?? [],
      subjects: event.subjects ?? [],
      associations: event.associations ?? [],
      format: event.recurrence ? seriesFormats(event) : formatValues(event),
    };
    result.push(new Entry(event, event.id, publisher, facets, words(event)));
  }
  prepared.set(view, result);
  return result;
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
