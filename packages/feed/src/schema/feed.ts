import * as z from 'zod/mini';
import { associationSchema } from './association.ts';
import { consultationSettingsSchema } from './consultation.ts';
import { organizationSchema, personSchema } from './directory.ts';
import { eventSchema } from './event.ts';
import { practiceSchema } from './practice.ts';
import { publisherSchema, taxonomiesSchema } from './publisher.ts';

/** Feed format versions this code understands. */
export const SUPPORTED_VERSIONS = [1] as const;

/** The parts of a feed that are not lists of items: invalid here means the feed is unusable. */
export const feedHeaderSchema = z.object({
  version: z.int().check(z.positive()),
  generatedAt: z.iso.datetime({ offset: true }),
  publisher: publisherSchema,
  taxonomies: z._default(taxonomiesSchema, {}),
  consultation: z.optional(consultationSettingsSchema),
});

/** Each collection is validated item by item, so one bad item never hides the rest. */
export const collectionSchemas = {
  organizations: organizationSchema,
  people: personSchema,
  events: eventSchema,
  associations: associationSchema,
  practices: practiceSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const COLLECTION_NAMES = Object.keys(collectionSchemas) as CollectionName[];

/** The whole feed: the contract published as feed.schema.json. */
export const feedSchema = z.object({
  ...feedHeaderSchema.def.shape,
  organizations: z._default(z.array(organizationSchema), []),
  people: z._default(z.array(personSchema), []),
  events: z._default(z.array(eventSchema), []),
  associations: z._default(z.array(associationSchema), []),
  practices: z._default(z.array(practiceSchema), []),
});

export type Feed = z.infer<typeof feedSchema>;
export type FeedInput = z.input<typeof feedSchema>;
export type FeedHeader = z.infer<typeof feedHeaderSchema>;
