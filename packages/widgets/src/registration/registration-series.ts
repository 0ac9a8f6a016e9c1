import { formatDateTime, formatDay, isDateOnly, nextMeeting } from '@metodika/feed';
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
    ended: 'Все встречи цикла прошли, запись закрыта.',
  },
  en: {
    series: 'This is a series of meetings: one sign-up covers them all.',
    next: (when: string) => `Next meeting: ${when}.`,
    ended: 'All meetings of the series have passed; sign-up is closed.',
  },
};

/** That this is a series with one sign-up for all of it, and when its next meeting (`start`) is. */
export function seriesLines(start: string, zone: string, locale: Locale): string[] {
  const words = WORDS[locale];
  const when = isDateOnly(start)
    ? formatDay(start, locale, { day: 'numeric', month: 'long' })
    : formatDateTime(Date.parse(start), locale, zone);
  return [words.series, words.next(when)];
}

/** Why sign-up is closed once every meeting of a series has begun. */
export const seriesEnded = (locale: Locale): string => WORDS[locale].ended;

export { nextMeeting };
