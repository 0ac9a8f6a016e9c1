import { type DayKey, formatDay } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { renderAgendaItem } from './calendar-agenda.ts';
import { type CalendarEvent, monthEnd, overlaps } from './calendar-model.ts';
import type { CalendarContext } from './calendar-status.ts';

/** What the agenda lists. */
export interface AgendaList {
  /** The filtered events. */
  events: readonly CalendarEvent[];
  /** First day of the shown month. */
  month: DayKey;
  /** The first day listed: the month's first, or today with "upcoming only". */
  from: DayKey;
  /** Entries rendered ("show more" adds more); undefined: all (printing). */
  limit: number | undefined;
  /** Shows more entries. */
  onMore: () => void;
  /** Shown when the month has no event: "no events", or "nothing matches" with a reset. */
  empty: TemplateResult;
}

/** The agenda: the month's events from `from` on, grouped by day, with "show more". */
export function renderMonthAgenda(c: CalendarContext, list: AgendaList): TemplateResult {
  const { from } = list;
  const end = monthEnd(list.month);
  const inMonth = list.events.filter((e) => overlaps(e, from, end));
  if (inMonth.length === 0) return list.empty;
  const limit = list.limit ?? inMonth.length;
  const groups = new Map<DayKey, CalendarEvent[]>();
  for (const item of inMonth.slice(0, limit)) {
    // An event that began earlier is listed on the first shown day.
    const day = [item.startDay, from].sort()[1]!;
    const entries = groups.get(day);
    if (entries) entries.push(item);
    else groups.set(day, [item]);
  }
  const days = [...groups.keys()].sort();
  return html`<ol class="agenda" part="agenda">
      ${days.map(
        (day) => html`<li class="agenda-day ${day === c.today ? 'today' : ''}">
          <h3>
            ${formatDay(day, c.locale, { day: 'numeric', month: 'long', weekday: 'long' })}${day === c.today ? html` <span class="badge">${c.s.todayMark}</span>` : nothing}
          </h3>
          <ul>
            ${groups.get(day)!.map((item) => renderAgendaItem(c, item, day))}
          </ul>
        </li>`,
      )}
    </ol>
    ${
      inMonth.length > limit
        ? html`<button type="button" class="show-more" @click=${list.onMore}>${c.t.showMore} (${inMonth.length - limit})</button>`
        : nothing
    }`;
}
