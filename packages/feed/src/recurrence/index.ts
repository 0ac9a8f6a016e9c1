/**
 * Recurring events (issue 14): an event with `recurrence` is a series of meetings.
 *
 * ## In the feed
 * ```json
 * "start": "2026-09-08T15:00:00+10:00", "end": "2026-09-08T17:00:00+10:00",
 * "recurrence": {
 *   "rule": "FREQ=MONTHLY;BYDAY=2TU;BYMONTH=9,10,11,12,1,2,3,4,5;UNTIL=20270525",
 *   "except": ["2027-01-12"],
 *   "changes": [
 *     { "date": "2026-11-10", "status": "cancelled", "statusNote": "Перенос на весенние каникулы" },
 *     { "date": "2026-12-08", "start": "2026-11-30T10:00:00+10:00", "venue": { "organization": "school-3" } }
 *   ]
 * }
 * ```
 * The event's `start`/`end` are the first meeting (DTSTART/DTEND); `rule` is an RFC 5545 RRULE
 * value, because that is what calendar apps, rrule libraries and our `.ics` export speak; the
 * spreadsheets and the console may offer a friendlier form that writes it. `except` lists dates
 * with no meeting at all (EXDATE); `changes` alter one meeting, found by the date the rule gives
 * it (RECURRENCE-ID): cancelled (still shown, as cancelled), moved (`start`/`end`), another
 * format, venue or link, its own materials.
 *
 * ## Supported
 * FREQ=DAILY|WEEKLY|MONTHLY|YEARLY, INTERVAL, BYDAY (MO…SU; numbered 2TU, -1FR in MONTHLY and
 * YEARLY rules), BYMONTHDAY (1…31, -1…-31), BYMONTH, COUNT or UNTIL (a date, inclusive of the
 * whole local day; a UTC `…Z` moment; or a local date-time), WKST. Not supported, and reported
 * by name: BYSETPOS, BYWEEKNO, BYYEARDAY, BYHOUR/BYMINUTE/BYSECOND, HOURLY and finer, RDATE.
 * BYxxx semantics are RFC 5545's as python-dateutil and rrule.js apply them (pattern.ts), except
 * that a BYDAY mixing plain and numbered days (`TH,1TH`) is a union as the RFC says (they
 * intersect it). Dates that do not exist (31 April, 29 February in 2027) are skipped.
 *
 * ## Time
 * Everything is evaluated in the publisher's IANA zone with wall-clock semantics: a meeting at
 * 09:00 is at 09:00 local on every date, whatever the offset does (Vladivostok, Berlin across
 * DST, Almaty's 2024 change). A local time that occurs twice is the first of the two; one that
 * does not occur (a DST gap) is read with the offset before the gap, so 02:30 on New York's
 * spring day is 03:30 EDT (RFC 5545 §3.3.5). Zone math is Intl's (ics/zone.ts): no tz data of
 * our own, nothing heavy in the widgets' bundle.
 *
 * ## Cost and caps
 * Expansion is only ever done for a range [from, to): without COUNT it jumps straight to the
 * period holding `from`, so a month of a series that began years ago costs a month; with COUNT
 * it counts from the start (COUNT ≤ 1000). Caps (EXPANSION_LIMITS, RULE_LIMITS): 1000 meetings
 * of one rule and 10 000 of a whole feed per call, 40 000 periods scanned per rule per call (a
 * rule that never matches, like 30 February, ends there), INTERVAL ≤ 1000, COUNT ≤ 1000; a
 * result says `truncated` when a cap cut it.
 *
 * ## Validation
 * The Node parser (parse.ts → check.ts: CLI, the department's service) reports each bad part
 * of a rule at `events[i].recurrence.rule` in Russian or English (messages.ts), as an error: the
 * event then stays a single meeting. The browser's parser (compact) skips this check and its
 * words, so none of this module is in the widgets' bundle until they expand series; its
 * `eventsInRange` ignores a rule it cannot read (the event shows as its single meeting). Warnings: a start that is not the rule's first meeting (the series
 * starts at the rule's first), excluded or changed dates that are no meeting of the series,
 * duplicates; an error when the rule never gives a meeting.
 *
 * ## In the widgets
 * A meeting is named by its key `<event id>@<date the rule gives it>` (key.ts; the date stays
 * its key when a change moves it), which the calendar's deep links carry; a link to the series'
 * own id opens its next meeting. The calendar expands only the days a view shows (`eventsInRange`
 * per series over the grid's weeks or the agenda's month), the strip and the JSON-LD only each
 * series' next few (`nextOccurrences`: growing look-ahead windows), a deep link only its date
 * (`occurrenceOn`); the directory tells the rhythm (`describeRule`) and the next three meetings.
 * All of it is in lazy chunks the widgets fetch only for a feed with a series (calendar-series,
 * calendar-rhythm, associations-series). Measured in Chromium on a shared 2-core machine: 200
 * rules over a year of month views (12 grids, 11 323 meetings) expand in 61–169 ms (5–14 ms a
 * month).
 *
 * ## Checked against
 * test/recurrence-differential.test.ts: 2,080 seeded rules in 13 zones (DST, half-hour and
 * 45-minute offsets, historical changes), 2024–2030, against rrule 2.8.1 on wall-clock dates and
 * an Intl transition table; two deliberate mutations must make it fail.
 *
 * ical.js 2.2 (the .ics round trip of issue 14) was tried as a second reference on fixed-offset
 * zones and departs from RFC 5545 (and from rrule and us) on some shapes, which the export must
 * mind: its iterator never returns for a negative BYMONTHDAY in a DAILY rule; it skips values of
 * a BYMONTH or BYMONTHDAY list written out of order (9,10,11,12,1,…,5 loses September); a YEARLY
 * rule with BYMONTHDAY or BYDAY but no BYMONTH stays in DTSTART's month; a repeated 29th–31st
 * that a month lacks rolls over into the next month instead of being skipped.
 */
export { type DescribeOptions, describeRule } from './describe.ts';
export {
  type EventOccurrence,
  eventsInRange,
  nextOccurrences,
  occurrenceOn,
} from './events.ts';
export {
  EXPANSION_LIMITS,
  type Expansion,
  expandAll,
  expandSeries,
  type Occurrence,
  type OverrideBase,
  occursOn,
  type Range,
  type Series,
} from './expand.ts';
export { occurrenceKey, splitOccurrenceKey } from './key.ts';
export { type RecurrenceParams, recurrenceMessage } from './messages.ts';
export { nextMeeting } from './next-meeting.ts';
export {
  formatRule,
  parseRule,
  type RecurrenceRule,
  RULE_LIMITS,
  type RuleIssue,
  type RuleParse,
} from './rule.ts';
export { signUpClosed } from './sign-up.ts';
