import { formatWhen } from '@metodika/feed';
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

/** Puts values into a string's `{name}` places. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
