import type { FeedEvent } from '../schema/event.ts';
import { type CalendarOptions, type CalendarSource, calendar } from './calendar.ts';
import { seriesExport } from './series.ts';

/**
 * An RFC 5545 calendar (CRLF line ends, folded lines) of all events of a feed, a series as one
 * VEVENT with RRULE and EXDATE and one per changed meeting with RECURRENCE-ID (calendar.ts says
 * how cancelled and moved meetings are written). Kept apart from eventToICalendar so that the
 * widgets' one-meeting download does not bring the series writer into their bundle.
 */
export function eventsToICalendar(source: CalendarSource, options: CalendarOptions = {}): string {
  return calendar(source, source.events, options, seriesExport);
}

/** One event with its whole series (a registration letter's attachment). */
export function eventSeriesToICalendar(
  event: FeedEvent,
  source: Omit<CalendarSource, 'events'>,
  options: CalendarOptions = {},
): string {
  return calendar(source, [event], options, seriesExport);
}
