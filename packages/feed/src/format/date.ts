import { localFields, zoneOffsetMinutes } from '../ics/zone.ts';
import { dateFormat } from './intl-cache.ts';

/**
 * Dates of the feed are shown as the publisher means them: in the publisher's IANA zone. A day is
 * a `DayKey` (`2026-11-25`), compared as a string; date-only values of the feed already are one.
 */
export type DayKey = string;

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** True for an all-day value (`2026-11-25`) rather than a date-time with offset. */
export function isDateOnly(value: string): boolean {
  return value.length === 10;
}

/** The day key of fields. */
export function dayKeyOf(year: number, month: number, day: number): DayKey {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The day a feed value falls on in `zone` (a date-only value is its own day). */
export function dayInZone(value: string, zone: string): DayKey {
  if (isDateOnly(value)) return value;
  const f = localFields(zone, Date.parse(value));
  return dayKeyOf(f.year, f.month, f.day);
}

/** Today in `zone`, by the given clock. */
export function todayInZone(zone: string, now: number = Date.now()): DayKey {
  const f = localFields(zone, now);
  return dayKeyOf(f.year, f.month, f.day);
}

/** UTC midnight of a day key: day arithmetic without the visitor's zone or DST in the way. */
export function dayKeyToUtc(key: DayKey): number {
  return Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));
}

/** The day key of a UTC midnight. */
export function utcToDayKey(epoch: number): DayKey {
  const d = new Date(epoch);
  return dayKeyOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `key` moved by `days` (negative moves back). */
export function addDays(key: DayKey, days: number): DayKey {
  return utcToDayKey(dayKeyToUtc(key) + days * DAY_MS);
}

/** `key` moved by whole months; the day is clamped to the target month's length (31 Jan + 1 → 28 Feb). */
export function addMonths(key: DayKey, months: number): DayKey {
  const year = Number(key.slice(0, 4));
  const month = Number(key.slice(5, 7)) - 1 + months;
  const target = new Date(Date.UTC(year, month, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return dayKeyOf(
    target.getUTCFullYear(),
    target.getUTCMonth() + 1,
    Math.min(Number(key.slice(8, 10)), last),
  );
}

/** Day of the week with Monday = 0 (Russian calendars start on Monday). */
export function weekdayIndex(key: DayKey): number {
  return (new Date(dayKeyToUtc(key)).getUTCDay() + 6) % 7;
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: DayKey, b: DayKey): number {
  return Math.round((dayKeyToUtc(b) - dayKeyToUtc(a)) / DAY_MS);
}

/** The visitor's IANA zone, as the browser reports it. */
export function visitorTimeZone(): string {
  return dateFormat('en', {}).resolvedOptions().timeZone;
}

/** True when the visitor's clock shows a different time than `zone`'s at that moment. */
export function zoneDiffers(
  zone: string,
  epoch: number,
  visitorZone: string = visitorTimeZone(),
): boolean {
  if (zone === visitorZone) return false;
  try {
    return zoneOffsetMinutes(zone, epoch) !== zoneOffsetMinutes(visitorZone, epoch);
  } catch {
    return true;
  }
}

/** A day key formatted; the options must not ask for a time. */
export function formatDay(
  key: DayKey,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): string {
  return dateFormat(locale, { ...options, timeZone: 'UTC' }).format(dayKeyToUtc(key));
}

/** A moment's time of day in `zone`: «10:00». */
export function formatTime(epoch: number, zone: string, locale: string): string {
  return dateFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(epoch);
}

/** A moment as «20 ноября, 14:05» in `zone` (the visitor's when omitted). */
export function formatDateTime(epoch: number, locale: string, zone?: string): string {
  // Formatted in two parts: engines join date and time differently («20 ноября в 14:05»).
  const date: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
  const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
  if (zone) date.timeZone = time.timeZone = zone;
  return `${dateFormat(locale, date).format(epoch)}, ${dateFormat(locale, time).format(epoch)}`;
}

/**
 * The zone's name for people: «Владивосток (GMT+10)», «Vladivostok Standard Time (GMT+10)».
 * The long generic name is the one engines translate; its «, стандартное время» tail is dropped.
 */
export function zoneLabel(zone: string, epoch: number, locale: string): string {
  const part = (style: 'longGeneric' | 'shortOffset') =>
    dateFormat(locale, { timeZone: zone, timeZoneName: style })
      .formatToParts(epoch)
      .find((p) => p.type === 'timeZoneName')?.value ?? zone;
  const name = part('longGeneric').split(', ')[0]!;
  const offset = part('shortOffset');
  return name === offset ? offset : `${name} (${offset})`;
}

/** What `formatWhen` needs of an event. */
export interface WhenInput {
  start: string;
  end?: string | undefined;
}

/**
 * An event's date and time in the publisher's zone: «25 ноября 2026 г., 10:00–12:00»,
 * «5–7 декабря 2026 г.». Pair it with `whenZoneNote` so visitors elsewhere see which clock it is.
 */
export function formatWhen(when: WhenInput, zone: string, locale: string): string {
  const dateOptions: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  };
  if (isDateOnly(when.start)) {
    const start = dayKeyToUtc(when.start);
    const end = when.end && when.end !== when.start ? dayKeyToUtc(when.end) : undefined;
    const format = dateFormat(locale, { ...dateOptions, timeZone: 'UTC' });
    return end === undefined ? format.format(start) : format.formatRange(start, end);
  }
  const start = Date.parse(when.start);
  const end = when.end ? Date.parse(when.end) : undefined;
  const format = dateFormat(locale, {
    ...dateOptions,
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  });
  return end === undefined || end === start ? format.format(start) : format.formatRange(start, end);
}

/**
 * The zone's name when the visitor's clock differs from the publisher's at the event's start
 * («Владивосток (GMT+10)»), else undefined. All-day events need none.
 */
export function whenZoneNote(
  when: WhenInput,
  zone: string,
  locale: string,
  visitorZone: string = visitorTimeZone(),
): string | undefined {
  if (isDateOnly(when.start)) return undefined;
  const start = Date.parse(when.start);
  return zoneDiffers(zone, start, visitorZone) ? zoneLabel(zone, start, locale) : undefined;
}
