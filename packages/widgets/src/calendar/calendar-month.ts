import { type DayKey, formatDay, formatTime, isDateOnly, plural } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type CalendarEvent, monthEnd } from './calendar-model.ts';
import { type CalendarContext, movedNote, statusSymbol } from './calendar-status.ts';
import { eventsByDay, monthGrid } from './calendar-weeks.ts';

/** Events shown in a month cell before "+N more". */
const CELL_LIMIT = 3;

/** What the month grid shows and whom it tells. */
export interface MonthGrid {
  /** The filtered events. */
  events: readonly CalendarEvent[];
  /** First day of the shown month. */
  month: DayKey;
  /** Id of the month heading that labels the grid. */
  headingId: string;
  /** The day that holds the grid's one `tabindex="0"` (else today in this month, else the 1st). */
  focusDay: string;
  /** Arrow keys and the like on the grid (see `gridKeyTarget`). */
  onKeydown: (event: KeyboardEvent) => void;
  /** A day (or its "+N") was chosen: the day dialog opens. */
  onDay: (day: DayKey) => void;
}

/**
 * The month grid: `role="grid"` labelled by the month heading, one roving `tabindex="0"` day,
 * each day's full date and event count for screen readers, three entries a cell, then "+N".
 */
export function renderMonth(c: CalendarContext, grid: MonthGrid): TemplateResult {
  const { s, locale, today } = c;
  const { month, focusDay, onDay } = grid;
  const weeks = monthGrid(month);
  const first = weeks[0]![0]!;
  const last = weeks[weeks.length - 1]![6]!;
  const byDay = eventsByDay(grid.events, first, last);
  const focus =
    focusDay && focusDay >= first && focusDay <= last
      ? focusDay
      : today >= month && today <= monthEnd(month)
        ? today
        : month;
  const weekdays = weeks[0]!.map((day) => ({
    short: formatDay(day, locale, { weekday: 'short' }),
    long: formatDay(day, locale, { weekday: 'long' }),
  }));
  return html`<table class="grid" role="grid" aria-labelledby=${grid.headingId} part="grid" @keydown=${grid.onKeydown}>
      <thead>
        <tr>
          ${weekdays.map((w) => html`<th scope="col"><span aria-hidden="true">${w.short}</span><span class="vh">${w.long}</span></th>`)}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) => html`<tr>
            ${week.map((day) => {
              const list = byDay.get(day) ?? [];
              const outside = day.slice(0, 7) !== month.slice(0, 7);
              const shown = list.length > CELL_LIMIT ? list.slice(0, CELL_LIMIT - 1) : list;
              const label = `${formatDay(day, locale, { day: 'numeric', month: 'long', weekday: 'long' })}${day === today ? `, ${s.todayMark}` : ''}, ${plural(list.length, locale, s.events)}`;
              return html`<td class="cell ${outside ? 'outside' : ''} ${day === today ? 'today' : ''}">
                <button
                  type="button"
                  class="day"
                  data-day=${day}
                  tabindex=${day === focus ? 0 : -1}
                  aria-label=${label}
                  aria-current=${ifDefined(day === today ? 'date' : undefined)}
                  @click=${() => onDay(day)}
                >
                  ${Number(day.slice(8))}
                </button>
                ${list.length ? html`<span class="count" aria-hidden="true">${list.length}</span>` : nothing}
                ${shown.length ? html`<ul class="events">${shown.map((item) => renderEventChip(c, item, day))}</ul>` : nothing}
                ${
                  list.length > shown.length
                    ? html`<button type="button" tabindex="-1" class="more link" @click=${() => onDay(day)}>+${s.more(list.length - shown.length)}</button>`
                    : nothing
                }
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>`;
}

/** What a screen reader hears for an entry in a cell: status, time, title. */
function eventLabel(c: CalendarContext, item: CalendarEvent, day: DayKey): string {
  const status = c.s.statuses[item.event.status];
  const time =
    !isDateOnly(item.event.start) && day === item.startDay
      ? formatTime(Date.parse(item.event.start), item.zone, c.locale)
      : '';
  const moved = movedNote(item, c.locale, c.s);
  return [status && `${status}:`, time, item.event.title, moved && `(${moved})`]
    .filter(Boolean)
    .join(' ');
}

/** An event in a day cell; a multi-day one is marked as continuing from and to its neighbours. */
function renderEventChip(c: CalendarContext, item: CalendarEvent, day: DayKey): TemplateResult {
  const { event } = item;
  const continued = day > item.startDay;
  const continues = day < item.endDay;
  const time =
    !isDateOnly(event.start) && !continued
      ? formatTime(Date.parse(event.start), item.zone, c.locale)
      : '';
  return html`<li>
    <button
      type="button"
      tabindex="-1"
      part="event"
      class="ev status-${event.status} ${continued ? 'cont' : ''} ${continues ? 'cont-next' : ''}"
      data-event=${item.key}
      aria-label=${eventLabel(c, item, day) + (continued ? ` (${c.s.continues})` : '')}
      @click=${() => c.openEvent(item.key)}
    >
      ${event.status === 'scheduled' && !event.moved ? nothing : html`<span class="mark" aria-hidden="true">${statusSymbol(event.status)}</span>`}
      ${time ? html`<span class="time">${time}</span>` : nothing}
      <span class="title">${event.title}</span>
    </button>
  </li>`;
}
