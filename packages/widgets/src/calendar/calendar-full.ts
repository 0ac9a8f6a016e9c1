import { type DayKey, formatDay } from '@metodika/feed';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CollectionController } from '../base/collection/collection.ts';
import { type FilterBar, renderFilters } from '../base/collection/filter-bar.ts';
import { renderNoMatches } from '../base/collection/list-parts.ts';
import { NarrowController } from '../base/narrow-controller.ts';
import { PrintController } from '../base/print-controller.ts';
import { renderAgendaItem } from './calendar-agenda.ts';
import { renderMonthAgenda } from './calendar-agenda-month.ts';
import { dialogHead } from './calendar-dialogs.ts';
import { fullStyles } from './calendar-full.styles.ts';
import { gridKeyTarget } from './calendar-grid-keys.ts';
import { fullArrived } from './calendar-lazy.ts';
import { type CalendarEvent, eventsByDay } from './calendar-model.ts';
import { renderMonth } from './calendar-month.ts';
import type { CalendarContext } from './calendar-status.ts';

/**
 * The full calendar's view — navigation, the filter bar, the month grid or the agenda,
 * the day dialog — in a chunk of its own: the home page's strip never loads it. The script tag's
 * loader imports it (with the element, below) for an element without `limit`, so the events page
 * waits for no second round trip; the element shows its skeleton until it is here. State and
 * actions stay in the element (calendar.ts), which hands them over as `FullView`.
 */

/**
 * The element too: the script tag's loader imports this module for a calendar without `limit`,
 * so one import brings the element and its view, and what the two share stays in the
 * calendar's chunk (no third file for the strip to load).
 */
export { MetodikaCalendar } from './calendar.ts';

export { fullStyles };

/** How the calendar shows the month. */
export type CalendarView = 'month' | 'agenda';

/** What the element hands the full view: its state, drawn parts and actions. */
export interface FullView {
  view: CalendarView;
  /** First day of the shown month, and its title («Ноябрь 2026 г.»). */
  month: DayKey;
  title: string;
  /** The matching entries over the grid's weeks (the agenda lists the month's). */
  events: readonly CalendarEvent[];
  focusDay: string;
  /** The day whose dialog is open ('' when none). */
  dayList: string;
  /** Said by the polite live region (the month and its count after a change). */
  announcement: string;
  /** The presets' notice, drawn by the collection controller. */
  preset: unknown;
  /** The calendar's browsing state, and what its filter bar shows (filter-bar.ts draws it). */
  browse: CollectionController;
  filters: FilterBar;
  /** True when the visitor's filters leave nothing (the grid says so under the month). */
  noMatches: boolean;
  /** The agenda's first day and how many entries it draws (undefined: all). */
  agenda: { from: DayKey; limit: number | undefined };
  /** After the view: the publisher's events page and the details dialog. */
  footer: unknown;
  goMonth(delta: number): void;
  goToday(): void;
  choose(view: CalendarView): void;
  /** The grid's keyboard moved focus to `day` (maybe in another month). */
  focusOn(day: DayKey): void;
  showDay(day: DayKey): void;
  closeDay(): void;
  more(): void;
}

const HEADING_ID = 'heading';
/** Narrower than this many em, the agenda is the default view. */
const NARROW_EM = 40;

/** What only the full view follows: the widget's width and the page being printed. */
export interface Watched {
  width: NarrowController;
  print: PrintController;
}

/** Starts following the width (measured now, for the first draw) and printing for `host`. */
export function watch(host: ReactiveControllerHost & HTMLElement): Watched {
  const width = new NarrowController(host, NARROW_EM);
  width.measure();
  return { width, print: new PrintController(host) };
}

/** The grid's keys: arrows, Home/End, PageUp/PageDown move the one focusable day. */
function onGridKeydown(full: FullView, event: KeyboardEvent): void {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.day');
  if (!button?.dataset.day) return;
  const next = gridKeyTarget(button.dataset.day, event.key, event.shiftKey);
  if (!next) return;
  event.preventDefault();
  full.focusOn(next);
}

/** The full calendar: toolbar, presets, filters, the month grid or the agenda, dialogs. */
export function renderFull(c: CalendarContext, full: FullView): TemplateResult {
  const { s } = c;
  const { month, events } = full;
  const noMatches = () => renderNoMatches(full.browse, c.t, c.locale);
  return html`
    <div class="toolbar nav" part="toolbar">
      <div class="nav-buttons">
        <button type="button" aria-label=${s.previousMonth} @click=${() => full.goMonth(-1)}>
          <span aria-hidden="true">‹</span>
        </button>
        <button type="button" @click=${() => full.goToday()}>${s.today}</button>
        <button type="button" aria-label=${s.nextMonth} @click=${() => full.goMonth(1)}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <h2 id=${HEADING_ID}>${full.title}</h2>
      <div class="switch" role="group" aria-label=${s.view}>
        ${(['month', 'agenda'] as const).map(
          (v) => html`<button
            type="button"
            aria-pressed=${full.view === v ? 'true' : 'false'}
            @click=${() => full.choose(v)}
          >
            ${s[v]}
          </button>`,
        )}
      </div>
    </div>
    ${full.preset} ${renderFilters(full.browse, full.filters)}
    <p class="vh" aria-live="polite">${full.announcement}</p>
    ${
      full.view === 'month'
        ? html`${renderMonth(c, {
            events,
            month,
            headingId: HEADING_ID,
            focusDay: full.focusDay,
            onKeydown: (event) => onGridKeydown(full, event),
            onDay: (day) => full.showDay(day),
          })}
          ${full.noMatches ? noMatches() : nothing}`
        : renderMonthAgenda(c, {
            events,
            month,
            from: full.agenda.from,
            limit: full.agenda.limit,
            onMore: () => full.more(),
            empty: full.browse.active
              ? noMatches()
              : html`<p class="state empty" part="agenda">${s.noEvents}</p>`,
          })
    }
    ${full.footer} ${renderDayDialog(c, full.dayList, events, () => full.closeDay())}
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
fullArrived({ renderFull, watch, fullStyles });
