import { createHash } from 'node:crypto';
import { isKnownTimeZone, localFields } from '@metodika/feed';
import { formatOffset, zonedTimeToEpoch, zoneOffsetMinutes } from '@metodika/feed/exports';
import ICAL from 'ical.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** A feed event as the importer makes it (validated afterwards with the rest of the draft). */
export type ImportedEvent = Record<string, unknown> & { id: string; title: string };

/** Words in a title that tell the kind of event; anything else is `other` (the editor can change it). */
const KINDS: [RegExp, string][] = [
  [/мастер-класс|master class/i, 'master-class'],
  [/вебинар|webinar/i, 'webinar'],
  [/семинар|seminar/i, 'seminar'],
  [/конференц|conference/i, 'conference'],
  [/круглый стол|round table/i, 'round-table'],
  [/конкурс|contest/i, 'contest'],
  [/олимпиад/i, 'olympiad'],
  [/открыт\w* урок/i, 'open-lesson'],
  [/стажировк/i, 'internship'],
  [/заседание|РМО|ШМО/i, 'association-meeting'],
];

/** A stable feed id for a calendar's UID, so importing the same calendar again updates, not duplicates. */
export const idForUid = (uid: string) =>
  `ics-${createHash('sha256').update(uid).digest('hex').slice(0, 16)}`;

/** `2026-11-25T10:00:00+03:00` in the publisher's zone. */
function inZone(epoch: number, zone: string): string {
  const f = localFields(zone, epoch);
  return `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${formatOffset(zoneOffsetMinutes(zone, epoch))}`;
}

/**
 * The moment an iCalendar time stands for: UTC; an IANA TZID (Yandex, Google); a TZID ical.js
 * knows from the file's VTIMEZONE (Outlook's Windows names); floating times in the publisher's zone.
 */
function epochOf(time: ICAL.Time, tzid: string | null, zone: string): number {
  const fields = {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
  if (time.zone === ICAL.Timezone.utcTimezone)
    return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  if (tzid && isKnownTimeZone(tzid)) return zonedTimeToEpoch(tzid, fields);
  if (tzid && time.zone && time.zone !== ICAL.Timezone.localTimezone)
    return time.toJSDate().getTime();
  return zonedTimeToEpoch(zone, fields);
}

/** A date-only value as `YYYY-MM-DD`. */
const dayOf = (time: ICAL.Time) => `${time.year}-${pad(time.month)}-${pad(time.day)}`;

function when(
  property: ICAL.Property | null,
  zone: string,
): { value: string; allDay: boolean } | null {
  if (!property) return null;
  const time = property.getFirstValue() as ICAL.Time | null;
  if (!time) return null;
  if (time.isDate) return { value: dayOf(time), allDay: true };
  const tzid = property.getParameter('tzid');
  return {
    value: inZone(epochOf(time, typeof tzid === 'string' ? tzid : null, zone), zone),
    allDay: false,
  };
}

/** The local date (publisher's zone) an occurrence's RECURRENCE-ID or EXDATE names. */
function occurrenceDate(property: ICAL.Property, time: ICAL.Time, zone: string): string {
  if (time.isDate) return dayOf(time);
  const tzid = property.getParameter('tzid');
  return inZone(epochOf(time, typeof tzid === 'string' ? tzid : null, zone), zone).slice(0, 10);
}

/**
 * Events of an iCalendar file (exported from Yandex, Google or Outlook) as feed events in the
 * publisher's zone: series with their RRULE, excluded dates and changed or cancelled occurrences.
 * Throws a SyntaxError-like error when the text is not iCalendar.
 */
export function eventsFromICalendar(
  text: string,
  zone: string,
): { events: ImportedEvent[]; skipped: number } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const timezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(timezone);
  }
  const byUid = new Map<string, ImportedEvent>();
  const overrides: ICAL.Component[] = [];
  let skipped = 0;
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    if (vevent.hasProperty('recurrence-id')) {
      overrides.push(vevent);
      continue;
    }
    const uid = String(vevent.getFirstPropertyValue('uid') ?? '');
    const title = String(vevent.getFirstPropertyValue('summary') ?? '').trim();
    const start = when(vevent.getFirstProperty('dtstart'), zone);
    if (!uid || !title || !start) {
      skipped += 1;
      continue;
    }
    const event: ImportedEvent = {
      id: idForUid(uid),
      title: title.slice(0, 300),
      kind: KINDS.find(([pattern]) => pattern.test(title))?.[1] ?? 'other',
      start: start.value,
    };
    const end = when(vevent.getFirstProperty('dtend'), zone);
    if (end) {
      // An all-day DTEND is exclusive; the feed's `end` is the last day.
      if (end.allDay) {
        const last = new Date(Date.parse(`${end.value}T00:00:00Z`) - 86_400_000)
          .toISOString()
          .slice(0, 10);
        if (last !== start.value) event.end = last;
      } else event.end = end.value;
    }
    const description = vevent.getFirstPropertyValue('description');
    if (description) event.description = String(description).slice(0, 20_000);
    const location = String(vevent.getFirstPropertyValue('location') ?? '').trim();
    if (/^https?:\/\//i.test(location)) {
      event.onlineUrl = location;
      event.format = 'online';
    } else if (location) event.venue = { address: location.slice(0, 300) };
    if (String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED')
      event.status = 'cancelled';
    const rrule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    if (rrule) {
      const except = vevent
        .getAllProperties('exdate')
        .flatMap((property) =>
          (property.getValues() as ICAL.Time[]).map((time) => occurrenceDate(property, time, zone)),
        );
      event.recurrence = {
        rule: rrule.toString(),
        ...(except.length ? { except: [...new Set(except)].sort() } : {}),
      };
    }
    byUid.set(uid, event);
  }
  for (const vevent of overrides) {
    const master = byUid.get(String(vevent.getFirstPropertyValue('uid') ?? ''));
    const recurrence = master?.recurrence as
      | { rule: string; changes?: Record<string, unknown>[] }
      | undefined;
    if (!master || !recurrence) continue;
    const property = vevent.getFirstProperty('recurrence-id')!;
    const change: Record<string, unknown> = {
      date: occurrenceDate(property, property.getFirstValue() as ICAL.Time, zone),
    };
    if (String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED')
      change.status = 'cancelled';
    else {
      const start = when(vevent.getFirstProperty('dtstart'), zone);
      const end = when(vevent.getFirstProperty('dtend'), zone);
      if (start) change.start = start.value;
      if (end && !end.allDay) change.end = end.value;
      const location = String(vevent.getFirstPropertyValue('location') ?? '').trim();
      if (location && !/^https?:/i.test(location))
        change.venue = { address: location.slice(0, 300) };
    }
    recurrence.changes = [...(recurrence.changes ?? []), change];
  }
  return { events: [...byUid.values()], skipped };
}
