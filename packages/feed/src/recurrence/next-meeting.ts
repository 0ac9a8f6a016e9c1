import type { FeedEvent } from '../schema/event.ts';
import { DAY_MS, parseIsoDay } from './days.ts';
import { type EventOccurrence, nextOccurrences } from './events.ts';
import { parseRule } from './rule.ts';
import { singleAhead } from './sign-up.ts';
import { wallToEpoch } from './wall-clock.ts';

/** How many meetings to ask for at a time: a series rarely cancels more than a few in a row. */
const BATCHES = [4, 32, 256];

/** When a meeting begins: a date-time's instant, an all-day date's local midnight. */
const beginsAt = (start: string, zone: string) =>
  start.length === 10 ? wallToEpoch(zone, parseIsoDay(start) * DAY_MS) : Date.parse(start);

/**
 * The first meeting of a series that begins after `from` (epoch ms) and is not cancelled —
 * excluded dates left out, a moved meeting at its new time — or undefined when every meeting has
 * begun (as far as `nextOccurrences` looks ahead: about four and a half years). A rule with no
 * UNTIL or COUNT always has one. An event without a readable rule is its single meeting.
 */
export function nextMeeting<E extends FeedEvent>(
  event: E,
  zone: string,
  from: number,
): (E & EventOccurrence) | undefined {
  if (!event.recurrence || !parseRule(event.recurrence.rule).ok)
    return singleAhead(event, zone, from) ? event : undefined;
  // Look from a year before the first meeting at the earliest (one may be moved earlier): the
  // look-ahead of nextOccurrences then starts at the series, however far ahead it is.
  const since = Math.max(from, beginsAt(event.start, zone) - 366 * DAY_MS);
  for (const count of BATCHES) {
    const meetings = nextOccurrences(event, zone, since, count);
    const next = meetings.find((m) => m.status !== 'cancelled' && beginsAt(m.start, zone) > from);
    if (next || meetings.length < count) return next;
  }
  return undefined;
}
