import type { CollectionName } from './schema/feed.ts';
import type { TaxonomyName } from './schema/publisher.ts';

export type RefTarget = CollectionName | `taxonomies.${TaxonomyName}`;

/** `*` walks every element of a list. */
type Rule = readonly [segments: readonly string[], target: RefTarget];

/** Every id reference in the feed and the collection it must point into. */
export const REFERENCE_RULES: Record<CollectionName, readonly Rule[]> = {
  organizations: [],
  people: [
    [['organization'], 'organizations'],
    [['directions', '*'], 'taxonomies.directions'],
  ],
  events: [
    [['venue', 'organization'], 'organizations'],
    [['audiences', '*'], 'taxonomies.audiences'],
    [['educationLevels', '*'], 'taxonomies.educationLevels'],
    [['subjects', '*'], 'taxonomies.subjects'],
    [['associations', '*'], 'associations'],
    [['responsible'], 'people'],
  ],
  associations: [
    [['subjects', '*'], 'taxonomies.subjects'],
    [['educationLevels', '*'], 'taxonomies.educationLevels'],
    [['audiences', '*'], 'taxonomies.audiences'],
    [['leader'], 'people'],
    [['baseOrganizations', '*'], 'organizations'],
  ],
  practices: [
    [['subjects', '*'], 'taxonomies.subjects'],
    [['educationLevels', '*'], 'taxonomies.educationLevels'],
    [['tags', '*'], 'taxonomies.tags'],
    [['association'], 'associations'],
    [['event'], 'events'],
    [['authors', '*', 'organization'], 'organizations'],
  ],
};

export interface FoundRef {
  path: PropertyKey[];
  id: string;
  /** Removes the reference from its item (tolerant mode keeps the item without it). */
  remove(): void;
}

/** Finds the string ids at `segments` inside `node`. */
export function findRefs(
  node: unknown,
  segments: readonly string[],
  path: PropertyKey[] = [],
): FoundRef[] {
  if (node === null || typeof node !== 'object') return [];
  const [head, ...rest] = segments;
  if (head === undefined) return [];
  const record = node as Record<string, unknown>;
  const child = record[head];
  if (child === undefined) return [];
  if (rest[0] === '*' && Array.isArray(child)) {
    const tail = rest.slice(1);
    return child.flatMap((element, index) => {
      if (tail.length > 0) return findRefs(element, tail, [...path, head, index]);
      if (typeof element !== 'string') return [];
      return [
        {
          path: [...path, head, index],
          id: element,
          remove: () => {
            record[head] = (record[head] as unknown[]).filter((entry) => entry !== element);
          },
        },
      ];
    });
  }
  if (rest.length > 0) return findRefs(child, rest, [...path, head]);
  if (typeof child !== 'string') return [];
  return [{ path: [...path, head], id: child, remove: () => delete record[head] }];
}

/**
 * Whether every string id at `segments` inside `node` is in `ids`: the parser's fast pass over
 * an item (most references resolve), which allocates nothing; `findRefs` then finds the rest.
 */
export function refsResolve(
  node: unknown,
  segments: readonly string[],
  ids: Set<string>,
  from = 0,
): boolean {
  if (node === null || typeof node !== 'object') return true;
  const head = segments[from];
  if (head === undefined) return true;
  const child = (node as Record<string, unknown>)[head];
  if (child === undefined) return true;
  if (segments[from + 1] === '*' && Array.isArray(child)) {
    for (const element of child) {
      if (from + 2 < segments.length) {
        if (!refsResolve(element, segments, ids, from + 2)) return false;
      } else if (typeof element === 'string' && !ids.has(element)) return false;
    }
    return true;
  }
  if (from + 1 < segments.length) return refsResolve(child, segments, ids, from + 1);
  return typeof child !== 'string' || ids.has(child);
}
