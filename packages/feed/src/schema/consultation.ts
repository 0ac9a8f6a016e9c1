import * as z from 'zod/mini';
import { email, id, idList, LIMITS, labelled, phone, text, webUrl } from './primitives.ts';

export const CONSULTATION_FORMATS = ['in-person', 'online', 'phone', 'written'] as const;

/** What the form needs to show for a valid, separate 152-ФЗ consent. */
export const consentSchema = z.object({
  /** The operator of personal data: the methodical service, not the school hosting the widget. */
  operator: text(LIMITS.title),
  operatorAddress: z.optional(text(LIMITS.title)),
  purpose: text(LIMITS.text),
  /** How long the data is kept. */
  retention: text(LIMITS.text),
  /** How a person withdraws the consent. */
  withdrawal: text(LIMITS.text),
  /** The full consent text the visitor agrees to. */
  text: text(LIMITS.longText),
  /** Changes whenever the text changes; each request records the version accepted. */
  version: text(40),
  policyUrl: webUrl,
});

export const consultationSettingsSchema = z.object({
  /** Where the form POSTs requests: the department's own receiver, https only. */
  endpoint: webUrl.check(z.startsWith('https://')),
  topics: z.array(z.object(labelled)).check(z.minLength(1), z.maxLength(LIMITS.list)),
  /** People a teacher may address the request to. */
  methodists: z.optional(idList),
  formats: z.optional(z.array(z.enum(CONSULTATION_FORMATS)).check(z.minLength(1))),
  /** Expected time to answer, in working days. */
  responseDays: z.optional(z.int().check(z.positive(), z.lte(60))),
  consent: consentSchema,
});

/**
 * A consultation request as the form sends it and the receiver stores it.
 * The one validation used by both sides.
 */
export const consultationRequestSchema = z
  .object({
    /** Client-generated; a retried submission with the same key is stored once. */
    idempotencyKey: z.string().check(z.regex(/^[A-Za-z0-9-]{16,64}$/)),
    topic: id,
    methodist: z.optional(id),
    format: z.optional(z.enum(CONSULTATION_FORMATS)),
    preferredTime: z.optional(text(LIMITS.title)),
    name: text(LIMITS.short),
    position: z.optional(text(LIMITS.title)),
    /** An organization of the feed (`id`), or a name typed by the teacher. */
    organization: z.object({ id: z.optional(id), name: text(LIMITS.title) }),
    email: z.optional(email),
    phone: z.optional(phone),
    message: text(LIMITS.text),
    consent: z.object({
      given: z.literal(true),
      version: text(40),
      acceptedAt: z.iso.datetime({ offset: true }),
    }),
    page: z.optional(webUrl),
    locale: z.enum(['ru', 'en']),
    /** Honeypot: a field people never see. Bots fill it. */
    website: z.optional(z.string().check(z.maxLength(LIMITS.title))),
    /** Milliseconds between the form being shown and sent. */
    fillMs: z.optional(z.int().check(z.nonnegative())),
  })
  .check(
    z.refine((request) => Boolean(request.email || request.phone), {
      error: 'contact_required',
      path: ['email'],
    }),
  );

export type ConsultationSettings = z.infer<typeof consultationSettingsSchema>;
export type ConsultationRequest = z.infer<typeof consultationRequestSchema>;
export type ConsultationFormat = (typeof CONSULTATION_FORMATS)[number];
export type Consent = z.infer<typeof consentSchema>;
