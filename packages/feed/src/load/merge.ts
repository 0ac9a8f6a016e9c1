// The generated, zod-free copies of the names: importing them from schema/ would bundle zod.
import {
  COLLECTIONS as COLLECTION_NAMES,
  TAXONOMIES as TAXONOMY_NAMES,
} from '../compact/rules.generated.ts';
import type { Problem } from '../problems.ts';
import { findRefs, REFERENCE_RULES } from '../references.ts';
import type { CollectionName, Feed } from '../schema/feed.ts';
import type { TaxonomyEntry } from '../schema/publisher.ts';
import type { FeedSource, FeedView } from '../view.ts';
import type { FeedLoadError } from './errors.ts';

/** One feed as loaded: the valid part, what is wrong with it, and how fresh it is. */
export interface LoadedFeed {
  /** Absolute URL the feed was requested from. */
  url: string;
  feed: Feed;
  /** Problems found while parsing (tolerant mode): widgets console.warn them. */
  problems: Problem[];
  /** True when the network or the feed failed and this is the last good copy. */
  stale: boolean;
  /** When this copy was fetched, or confirmed unchanged by a 304 (ms since epoch). */
  fetchedAt: number;
  /** Why the copy is stale. */
  error?: FeedLoadError;
}

type Item = { id: string } & Record<string, unknown>;

/** Keys are the publishers' ids; a second feed with the same id gets `-2`, and so on. */
function uniqueKeys(loaded: readonly LoadedFeed[]): string[] {
  const used = new Set<string>();
  return loaded.map(({ feed }) => {
    let key = feed.publisher.id;
    for (let n = 2; used.has(key); n++) key = `${feed.publisher.id}-${n}`;
    used.add(key);
    return key;
  });
}

function setAt(root: unknown, path: readonly PropertyKey[], value: string): void {
  let node = root as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<PropertyKey, unknown>;
  node[path[path.length - 1]!] = value;
}

/**
 * A copy of `item` with its id and every reference to another item prefixed `<key>:`.
 * Taxonomy references stay as they are: `math` means the same subject in every district.
 */
function namespaced<T>(name: CollectionName, item: T, key: string): T {
  const copy = structuredClone(item) as Item;
  copy.id = `${key}:${copy.id}`;
  for (const [segments, target] of REFERENCE_RULES[name]) {
    if (target.startsWith('taxonomies.')) continue;
    for (const ref of findRefs(copy, segments)) setAt(copy, ref.path, `${key}:${ref.id}`);
  }
  return copy as T;
}

/** Taxonomies merged by id: the first source's entry wins, a later one may only add `labelEn`. */
function mergeTaxonomies(feeds: readonly Feed[]): FeedView['taxonomies'] {
  const merged = {} as FeedView['taxonomies'];
  for (const name of TAXONOMY_NAMES) {
    const byId = new Map<string, TaxonomyEntry>();
    for (const feed of feeds) {
      for (const entry of feed.taxonomies[name] ?? []) {
        const first = byId.get(entry.id);
        if (!first) byId.set(entry.id, { ...entry });
        else if (!first.labelEn && entry.labelEn) first.labelEn = entry.labelEn;
      }
    }
    merged[name] = [...byId.values()];
  }
  return merged;
}

/**
 * Merges loaded feeds into the view widgets render. One feed keeps its ids (`key` and `source`
 * are ''); with several, every id and reference is prefixed by its source's key. Never mutates
 * `loaded`: the same LoadedFeed is shared by every widget on the page.
 */
export function toFeedView(loaded: readonly LoadedFeed[]): FeedView {
  const single = loaded.length === 1;
  const keys = single ? [''] : uniqueKeys(loaded);
  const view: FeedView = {
    sources: [],
    taxonomies: mergeTaxonomies(loaded.map((entry) => entry.feed)),
    organizations: [],
    people: [],
    events: [],
    associations: [],
    practices: [],
    consultation: undefined,
    stale: loaded.some((entry) => entry.stale),
  };
  loaded.forEach((entry, index) => {
    const key = keys[index]!;
    const { feed } = entry;
    const source: FeedSource = {
      key,
      url: entry.url,
      publisher: feed.publisher,
      stale: entry.stale,
      fetchedAt: entry.fetchedAt,
      problems: entry.problems,
    };
    view.sources.push(source);
    for (const name of COLLECTION_NAMES) {
      const target = view[name] as unknown[];
      for (const item of feed[name]) {
        const copy = single ? { ...item } : namespaced(name, item, key);
        target.push({ ...copy, source: key });
      }
    }
    if (!view.consultation && feed.consultation) {
      const consultation = structuredClone(feed.consultation);
      if (!single && consultation.methodists) {
        consultation.methodists = consultation.methodists.map((id) => `${key}:${id}`);
      }
      view.consultation = { ...consultation, source: key };
    }
  });
  return view;
}
