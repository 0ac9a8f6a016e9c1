import { formatDateTime, formatDay, isDateOnly, nextMeeting, whenZoneNote } from '@metodika/feed';
import type { Locale } from '../base/i18n/locale.ts';

/**
 * What the sign-up form shows of a series (`recurrence`), a lazy part fetched only for one: its
 * next meeting, by the feed's expansion, and the words about it. The words of both languages are
 * here rather than in registration.strings*.ts so that a single event's form loads none of them.
 */
const WORDS = {
  ru: {
    series: 'Это цикл встреч: одна запись на все встречи.',
    next: (when: string) => `Ближайшая встреча — ${when}.`,
    zone: (zone: string) => `время: ${zone}`,
    ended: 'Все встречи цикла прошли, запись закрыта.',
  },
  en: {
    series: 'This is a series of meetings: one sign-up covers them all.',
    next: (when: string) => `Next meeting: ${when}.`,
    zone: (zone: string) => `time zone: ${zone}`,
    ended: 'All meetings of the series have passed; sign-up is closed.',
  },
};

/**
 * That this is a series with one sign-up for all of it, and when its next meeting (`start`) is:
 * the publisher's clock, with their zone named when the visitor's differs (as the calendar does).
 */
export function seriesLines(start: string, zone: string, locale: Locale): string[] {
  const words = WORDS[locale];
  const note = whenZoneNote({ start }, zone, locale);
  const when = isDateOnly(start)
    ? formatDay(start, locale, { day: 'numeric', month: 'long' })
    : formatDateTime(Date.parse(start), locale, zone) + (note ? `, ${words.zone(note)}` : '');
  return [words.series, words.next(when)];
}

/** Why sign-up is closed once every meeting of a series has begun. */
export const seriesEnded = (locale: Locale): string => WORDS[locale].ended;

export { nextMeeting };
