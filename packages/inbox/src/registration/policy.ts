import type { Feed, FeedEvent, RegistrationAvailability } from '@metodika/feed';
import { isDateOnly, todayInZone } from '@metodika/feed';
import type { RegistrationCounts, RegistrationPolicy } from '../repos/registrations.ts';

/** An event whose list the department's service keeps, with the feed it came from. */
export interface KeptEvent {
  event: FeedEvent;
  feed: Feed;
  policy: RegistrationPolicy;
}

/** The event by id when its registration is kept by this service (`registration.endpoint`). */
export function keptEvent(
  feed: Feed | null,
  departmentId: string,
  eventId: string,
): KeptEvent | null {
  const event = feed?.events.find((candidate) => candidate.id === eventId);
  if (!feed || !event?.registration?.endpoint) return null;
  return {
    event,
    feed,
    policy: {
      departmentId,
      eventId,
      capacity: event.registration.capacity ?? null,
      waitlist: event.registration.waitlist ?? false,
    },
  };
}

/**
 * Whether sign-up has closed by `deadline` at `now`. A bare date is the last day to sign up, in
 * the publisher's zone, as the calendar shows it («Запись до 1 марта»); a date-time is the moment.
 */
export function deadlinePassed(deadline: string, zone: string, now: number): boolean {
  return isDateOnly(deadline) ? todayInZone(zone, now) > deadline : Date.parse(deadline) <= now;
}

/** What a new sign-up would get now, or why none is possible, with the counts (no personal data). */
export function availability(
  kept: KeptEvent,
  counts: RegistrationCounts,
  at: Date,
): RegistrationAvailability {
  const { event, policy } = kept;
  const deadline = event.registration?.deadline ?? null;
  const placesLeft =
    policy.capacity === null ? null : Math.max(0, policy.capacity - counts.confirmed);
  const now = at.getTime();
  const state: RegistrationAvailability['state'] =
    event.status === 'cancelled'
      ? 'cancelled'
      : Date.parse(event.start) <= now
        ? 'past'
        : deadline && deadlinePassed(deadline, kept.feed.publisher.timeZone, now)
          ? 'deadline'
          : placesLeft === 0
            ? policy.waitlist
              ? 'waitlist'
              : 'full'
            : 'open';
  return {
    eventId: event.id,
    capacity: policy.capacity,
    confirmed: counts.confirmed,
    waiting: counts.waiting,
    placesLeft,
    waitlist: policy.waitlist,
    state,
    deadline,
  };
}
