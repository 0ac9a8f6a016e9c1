import { DAY_MS, isoDay, parseIsoDay } from './days.ts';
import {
  createPattern,
  type NthWeekday,
  nthWeekday,
  periodDays,
  periodOf,
  periodStart,
} from './pattern.ts';
import type { RecurrenceRule } from './rule.ts';
import { epochToWall, wallToEpoch, zonedIso } from './wall-clock.ts';

/**
 * Hard caps of one expansion (one call): a rule or a feed can never make a page do more than
 * this, whatever the range asked for.
 */
export const EXPANSION_LIMITS = {
  /** Occurrences of one series in one call (a daily rule over a range of ~2.7 years). */
  perRule: 1000,
  /** Occurrences of all series of a feed in one call (expandAll). */
  perFeed: 10_000,
  /** Periods (days, weeks, months, years) one series may scan in one call, matching or not. */
  periods: 40_000,
} as const;

/** What changes about one occurrence, keyed by the date the rule gave it. */
export interface OverrideBase {
  /** The occurrence's original local date, `YYYY-MM-DD` (its RECURRENCE-ID). */
  date: string;
  /** Moved: a new start (date-time with offset, or a date for all day). */
  start?: string;
  /** Moved: a new end; by default the new start plus the series' duration. */
  end?: string;
  /** `cancelled` marks the occurrence cancelled (still shown, as cancelled). */
  status?: string;
}

/** A series: the event's own start and end are its first occurrence (DTSTART/DTEND). */
export interface Series<O extends OverrideBase = OverrideBase> {
  start: string;
  end?: string;
  rule: RecurrenceRule;
  /** Local dates (`YYYY-MM-DD`) on which there is no meeting at all (EXDATE). */
  exdates?: readonly string[];
  overrides?: readonly O[];
}

/** One occurrence, ready to show: its times are in the publisher's zone. */
export interface Occurrence<O extends OverrideBase = OverrideBase> {
  /** The date the rule gave it, `YYYY-MM-DD` in the publisher's zone: its stable key. */
  date: string;
  /** `2026-09-08T15:00:00+10:00`, or `2026-09-08` for an all-day series. */
  start: string;
  /** Present when the series has an end (or the override gives one). */
  end?: string;
  startMs: number;
  /** Equals startMs for an occurrence without an end; the next midnight for one all-day date. */
  endMs: number;
  allDay: boolean;
  cancelled: boolean;
  /** Shown at another time than the rule gives (an override with `start`). */
  moved: boolean;
  override?: O;
}

/** `[from, to)` in epoch ms. An occurrence is in it when it overlaps it (or starts in it). */
export interface Range {
  from: number;
  to: number;
}

export interface Expansion<O extends OverrideBase = OverrideBase> {
  occurrences: Occurrence<O>[];
  /** A cap was reached: there are more occurrences in the range than were returned. */
  truncated: boolean;
}

/** The pieces of expansion a test may replace to prove the differential test catches a bug. */
export interface ExpanderParts {
  wallToEpoch: (zone: string, wall: number) => number;
  nthWeekday: NthWeekday;
}

interface Timing {
  allDay: boolean;
  startDay: number;
  /** Timed: ms after local midnight. */
  timeOfDay: number;
  /** Timed: exact duration in ms; all day: length in days. */
  length: number;
  hasEnd: boolean;
}

function timingOf(start: string, end: string | undefined, zone: string): Timing | null {
  const hasEnd = end !== undefined;
  if (start.length === 10) {
    const startDay = parseIsoDay(start);
    const length = end !== undefined ? parseIsoDay(end) - startDay + 1 : 1;
    if (Number.isNaN(startDay) || !(length >= 1)) return null;
    return { allDay: true, startDay, timeOfDay: 0, length, hasEnd };
  }
  const startMs = Date.parse(start);
  const length = end !== undefined ? Date.parse(end) - startMs : 0;
  if (!Number.isFinite(startMs) || !(length >= 0)) return null;
  const wall = epochToWall(zone, startMs);
  const startDay = Math.floor(wall / DAY_MS);
  return { allDay: false, startDay, timeOfDay: wall - startDay * DAY_MS, length, hasEnd };
}

/**
 * Builds an expander. The default one (`expandSeries`) is all a caller needs; tests build one
 * with a broken part to show the differential test notices.
 */
export function createExpander(parts: ExpanderParts) {
  /** When occurrence `day` starts, as an instant and as a wall-clock time. */
  const instantOf = (t: Timing, zone: string, day: number) => {
    const wall = day * DAY_MS + t.timeOfDay;
    return { wall, ms: parts.wallToEpoch(zone, wall) };
  };

  /**
   * Calls `visit` for each day the rule gives within [fromDay, toDay], in order, after DTSTART,
   * COUNT and UNTIL; stops when `visit` returns false. Without COUNT it starts at the period
   * holding `fromDay`, so a month of a long series costs a month; with COUNT it counts from the
   * start (at most RULE_LIMITS.count occurrences).
   */
  function walk(
    rule: RecurrenceRule,
    t: Timing,
    zone: string,
    fromDay: number,
    toDay: number,
    visit: (day: number, ms: number) => boolean,
  ): boolean {
    const pattern = createPattern(rule, t.startDay);
    let k = rule.count === undefined ? Math.max(0, periodOf(pattern, fromDay)) : 0;
    let n = 0;
    for (let scanned = 0; scanned < EXPANSION_LIMITS.periods; scanned++, k++) {
      if (periodStart(pattern, k) > toDay) return true;
      for (const day of periodDays(pattern, k, parts.nthWeekday)) {
        if (day < t.startDay) continue;
        if (rule.count !== undefined && ++n > rule.count) return true;
        if (day > toDay) return true;
        const { wall, ms } = instantOf(t, zone, day);
        const until = rule.until;
        if (
          until &&
          (until.kind === 'date'
            ? day > until.day
            : until.kind === 'utc'
              ? ms > until.ms
              : wall > until.wall)
        )
          return true;
        if (day >= fromDay && !visit(day, ms)) return false;
      }
    }
    return false;
  }

  function occurrence<O extends OverrideBase>(
    t: Timing,
    zone: string,
    day: number,
    startMs: number,
    override: O | undefined,
  ): Occurrence<O> {
    const allDay = t.allDay;
    const endMs = allDay ? parts.wallToEpoch(zone, (day + t.length) * DAY_MS) : startMs + t.length;
    const out: Occurrence<O> = {
      date: isoDay(day),
      start: allDay ? isoDay(day) : zonedIso(zone, startMs),
      startMs,
      endMs,
      allDay,
      cancelled: override?.status === 'cancelled',
      moved: false,
    };
    if (t.hasEnd) out.end = allDay ? isoDay(day + t.length - 1) : zonedIso(zone, endMs);
    if (override) out.override = override;
    return out;
  }

  /** A moved occurrence at its new time; null when the override's times are unusable. */
  function movedOccurrence<O extends OverrideBase>(
    t: Timing,
    zone: string,
    day: number,
    override: O,
  ): Occurrence<O> | null {
    const moved = timingOf(override.start!, override.end, zone);
    if (!moved) return null;
    // Without its own end a moved occurrence keeps the series' length (when it stays timed or
    // all day); moved between the two, it gets the shortest of its kind.
    const same = moved.allDay === t.allDay;
    const timing: Timing = override.end
      ? moved
      : { ...moved, length: same ? t.length : moved.allDay ? 1 : 0, hasEnd: same && t.hasEnd };
    const startMs = timing.allDay
      ? parts.wallToEpoch(zone, timing.startDay * DAY_MS)
      : Date.parse(override.start!);
    return {
      ...occurrence(timing, zone, timing.startDay, startMs, override),
      date: isoDay(day),
      moved: true,
    };
  }

  const inRange = (o: Occurrence<OverrideBase>, range: Range) =>
    o.startMs < range.to && (o.endMs > range.from || o.startMs >= range.from);

  /**
   * The occurrences of a series that overlap `range`, sorted by start; excluded dates left out,
   * cancelled ones kept (marked), moved ones at their new time. At most `limit` (default and
   * ceiling EXPANSION_LIMITS.perRule); `truncated` says when more were there.
   */
  function expandSeries<O extends OverrideBase>(
    series: Series<O>,
    zone: string,
    range: Range,
    limit: number = EXPANSION_LIMITS.perRule,
  ): Expansion<O> {
    const cap = Math.min(limit, EXPANSION_LIMITS.perRule);
    const t = timingOf(series.start, series.end, zone);
    if (!t || !(range.from < range.to)) return { occurrences: [], truncated: false };
    const excluded = new Set((series.exdates ?? []).map(parseIsoDay));
    const overrides = new Map<number, O>();
    for (const o of series.overrides ?? []) overrides.set(parseIsoDay(o.date), o);
    const spanDays = t.allDay ? t.length : Math.ceil(t.length / DAY_MS) + 1;
    const fromDay = Math.floor(epochToWall(zone, range.from) / DAY_MS) - spanDays - 1;
    const toDay = Math.floor(epochToWall(zone, range.to) / DAY_MS) + 1;
    const occurrences: Occurrence<O>[] = [];
    let truncated = false;
    const complete = walk(series.rule, t, zone, fromDay, toDay, (day, ms) => {
      const override = overrides.get(day);
      if (excluded.has(day) || override?.start) return true;
      const o = occurrence(t, zone, day, ms, override);
      if (!inRange(o, range)) return true;
      if (occurrences.length >= cap) {
        truncated = true;
        return false;
      }
      occurrences.push(o);
      return true;
    });
    if (!complete) truncated = true;
    for (const [day, override] of overrides) {
      if (!override.start || excluded.has(day) || !isOccurrence(series.rule, t, zone, day))
        continue;
      const o = movedOccurrence(t, zone, day, override);
      if (o && inRange(o, range)) occurrences.push(o);
    }
    occurrences.sort((a, b) => a.startMs - b.startMs);
    if (occurrences.length > cap) {
      occurrences.length = cap;
      truncated = true;
    }
    return { occurrences, truncated };
  }

  function isOccurrence(rule: RecurrenceRule, t: Timing, zone: string, day: number): boolean {
    let found = false;
    walk(rule, t, zone, day, day, (d) => {
      found = d === day;
      return false;
    });
    return found;
  }

  /** True when the rule gives an occurrence on local date `date` (`YYYY-MM-DD`). */
  function occursOn(series: Series, zone: string, date: string): boolean {
    const t = timingOf(series.start, series.end, zone);
    const day = parseIsoDay(date);
    return t !== null && !Number.isNaN(day) && isOccurrence(series.rule, t, zone, day);
  }

  /**
   * Several series over one range, merged by start, capped at EXPANSION_LIMITS.perFeed in all
   * (and perRule each). Each occurrence says which series (index into `list`) it belongs to.
   */
  function expandAll<O extends OverrideBase>(
    list: readonly Series<O>[],
    zone: string,
    range: Range,
  ): { occurrences: (Occurrence<O> & { series: number })[]; truncated: boolean } {
    const out: (Occurrence<O> & { series: number })[] = [];
    let truncated = false;
    for (let i = 0; i < list.length; i++) {
      const left = EXPANSION_LIMITS.perFeed - out.length;
      if (left <= 0) {
        truncated = true;
        break;
      }
      const result = expandSeries(list[i]!, zone, range, Math.min(left, EXPANSION_LIMITS.perRule));
      truncated ||= result.truncated;
      for (const o of result.occurrences) out.push({ ...o, series: i });
    }
    out.sort((a, b) => a.startMs - b.startMs || a.series - b.series);
    return { occurrences: out, truncated };
  }

  return { expandSeries, expandAll, occursOn };
}

const expander = createExpander({ wallToEpoch, nthWeekday });

export const { expandSeries, expandAll, occursOn } = expander;
