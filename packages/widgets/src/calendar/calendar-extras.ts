/**
 * What a first paint of the calendar does not need, in a chunk of its own: the `.ics` generator
 * behind the details dialog's download button and the schema.org JSON-LD writer. The calendar
 * loads it after its first render (JSON-LD) or on demand, and prefetches it when the browser is
 * idle (calendar-lazy.ts), so the download stays instant.
 */
export { saveEventIcs } from './calendar-ics.ts';
export { eventsJsonLd, writeJsonLd } from './calendar-jsonld.ts';
