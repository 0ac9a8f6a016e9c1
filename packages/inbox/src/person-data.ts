import type { Feed, RegistrationStatus } from '@metodika/feed';
import type { Queryable } from './db/db.ts';
import { type KeptEvent, keptEvent, meetingAhead } from './registration/policy.ts';
import { type Actor, audit } from './repos/audit.ts';
import { type Registration, registrations } from './repos/registrations.ts';
import { consoleRequests } from './repos/requests.ts';
import type { RequestStatus } from './store/types.ts';

/** A person's normalized e-mail and phone (see `contactKeys`); null where not given. */
export interface ContactKeys {
  email: string | null;
  phone: string | null;
}

/** What the service keeps about one person, per kind: shown before a withdrawal deletes it. */
export interface PersonFound {
  requests: { number: string; receivedAt: string; status: RequestStatus }[];
  registrations: {
    eventId: string;
    /** The event's title while the feed lists it, else null. */
    title: string | null;
    start: string | null;
    status: RegistrationStatus;
    createdAt: string;
    /** Deleting it frees a confirmed place that goes to the first person waiting. */
    freesPlace: boolean;
  }[];
}

/** What a withdrawal deleted, and who moved up into the places it freed (to be told). */
export interface PersonErased {
  requests: number;
  registrations: number;
  promoted: { kept: KeptEvent; registration: Registration }[];
}

/**
 * Everything the service keeps about a person, by e-mail or phone: consultation requests (with
 * their history and answer letters) and event registrations. Nothing else holds a member of the
 * public's contacts: accounts, sessions and throttles are the staff's; the audit log names none.
 */
export async function findPerson(
  q: Queryable,
  departmentId: string,
  keys: ContactKeys,
  feed: Feed | null,
  at: Date,
): Promise<PersonFound> {
  const requests = await consoleRequests.byContact(q, departmentId, keys);
  const signUps = await registrations.byContact(q, departmentId, keys);
  return {
    requests,
    registrations: signUps.map((r) => {
      const event = feed?.events.find((e) => e.id === r.eventId);
      return {
        eventId: r.eventId,
        title: event?.title ?? null,
        start: event?.start ?? null,
        status: r.status,
        createdAt: r.createdAt,
        freesPlace:
          r.status === 'confirmed' && listMovesUp(keptEvent(feed, departmentId, r.eventId), at),
      };
    }),
  };
}

/**
 * Whether a freed place can still go to someone waiting: the event is not called off and a
 * meeting is still to begin (a series until its last one, as sign-up stays open till then).
 */
const listMovesUp = (kept: KeptEvent | null, at: Date): kept is KeptEvent =>
  kept !== null && kept.event.status !== 'cancelled' && meetingAhead(kept, at.getTime());

/**
 * Deletes everything `findPerson` finds; call inside one transaction. A live registration is
 * first cancelled the way the personal link cancels it, so a confirmed place freed for an event
 * still ahead goes to the first person waiting; the caller tells them after the commit. The
 * person's own waiting sign-ups go first, so a place freed never passes to another of theirs.
 */
export async function erasePerson(
  q: Queryable,
  departmentId: string,
  keys: ContactKeys,
  feed: Feed | null,
  at: Date,
): Promise<PersonErased> {
  const requests = await consoleRequests.deleteByContact(q, departmentId, keys);
  const theirs = await registrations.byContact(q, departmentId, keys);
  const own = new Set(theirs.map((r) => r.id));
  const live = theirs
    .filter((r) => r.status !== 'cancelled')
    .sort((a, b) => Number(a.status === 'confirmed') - Number(b.status === 'confirmed'));
  const promoted: PersonErased['promoted'] = [];
  for (const registration of live) {
    const kept = keptEvent(feed, departmentId, registration.eventId);
    // An event gone from the feed, past or cancelled has no list left to move up.
    if (!listMovesUp(kept, at)) continue;
    const outcome = await registrations.cancel(q, kept.policy, registration.id, at);
    if (outcome.promoted && !own.has(outcome.promoted.id))
      promoted.push({ kept, registration: outcome.promoted });
  }
  const deleted = await registrations.deleteByContact(q, departmentId, keys);
  return { requests, registrations: deleted, promoted };
}

/**
 * A withdrawal of consent as the console and the CLI carry it out: everything erased and the
 * record of it (who, when, how many of each; never the contact). Call inside one transaction.
 */
export async function withdrawConsent(
  q: Queryable,
  input: { departmentId: string; keys: ContactKeys; feed: Feed | null; actor: Actor; at: Date },
): Promise<PersonErased> {
  const erased = await erasePerson(q, input.departmentId, input.keys, input.feed, input.at);
  await audit.record(
    q,
    {
      departmentId: input.departmentId,
      actor: input.actor,
      action: 'withdrawal.delete',
      details: {
        deleted: erased.requests,
        registrations: erased.registrations,
        promoted: erased.promoted.length,
      },
    },
    input.at,
  );
  return erased;
}
