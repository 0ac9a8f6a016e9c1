// The same plus the named-time-zone plugin (and Luxon): what FullCalendar needs to show events in
// the publisher's zone (Asia/Vladivostok) to a visitor elsewhere, as our calendar does.

export { default as luxonPlugin } from '@fullcalendar/luxon3';
export * from './fullcalendar.js';
