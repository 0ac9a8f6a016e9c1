import * as z from 'zod/mini';
import { date, id, idList, LIMITS, linkUrl, text, webUrl } from './primitives.ts';

export const PRACTICE_KINDS = [
  'methodical-development',
  'lesson-plan',
  'experience',
  'article',
  'video',
  'presentation',
  'programme',
  'project',
] as const;

export const authorSchema = z.object({
  name: text(),
  position: z.optional(text(LIMITS.title)),
  /** An organization of the feed, or `organizationName` for one outside it. */
  organization: z.optional(id),
  organizationName: z.optional(text(LIMITS.title)),
});

export const attachmentSchema = z.object({
  title: text(LIMITS.title),
  url: linkUrl,
  /** Media type, e.g. application/pdf. */
  mediaType: z.optional(z.string().check(z.maxLength(100), z.regex(/^[\w.+-]+\/[\w.+-]+$/))),
  /** Size in bytes. */
  size: z.optional(z.int().check(z.nonnegative())),
});

export const practiceSchema = z.object({
  id,
  title: text(LIMITS.title),
  summary: z.optional(text(LIMITS.text)),
  authors: z.array(authorSchema).check(z.minLength(1), z.maxLength(20)),
  published: date,
  kind: z.enum(PRACTICE_KINDS),
  subjects: z.optional(idList),
  educationLevels: z.optional(idList),
  /** Ids from the `tags` taxonomy (ФГОС, наставничество, функциональная грамотность…). */
  tags: z.optional(idList),
  association: z.optional(id),
  /** The event where the practice was presented. */
  event: z.optional(id),
  attachments: z.optional(z.array(attachmentSchema).check(z.maxLength(LIMITS.list))),
  /** A cover image must say what it shows: `alt` is required. */
  cover: z.optional(
    z.object({
      url: webUrl,
      alt: text(LIMITS.title),
      width: z.optional(z.int().check(z.positive())),
      height: z.optional(z.int().check(z.positive())),
    }),
  ),
  featured: z.optional(z.boolean()),
});

export type Practice = z.infer<typeof practiceSchema>;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];
