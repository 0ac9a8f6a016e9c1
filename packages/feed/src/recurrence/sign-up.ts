import { isDateOnly, todayInZone } from '../format/date.ts';
import type { FeedEvent } from '../schema/event.ts';
import type { RegistrationClosed } from '../schema/registration.ts';

/**
 * Whether sign-up has closed by `deadline` at `now`. A bare date is the last day to sign up, in
 * the publisher's zone, as the calendar shows it («Запись до 1 марта»); a date-time is the moment.
 */
export function deadlinePassed(deadline: string, zone: string, now: number): boolean {
  return isDateOnly(deadline) ? todayInZone(zone, now) > deadline : Date.parse(deadline) <= now;
}

/**
 * Whether a single event is still to begin at `now`: a date-time until that moment, an all-day
 * event until its day begins in the publisher's zone (not at UTC midnight).
 */
export function singleAhead(event: FeedEvent, zone: string, now: number): boolean {
  return isDateOnly(event.start)
    ? todayInZone(zone, now) < event.start
    : Date.parse(event.start) > now;
}

/**
 * Why the feed alone closes sign-up for `event` at `now`, or null: the department's service and
 * the widget decide with this one function. `ahead` says whether a meeting is still to begin: a
 * series (`recurrence`) passes whether `nextMeeting` found one, so that teachers can join it
 * until its last meeting begins; left out, a series counts as open (the service decides — e.g.
 * when a widget could not fetch the expansion) and a single event is ahead until it begins.
 * Kept apart from the expansion so that a widget loads that only for a series.
 */
export function signUpClosed(
  event: FeedEvent,
  zone: string,
  now: number,
  ahead?: boolean,
): Exclude<RegistrationClosed, 'full'> | null {
  if (event.status === 'cancelled') return 'cancelled';
  if (!(ahead ?? (event.recurrence ? true : singleAhead(event, zone, now)))) return 'past';
  const deadline = event.registration?.deadline;
  return deadline && deadlinePassed(deadline, zone, now) ? 'deadline' : null;
}
