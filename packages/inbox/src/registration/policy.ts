import type { Feed, FeedEvent, RegistrationAvailability } from '@metodika/feed';
import { nextMeeting, signUpClosed } from '@metodika/feed';
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
 * Whether the event still has a meeting to begin after `now`: a single event until it starts, a
 * series until its last meeting (not cancelled, moved ones at their new time) starts.
 */
export function meetingAhead(kept: KeptEvent, now: number): boolean {
  // nextMeeting answers for a single event too (an all-day one from its local midnight).
  return nextMeeting(kept.event, kept.feed.publisher.timeZone, now) !== undefined;
}

/** What a new sign-up would get now, or why none is possible, with the counts (no personal data). */
export function availability(
  kept: KeptEvent,
  counts: RegistrationCounts,
  at: Date,
): RegistrationAvailability {
  const { event, policy } = kept;
  const deadline = event.registration?.deadline ?? null;
  const now = at.getTime();
  // One list for the whole series: sign-up stays open until its last meeting begins.
  const closed = signUpClosed(event, kept.feed.publisher.timeZone, now, meetingAhead(kept, now));
  const placesLeft =
    policy.capacity === null ? null : Math.max(0, policy.capacity - counts.confirmed);
  const state: RegistrationAvailability['state'] =
    closed ?? (placesLeft === 0 ? (policy.waitlist ? 'waitlist' : 'full') : 'open');
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
