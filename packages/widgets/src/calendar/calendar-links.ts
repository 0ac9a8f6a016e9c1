import { type DayKey, type FeedView, isDateOnly, isWebUrl, localFields } from '@metodika/feed';
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

/** The publisher's subscription calendar, when it publishes one over http(s). */
export function subscribeUrl(item: CalendarEvent): string | undefined {
  const url = item.publisher.calendarUrl;
  return url && isWebUrl(url) ? url : undefined;
}
