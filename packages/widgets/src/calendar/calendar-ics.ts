import { eventToICalendar, type FeedView } from '@metodika/feed';
import type { CalendarEvent } from './calendar-model.ts';

/** The event as an iCalendar file, with the same generator as the CLI's `metodika ics`. */
export function eventIcs(item: CalendarEvent, view: FeedView, lang: 'ru' | 'en'): string {
  // One meeting of a series goes as an event of its own (the rule would add all the others).
  const { source, recurrence, occurrenceDate, moved, ...event } = item.event;
  // Merged views prefix ids with the source key; the UID must be the CLI's, so calendar apps
  // that also subscribe to the feed's .ics update one event instead of showing two.
  if (source && event.id.startsWith(`${source}:`)) event.id = event.id.slice(source.length + 1);
  // A meeting's own UID: saving two meetings of a series keeps both.
  if (occurrenceDate) event.id = `${event.id}-${occurrenceDate}`;
  const organizations = view.organizations.filter((o) => o.source === source);
  return eventToICalendar(event, { publisher: item.publisher, organizations }, { lang });
}

/** A file name for the download: the title's letters and digits, or the event id. */
export function icsFileName(item: CalendarEvent): string {
  const base = item.event.title
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'event'}.ics`;
}

/** Saves text as a file; the object URL lives only for the click (no request leaves the page). */
export function downloadText(
  text: string,
  fileName: string,
  type = 'text/calendar;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves the event as an `.ics` file (the details dialog's download button). */
export function saveEventIcs(item: CalendarEvent, view: FeedView, lang: 'ru' | 'en'): void {
  downloadText(eventIcs(item, view, lang), icsFileName(item));
}
