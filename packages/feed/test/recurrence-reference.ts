/**
 * The reference side of the recurrence differential test, built from parts that share no code
 * with src/recurrence:
 *
 * - which local dates a rule gives: the `rrule` package (2.8), driven in its "floating" mode
 *   (no `tzid`): DTSTART is a Date whose UTC fields are the publisher's wall clock, so rrule
 *   computes purely on wall-clock dates, which is RFC 5545's model for a DTSTART with a TZID.
 *   rrule's own `tzid` option is not used: it converts each occurrence with the zone's offset
 *   taken at the wall time read as UTC (and through the host's zone), which is an hour off near
 *   DST changes and in gaps — the very cases this test is for;
 * - when a local date-time happens: the zone's transitions found straight from
 *   `Intl.DateTimeFormat` (sampled daily, bisected to the second), and RFC 5545 §3.3.5
 *   applied plainly on that table: a repeated local time is the first of the two instants, a
 *   skipped one is read with the offset before the gap.
 *
 * UNTIL is applied by rrule for local forms (a date is the end of that day) and on the instants
 * for a UTC UNTIL. The seeded generator makes DTSTART the rule's first occurrence (RFC 5545 leaves
 * an unsynchronised DTSTART undefined; rrule and ical.js disagree about it).
 */
import * as rruleModule from 'rrule';

type RRuleModule = typeof import('rrule');
const { RRule, Weekday } =
  (rruleModule as unknown as { default?: RRuleModule }).default ?? (rruleModule as RRuleModule);

const DAY = 86_400_000;

// --- Zone reference ------------------------------------------------------------------------

interface Segment {
  /** Epoch ms where the offset starts to apply. */
  from: number;
  to: number;
  offset: number;
}

const segmentCache = new Map<string, Segment[]>();

function intlOffset(format: Intl.DateTimeFormat, ms: number): number {
  const f: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(ms)))
    if (p.type !== 'literal') f[p.type] = +p.value;
  const wall = Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!, f.second!);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The zone's offsets from 2023-07 to 2031-07 as constant segments. */
export function segments(zone: string): Segment[] {
  let list = segmentCache.get(zone);
  if (list) return list;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const start = Date.UTC(2023, 6, 1);
  const end = Date.UTC(2031, 6, 1);
  // No zone changes its offset twice within a day.
  const step = DAY;
  list = [];
  let from = start;
  let offset = intlOffset(format, start);
  for (let t = start + step; t <= end; t += step) {
    const next = intlOffset(format, t);
    if (next === offset) continue;
    let lo = t - step;
    let hi = t;
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2000) * 1000;
      if (intlOffset(format, mid) === offset) lo = mid;
      else hi = mid;
    }
    list.push({ from, to: hi, offset });
    from = hi;
    offset = next;
  }
  list.push({ from, to: end, offset });
  segmentCache.set(zone, list);
  return list;
}

/** RFC 5545 §3.3.5 on the transition table: wall-clock ms (as if UTC) → epoch ms. */
export function referenceEpoch(zone: string, wall: number): number {
  const list = segments(zone);
  let best = Number.POSITIVE_INFINITY;
  for (const s of list) {
    const t = wall - s.offset;
    if (t >= s.from && t < s.to && t < best) best = t;
  }
  if (best !== Number.POSITIVE_INFINITY) return best;
  for (let i = 1; i < list.length; i++) {
    const before = list[i - 1]!.offset;
    const at = list[i]!.from;
    if (wall >= at + before && wall < at + list[i]!.offset) return wall - before;
  }
  throw new Error(`${zone}: ${new Date(wall).toISOString()} is outside the reference table`);
}

/** Epoch ms → wall clock in the zone, from the same table. */
export function referenceWall(zone: string, ms: number): number {
  const s = segments(zone).find((seg) => ms >= seg.from && ms < seg.to);
  if (!s) throw new Error(`${zone}: ${new Date(ms).toISOString()} is outside the reference table`);
  return ms + s.offset;
}

// --- Rules ---------------------------------------------------------------------------------

const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** A generated case: the rule as text for us, as options for rrule, and the series' timing. */
export interface Case {
  text: string;
  options: Partial<import('rrule').Options>;
  /** Set when UNTIL is an instant: rrule gets no UNTIL, the instants are cut instead. */
  untilUtc?: number;
  allDay: boolean;
  /** DTSTART wall clock (ms as if UTC); replaced by the rule's first occurrence. */
  startWall: number;
  /** Timed: exact ms; all day: days. */
  length: number;
}

const pick = <T>(rand: () => number, list: readonly T[]): T =>
  list[Math.floor(rand() * list.length)]!;
const int = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const stamp = (wall: number) => {
  const d = new Date(wall);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
};

/** Times that matter: ordinary hours, midnight, and the hours DST changes skip or repeat. */
const TIMES = [
  '09:00',
  '15:30',
  '18:45',
  '00:00',
  '00:30',
  '01:30',
  '02:00',
  '02:30',
  '03:00',
  '23:30',
];

/** A random rule of the supported subset, with the shapes people write weighted up. */
export function randomCase(rand: () => number): Case {
  const freq = pick(rand, FREQS);
  const options: Case['options'] = { freq: RRule[freq] };
  const parts = [`FREQ=${freq}`];
  const interval = rand() < 0.6 ? 1 : int(rand, 2, 4);
  if (interval > 1) {
    options.interval = interval;
    parts.push(`INTERVAL=${interval}`);
  }
  const byMonth =
    rand() < 0.3
      ? rand() < 0.5
        ? [9, 10, 11, 12, 1, 2, 3, 4, 5]
        : [...new Set(Array.from({ length: int(rand, 1, 4) }, () => int(rand, 1, 12)))]
      : undefined;
  if (byMonth) {
    options.bymonth = byMonth;
    parts.push(`BYMONTH=${byMonth.join(',')}`);
  }
  const ordinals = freq === 'MONTHLY' || freq === 'YEARLY';
  const useByDay = freq === 'WEEKLY' ? rand() < 0.8 : rand() < 0.45;
  const useMonthDay = freq !== 'WEEKLY' && rand() < (useByDay ? 0.15 : 0.35);
  if (useByDay) {
    const specs = new Map<string, { day: number; nth?: number }>();
    // rrule (like python-dateutil) intersects plain and numbered weekdays in one BYDAY
    // (BYDAY=TH,1TH); RFC 5545 lists are unions, which is what we do: so never mix them here.
    const numbered = ordinals && rand() < 0.6;
    for (let i = int(rand, 1, 3); i > 0; i--) {
      const day = int(rand, 0, 6);
      let nth: number | undefined;
      if (numbered) {
        const max = freq === 'YEARLY' && !byMonth ? 53 : 5;
        nth =
          rand() < 0.7
            ? pick(rand, [1, 2, 3, 4, -1, -2])
            : int(rand, 1, max) * (rand() < 0.5 ? -1 : 1);
      }
      specs.set(`${nth ?? ''}${CODES[day]}`, nth === undefined ? { day } : { day, nth });
    }
    options.byweekday = [...specs.values()].map((s) => new Weekday(s.day, s.nth));
    parts.push(`BYDAY=${[...specs.keys()].join(',')}`);
  }
  if (useMonthDay) {
    const days = [
      ...new Set(
        Array.from({ length: int(rand, 1, 3) }, () =>
          rand() < 0.25 ? -int(rand, 1, 5) : rand() < 0.2 ? int(rand, 28, 31) : int(rand, 1, 28),
        ),
      ),
    ];
    options.bymonthday = days;
    parts.push(`BYMONTHDAY=${days.join(',')}`);
  }
  if (freq === 'WEEKLY' && interval > 1 && rand() < 0.3) {
    const wkst = int(rand, 0, 6);
    options.wkst = wkst;
    parts.push(`WKST=${CODES[wkst]}`);
  }
  const allDay = rand() < 0.15;
  const [h, m] = pick(rand, TIMES).split(':').map(Number) as [number, number];
  const seedDay = Date.UTC(2024, 0, 1) / DAY + int(rand, 0, 6 * 365);
  const startWall = seedDay * DAY + (allDay ? 0 : (h * 60 + m) * 60_000);
  const length = allDay
    ? pick(rand, [1, 1, 1, 2, 3])
    : pick(rand, [0, 90 * 60_000, 3 * 3600_000, 26 * 3600_000]);
  const c: Case = { text: '', options, allDay, startWall, length };
  const end = rand();
  if (end < 0.3) {
    const count = int(rand, 1, 60);
    options.count = count;
    parts.push(`COUNT=${count}`);
  } else if (end < 0.65) {
    const untilWall =
      startWall + int(rand, 20, 4 * 365) * DAY + (allDay ? 0 : int(rand, -3, 3) * 3600_000);
    const kind = allDay ? 'date' : pick(rand, ['date', 'utc', 'local'] as const);
    if (kind === 'date') {
      const day = Math.floor(untilWall / DAY);
      options.until = new Date(day * DAY + DAY - 1000);
      parts.push(`UNTIL=${stamp(day * DAY).slice(0, 8)}`);
    } else if (kind === 'local') {
      options.until = new Date(untilWall);
      parts.push(`UNTIL=${stamp(untilWall)}`);
    } else {
      c.untilUtc = untilWall - 3 * 3600_000;
      parts.push(`UNTIL=${stamp(c.untilUtc)}Z`);
    }
  }
  c.text = parts.join(';');
  return c;
}

/** The rule's first occurrence at or after the seed date, or null when there is none by 2030. */
export function synchronise(c: Case): number | null {
  const { count: _count, until: _until, ...open } = c.options;
  const first = new RRule({ ...open, dtstart: new Date(c.startWall) }).after(
    new Date(c.startWall),
    true,
  );
  return first && first.getTime() < Date.UTC(2030, 6, 1) ? first.getTime() : null;
}

/** A window of the comparison: wall-clock bounds and the instants they are. */
export interface Window {
  fromWall: number;
  toWall: number;
  from: number;
  to: number;
}

/**
 * Reference occurrences (start, end epoch ms and local date) overlapping each window, from one
 * pass of rrule over the span of all windows (rrule always iterates from DTSTART).
 */
export function referenceOccurrences(
  c: Case,
  zone: string,
  windows: readonly Window[],
): { date: string; startMs: number; endMs: number }[][] {
  const rule = new RRule({ ...c.options, dtstart: new Date(c.startWall) });
  const lo = Math.min(...windows.map((w) => w.fromWall));
  const hi = Math.max(...windows.map((w) => w.toWall));
  const all: { date: string; startMs: number; endMs: number }[] = [];
  for (const d of rule.between(new Date(lo - 4 * DAY), new Date(hi + 2 * DAY), true)) {
    const wall = d.getTime();
    const startMs = referenceEpoch(zone, wall);
    if (c.untilUtc !== undefined && startMs > c.untilUtc) break;
    const endMs = c.allDay ? referenceEpoch(zone, wall + c.length * DAY) : startMs + c.length;
    all.push({ date: new Date(wall).toISOString().slice(0, 10), startMs, endMs });
  }
  return windows.map(({ from, to }) =>
    all.filter((o) => o.startMs < to && (o.endMs > from || o.startMs >= from)),
  );
}
