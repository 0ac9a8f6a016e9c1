/**
 * The wire shape of the service's comparison of two feeds (packages/inbox/src/content/diff.ts,
 * sent by /admin/api/content/diff and the imports' dry runs) as the console reads it. Types
 * only: the console imports them without any of the service's code.
 */
import type { CollectionName } from './schema/feed.ts';

/** One item's change: which top-level fields differ (none for an added or removed item). */
export interface ItemChange {
  id: string;
  label: string;
  fields: string[];
}

/** What changes between two feeds, per collection, in terms an editor reads. */
export interface FeedDiff {
  collections: Record<
    CollectionName,
    { added: ItemChange[]; changed: ItemChange[]; removed: ItemChange[] }
  >;
  /** Top-level parts without ids that differ: publisher, taxonomies, consultation. */
  sections: string[];
  /** Nothing differs. */
  same: boolean;
}
