import * as z from 'zod/mini';
import { email, id, LIMITS, phone, text, webUrl } from './primitives.ts';

/**
 * What the registration form sends to the department's service for one event: the consultation
 * form's guarantees (idempotency key, 152-ФЗ consent, honeypot, fill time), with the e-mail
 * required because the confirmation and the cancellation link go there.
 */
export const registrationRequestSchema = z.object({
  /** Made once per form fill, so a retry after a lost answer is stored once. */
  idempotencyKey: z.string().check(z.regex(/^[A-Za-z0-9-]{16,64}$/)),
  name: text(LIMITS.short),
  position: z.optional(text(LIMITS.title)),
  organization: z.object({ id: z.optional(id), name: text(LIMITS.title) }),
  email,
  phone: z.optional(phone),
  /** Answers to the event's extra questions, by question id. */
  answers: z.optional(z.record(id, text(LIMITS.title))),
  consent: z.object({
    given: z.literal(true),
    version: text(40),
    acceptedAt: z.iso.datetime({ offset: true }),
  }),
  /** The page the form was on. */
  page: z.optional(webUrl),
  locale: z.enum(['ru', 'en']),
  /** Honeypot: a field people never see. Bots fill it. */
  website: z.optional(z.string().check(z.maxLength(LIMITS.title))),
  /** Milliseconds between the form being shown and sent. */
  fillMs: z.optional(z.int().check(z.nonnegative())),
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
