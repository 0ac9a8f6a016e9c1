import * as z from 'zod/mini';
import { id, LIMITS, text, webUrl } from './primitives.ts';

/**
 * What every public form (a consultation request, an event registration) sends besides its own
 * fields, as shape pieces to spread into its `z.object`: one wording of the guarantees both give.
 */

/** Made once per form fill on the client, so a retry after a lost answer is stored once. */
export const idempotencyKey = z.string().check(z.regex(/^[A-Za-z0-9-]{16,64}$/));

/** Who is asking. */
export const applicant = {
  name: text(LIMITS.short),
  position: z.optional(text(LIMITS.title)),
  /** An organization of the feed (`id`), or a name typed by the teacher. */
  organization: z.object({ id: z.optional(id), name: text(LIMITS.title) }),
};

/** The 152-ФЗ consent accepted, where and in which language the form was, and the anti-spam signals. */
export const formEnvelope = {
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
};
