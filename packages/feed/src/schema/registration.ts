import * as z from 'zod/mini';
import { email, id, LIMITS, phone, text } from './primitives.ts';
import { applicant, formEnvelope, idempotencyKey } from './public-form.ts';

/**
 * What the registration form sends to the department's service for one event: the guarantees
 * every public form gives (idempotency key, 152-ФЗ consent, honeypot, fill time), with the e-mail
 * required because the confirmation and the cancellation link go there.
 */
export const registrationRequestSchema = z.object({
  idempotencyKey,
  ...applicant,
  email,
  phone: z.optional(phone),
  /** Answers to the event's extra questions, by question id. */
  answers: z.optional(z.record(id, text(LIMITS.title))),
  ...formEnvelope,
});

export type RegistrationRequest = z.infer<typeof registrationRequestSchema>;

/** Where a registration stands. */
export const REGISTRATION_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Why an event takes no sign-ups now. */
export type RegistrationClosed = 'deadline' | 'cancelled' | 'past' | 'full';

/** The public, cacheable answer about an event's places: no personal data. */
export interface RegistrationAvailability {
  eventId: string;
  capacity: number | null;
  confirmed: number;
  waiting: number;
  /** null: no limit. */
  placesLeft: number | null;
  waitlist: boolean;
  /** What a new sign-up would get now, or why none is possible. */
  state: 'open' | 'waitlist' | RegistrationClosed;
  deadline: string | null;
}
