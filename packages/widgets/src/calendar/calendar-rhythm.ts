import { describeRule, parseRule } from '@metodika/feed';
import type { Locale } from '../base/i18n/locale.ts';
import type { CalendarEvent } from './calendar-model.ts';

/**
 * A series' rhythm in words, for a meeting's details: a lazy part of its own, since the words
 * of every rule in two languages weigh more than the expansion the grid needs to draw.
 */
export function rhythm(item: CalendarEvent, locale: Locale): string {
  const series = item.series ?? item;
  const parsed = series.event.recurrence && parseRule(series.event.recurrence.rule);
  return parsed?.ok
    ? describeRule(parsed.rule, { lang: locale, start: series.event.start, zone: series.zone })
    : '';
}
