import type { FeedLoadError } from './load/errors.ts';
import type { Problem } from './problems.ts';
import type { Feed } from './schema/feed.ts';
import type { Publisher, Taxonomies } from './schema/publisher.ts';

/** Where one part of a merged view came from, and how fresh it is. */
export interface FeedSource {
  /** Namespace of this source's ids in a merged view ('' when there is only one source). */
  key: string;
  url: string;
  publisher: Publisher;
  /** True when the network or the feed failed and the last good copy is shown. */
  stale: boolean;
  /** When the shown copy was fetched (ms since epoch). */
  fetchedAt: number;
  problems: Problem[];
}

/** Items carry the key of their source, so each is shown in its publisher's time zone. */
export type Sourced<T> = T & { source: string };

/**
 * What widgets render: one or several feeds merged. With several sources every id and every
 * reference is prefixed `<source key>:` so two districts' `e1` never collide.
 */
export interface FeedView {
  sources: FeedSource[];
  taxonomies: Required<Taxonomies>;
  organizations: Sourced<Feed['organizations'][number]>[];
  people: Sourced<Feed['people'][number]>[];
  events: Sourced<Feed['events'][number]>[];
  associations: Sourced<Feed['associations'][number]>[];
  practices: Sourced<Feed['practices'][number]>[];
  /** The consultation settings of the first source that has them. */
  consultation: (NonNullable<Feed['consultation']> & { source: string }) | undefined;
  /** True when any source is stale. */
  stale: boolean;
  /** Sources that could not be loaded at all (no last good copy either); the rest are shown. */
  failed?: FeedLoadError[];
}
