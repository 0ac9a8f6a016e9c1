import { isWebUrl } from '../safe-url.ts';
import type { Organization } from '../schema/directory.ts';
import type { FeedEvent } from '../schema/event.ts';
import type { Publisher } from '../schema/publisher.ts';
import type { SeriesExport } from './series.ts';
import { contentLine, escapeText, paramValue } from './text.ts';
import { vtimezoneLines } from './vtimezone.ts';
import { localFields, zoneOffsetMinutes } from './zone.ts';

/** What the generator needs from a feed; a parsed `Feed` fits as it is. */
export interface CalendarSource {
  publisher: Publisher;
  events: readonly FeedEvent[];
  /** Resolves `venue.organization` into a place name and address. */
  organizations?: readonly Organization[];
  /** The feed's generation time: DTSTAMP of events without `updatedAt`. */
  generatedAt?: string;
}

/** Options of the iCalendar generator. */
export interface CalendarOptions {
  /** Language of the few words the generator adds (status notes, labels). */
  lang?: 'ru' | 'en';
  /** X-WR-CALNAME; the publisher's short name by default. */
  calendarName?: string;
  /** DTSTAMP when neither the event nor the source has a time; only then is output time-dependent. */
  now?: Date;
}

const WORDS = {
  ru: {
    cancelled: 'Отменено',
    postponed: 'Перенесено',
    cancelledNote: 'Мероприятие отменено.',
    postponedNote: 'Мероприятие перенесено, новая дата уточняется.',
    movedOnlineNote: 'Мероприятие переведено в дистанционный формат.',
    online: 'Онлайн',
    join: 'Подключение',
    registration: 'Регистрация',
    until: 'до',
    capacity: 'мест',
    materials: 'Материалы',
  },
  en: {
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    cancelledNote: 'The event is cancelled.',
    postponedNote: 'The event is postponed; the new date is to be announced.',
    movedOnlineNote: 'The event has moved online.',
    online: 'Online',
    join: 'Join',
    registration: 'Registration',
    until: 'until',
    capacity: 'places',
    materials: 'Materials',
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

const DAY_MS = 86_400_000;
const isDateOnly = (value: string) => value.length === 10;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20261125T070000Z` */
function utcStamp(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** `20261125T100000`: floating wall-clock time, paired with TZID. */
function localStamp(zone: string, epochMs: number): string {
  const f = localFields(zone, epochMs);
  return `${pad(f.year, 4)}${pad(f.month)}${pad(f.day)}T${pad(f.hour)}${pad(f.minute)}${pad(f.second)}`;
}

/** `2026-12-05` → `20261206` when `plusDays` is 1: DTEND of an all-day event is exclusive. */
function dateValue(date: string, plusDays = 0): string {
  const epoch = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
  const d = new Date(epoch + plusDays * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/**
 * How timed events are written. `zoned`: local time with the publisher zone's TZID and a
 * VTIMEZONE with the zone's offset changes over the dates written (vtimezone.ts), so a series
 * at 09:00 stays at 09:00 local across DST as RRULE semantics require. `utc`: a zone `Intl`
 * does not know; UTC instants are still right for single events.
 */
type ZoneMode =
  | { kind: 'zoned'; zone: string; from: number; to: number }
  | { kind: 'utc' }
  | { kind: 'none' };

/** Ten years of an open-ended series get the zone's explicit transitions; a yearly rule the rest. */
const OPEN_SERIES_MS = 10 * 366 * DAY_MS;

function timedInstants(events: readonly FeedEvent[]): number[] {
  const out: number[] = [];
  for (const event of events) {
    if (isDateOnly(event.start)) continue;
    out.push(Date.parse(event.start));
    if (event.end) out.push(Date.parse(event.end));
    const recurrence = event.recurrence;
    if (!recurrence) continue;
    for (const change of recurrence.changes ?? [])
      for (const value of [change.start, change.end])
        if (value && !isDateOnly(value)) out.push(Date.parse(value));
    const until = /UNTIL=(\d{8})/i.exec(recurrence.rule)?.[1];
    out.push(
      until
        ? Date.UTC(+until.slice(0, 4), +until.slice(4, 6) - 1, +until.slice(6, 8) + 1)
        : Date.parse(event.start) + OPEN_SERIES_MS,
    );
  }
  return out.filter((n) => Number.isFinite(n));
}

function zoneMode(zone: string, events: readonly FeedEvent[]): ZoneMode {
  const instants = timedInstants(events);
  if (instants.length === 0) return { kind: 'none' };
  try {
    zoneOffsetMinutes(zone, instants[0]!);
  } catch {
    return { kind: 'utc' };
  }
  let from = instants[0]!;
  let to = from;
  for (const t of instants) {
    if (t < from) from = t;
    if (t > to) to = t;
  }
  return { kind: 'zoned', zone, from, to };
}

function timeProperty(name: 'DTSTART' | 'DTEND', value: string, mode: ZoneMode): string {
  const epoch = Date.parse(value);
  if (mode.kind === 'zoned')
    return contentLine(name, localStamp(mode.zone, epoch), { TZID: paramValue(mode.zone) });
  return contentLine(name, utcStamp(epoch));
}

function location(
  event: FeedEvent,
  organizations: ReadonlyMap<string, Organization>,
  words: Words,
): string | undefined {
  const venue = event.venue;
  const organization = venue?.organization ? organizations.get(venue.organization) : undefined;
  const place = [organization?.name, venue?.address ?? organization?.address, venue?.room].filter(
    Boolean,
  );
  if (event.format !== 'online' && event.status !== 'moved-online' && place.length > 0)
    return place.join(', ');
  if (event.format === 'online' || event.status === 'moved-online') {
    return event.onlineUrl ? `${words.online}: ${event.onlineUrl}` : words.online;
  }
  return place.length > 0 ? place.join(', ') : undefined;
}

function description(event: FeedEvent, words: Words): string | undefined {
  const blocks: string[] = [];
  const statusNote = {
    scheduled: undefined,
    cancelled: words.cancelledNote,
    postponed: words.postponedNote,
    'moved-online': words.movedOnlineNote,
  }[event.status];
  if (statusNote || event.statusNote)
    blocks.push([statusNote, event.statusNote].filter(Boolean).join(' '));
  if (event.description) blocks.push(event.description);
  if (event.onlineUrl) blocks.push(`${words.join}: ${event.onlineUrl}`);
  // A registration kept by the department's service has no page to name here (its link is in
  // the calendar's details); one elsewhere is written out.
  if (event.registration?.url) {
    const { url, deadline, capacity } = event.registration;
    const extra = [
      deadline ? `${words.until} ${deadline}` : '',
      capacity ? `${capacity} ${words.capacity}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    blocks.push(`${words.registration}${extra ? ` (${extra})` : ''}: ${url}`);
  }
  if (event.materials?.length) {
    blocks.push(
      [`${words.materials}:`, ...event.materials.map((m) => `— ${m.title}: ${m.url}`)].join('\n'),
    );
  }
  return blocks.length > 0 ? blocks.join('\n\n') : undefined;
}

interface Context {
  publisher: Publisher;
  organizations: ReadonlyMap<string, Organization>;
  generatedAt: string | undefined;
  mode: ZoneMode;
  words: Words;
  now: Date | undefined;
  /** Reads an event's series; absent, a series' event is written as its first meeting. */
  seriesOf: SeriesReader | undefined;
}

/** How series get into a calendar: ics/series.ts, given by eventsToICalendar (feed-calendar.ts). */
export type SeriesReader = (event: FeedEvent, zone: string) => SeriesExport | null;

function stamp(event: FeedEvent, ctx: Context): string {
  const source = event.updatedAt ?? ctx.generatedAt;
  const epoch = source ? Date.parse(source) : (ctx.now ?? new Date()).getTime();
  return utcStamp(epoch);
}

/** What makes a VEVENT part of a series: the master's rule, or an override's RECURRENCE-ID. */
interface SeriesPart {
  uid?: string;
  series?: SeriesExport;
  recurrenceId?: string;
}

function veventLines(event: FeedEvent, ctx: Context, part: SeriesPart = {}): string[] {
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', escapeText(part.uid ?? eventUid(event.id, ctx.publisher.id))),
  ];
  lines.push(contentLine('DTSTAMP', stamp(event, ctx)));
  if (part.recurrenceId) lines.push(recurrenceProperty('RECURRENCE-ID', part.recurrenceId, ctx));
  if (event.updatedAt)
    lines.push(contentLine('LAST-MODIFIED', utcStamp(Date.parse(event.updatedAt))));
  lines.push(contentLine('SEQUENCE', String(event.sequence ?? 0)));
  if (isDateOnly(event.start)) {
    lines.push(contentLine('DTSTART', dateValue(event.start), { VALUE: 'DATE' }));
    lines.push(contentLine('DTEND', dateValue(event.end ?? event.start, 1), { VALUE: 'DATE' }));
  } else {
    lines.push(timeProperty('DTSTART', event.start, ctx.mode));
    if (event.end) lines.push(timeProperty('DTEND', event.end, ctx.mode));
  }
  if (part.series) {
    lines.push(contentLine('RRULE', part.series.rule));
    for (const value of part.series.exdates) lines.push(recurrenceProperty('EXDATE', value, ctx));
  }
  const prefix =
    event.status === 'cancelled'
      ? `${ctx.words.cancelled}: `
      : event.status === 'postponed'
        ? `${ctx.words.postponed}: `
        : '';
  lines.push(contentLine('SUMMARY', escapeText(prefix + event.title)));
  const text = description(event, ctx.words);
  if (text) lines.push(contentLine('DESCRIPTION', escapeText(text)));
  const where = location(event, ctx.organizations, ctx.words);
  if (where) lines.push(contentLine('LOCATION', escapeText(where)));
  // URI values are not TEXT-escaped, so only web URLs that passed the safety check go here.
  const url = [event.registration?.url, event.onlineUrl, ctx.publisher.eventsPage].find(
    (candidate): candidate is string => candidate !== undefined && isWebUrl(candidate),
  );
  if (url) lines.push(contentLine('URL', url));
  if (ctx.publisher.email) {
    lines.push(
      contentLine('ORGANIZER', `mailto:${ctx.publisher.email}`, {
        CN: paramValue(ctx.publisher.shortName ?? ctx.publisher.name),
      }),
    );
  }
  const status =
    event.status === 'cancelled'
      ? 'CANCELLED'
      : event.status === 'postponed'
        ? 'TENTATIVE'
        : 'CONFIRMED';
  lines.push(`STATUS:${status}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/** EXDATE or RECURRENCE-ID: a local value with the zone's TZID, or a DATE. */
function recurrenceProperty(name: string, value: string, ctx: Context): string {
  if (value.length === 8) return contentLine(name, value, { VALUE: 'DATE' });
  if (ctx.mode.kind === 'zoned')
    return contentLine(name, value, { TZID: paramValue(ctx.mode.zone) });
  // A zone Intl does not know: the local value can only be floating, like the rule itself.
  return contentLine(name, value);
}

/**
 * A series is one VEVENT with RRULE and EXDATE (dates with no meeting at all) and one VEVENT
 * per changed meeting with its RECURRENCE-ID: moved ones with their new DTSTART, DTEND and
 * LOCATION. A cancelled meeting is such a VEVENT with STATUS:CANCELLED and «Отменено:» before
 * its title rather than an EXDATE: Google, Apple and Outlook drop or strike through a
 * cancelled instance, and a client that ignores STATUS on instances still shows the word and
 * the note (why, what instead) in its title and description; an EXDATE would make the meeting
 * silently vanish, which is what `except` is for.
 */
function eventLines(event: FeedEvent, ctx: Context): string[] {
  const occurrenceDate = (event as { occurrenceDate?: unknown }).occurrenceDate;
  if (typeof occurrenceDate === 'string') {
    // One meeting of a series (the widgets' add-to-calendar on an expanded occurrence): a plain
    // event of its own, with a UID of its own, since a lone RECURRENCE-ID without its series
    // is dropped or mis-shown by several apps.
    const { recurrence: _series, ...meeting } = event;
    return veventLines(meeting, ctx, {
      uid: eventUid(`${event.id}-${occurrenceDate}`, ctx.publisher.id),
    });
  }
  const series = ctx.seriesOf?.(event, ctx.publisher.timeZone);
  if (!series) return veventLines(event, ctx);
  const lines = veventLines(event, ctx, { series });
  for (const override of series.overrides)
    lines.push(...veventLines(override.event, ctx, { recurrenceId: override.recurrenceId }));
  return lines;
}

/** Stable UID of an event: the same event gets the same UID in every export, so clients update it. */
export function eventUid(eventId: string, publisherId: string): string {
  return `${eventId}@${publisherId}.metodika`;
}

export function calendar(
  source: Omit<CalendarSource, 'events'>,
  events: readonly FeedEvent[],
  options: CalendarOptions,
  seriesOf?: SeriesReader,
): string {
  const publisher = source.publisher;
  const mode = zoneMode(publisher.timeZone, events);
  const ctx: Context = {
    publisher,
    organizations: new Map((source.organizations ?? []).map((o) => [o.id, o])),
    generatedAt: source.generatedAt,
    mode,
    words: WORDS[options.lang ?? 'ru'],
    now: options.now,
    seriesOf,
  };
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Metodika//Metodika feed//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine(
      'X-WR-CALNAME',
      escapeText(options.calendarName ?? publisher.shortName ?? publisher.name),
    ),
    contentLine('X-WR-TIMEZONE', publisher.timeZone),
  ];
  if (mode.kind === 'zoned') lines.push(...vtimezoneLines(mode.zone, mode.from, mode.to));
  for (const event of events) lines.push(...eventLines(event, ctx));
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * A calendar with one event or one meeting: the widgets' "add to calendar" download. Series are
 * not written here (a series' event becomes its first meeting), so the widgets' bundle carries
 * no series writer: the whole series is eventsToICalendar's (feed-calendar.ts), for the feed's
 * .ics and for letters.
 */
export function eventToICalendar(
  event: FeedEvent,
  source: Omit<CalendarSource, 'events'>,
  options: CalendarOptions = {},
): string {
  return calendar(source, [event], options);
}
