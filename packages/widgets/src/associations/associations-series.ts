import {
  type DayKey,
  dayInZone,
  dayKeyToUtc,
  describeRule,
  type EventOccurrence,
  type FeedEvent,
  type FeedView,
  formatDay,
  nextOccurrences,
  occurrenceKey,
  parseRule,
  type Sourced,
} from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { renderRow } from '../base/collection/rows.ts';
import type { Locale } from '../base/i18n/locale.ts';
import { widgetLink } from '../base/widget-links.ts';
import type { AssociationsStrings } from './associations.strings.ts';

/**
 * Recurring events in the directory, a lazy part fetched only for a feed that has some
 * (associations.ts): an association's rhythm in words from its series' rules and its next few
 * meetings, and series among the upcoming events as their next meetings. Nothing is expanded
 * beyond the next few meetings of each series.
 */

/** More than any zone's offset: from this long before today's UTC midnight, today is included. */
const ZONE_PAD_MS = 15 * 3_600_000;

type Meeting = Sourced<FeedEvent> & EventOccurrence;

/** One of the next meetings, as the card lists it. */
export interface NextMeeting {
  /** The calendar's key for it (`id@date`): its link. */
  key: string;
  /** Its day in the publisher's zone (the new one when moved). */
  day: DayKey;
  cancelled: boolean;
  /** The day it was due, when moved to another day or time. */
  movedFrom?: DayKey;
}

/** What the card says about an association's series. */
export interface Rhythm {
  /** Each series' rule in words («каждый второй вторник месяца, с сентября по май»). */
  words: string[];
  next: NextMeeting[];
}

const zoneOf = (view: FeedView, event: Sourced<FeedEvent>) =>
  view.sources.find((source) => source.key === event.source)?.publisher.timeZone ?? 'UTC';

/** The series' next `count` meetings that have not ended before `today`, in its zone. */
function nextMeetings(view: FeedView, event: Sourced<FeedEvent>, today: DayKey, count: number) {
  const zone = zoneOf(view, event);
  return nextOccurrences(event, zone, dayKeyToUtc(today) - ZONE_PAD_MS, count + 1)
    .filter((m) => dayInZone(m.end ?? m.start, zone) >= today)
    .slice(0, count)
    .map((m) => ({ meeting: m as Meeting, zone }));
}

const byStart = (a: { meeting: Meeting }, b: { meeting: Meeting }) =>
  Date.parse(a.meeting.start) - Date.parse(b.meeting.start);

const cache = new WeakMap<FeedView, Map<string, Rhythm | undefined>>();

/**
 * The rhythm of an association's series (events of it with a readable rule) and its next
 * `count` meetings of them all, cancelled ones included and marked; undefined when it has none.
 */
export function rhythmOf(
  view: FeedView,
  associationId: string,
  today: DayKey,
  locale: Locale,
  count = 3,
): Rhythm | undefined {
  let byKey = cache.get(view);
  if (!byKey) {
    byKey = new Map();
    cache.set(view, byKey);
  }
  const cacheKey = `${associationId} ${today} ${locale} ${count}`;
  if (byKey.has(cacheKey)) return byKey.get(cacheKey);
  const words: string[] = [];
  const meetings: { meeting: Meeting; zone: string }[] = [];
  for (const event of view.events) {
    if (!event.recurrence || !event.associations?.includes(associationId)) continue;
    const parsed = parseRule(event.recurrence.rule);
    if (!parsed.ok) continue;
    const zone = zoneOf(view, event);
    const text = describeRule(parsed.rule, { lang: locale, start: event.start, zone });
    if (!words.includes(text)) words.push(text);
    meetings.push(...nextMeetings(view, event, today, count));
  }
  const rhythm = words.length
    ? {
        words,
        next: meetings
          .sort(byStart)
          .slice(0, count)
          .map(({ meeting, zone }) => ({
            key: occurrenceKey(meeting.id, meeting.occurrenceDate!),
            day: dayInZone(meeting.start, zone),
            cancelled: meeting.status === 'cancelled',
            ...(meeting.moved ? { movedFrom: meeting.occurrenceDate! } : {}),
          })),
      }
    : undefined;
  byKey.set(cacheKey, rhythm);
  return rhythm;
}

/**
 * The card's rows for an association's series: the rhythm in words and the next meetings, each
 * linked to the page's calendar, a cancelled or moved one saying so; nothing without series.
 */
export function renderRhythm(
  view: FeedView,
  associationId: string,
  today: DayKey,
  locale: Locale,
  s: AssociationsStrings,
): TemplateResult | typeof nothing {
  const rhythm = rhythmOf(view, associationId, today, locale);
  if (!rhythm) return nothing;
  const day = (key: DayKey) => formatDay(key, locale, { day: 'numeric', month: 'long' });
  const meeting = (m: NextMeeting) => {
    const href = widgetLink('event', m.key);
    const note = m.cancelled ? s.cancelled : m.movedFrom ? s.movedFrom(day(m.movedFrom)) : '';
    return html`<li>
      ${href ? html`<a href=${href}>${day(m.day)}</a>` : day(m.day)}
      ${note ? html`<span class="muted">(${note})</span>` : nothing}
    </li>`;
  };
  return html`${renderRow(s.rhythm, rhythm.words.join('; '))}
  ${renderRow(
    s.nextMeetings,
    rhythm.next.length ? html`<ul class="next">${rhythm.next.map(meeting)}</ul>` : '',
  )}`;
}

/**
 * Upcoming events with each series among them replaced by its next `perSeries` meetings (each
 * with its calendar key as id, so its link opens that meeting), by start.
 */
export function upcomingMeetings(
  view: FeedView,
  events: readonly Sourced<FeedEvent>[],
  today: DayKey,
  perSeries: number,
): Sourced<FeedEvent>[] {
  const out: { meeting: Meeting }[] = [];
  for (const event of events) {
    if (!event.recurrence || !parseRule(event.recurrence.rule).ok) {
      out.push({ meeting: event });
      continue;
    }
    for (const { meeting } of nextMeetings(view, event, today, perSeries))
      out.push({ meeting: { ...meeting, id: occurrenceKey(meeting.id, meeting.occurrenceDate!) } });
  }
  return out.sort(byStart).map((x) => x.meeting);
}
