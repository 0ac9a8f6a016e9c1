/**
 * What a first paint of the calendar does not need, in a chunk of its own: the details dialog's
 * content with its add-to-calendar links, its rules and what opens it as a modal, the `.ics` generator behind its download button and the
 * schema.org JSON-LD writer. The calendar
 * loads it after its first render (JSON-LD) or on demand, and prefetches it when the browser is
 * idle (calendar-lazy.ts), so the download stays instant.
 */

export { openDialog } from '../base/dialog.ts';
export { detailsStyles } from './calendar-details.styles.ts';
export { renderDetails } from './calendar-details.ts';
export { saveEventIcs } from './calendar-ics.ts';
export { eventsJsonLd, writeJsonLd } from './calendar-jsonld.ts';
