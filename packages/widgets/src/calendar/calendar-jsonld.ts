import { type FeedView, isDateOnly, isWebUrl } from '@metodika/feed';
import { locationText } from './calendar-links.ts';
import type { CalendarEvent } from './calendar-model.ts';

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  'moved-online': 'https://schema.org/EventMovedOnline',
} as const;

const MODE = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** At most this many events go into the markup: search engines need the near future, not a year. */
export const JSONLD_LIMIT = 100;

/** schema.org `Event` objects for upcoming events (a series' next meetings each one of them). */
export function eventsJsonLd(items: readonly CalendarEvent[], view: FeedView): object[] {
  return items.slice(0, JSONLD_LIMIT).map((item) => {
    const { event, publisher } = item;
    const online = event.format === 'online' || event.status === 'moved-online';
    const place = locationText(item, view);
    const location: object[] = [];
    if (!online && place && place !== event.onlineUrl)
      location.push({ '@type': 'Place', name: place, address: place });
    if (event.onlineUrl && isWebUrl(event.onlineUrl))
      location.push({ '@type': 'VirtualLocation', url: event.onlineUrl });
    const data: Record<string, unknown> = {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: event.title,
      startDate: event.start,
      // A series' meeting moved to another day or time is rescheduled, with the day it was due.
      eventStatus:
        event.moved && event.status === 'scheduled'
          ? 'https://schema.org/EventRescheduled'
          : STATUS[event.status],
      eventAttendanceMode: MODE[event.status === 'moved-online' ? 'online' : event.format],
      organizer: {
        '@type': 'Organization',
        name: publisher.name,
        ...(publisher.site ? { url: publisher.site } : {}),
      },
    };
    if (event.moved) data.previousStartDate = event.occurrenceDate;
    if (event.end) data.endDate = event.end;
    if (isDateOnly(event.start) && !event.end) data.endDate = event.start;
    if (location.length > 0) data.location = location.length === 1 ? location[0] : location;
    if (event.description) data.description = event.description.slice(0, 500);
    const url = event.registration?.url ?? publisher.eventsPage;
    if (url && isWebUrl(url)) data.url = url;
    return data;
  });
}

/**
 * Puts the JSON-LD into a `<script type="application/ld+json">` child of the host (light DOM,
 * where crawlers look). The text goes in through `textContent` and `<` is escaped, so no feed
 * text can close the script element even when the page is serialized.
 */
export function writeJsonLd(host: HTMLElement, data: object[] | null): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-metodika-jsonld]');
  if (!data || data.length === 0) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.metodikaJsonld = '';
    host.append(script);
  }
  const text = JSON.stringify(data.length === 1 ? data[0] : data).replace(/</g, '\\u003c');
  if (script.textContent !== text) script.textContent = text;
}
