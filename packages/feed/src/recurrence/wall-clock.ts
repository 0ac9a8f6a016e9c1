import { formatOffset, localFields, zoneOffsetMinutes } from '../ics/zone.ts';
import { DAY_MS, isoDay } from './days.ts';

/**
 * Wall-clock ↔ instant in the publisher's zone, on the Intl-based zone math of ics/zone.ts (no
 * tz database of our own). A "wall" value is the local date-time written as if it were UTC, in ms.
 */

const offsetMs = (zone: string, epochMs: number) => zoneOffsetMinutes(zone, epochMs) * 60_000;

/**
 * The instant when the clock in `zone` shows `wall`, as RFC 5545 §3.3.5 says for a DATE-TIME with
 * a TZID:
 * - a local time that occurs twice (clocks turned back) is the first of the two, the one still
 *   on the earlier (larger) offset;
 * - a local time that does not occur (clocks turned forward, e.g. 02:30 on the day New York
 *   springs to daylight time) is read with the offset in force before the gap, so it lands as
 *   far past the gap's start as it was meant to be: 02:30 EST = 07:30 UTC = 03:30 EDT.
 * Assumes at most one offset change within a day of `wall`, true of every zone since 1970.
 */
export function wallToEpoch(zone: string, wall: number): number {
  const before = offsetMs(zone, wall - DAY_MS);
  const after = offsetMs(zone, wall + DAY_MS);
  let best = Number.NaN;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = wall - offset;
    if (offsetMs(zone, candidate) === offset && !(candidate >= best)) best = candidate;
  }
  return Number.isNaN(best) ? wall - before : best;
}

/** The wall-clock time of `epochMs` in `zone`. */
export function epochToWall(zone: string, epochMs: number): number {
  const f = localFields(zone, epochMs);
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
}

/** `2026-09-08T15:00:00+10:00`: the instant as the zone's clock shows it, with that offset. */
export function zonedIso(zone: string, epochMs: number): string {
  const wall = epochToWall(zone, epochMs);
  const time = new Date(wall).toISOString().slice(11, 19);
  return `${isoDay(Math.floor(wall / DAY_MS))}T${time}${formatOffset(zoneOffsetMinutes(zone, epochMs))}`;
}
