import { dateOf, dayNumber, daysInMonth, weekdayOf } from './days.ts';
import type { RecurrenceRule, WeekdaySpec } from './rule.ts';

/**
 * Which local dates a rule gives, period by period (a day, a week, a month or a year, times
 * INTERVAL), with RFC 5545's BYxxx semantics as python-dateutil and rrule.js apply them:
 * - BYMONTH limits, except in YEARLY where it expands to those months;
 * - BYMONTHDAY expands in MONTHLY and YEARLY, limits in DAILY (refused in WEEKLY);
 * - BYDAY expands in WEEKLY, MONTHLY, YEARLY (numbered within the month, or within the year in
 *   a YEARLY rule without BYMONTH), limits in DAILY; with BYMONTHDAY both must hold;
 * - without BYxxx the start's weekday (WEEKLY), day of month (MONTHLY) or date (YEARLY);
 *   dates that do not exist (the 31st in April, 29 February in 2027) are skipped, not moved.
 * Times of day are not the pattern's business: every occurrence keeps the start's wall time.
 */
export interface Pattern {
  rule: RecurrenceRule;
  /** The series' first day (DTSTART's local date). */
  startDay: number;
  start: { year: number; month: number; day: number };
  /** First day of the week holding `startDay`, by the rule's WKST. */
  weekStart: number;
}

/** The n-th weekday of a span of days, for tests that need to break it (see createExpander). */
export type NthWeekday = (first: number, length: number, spec: Required<WeekdaySpec>) => number;

/** Day number of the `spec.nth` `spec.day` within [first, first + length), or NaN. */
export const nthWeekday: NthWeekday = (first, length, { day, nth }) => {
  const result =
    nth > 0
      ? first + ((day - weekdayOf(first) + 7) % 7) + (nth - 1) * 7
      : first + length - 1 - ((weekdayOf(first + length - 1) - day + 7) % 7) + (nth + 1) * 7;
  return result >= first && result < first + length ? result : Number.NaN;
};

export function createPattern(rule: RecurrenceRule, startDay: number): Pattern {
  return {
    rule,
    startDay,
    start: dateOf(startDay),
    weekStart: startDay - ((weekdayOf(startDay) - rule.wkst + 7) % 7),
  };
}

/** Index of the period holding `day` (negative before the series' first period). */
export function periodOf(p: Pattern, day: number): number {
  const { freq, interval } = p.rule;
  if (freq === 'DAILY') return Math.floor((day - p.startDay) / interval);
  if (freq === 'WEEKLY') return Math.floor((day - p.weekStart) / (7 * interval));
  const d = dateOf(day);
  if (freq === 'MONTHLY')
    return Math.floor((d.year * 12 + d.month - (p.start.year * 12 + p.start.month)) / interval);
  return Math.floor((d.year - p.start.year) / interval);
}

/** First day of period `k`. */
export function periodStart(p: Pattern, k: number): number {
  const { freq, interval } = p.rule;
  if (freq === 'DAILY') return p.startDay + k * interval;
  if (freq === 'WEEKLY') return p.weekStart + k * 7 * interval;
  if (freq === 'MONTHLY') return dayNumber(p.start.year, p.start.month + k * interval, 1);
  return dayNumber(p.start.year + k * interval, 1, 1);
}

/** Days of [first, first + length) that a BYDAY list names, ascending. */
function weekdayDays(
  specs: readonly WeekdaySpec[],
  first: number,
  length: number,
  nth: NthWeekday,
): number[] {
  const out = new Set<number>();
  for (const spec of specs) {
    if (spec.nth !== undefined) {
      const day = nth(first, length, spec as Required<WeekdaySpec>);
      if (!Number.isNaN(day)) out.add(day);
    } else {
      for (
        let day = first + ((spec.day - weekdayOf(first) + 7) % 7);
        day < first + length;
        day += 7
      )
        out.add(day);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** Days of one month given by BYMONTHDAY and/or BYDAY, or by the start's day of month. */
function monthDays(p: Pattern, year: number, month: number, nth: NthWeekday): number[] {
  const { byMonthDay, byDay } = p.rule;
  const first = dayNumber(year, month, 1);
  const length = daysInMonth(year, month);
  let days: number[] | undefined;
  if (byMonthDay) days = resolveMonthDays(byMonthDay, first, length);
  if (byDay) {
    const named = weekdayDays(byDay, first, length, nth);
    days = days ? days.filter((d) => named.includes(d)) : named;
  }
  return days ?? (p.start.day <= length ? [first + p.start.day - 1] : []);
}

/** BYMONTHDAY values (negative from the month's end) as days of the month, ascending. */
function resolveMonthDays(values: readonly number[], first: number, length: number): number[] {
  const out = new Set<number>();
  for (const v of values) {
    const dom = v > 0 ? v : length + v + 1;
    if (dom >= 1 && dom <= length) out.add(first + dom - 1);
  }
  return [...out].sort((a, b) => a - b);
}

/** Every day of period `k` that the rule's BYxxx parts give, ascending (before start/COUNT/UNTIL). */
export function periodDays(p: Pattern, k: number, nth: NthWeekday = nthWeekday): number[] {
  const { freq, byMonth, byMonthDay, byDay } = p.rule;
  const first = periodStart(p, k);
  if (freq === 'DAILY') {
    const d = dateOf(first);
    if (byMonth && !byMonth.includes(d.month)) return [];
    if (byDay && !byDay.some((s) => s.day === weekdayOf(first))) return [];
    if (byMonthDay) {
      const length = daysInMonth(d.year, d.month);
      if (!byMonthDay.some((v) => (v > 0 ? v : length + v + 1) === d.day)) return [];
    }
    return [first];
  }
  if (freq === 'WEEKLY') {
    const wanted = byDay ? byDay.map((s) => s.day) : [weekdayOf(p.startDay)];
    const out: number[] = [];
    for (let day = first; day < first + 7; day++) {
      if (!wanted.includes(weekdayOf(day))) continue;
      if (byMonth && !byMonth.includes(dateOf(day).month)) continue;
      out.push(day);
    }
    return out;
  }
  const { year, month } = dateOf(first);
  if (freq === 'MONTHLY')
    return byMonth && !byMonth.includes(month) ? [] : monthDays(p, year, month, nth);
  // YEARLY
  if (byDay && !byMonth) {
    const length = dayNumber(year + 1, 1, 1) - first;
    const named = weekdayDays(byDay, first, length, nth);
    if (!byMonthDay) return named;
    return named.filter((day) => {
      const d = dateOf(day);
      return resolveMonthDays(byMonthDay, day - d.day + 1, daysInMonth(year, d.month)).includes(
        day,
      );
    });
  }
  const months = byMonth
    ? [...new Set(byMonth)].sort((a, b) => a - b)
    : byMonthDay || byDay
      ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
      : [p.start.month];
  return months.flatMap((m) => monthDays(p, year, m, nth));
}
