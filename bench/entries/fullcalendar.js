// FullCalendar v6 for the job our calendar does: core (its CSS comes inside, injected by JS), the
// month grid, the list view and the Russian locale. Bundled like dist/metodika.js by bench/run.mjs.
export { Calendar } from '@fullcalendar/core';
export { default as ruLocale } from '@fullcalendar/core/locales/ru';
export { default as dayGridPlugin } from '@fullcalendar/daygrid';
export { default as listPlugin } from '@fullcalendar/list';
