/** iCalendar (RFC 5545) output of feed events; browser-safe, no Node imports. */
export {
  type CalendarOptions,
  type CalendarSource,
  eventToICalendar,
  eventUid,
} from './calendar.ts';
export { eventSeriesToICalendar, eventsToICalendar } from './feed-calendar.ts';
