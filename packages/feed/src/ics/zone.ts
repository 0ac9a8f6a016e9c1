/**
 * Time-zone arithmetic on top of `Intl`, so it runs in browsers too (no tz database of our own).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Wall-clock fields of a moment, as seen in some zone. */
export interface LocalFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 86_400_000;
/** Where the fast path of localFields applies: 1970–2100, plain Gregorian years for both ways. */
const STEADY_FROM = 0;
const STEADY_TO = Date.UTC(2100, 0, 1);
/** A zone's offset (ms) over one whole UTC day (`zone day-number`), or null when it changes. */
const steadyOffsets = new Map<string, number | null>();

/**
 * The wall-clock time of `epochMs` in `zone`. Throws RangeError for an unknown zone.
 * `formatToParts` costs microseconds and a calendar asks for thousands of days, so the zone's
 * offset is asked once per UTC day: when it is the same at the day's start, middle and end (no
 * transition that day), every moment of the day is UTC arithmetic; otherwise Intl answers.
 */
export function localFields(zone: string, epochMs: number): LocalFields {
  if (epochMs >= STEADY_FROM && epochMs < STEADY_TO) {
    const day = Math.floor(epochMs / DAY_MS);
    const key = `${zone} ${day}`;
    let offset = steadyOffsets.get(key);
    if (offset === undefined) {
      const start = day * DAY_MS;
      const first = offsetMs(zone, start);
      offset =
        offsetMs(zone, start + DAY_MS / 2) === first && offsetMs(zone, start + DAY_MS) === first
          ? first
          : null;
      steadyOffsets.set(key, offset);
    }
    if (offset !== null) {
      const wall = new Date(epochMs + offset);
      return {
        year: wall.getUTCFullYear(),
        month: wall.getUTCMonth() + 1,
        day: wall.getUTCDate(),
        hour: wall.getUTCHours(),
        minute: wall.getUTCMinutes(),
        second: wall.getUTCSeconds(),
      };
    }
  }
  return intlFields(zone, epochMs);
}

/** `zone`'s offset at `epochMs` in ms, to the second, as Intl sees it. */
function offsetMs(zone: string, epochMs: number): number {
  const f = intlFields(zone, epochMs);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/** The wall-clock fields straight from Intl. */
function intlFields(zone: string, epochMs: number): LocalFields {
  const values: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year!,
    month: values.month!,
    day: values.day!,
    hour: values.hour!,
    minute: values.minute!,
    second: values.second!,
  };
}

/** UTC offset of `zone` at `epochMs`, in minutes east of UTC (+600 for Asia/Vladivostok). */
export function zoneOffsetMinutes(zone: string, epochMs: number): number {
  const f = localFields(zone, epochMs);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/**
 * The moment when the wall clock in `zone` shows the given time. Two passes settle the offset;
 * in a skipped or repeated DST hour the result is one of the candidates, which is all a
 * wall-clock time can say.
 */
export function zonedTimeToEpoch(zone: string, fields: LocalFields): number {
  const wall = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
  );
  const first = wall - zoneOffsetMinutes(zone, wall) * 60_000;
  return wall - zoneOffsetMinutes(zone, first) * 60_000;
}

/** `+03:00` style offset for minutes east of UTC. */
export function formatOffset(minutes: number, separator = ':'): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}${separator}${mm}`;
}
