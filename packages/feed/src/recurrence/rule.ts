import { dayNumber } from './days.ts';

/** The frequencies of the supported RFC 5545 subset (no SECONDLY/MINUTELY/HOURLY). */
export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** RFC 5545 weekday codes; the index is our weekday number (0 = Monday). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The parts a rule may have; anything else (BYSETPOS, BYHOUR, BYWEEKNO…) is refused by name. */
export const RULE_PARTS = [
  'FREQ',
  'INTERVAL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'COUNT',
  'UNTIL',
  'WKST',
] as const;
export type RulePart = (typeof RULE_PARTS)[number];

/** Caps that keep one rule from freezing a page; documented in the module's entry. */
export const RULE_LIMITS = {
  /** Largest INTERVAL: every 1000 days is already more than any real rhythm. */
  interval: 1000,
  /** Largest COUNT; also the most occurrences one rule yields in one expansion. */
  count: 1000,
} as const;

/** `2TU` is `{ day: 1, nth: 2 }`; `FR` is `{ day: 4 }`. */
export interface WeekdaySpec {
  /** 0 = Monday … 6 = Sunday. */
  day: number;
  /** The n-th (or, negative, n-th from the end) such weekday of the month or year. */
  nth?: number;
}

/** How UNTIL was written: a local date, a UTC instant, or a local (floating) date-time. */
export type Until =
  | { kind: 'date' /** Local day number (days since 1970-01-01). */; day: number }
  | { kind: 'utc' /** Epoch milliseconds. */; ms: number }
  | { kind: 'local' /** Wall-clock time as if it were UTC, in ms. */; wall: number };

/** A parsed, valid rule. */
export interface RecurrenceRule {
  freq: Frequency;
  interval: number;
  byDay?: WeekdaySpec[];
  byMonthDay?: number[];
  byMonth?: number[];
  count?: number;
  until?: Until;
  /** Week start, 0 = Monday (the RFC default); matters only for WEEKLY with INTERVAL > 1. */
  wkst: number;
}

/** Why a rule is refused; `recurrence/messages.ts` words each reason in Russian and English. */
export type RuleIssueReason =
  | 'syntax'
  | 'unknown_part'
  | 'duplicate_part'
  | 'freq_required'
  | 'freq'
  | 'interval'
  | 'weekday'
  | 'ordinal_freq'
  | 'ordinal_range'
  | 'month_day'
  | 'month_day_weekly'
  | 'month'
  | 'count'
  | 'until'
  | 'count_and_until';

/** One problem of a rule, at its part (`BYDAY`, `UNTIL`…), with the offending value. */
export interface RuleIssue {
  part: RulePart | 'RRULE';
  reason: RuleIssueReason;
  value?: string;
  /** A limit the message quotes (the largest INTERVAL or COUNT, the ordinal range). */
  max?: number;
}

export type RuleParse = { ok: true; rule: RecurrenceRule } | { ok: false; issues: RuleIssue[] };

const INTEGER = /^[+-]?\d{1,4}$/;

function integerList(text: string): number[] | null {
  const items = text.split(',').map((item) => item.trim());
  if (items.some((item) => !INTEGER.test(item))) return null;
  return items.map(Number);
}

/** `20270525`, `20270525T235959Z`, `20270525T090000`; dashes and colons are forgiven. */
function parseUntil(text: string): Until | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(
    text.replace(/[-:]/g, ''),
  );
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = dayNumber(y, mo, d);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || new Date(day * 86_400_000).getUTCDate() !== d)
    return null;
  if (m[4] === undefined) return { kind: 'date', day };
  const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (h > 23 || mi > 59 || s > 59) return null;
  const wall = day * 86_400_000 + ((h * 60 + mi) * 60 + s) * 1000;
  return m[7] ? { kind: 'utc', ms: wall } : { kind: 'local', wall };
}

function parseWeekdays(text: string, issues: RuleIssue[]): WeekdaySpec[] | undefined {
  const out: WeekdaySpec[] = [];
  for (const item of text.split(',').map((s) => s.trim())) {
    const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
    const day = m ? WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]) : -1;
    const nth = m?.[1] === undefined ? undefined : Number(m[1]);
    if (!m || day < 0 || nth === 0) {
      issues.push({ part: 'BYDAY', reason: 'weekday', value: item });
      return undefined;
    }
    out.push(nth === undefined ? { day } : { day, nth });
  }
  return out;
}

/**
 * Parses and checks an RRULE value (`FREQ=MONTHLY;BYDAY=2TU;BYMONTH=9,10,11,12,1,2,3,4,5`), with
 * or without the `RRULE:` prefix, in any letter case. Reports every problem it can, each at its
 * part, rather than stopping at the first.
 */
export function parseRule(text: string): RuleParse {
  const issues: RuleIssue[] = [];
  const body = text
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
  const parts = new Map<RulePart, string>();
  for (const chunk of body.split(';')) {
    if (chunk.trim() === '') continue;
    const eq = chunk.indexOf('=');
    if (eq < 1) {
      issues.push({ part: 'RRULE', reason: 'syntax', value: chunk.trim() });
      continue;
    }
    const name = chunk.slice(0, eq).trim() as RulePart;
    const value = chunk.slice(eq + 1).trim();
    if (!RULE_PARTS.includes(name))
      issues.push({ part: 'RRULE', reason: 'unknown_part', value: name });
    else if (parts.has(name)) issues.push({ part: name, reason: 'duplicate_part', value: name });
    else parts.set(name, value);
  }

  const freqText = parts.get('FREQ');
  const freq = FREQUENCIES.find((f) => f === freqText);
  if (freqText === undefined) issues.push({ part: 'FREQ', reason: 'freq_required' });
  else if (!freq) issues.push({ part: 'FREQ', reason: 'freq', value: freqText });

  let interval = 1;
  const intervalText = parts.get('INTERVAL');
  if (intervalText !== undefined) {
    interval = /^\d{1,6}$/.test(intervalText) ? Number(intervalText) : 0;
    if (interval < 1 || interval > RULE_LIMITS.interval)
      issues.push({
        part: 'INTERVAL',
        reason: 'interval',
        value: intervalText,
        max: RULE_LIMITS.interval,
      });
  }

  const byMonthText = parts.get('BYMONTH');
  const byMonth = byMonthText === undefined ? undefined : integerList(byMonthText);
  if (byMonth === null || byMonth?.some((m) => m < 1 || m > 12))
    issues.push({ part: 'BYMONTH', reason: 'month', value: byMonthText });

  const byDayText = parts.get('BYDAY');
  const byDay = byDayText === undefined ? undefined : parseWeekdays(byDayText, issues);
  if (byDay?.some((d) => d.nth !== undefined)) {
    // RFC 5545: numbered weekdays only within a month or a year.
    if (freq === 'DAILY' || freq === 'WEEKLY')
      issues.push({ part: 'BYDAY', reason: 'ordinal_freq', value: byDayText });
    else {
      const max = freq === 'YEARLY' && !byMonth ? 53 : 5;
      const bad = byDay.find((d) => Math.abs(d.nth ?? 0) > max);
      if (bad)
        issues.push({
          part: 'BYDAY',
          reason: 'ordinal_range',
          value: `${bad.nth}${WEEKDAYS[bad.day]}`,
          max,
        });
    }
  }

  const byMonthDayText = parts.get('BYMONTHDAY');
  const byMonthDay = byMonthDayText === undefined ? undefined : integerList(byMonthDayText);
  if (byMonthDay === null || byMonthDay?.some((d) => d === 0 || d < -31 || d > 31))
    issues.push({ part: 'BYMONTHDAY', reason: 'month_day', value: byMonthDayText });
  else if (byMonthDay && freq === 'WEEKLY')
    issues.push({ part: 'BYMONTHDAY', reason: 'month_day_weekly', value: byMonthDayText });

  let count: number | undefined;
  const countText = parts.get('COUNT');
  if (countText !== undefined) {
    count = /^\d{1,6}$/.test(countText) ? Number(countText) : 0;
    if (count < 1 || count > RULE_LIMITS.count)
      issues.push({ part: 'COUNT', reason: 'count', value: countText, max: RULE_LIMITS.count });
  }

  const untilText = parts.get('UNTIL');
  const until = untilText === undefined ? undefined : parseUntil(untilText);
  if (until === null) issues.push({ part: 'UNTIL', reason: 'until', value: untilText });
  if (countText !== undefined && untilText !== undefined)
    issues.push({ part: 'UNTIL', reason: 'count_and_until' });

  const wkstText = parts.get('WKST');
  const wkst = wkstText === undefined ? 0 : WEEKDAYS.indexOf(wkstText as 'MO');
  if (wkst < 0) issues.push({ part: 'WKST', reason: 'weekday', value: wkstText });

  if (issues.length || !freq) return { ok: false, issues };
  const rule: RecurrenceRule = { freq, interval, wkst };
  if (byDay) rule.byDay = byDay;
  if (byMonthDay) rule.byMonthDay = byMonthDay;
  if (byMonth) rule.byMonth = byMonth;
  if (count !== undefined) rule.count = count;
  if (until) rule.until = until;
  return { ok: true, rule };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function untilText(until: Until): string {
  const ms =
    until.kind === 'date' ? until.day * 86_400_000 : until.kind === 'utc' ? until.ms : until.wall;
  const d = new Date(ms);
  const date = `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  if (until.kind === 'date') return date;
  const time = `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
  return until.kind === 'utc' ? `${date}${time}Z` : `${date}${time}`;
}

const sorted = (list: readonly number[]) => [...new Set(list)].sort((a, b) => a - b).join(',');

/**
 * The rule in RFC 5545 form, parts in a fixed order and number lists sorted (what the .ics
 * export writes: ical.js skips values of a list written out of order).
 */
export function formatRule(rule: RecurrenceRule): string {
  const out = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) out.push(`INTERVAL=${rule.interval}`);
  if (rule.byMonth) out.push(`BYMONTH=${sorted(rule.byMonth)}`);
  if (rule.byMonthDay) out.push(`BYMONTHDAY=${sorted(rule.byMonthDay)}`);
  if (rule.byDay)
    out.push(`BYDAY=${rule.byDay.map((d) => `${d.nth ?? ''}${WEEKDAYS[d.day]}`).join(',')}`);
  if (rule.count !== undefined) out.push(`COUNT=${rule.count}`);
  if (rule.until) out.push(`UNTIL=${untilText(rule.until)}`);
  if (rule.wkst !== 0) out.push(`WKST=${WEEKDAYS[rule.wkst]}`);
  return out.join(';');
}
