import { contentLine } from './text.ts';
import { formatOffset, zoneOffsetMinutes } from './zone.ts';

/**
 * A VTIMEZONE for any IANA zone, built from what `Intl` tells about its offsets: Intl has no
 * API for a zone's rules, but it answers "what offset at this instant", so the transitions are
 * found by sampling and bisection. Each transition within the span becomes an observance with
 * its own DTSTART; when the zone's last two transitions repeat yearly on a weekday rule
 * ("last Sunday of March at 02:00"), they are written with that RRULE, so a series without an
 * end keeps its local time in the years after the span too.
 */

const DAY_MS = 86_400_000;
/**
 * Sampling step. No zone has changed its offset twice within a week since 1970 (the closest,
 * Morocco's Ramadan pauses, last about a month), so a week never hides a transition.
 */
const STEP_MS = 7 * DAY_MS;

export interface Transition {
  /** The instant of the change, epoch ms (whole minutes). */
  at: number;
  /** Offsets before and after, minutes east of UTC. */
  from: number;
  to: number;
}

/** The zone's offset changes in [from, to]. Throws RangeError for a zone Intl does not know. */
export function zoneTransitions(zone: string, from: number, to: number): Transition[] {
  const out: Transition[] = [];
  let before = zoneOffsetMinutes(zone, from);
  for (let t = from; t < to; t += STEP_MS) {
    const next = Math.min(t + STEP_MS, to);
    const after = zoneOffsetMinutes(zone, next);
    if (after === before) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (zoneOffsetMinutes(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: before, to: after });
    before = after;
  }
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The transition's local time on the clock before it, as RFC 5545 wants an observance's DTSTART. */
function localStart(t: Transition): Date {
  return new Date(t.at + t.from * 60_000);
}

function stamp(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** `BYMONTH=3;BYDAY=-1SU` for the last Sunday, `BYDAY=2SU` for the second; by local date. */
function weekdayRule(d: Date): string {
  const day = d.getUTCDate();
  const length = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  const nth = day + 7 > length ? -1 : Math.ceil(day / 7);
  return `FREQ=YEARLY;BYMONTH=${d.getUTCMonth() + 1};BYDAY=${nth}${CODES[d.getUTCDay()]}`;
}

/** Same rule, same local time of day, same offsets: the transition `years` later follows the rule. */
function sameRule(a: Transition, b: Transition): boolean {
  const [x, y] = [localStart(a), localStart(b)];
  return (
    a.from === b.from &&
    a.to === b.to &&
    weekdayRule(x) === weekdayRule(y) &&
    x.getUTCHours() === y.getUTCHours() &&
    x.getUTCMinutes() === y.getUTCMinutes()
  );
}

function observance(t: Transition, daylight: boolean, rule?: string): string[] {
  const kind = daylight ? 'DAYLIGHT' : 'STANDARD';
  const lines = [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${formatOffset(t.from, '')}`,
    `TZOFFSETTO:${formatOffset(t.to, '')}`,
    `DTSTART:${stamp(localStart(t))}`,
  ];
  if (rule) lines.push(`RRULE:${rule}`);
  lines.push(`END:${kind}`);
  return lines;
}

/**
 * VTIMEZONE lines for `zone`, exact for every instant in [from, to] and, for a zone whose DST
 * follows a yearly weekday rule at the span's end, after it. Throws RangeError for an unknown zone.
 */
export function vtimezoneLines(zone: string, from: number, to: number): string[] {
  const start = Date.UTC(new Date(from).getUTCFullYear() - 1, 0, 1);
  // Two years past the span: enough to see whether the last transitions repeat yearly.
  const list = zoneTransitions(zone, start, Date.UTC(new Date(to).getUTCFullYear() + 3, 0, 1));
  const first = zoneOffsetMinutes(zone, start);
  const lines = [
    'BEGIN:VTIMEZONE',
    contentLine('TZID', zone),
    contentLine('X-LIC-LOCATION', zone),
    // The offset in force before the span, from a date before any event.
    ...observance({ at: Date.UTC(1970, 0, 1) - first * 60_000, from: first, to: first }, false),
  ];
  const n = list.length;
  // The last two transitions repeat the two before them a year on: those two become the zone's
  // yearly rule from their date on, and the last two are what it gives.
  const yearly =
    n >= 4 && sameRule(list[n - 1]!, list[n - 3]!) && sameRule(list[n - 2]!, list[n - 4]!);
  const written = yearly ? list.slice(0, n - 2) : list;
  for (const [i, t] of written.entries()) {
    // A change to a larger offset that is undone by the next one is daylight time. The name is
    // cosmetic (TZNAME-free); clients compute with the offsets.
    const daylight = t.to > t.from && list[i + 1]?.to === t.from;
    const rule = yearly && i >= n - 4 ? weekdayRule(localStart(t)) : undefined;
    lines.push(...observance(t, daylight, rule));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
