import {
  type DayKey,
  eventToICalendar,
  type FeedView,
  isDateOnly,
  isWebUrl,
  localFields,
} from '@metodika/feed';
import type { CalendarEvent } from './calendar-model.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** `20261125T010000Z` */
function utcStamp(epoch: number): string {
  return new Date(epoch)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** `20261125` */
function dateStamp(day: DayKey): string {
  return day.replace(/-/g, '');
}

/** The day after `day`: calendar links, like iCalendar, want an exclusive end for all-day events. */
function nextDay(day: DayKey): DayKey {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** An hour by default when a timed event has no end. */
function endMs(item: CalendarEvent): number {
  const { start, end } = item.event;
  return end ? Date.parse(end) : Date.parse(start) + 3_600_000;
}

/** The place as one line: organization, address, room; or the online link. */
export function locationText(item: CalendarEvent, view: FeedView): string {
  const { event } = item;
  const org = event.venue?.organization
    ? view.organizations.find((o) => o.id === event.venue?.organization)
    : undefined;
  const place = [org?.name, event.venue?.address ?? org?.address, event.venue?.room]
    .filter(Boolean)
    .join(', ');
  if (place && event.status !== 'moved-online' && event.format !== 'online') return place;
  return event.onlineUrl ?? place;
}

function details(item: CalendarEvent): string {
  return [item.event.description, item.event.registration?.url, item.event.onlineUrl]
    .filter(Boolean)
    .join('\n\n');
}

/** Google Calendar's "create event" template link. */
export function googleLink(item: CalendarEvent, view: FeedView): string {
  const { event } = item;
  const dates = isDateOnly(event.start)
    ? `${dateStamp(event.start)}/${dateStamp(nextDay(event.end ?? event.start))}`
    : `${utcStamp(Date.parse(event.start))}/${utcStamp(endMs(item))}`;
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates,
    ctz: item.zone,
  });
  const text = details(item);
  if (text) params.set('details', text.slice(0, 1500));
  const location = locationText(item, view);
  if (location) params.set('location', location);
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** Outlook.com's compose link. */
export function outlookLink(item: CalendarEvent, view: FeedView): string {
  const { event } = item;
  const allDay = isDateOnly(event.start);
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: allDay ? event.start : new Date(Date.parse(event.start)).toISOString(),
    enddt: allDay ? nextDay(event.end ?? event.start) : new Date(endMs(item)).toISOString(),
    allday: String(allDay),
  });
  const text = details(item);
  if (text) params.set('body', text.slice(0, 1500));
  const location = locationText(item, view);
  if (location) params.set('location', location);
  return `https://outlook.live.com/calendar/0/action/compose?${params}`;
}

/** `20261125T100000` in the publisher's zone, paired with `tz_id`. */
function localStamp(epoch: number, zone: string): string {
  const f = localFields(zone, epoch);
  return `${f.year}${pad(f.month)}${pad(f.day)}T${pad(f.hour)}${pad(f.minute)}${pad(f.second)}`;
}

/**
 * Yandex Calendar's event form. Yandex documents no public "add event" link; this is the form
 * that sites in use link to (name, start, end, tz_id, description, location).
 */
export function yandexLink(item: CalendarEvent, view: FeedView): string {
  const { event } = item;
  const allDay = isDateOnly(event.start);
  const params = new URLSearchParams({
    name: event.title,
    start: allDay ? dateStamp(event.start) : localStamp(Date.parse(event.start), item.zone),
    end: allDay ? dateStamp(nextDay(event.end ?? event.start)) : localStamp(endMs(item), item.zone),
    tz_id: item.zone,
  });
  const text = details(item);
  if (text) params.set('description', text.slice(0, 1500));
  const location = locationText(item, view);
  if (location) params.set('location', location);
  return `https://calendar.yandex.ru/event?${params}`;
}

/** The event as an iCalendar file, with the same generator as the CLI's `metodika ics`. */
export function eventIcs(item: CalendarEvent, view: FeedView, lang: 'ru' | 'en'): string {
  const { source, ...event } = item.event;
  // Merged views prefix ids with the source key; the UID must be the CLI's, so calendar apps
  // that also subscribe to the feed's .ics update one event instead of showing two.
  if (source && event.id.startsWith(`${source}:`)) event.id = event.id.slice(source.length + 1);
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

/** The publisher's subscription calendar, when it publishes one over http(s). */
export function subscribeUrl(item: CalendarEvent): string | undefined {
  const url = item.publisher.calendarUrl;
  return url && isWebUrl(url) ? url : undefined;
}
