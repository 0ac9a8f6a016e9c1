import { localFields } from '@metodika/feed';

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
