import {
  COLLECTION_NAMES,
  type CollectionName,
  type FeedDiff,
  type ItemChange,
} from '@metodika/feed';

interface Item {
  id: string;
  title?: string;
  name?: string;
  [key: string]: unknown;
}

const labelOf = (item: Item) => String(item.title ?? item.name ?? item.id);

/** JSON equality, insensitive to key order. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

const itemsOf = (doc: Record<string, unknown>, collection: CollectionName): Item[] =>
  (Array.isArray(doc[collection]) ? (doc[collection] as Item[]) : []).filter(
    (item) => item && typeof item === 'object' && typeof item.id === 'string',
  );

/** Compares two feed documents item by item (by id) and section by section. */
export function diffFeeds(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FeedDiff {
  const collections = {} as FeedDiff['collections'];
  let changes = 0;
  for (const collection of COLLECTION_NAMES) {
    const old = new Map(itemsOf(before, collection).map((item) => [item.id, item]));
    const now = new Map(itemsOf(after, collection).map((item) => [item.id, item]));
    const result = {
      added: [] as ItemChange[],
      changed: [] as ItemChange[],
      removed: [] as ItemChange[],
    };
    for (const [id, item] of now) {
      const previous = old.get(id);
      if (!previous) result.added.push({ id, label: labelOf(item), fields: [] });
      else if (!same(previous, item)) {
        const keys = new Set([...Object.keys(previous), ...Object.keys(item)]);
        const fields = [...keys].filter((key) => !same(previous[key], item[key])).sort();
        result.changed.push({ id, label: labelOf(item), fields });
      }
    }
    for (const [id, item] of old)
      if (!now.has(id)) result.removed.push({ id, label: labelOf(item), fields: [] });
    changes += result.added.length + result.changed.length + result.removed.length;
    collections[collection] = result;
  }
  const sections = ['publisher', 'taxonomies', 'consultation'].filter(
    (key) => !same(before[key], after[key]),
  );
  return { collections, sections, same: changes === 0 && sections.length === 0 };
}
