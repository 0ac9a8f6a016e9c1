import { type DayKey, type FeedView, formatDay } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { renderFilters } from '../base/collection/filter-bar.ts';
import { renderNoMatches } from '../base/collection/list-parts.ts';
import { renderAgendaItem } from './calendar-agenda.ts';
import { renderMonthAgenda } from './calendar-agenda-month.ts';
import { dialogHead } from './calendar-dialogs.ts';
import { fullStyles } from './calendar-full.styles.ts';
import { FullCalendar } from './calendar-full-state.ts';
import { gridKeyTarget } from './calendar-grid-keys.ts';
import { fullArrived } from './calendar-lazy.ts';
import type { CalendarEvent } from './calendar-model.ts';
import { renderMonth } from './calendar-month.ts';
import type { CalendarContext } from './calendar-status.ts';
import { eventsByDay } from './calendar-weeks.ts';

/**
 * The full calendar's view — navigation, the filter bar, the month grid or the agenda,
 * the day dialog — in a chunk of its own: the home page's strip never loads it. The script tag's
 * loader imports it (with the element, below) for an element without `limit`, so the events page
 * waits for no second round trip; the element shows its skeleton until it is here. The view's
 * own state and actions are `FullCalendar` (calendar-full-state.ts), which the element sets up
 * when this part has arrived; what the strip shares with it stays in the element (calendar.ts).
 */

/**
 * The element too: the script tag's loader imports this module for a calendar without `limit`,
 * so one import brings the element and its view, and what the two share stays in the
 * calendar's chunk (no third file for the strip to load).
 */
export { MetodikaCalendar } from './calendar.ts';

export { FullCalendar, fullStyles };

const HEADING_ID = 'heading';

/** The grid's keys: arrows, Home/End, PageUp/PageDown move the one focusable day. */
function onGridKeydown(full: FullCalendar, view: FeedView, event: KeyboardEvent): void {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.day');
  if (!button?.dataset.day) return;
  const next = gridKeyTarget(button.dataset.day, event.key, event.shiftKey);
  if (!next) return;
  event.preventDefault();
  full.focusOn(view, next);
}

/** The full calendar: toolbar, presets, filters, the month grid or the agenda, dialogs. */
export function renderFull(c: CalendarContext, full: FullCalendar, view: FeedView): TemplateResult {
  const { s } = c;
  const { month, browse } = full;
  const shown = full.currentView;
  const events = full.events(view);
  const noMatches = () => renderNoMatches(browse, c.t, c.locale);
  return html`
    <div class="toolbar nav" part="toolbar">
      <div class="nav-buttons">
        <button type="button" aria-label=${s.previousMonth} @click=${() => full.goMonth(view, -1)}>
          <span aria-hidden="true">‹</span>
        </button>
        <button type="button" @click=${() => full.goToday(view)}>${s.today}</button>
        <button type="button" aria-label=${s.nextMonth} @click=${() => full.goMonth(view, 1)}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <h2 id=${HEADING_ID}>${full.title(month)}</h2>
      <div class="switch" role="group" aria-label=${s.view}>
        ${(['month', 'agenda'] as const).map(
          (v) => html`<button
            type="button"
            class=${shown === v ? 'primary' : ''}
            aria-pressed=${shown === v ? 'true' : 'false'}
            @click=${() => full.choose(v)}
          >
            ${s[v]}
          </button>`,
        )}
      </div>
    </div>
    ${full.preset(view)}
    ${renderFilters(browse, {
      facets: full.facets(view),
      searchLabel: s.search,
      landmark: full.landmark(),
      t: c.t,
      flagLabels: { upcoming: s.upcoming },
    })}
    <p class="vh" aria-live="polite">${full.announcement}</p>
    ${
      shown === 'month'
        ? html`${renderMonth(c, {
            events,
            month,
            headingId: HEADING_ID,
            focusDay: full.focusDay,
            onKeydown: (event) => onGridKeydown(full, view, event),
            onDay: (day) => full.showDay(day),
          })}
          ${full.noMatches(view) ? noMatches() : nothing}`
        : renderMonthAgenda(c, {
            events,
            month,
            from: browse.flags.upcoming && c.today > month ? c.today : month,
            limit: full.printing ? undefined : browse.limit,
            onMore: () => browse.more(),
            empty: browse.active
              ? noMatches()
              : html`<p class="state empty" part="agenda">${s.noEvents}</p>`,
          })
    }
    ${full.footer(view)} ${renderDayDialog(c, full.dayList, events, () => full.closeDay())}
  `;
}

/** The dialog listing one day's events (a day chosen in the grid), empty and closed otherwise. */
function renderDayDialog(
  c: CalendarContext,
  day: DayKey | '',
  events: readonly CalendarEvent[],
  onClose: () => void,
): TemplateResult {
  const list = day ? (eventsByDay(events, day, day).get(day) ?? []) : [];
  return html`<dialog class="day-list" part="dialog" aria-labelledby="day-title" @close=${onClose}>
    ${
      day
        ? html`${dialogHead(c, 'day-title', c.s.dayDialog(formatDay(day, c.locale, { day: 'numeric', month: 'long', weekday: 'long' })))}
          ${
            list.length
              ? html`<ul class="agenda day-events">
                  ${list.map((item) => renderAgendaItem(c, item, day))}
                </ul>`
              : html`<p>${c.s.noEventsDay}</p>`
          }`
        : nothing
    }
  </dialog>`;
}

// Evaluated: every calendar draws its view from now on without asking for this module again.
fullArrived({ renderFull, FullCalendar, fullStyles });
