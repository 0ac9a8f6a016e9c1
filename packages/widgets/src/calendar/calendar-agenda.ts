import { type DayKey, formatDay, formatTime, isDateOnly } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { type CalendarEvent, monthEnd, overlaps } from './calendar-model.ts';
import { type CalendarContext, statusMark, whenText } from './calendar-status.ts';

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
export function renderAgenda(c: CalendarContext, list: AgendaList): TemplateResult {
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

/**
 * The home page's strip: the next `limit` events (today and later) in date order, each with its
 * date, under the "upcoming" heading.
 */
export function renderStrip(
  c: CalendarContext,
  events: readonly CalendarEvent[],
  limit: number,
): TemplateResult {
  const next = events.filter((item) => item.endDay >= c.today).slice(0, limit);
  return html`<h2>${c.s.upcomingTitle}</h2>
    ${
      next.length
        ? html`<ul class="agenda strip" part="agenda">
            ${next.map((item) => renderAgendaItem(c, item, [item.startDay, c.today].sort()[1]!, true))}
          </ul>`
        : html`<p class="state empty" part="empty">${c.s.noUpcoming}</p>`
    }`;
}

/** One event in a list of `day`'s events; `dated` adds the day (the strip is not grouped). */
export function renderAgendaItem(
  c: CalendarContext,
  item: CalendarEvent,
  day: DayKey,
  dated = false,
): TemplateResult {
  const { event } = item;
  const { s, locale } = c;
  const started = item.startDay < day;
  const spansDays = isDateOnly(event.start) && item.endDay > item.startDay;
  const date =
    dated && !started && !spansDays
      ? `${formatDay(day, locale, { day: 'numeric', month: 'short' })}, `
      : '';
  const time = isDateOnly(event.start)
    ? item.endDay > item.startDay
      ? whenText(item, locale, s)
      : s.allDay
    : started
      ? s.since(formatDay(item.startDay, locale, { day: 'numeric', month: 'long' }))
      : formatTime(Date.parse(event.start), item.zone, locale) +
        (event.end && item.endDay === item.startDay
          ? `–${formatTime(Date.parse(event.end), item.zone, locale)}`
          : '');
  return html`<li class="agenda-event status-${event.status}" part="event">
    <span class="when">${date}${time}</span>
    <span class="what">
      <button type="button" class="link event-title" data-event=${item.key} @click=${() => c.openEvent(item.key)}>
        ${event.title}
      </button>
      <span class="meta">
        ${statusMark(item, s, locale)} <span>${s.kinds[event.kind]}</span> ·
        <span>${s.formats[event.status === 'moved-online' ? 'online' : event.format]}</span>
      </span>
    </span>
  </li>`;
}
