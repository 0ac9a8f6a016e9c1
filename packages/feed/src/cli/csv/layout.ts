import * as z from 'zod/mini';
import { consultationSettingsSchema } from '../../schema/consultation.ts';
import type { CollectionName } from '../../schema/feed.ts';
import { collectionSchemas } from '../../schema/feed.ts';
import { publisherSchema } from '../../schema/publisher.ts';

/** The files of a CSV folder. Item tables have one row per item; key/value files one row per field. */
export const FILES = {
  publisher: 'publisher.csv',
  taxonomies: 'taxonomies.csv',
  consultation: 'consultation.csv',
  topics: 'topics.csv',
} as const;

/** One table per collection, named after it. */
export const COLLECTION_FILES: Record<CollectionName, string> = {
  organizations: 'organizations.csv',
  people: 'people.csv',
  events: 'events.csv',
  associations: 'associations.csv',
  practices: 'practices.csv',
};

/** publisher.csv holds the feed's own two fields next to the publisher's. */
export const publisherFileSchema = z.object({
  version: z.int(),
  generatedAt: z.iso.datetime({ offset: true }),
  ...publisherSchema.def.shape,
});

/** consultation.csv holds the settings; their topics have a table of their own (topics.csv). */
export const consultationFileSchema = consultationSettingsSchema;

/** Columns of taxonomies.csv and topics.csv. */
export const TAXONOMY_COLUMNS = ['taxonomy', 'id', 'label', 'labelEn'] as const;
export const TOPIC_COLUMNS = ['id', 'label', 'labelEn'] as const;

/** Header of the key/value files. */
export const KEY_VALUE_HEADER = ['key', 'value'] as const;

export { collectionSchemas };
