/**
 * The draft document as the editors change it, as pure functions: an item read and written by
 * dotted path, the document with one item put back, the feed package's own validation of that
 * document narrowed to the item's fields, and who refers to an item. Nothing here mutates its
 * input, so a refused save loses nothing.
 */
import {
  type CollectionName,
  findRefs,
  type Lang,
  parseFeed,
  REFERENCE_RULES,
  type RefTarget,
} from '@metodika/feed';
import type { FeedDocument } from '../content/content-api.ts';
import type { CollectionDescriptor } from './editor-descriptors.ts';

export type Item = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value at `a.b.0.c` (numbers index lists). */
export function getAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const empty = (value: unknown) =>
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isObject(value) && Object.keys(value).length === 0);

/**
 * A copy of `root` with `value` at `path`; an empty value (undefined, '', [], {}) removes the key,
 * and an object left empty by that is removed too, so clearing «Зал» does not leave `venue: {}`.
 */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const list = Array.isArray(root);
  const copy = (list ? [...(root as unknown[])] : { ...(root as object) }) as Record<
    string,
    unknown
  >;
  const next = rest.length ? setAt(copy[head] ?? {}, rest.join('.'), value) : value;
  if (!list && empty(next)) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

/** The items of a list collection (publisher and consultation are single objects). */
export function itemsOf(doc: FeedDocument | null, d: CollectionDescriptor): Item[] {
  const value = doc ? getAt(doc, d.path.join('.')) : undefined;
  return Array.isArray(value) ? (value as Item[]).filter(isObject) : [];
}

/** Where an item is: its index in the list by id, or -1 (a new one). */
export function indexOf(doc: FeedDocument | null, d: CollectionDescriptor, id: string): number {
  const value = doc ? getAt(doc, d.path.join('.')) : undefined;
  return Array.isArray(value) ? value.findIndex((item) => isObject(item) && item.id === id) : -1;
}

/**
 * The document with `item` in place of the one with id `originalId` (appended when there is none),
 * or as the single section for publisher and consultation.
 */
export function withItem(
  doc: FeedDocument,
  d: CollectionDescriptor,
  item: Item,
  originalId: string | null,
): { doc: FeedDocument; index: number } {
  const path = d.path.join('.');
  if (d.single) return { doc: setAt(doc, path, item), index: -1 };
  const raw = getAt(doc, path);
  const all = Array.isArray(raw) ? [...raw] : [];
  const at = originalId === null ? -1 : all.findIndex((x) => isObject(x) && x.id === originalId);
  const index = at < 0 ? all.length : at;
  all[index] = item;
  return { doc: setAt(doc, path, all), index };
}

/** The document without the item with this id. */
export function withoutItem(doc: FeedDocument, d: CollectionDescriptor, id: string): FeedDocument {
  const path = d.path.join('.');
  const raw = getAt(doc, path);
  if (!Array.isArray(raw)) return doc;
  return setAt(
    doc,
    path,
    raw.filter((x) => !(isObject(x) && x.id === id)),
  );
}

/** What the feed package says about one item: messages by field path, errors and warnings apart. */
export interface ItemProblems {
  errors: Record<string, string>;
  warnings: Record<string, string>;
}

/** `events[3]` (or `publisher`) as the parser writes the item's place. */
export function prefixOf(d: CollectionDescriptor, index: number): string {
  const path = d.path.join('.');
  return d.single ? path : `${path}[${index}]`;
}

/** `authors[0].name` → `authors.0.name`: the form's field keys. */
export const fieldKey = (path: string) => path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');

/**
 * Validates the whole document strictly with the feed package (its zod schemas, references,
 * recurrence and consent checks, messages in the reader's language) and keeps the problems of
 * the item at `index`, keyed by field: the same rules and words as the CLI and «Опубликовать».
 */
export function problemsOf(
  doc: FeedDocument,
  d: CollectionDescriptor,
  index: number,
  lang: Lang,
): ItemProblems {
  const prefix = prefixOf(d, index);
  const out: ItemProblems = { errors: {}, warnings: {} };
  for (const p of parseFeed(doc, { mode: 'strict', lang }).problems) {
    if (p.path !== prefix && !p.path.startsWith(`${prefix}.`) && !p.path.startsWith(`${prefix}[`))
      continue;
    const key = fieldKey(p.path.slice(prefix.length)) || '';
    const bucket = p.severity === 'error' ? out.errors : out.warnings;
    // The first problem of a field is the one to fix first.
    bucket[key] ??= p.message;
  }
  return out;
}

/** The target a field refers to, by the feed's own reference rules (`*` steps left out). */
export function targetOf(collection: CollectionName, path: string): RefTarget | undefined {
  for (const [segments, target] of REFERENCE_RULES[collection]) {
    if (segments.filter((s) => s !== '*').join('.') === path) return target;
  }
  return undefined;
}

/** One place that refers to an item. */
export interface Referrer {
  collection: CollectionName | 'consultation';
  id: string;
  label: string;
  path: string;
}

/** Every item whose references (by the feed's rules) point at `id` in `target`. */
export function referrersOf(doc: FeedDocument, target: RefTarget, id: string): Referrer[] {
  const out: Referrer[] = [];
  for (const [collection, rules] of Object.entries(REFERENCE_RULES) as [
    CollectionName,
    (typeof REFERENCE_RULES)[CollectionName],
  ][]) {
    const items = Array.isArray(doc[collection]) ? (doc[collection] as unknown[]) : [];
    for (const item of items) {
      if (!isObject(item)) continue;
      for (const [segments, to] of rules) {
        if (to !== target) continue;
        for (const ref of findRefs(item, segments)) {
          if (ref.id !== id) continue;
          out.push({
            collection,
            id: String(item.id),
            label: String(item.title ?? item.name ?? item.id),
            path: segments.filter((s) => s !== '*').join('.'),
          });
        }
      }
    }
  }
  // The consultation form's methodists are people too (checked by the parser, not in the rules).
  const methodists = getAt(doc, 'consultation.methodists');
  if (target === 'people' && Array.isArray(methodists) && methodists.includes(id))
    out.push({ collection: 'consultation', id: '', label: '', path: 'methodists' });
  return out;
}

/** The words a list shows for an item: its title, name or label, else its id. */
export const labelOf = (item: Item): string =>
  String(item.title ?? item.name ?? item.label ?? item.id ?? '');

/** Case- and ё-insensitive search in the item's label and id. */
export function matches(item: Item, query: string): boolean {
  const fold = (text: string) => text.toLocaleLowerCase('ru').replaceAll('ё', 'е');
  const q = fold(query.trim());
  return !q || fold(`${labelOf(item)} ${String(item.id ?? '')}`).includes(q);
}
