import { localFields } from '@metodika/feed';
import { zonedTimeToEpoch } from '@metodika/feed/exports';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-23 14:05:00` in the zone: a form Excel reads as a date-time. */
export function localDateTime(iso: string | Date, timeZone: string): string {
  const at = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  const f = localFields(timeZone, at);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)} ${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
}

/** The calendar year in the department's zone, not UTC's: numbers restart on local New Year. */
export function localYear(date: Date, timeZone: string): number {
  return localFields(timeZone, date.getTime()).year;
}

/**
 * A period bound from a query: a bare date (`2026-11-05`) is a day in the department's zone —
 * `from` its first moment, `to` the first moment after it — and a full timestamp is taken as is.
 * Null when the value is not a date.
 */
export function periodBound(value: string, edge: 'from' | 'to', timeZone: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const start = zonedTimeToEpoch(timeZone, {
      year,
      month,
      day: date + (edge === 'to' ? 1 : 0),
      hour: 0,
      minute: 0,
      second: 0,
    });
    return Number.isNaN(start) ? null : new Date(start).toISOString();
  }
  if (
    !/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value) ||
    Number.isNaN(Date.parse(value))
  )
    return null;
  return new Date(value).toISOString();
}
