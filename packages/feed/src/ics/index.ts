/**
 * iCalendar (RFC 5545) output of feed events; browser-safe, no Node imports.
 *
 * - Times: local with the publisher zone's TZID and a VTIMEZONE built from Intl (vtimezone.ts),
 *   so a series at 09:00 stays at 09:00 across DST, as RRULE expansion requires.
 * - Series (eventsToICalendar, eventSeriesToICalendar): one VEVENT with RRULE and EXDATE, one
 *   per changed meeting with RECURRENCE-ID (series.ts, calendar.ts say how cancelled and moved
 *   meetings are written and which rule shapes are rewritten for ical.js).
 * - One event or one meeting (eventToICalendar): the widgets' download, without the series
 *   writer in their bundle.
 * test/ics-recurrence.test.ts parses the output back with ical.js 2.2 and expands it: 100
 * generated rules in each of 11 zones (DST north and south, +05:30, +05:45, +08:45, +12:45,
 * a 30-minute DST, Almaty's 2024 change) give our instants, with an excluded, a cancelled and a
 * moved meeting each.
 */
export {
  type CalendarOptions,
  type CalendarSource,
  eventToICalendar,
  eventUid,
} from './calendar.ts';
export { eventSeriesToICalendar, eventsToICalendar } from './feed-calendar.ts';
