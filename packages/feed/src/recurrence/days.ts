/**
 * Local calendar arithmetic on day numbers (days since 1970-01-01 in the proleptic Gregorian
 * calendar). Wall-clock dates are computed as if they were UTC, which has no DST: the zone is
 * consulted only when a local date-time becomes an instant (wall-clock.ts).
 */

export const DAY_MS = 86_400_000;

/** Day number of a calendar date; month 1–12. Out-of-range days roll over as `Date.UTC` does. */
export const dayNumber = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / DAY_MS;

/**
 * Year, month (1–12) and day of a day number, by Howard Hinnant's civil_from_days: plain
 * arithmetic, no Date, as the expansion asks it for every candidate day.
 */
export function dateOf(day: number): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

/** 0 = Monday … 6 = Sunday (RFC 5545's order). 1970-01-01 was a Thursday. */
export const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-09-08`. */
export function isoDay(day: number): string {
  const d = dateOf(day);
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** Day number of `YYYY-MM-DD` (or of the date part of a date-time), NaN when it is no date. */
export function parseIsoDay(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return Number.NaN;
  const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  return isoDay(day) === text.slice(0, 10) ? day : Number.NaN;
}
