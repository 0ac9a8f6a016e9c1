import * as z from 'zod/mini';
import { email, id, LIMITS, labelled, phone, text, webUrl } from './primitives.ts';

export const publisherSchema = z.object({
  /** Short stable id of the service; it namespaces ids when feeds are merged. */
  id,
  name: text(LIMITS.title),
  shortName: z.optional(text()),
  /** e.g. «методический кабинет», «ресурсно-методический центр». */
  kind: z.optional(text()),
  region: z.optional(text()),
  municipality: z.optional(text()),
  /** IANA time zone in which every local time of this feed is meant (Europe/Moscow, Asia/Vladivostok…). */
  timeZone: text(64),
  site: z.optional(webUrl),
  email: z.optional(email),
  phone: z.optional(phone),
  address: z.optional(text(LIMITS.title)),
  /** The department's own events page: the plain link shown to visitors without JavaScript. */
  eventsPage: z.optional(webUrl),
  /** A published iCalendar of all events that visitors may subscribe to. */
  calendarUrl: z.optional(webUrl),
});

export const taxonomyEntrySchema = z.object(labelled);

export const taxonomiesSchema = z.object({
  subjects: z.optional(z.array(taxonomyEntrySchema)),
  educationLevels: z.optional(z.array(taxonomyEntrySchema)),
  audiences: z.optional(z.array(taxonomyEntrySchema)),
  directions: z.optional(z.array(taxonomyEntrySchema)),
  tags: z.optional(z.array(taxonomyEntrySchema)),
});

export type Publisher = z.infer<typeof publisherSchema>;
export type TaxonomyEntry = z.infer<typeof taxonomyEntrySchema>;
export type Taxonomies = z.infer<typeof taxonomiesSchema>;
export type TaxonomyName = keyof Taxonomies;
export const TAXONOMY_NAMES = [
  'subjects',
  'educationLevels',
  'audiences',
  'directions',
  'tags',
] as const satisfies readonly TaxonomyName[];
