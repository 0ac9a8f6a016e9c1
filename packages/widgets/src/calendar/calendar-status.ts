import { type DayKey, formatDay, formatWhen, whenZoneNote } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../base/i18n/locale.ts';
import type { BaseStrings } from '../base/i18n/ru.ts';
import type { CalendarStrings } from './calendar.strings.ts';
import type { CalendarEvent } from './calendar-model.ts';

// What the grid, the agenda and the details dialog all show about an event; the dialog's own
// rendering (calendar-details.ts) is a lazy part.

/**
 * What the calendar's drawing functions (calendar-month.ts, calendar-agenda.ts,
 * calendar-dialogs.ts) read from the element: words, language, today, and the one action every
 * event has. State and wiring stay in the element.
 */
export interface CalendarContext {
  locale: Locale;
  s: CalendarStrings;
  t: BaseStrings;
  today: DayKey;
  /** Opens an event's details. */
  openEvent(id: string): void;
}

/**
 * «перенесено с 10 марта»: a meeting of a series held at another time than its rhythm gives,
 * named by the date it was due.
 */
export function movedNote(item: CalendarEvent, locale: Locale, s: CalendarStrings): string {
  const { moved, occurrenceDate } = item.event;
  return moved && occurrenceDate
    ? s.movedFrom(formatDay(occurrenceDate, locale, { day: 'numeric', month: 'long' }))
    : '';
}

/** The status as a visible mark: a symbol and words, never colour alone; a moved meeting's note. */
export function statusMark(
  item: CalendarEvent,
  s: CalendarStrings,
  locale: Locale,
): TemplateResult | typeof nothing {
  const status = item.event.status;
  const moved = movedNote(item, locale, s);
  if (status === 'scheduled' && !moved) return nothing;
  return html`${
    status === 'scheduled'
      ? nothing
      : html`<span class="status status-${status}" part="status"
          ><span aria-hidden="true">${statusSymbol(status)}</span> ${s.statuses[status]}</span
        >`
  }${moved ? html` <span class="status moved" part="status"><span aria-hidden="true">→</span> ${moved}</span>` : nothing}`;
}

/**
 * A symbol for a changed status, next to its words. Only characters that the fonts of school
 * computers have: ⏸ showed as an empty box in common Linux and older Windows fonts.
 */
export function statusSymbol(status: CalendarEvent['event']['status']): string {
  // `scheduled` has a mark only on a moved meeting of a series: the arrow, as postponed.
  return status === 'cancelled' ? '✕' : status === 'moved-online' ? '⌁' : '→';
}

/** When, with the publisher's zone named if the visitor's clock differs. */
export function whenText(item: CalendarEvent, locale: Locale, s: CalendarStrings): string {
  const text = formatWhen(item.event, item.zone, locale);
  const zone = whenZoneNote(item.event, item.zone, locale);
  return zone ? `${text} — ${s.zoneNote(zone)}` : text;
}
