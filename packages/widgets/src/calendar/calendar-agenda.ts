import { type DayKey, formatDay, formatTime, isDateOnly } from '@metodika/feed';
import { html, type TemplateResult } from 'lit';
import type { CalendarEvent } from './calendar-model.ts';
import { type CalendarContext, statusMark, whenText } from './calendar-status.ts';

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
