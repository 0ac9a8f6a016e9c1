import * as z from 'zod/mini';
import { email, id, idList, LIMITS, labelled, phone, text, webUrl } from './primitives.ts';
import { applicant, formEnvelope, idempotencyKey } from './public-form.ts';

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
    idempotencyKey,
    topic: id,
    methodist: z.optional(id),
    format: z.optional(z.enum(CONSULTATION_FORMATS)),
    preferredTime: z.optional(text(LIMITS.title)),
    ...applicant,
    email: z.optional(email),
    phone: z.optional(phone),
    message: text(LIMITS.text),
    ...formEnvelope,
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
