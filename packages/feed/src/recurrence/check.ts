import type { FeedEvent } from '../schema/event.ts';
import { DAY_MS, isoDay, parseIsoDay } from './days.ts';
import { expandSeries, occursOn, type Series } from './expand.ts';
import { type RecurrenceParams, ruleIssueParams } from './messages.ts';
import { parseRule } from './rule.ts';
import { wallToEpoch } from './wall-clock.ts';

/** One problem of an event's `recurrence`, relative to the event. */
export interface RecurrenceProblem {
  path: (string | number)[];
  severity: 'error' | 'warning';
  code: 'recurrence';
  params: RecurrenceParams;
}

/** How far ahead the first occurrence is looked for (30 February is never found). */
const FIRST_WITHIN_MS = 40 * 366 * DAY_MS;

/**
 * The checks the parser runs on an event's `recurrence` after the schema: the rule at each part
 * (errors: the event then stays a single meeting), and, in the publisher's zone when it is
 * known, whether the rule ever gives a meeting (error), starts where the event starts, and
 * whether excluded and changed dates are meetings of the series (warnings).
 */
export function checkRecurrence(event: FeedEvent, zone: string | undefined): RecurrenceProblem[] {
  const recurrence = event.recurrence;
  if (!recurrence) return [];
  const parsed = parseRule(recurrence.rule);
  if (!parsed.ok)
    return parsed.issues.map((issue) => ({
      path: ['recurrence', 'rule'],
      severity: 'error',
      code: 'recurrence',
      params: ruleIssueParams(issue),
    }));
  if (!zone) return [];
  const series: Series = { start: event.start, rule: parsed.rule };
  if (event.end) series.end = event.end;
  const startMs =
    event.start.length === 10
      ? wallToEpoch(zone, parseIsoDay(event.start) * DAY_MS)
      : Date.parse(event.start);
  const [first] = expandSeries(
    series,
    zone,
    { from: startMs, to: startMs + FIRST_WITHIN_MS },
    1,
  ).occurrences;
  if (!first)
    return [
      {
        path: ['recurrence', 'rule'],
        severity: 'error',
        code: 'recurrence',
        params: { reason: 'no_occurrences' },
      },
    ];
  const problems: RecurrenceProblem[] = [];
  if (first.startMs !== startMs)
    problems.push({
      path: ['start'],
      severity: 'warning',
      code: 'recurrence',
      params: { reason: 'start_mismatch', first: first.start },
    });
  const seen = new Set<number>();
  const checkDate = (date: string, path: (string | number)[]) => {
    const day = parseIsoDay(date);
    if (seen.has(day))
      problems.push({
        path,
        severity: 'warning',
        code: 'recurrence',
        params: { reason: 'duplicate_date', value: date },
      });
    else if (!occursOn(series, zone, date))
      problems.push({
        path,
        severity: 'warning',
        code: 'recurrence',
        params: { reason: 'not_an_occurrence', value: isoDay(day) },
      });
    seen.add(day);
  };
  recurrence.except?.forEach((date, i) => {
    checkDate(date, ['recurrence', 'except', i]);
  });
  recurrence.changes?.forEach((change, i) => {
    checkDate(change.date, ['recurrence', 'changes', i, 'date']);
  });
  return problems;
}
