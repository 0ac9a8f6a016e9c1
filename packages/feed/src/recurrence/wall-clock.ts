import { formatOffset, zoneOffsetMinutes } from '../ics/zone.ts';
import { DAY_MS, isoDay } from './days.ts';

/**
 * Wall-clock ↔ instant in the publisher's zone, on the Intl-based zone math of ics/zone.ts (no
 * tz database of our own). A "wall" value is the local date-time written as if it were UTC, in ms.
 */

/**
 * Offsets per zone and UTC day: the day's offset when it holds all day, null when it changes
 * that day. A month view asks for a few dozen days; each is asked of Intl once.
 */
const steady = new Map<string, Map<number, number | null>>();

/** `zone`'s offset at `epochMs`, in ms. */
function offsetMs(zone: string, epochMs: number): number {
  let days = steady.get(zone);
  if (!days) {
    days = new Map();
    steady.set(zone, days);
  }
  const day = Math.floor(epochMs / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const start = day * DAY_MS;
    const first = zoneOffsetMinutes(zone, start);
    offset =
      zoneOffsetMinutes(zone, start + DAY_MS / 2) === first &&
      zoneOffsetMinutes(zone, start + DAY_MS - 1000) === first
        ? first * 60_000
        : null;
    days.set(day, offset);
  }
  return offset ?? zoneOffsetMinutes(zone, epochMs) * 60_000;
}

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
  if (before === after) return wall - before;
  let best = Number.NaN;
  for (const offset of [before, after]) {
    const candidate = wall - offset;
    if (offsetMs(zone, candidate) === offset && !(candidate >= best)) best = candidate;
  }
  return Number.isNaN(best) ? wall - before : best;
}

/** The wall-clock time of `epochMs` in `zone`. */
export function epochToWall(zone: string, epochMs: number): number {
  return epochMs + offsetMs(zone, epochMs);
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `2026-09-08T15:00:00+10:00`: the instant as the zone's clock shows it, with that offset. */
export function zonedIso(zone: string, epochMs: number): string {
  const offset = offsetMs(zone, epochMs);
  const wall = epochMs + offset;
  const day = Math.floor(wall / DAY_MS);
  const seconds = Math.floor((wall - day * DAY_MS) / 1000);
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return `${isoDay(day)}T${time}${formatOffset(Math.round(offset / 60_000))}`;
}
