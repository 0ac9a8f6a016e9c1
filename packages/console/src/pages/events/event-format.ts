import { formatWhen, isDateOnly } from '@metodika/feed';
import type { Lang } from '../../i18n/language.ts';

const LOCALES: Record<Lang, string> = { ru: 'ru-RU', en: 'en-GB' };

/**
 * When an event starts, in the department's zone, as the calendar writes it: a bare date (an
 * all-day event) stays a date, a date-time gets its time («12 марта 2030 г., 10:00»).
 */
export function eventWhen(start: string, lang: Lang, zone: string): string {
  try {
    return formatWhen({ start }, zone, LOCALES[lang]);
  } catch {
    return start;
  }
}

/** When an event counts as started: its start, or for a bare date the end of that day everywhere. */
export function startedBy(start: string): number {
  return isDateOnly(start) ? Date.parse(`${start}T10:00:00Z`) + 86_400_000 : Date.parse(start);
}

/**
 * Upcoming events first, soonest first, then past ones, latest first (attendance is marked
 * after an event, so the recent past stays near the top).
 */
export function byUpcoming<T extends { start: string }>(events: T[], now = Date.now()): T[] {
  const upcoming = events.filter((e) => startedBy(e.start) > now);
  const past = events.filter((e) => startedBy(e.start) <= now);
  const at = (e: T) => startedBy(e.start);
  return [...upcoming.sort((a, b) => at(a) - at(b)), ...past.sort((a, b) => at(b) - at(a))];
}

/** Puts values into a string's `{name}` places. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
