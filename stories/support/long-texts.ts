import { LIMITS } from '../../packages/feed/src/schema/primitives.ts';

/**
 * What a verbose publisher adds to a name: officialese, nested quotes, a long hyphenated
 * compound and a 35-letter word that no hyphenation dictionary breaks.
 */
const TAIL =
  ' в рамках реализации муниципальной программы «Развитие образования Кузнецкого района» для ' +
  'педагогических работников общеобразовательных, дошкольных образовательных организаций и ' +
  'организаций дополнительного образования (научно-практический семинар-практикум, ' +
  'превысокомногорассмотрительствующий формат)';

/** `text` made as long as the schema lets it be (`max` characters), cut between words. */
export function lengthen(text: string, max: number): string {
  const long = `${text}${TAIL}`;
  if (long.length <= max) return long;
  const cut = long.slice(0, max);
  return cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,(«–-]+$/, '');
}

type Item = Record<string, unknown>;

/** Lengthens the string `key` of every item of `list` (a feed section; absent is fine). */
function lengthenAll(list: unknown, key: string, max: number): void {
  for (const item of (list as Item[] | undefined) ?? []) {
    const value = item[key];
    if (typeof value === 'string') item[key] = lengthen(value, max);
  }
}

/**
 * The feed with every name a widget shows as long as the schema allows: event, association and
 * practice titles, organization names, positions, taxonomy and topic labels. Mutates and
 * returns `feed` (a fresh copy from `FEEDS`). Still valid: the limits are the schema's own.
 */
export function withLongTexts<T extends Item>(feed: T): T {
  lengthenAll(feed.events, 'title', LIMITS.title);
  lengthenAll(feed.associations, 'name', LIMITS.title);
  lengthenAll(feed.practices, 'title', LIMITS.title);
  lengthenAll(feed.organizations, 'name', LIMITS.title);
  lengthenAll(feed.people, 'position', LIMITS.title);
  for (const list of Object.values((feed.taxonomies as Item | undefined) ?? {})) {
    lengthenAll(list, 'label', LIMITS.short);
  }
  lengthenAll((feed.consultation as Item | undefined)?.topics, 'label', LIMITS.short);
  return feed;
}
