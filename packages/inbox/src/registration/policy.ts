import type { Feed, FeedEvent, RegistrationAvailability } from '@metodika/feed';
import { isDateOnly } from '@metodika/feed';
import type { RegistrationCounts, RegistrationPolicy } from '../repos/registrations.ts';

const DAY_MS = 86_400_000;

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

/** The instant a date or date-time stops being in the future; a bare date lasts through its day (UTC+14 at the latest). */
function endOf(value: string): number {
  return isDateOnly(value)
    ? Date.parse(`${value}T00:00:00Z`) + DAY_MS - 14 * 3_600_000
    : Date.parse(value);
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
        : deadline && endOf(deadline) <= now
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
