import type * as z from 'zod/mini';
import {
  formatPath,
  type Lang,
  type Problem,
  type ProblemCode,
  type ProblemParams,
  problemMessage,
  type Severity,
} from './problems.ts';
import { findRefs, REFERENCE_RULES, type RefTarget } from './references.ts';
import {
  COLLECTION_NAMES,
  type CollectionName,
  collectionSchemas,
  type Feed,
  feedHeaderSchema,
  SUPPORTED_VERSIONS,
} from './schema/feed.ts';
import type { TAXONOMY_NAMES } from './schema/publisher.ts';
import { isKnownTimeZone } from './time-zone.ts';
import { classifyIssue } from './zod-issues.ts';

export type ParseMode = 'tolerant' | 'strict';

export interface ParseOptions {
  /** `tolerant` (widgets): keep every valid item. `strict` (CLI): also report unknown fields. */
  mode?: ParseMode;
  /** Language of the problem messages. */
  lang?: Lang;
}

export interface ParseResult {
  /** The valid part of the feed, or null when the feed as a whole is unusable. */
  feed: Feed | null;
  problems: Problem[];
  /** No problem of severity `error`. */
  ok: boolean;
}

interface Context {
  lang: Lang;
  problems: Problem[];
}

function report(
  ctx: Context,
  path: readonly PropertyKey[],
  code: ProblemCode,
  params: ProblemParams = {},
  extra: Partial<Problem> = {},
  severity: Severity = 'error',
): void {
  ctx.problems.push({
    path: formatPath(path),
    severity,
    code,
    params,
    message: problemMessage(code, params, ctx.lang),
    ...extra,
  });
}

function reportIssues(
  ctx: Context,
  error: z.core.$ZodError,
  input: unknown,
  base: PropertyKey[],
  extra: Partial<Problem>,
): void {
  for (const issue of error.issues) {
    const { code, params } = classifyIssue(issue, input);
    report(ctx, [...base, ...issue.path], code, params, extra);
  }
}

type Shape = Record<string, z.core.$ZodType>;

/** Unwraps optional/default/array wrappers down to an object's shape, if there is one. */
function shapeOf(schema: z.core.$ZodType | undefined): Shape | null {
  let def = schema?._zod.def as
    | { type: string; shape?: Shape; innerType?: z.core.$ZodType }
    | undefined;
  while (def && (def.type === 'optional' || def.type === 'default' || def.type === 'pipe')) {
    def = def.innerType?._zod.def as typeof def;
  }
  return def?.type === 'object' && def.shape ? def.shape : null;
}

function elementOf(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let def = schema?._zod.def as
    | { type: string; innerType?: z.core.$ZodType; element?: z.core.$ZodType }
    | undefined;
  while (def && (def.type === 'optional' || def.type === 'default'))
    def = def.innerType?._zod.def as typeof def;
  return def?.type === 'array' ? def.element : undefined;
}

/** Strict mode: fields the schema does not know are usually typos («titel»), worth a warning. */
function reportUnknownKeys(
  ctx: Context,
  schema: z.core.$ZodType,
  value: unknown,
  path: PropertyKey[],
  extra: Partial<Problem>,
): void {
  if (Array.isArray(value)) {
    const element = elementOf(schema);
    if (element) {
      value.forEach((item, i) => {
        reportUnknownKeys(ctx, element, item, [...path, i], extra);
      });
    }
    return;
  }
  const shape = shapeOf(schema);
  if (!shape || value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === '$schema' && path.length === 0) continue;
    const childSchema = shape[key];
    if (!childSchema) report(ctx, [...path, key], 'unknown_key', { key }, extra, 'warning');
    else reportUnknownKeys(ctx, childSchema, child, [...path, key], extra);
  }
}

function isDateOnly(value: string): boolean {
  return value.length === 10;
}

/** Start/end consistency; returns false when the event must be dropped. */
function checkEventTimes(
  ctx: Context,
  event: Feed['events'][number],
  path: PropertyKey[],
  extra: Partial<Problem>,
): boolean {
  if (!event.end) return true;
  if (isDateOnly(event.start) !== isDateOnly(event.end)) {
    report(ctx, [...path, 'end'], 'mixed_all_day', {}, { ...extra, dropped: true });
    return false;
  }
  const before = isDateOnly(event.start)
    ? event.end < event.start
    : Date.parse(event.end) < Date.parse(event.start);
  if (before) {
    report(
      ctx,
      [...path, 'end'],
      'end_before_start',
      { start: event.start, end: event.end },
      { ...extra, dropped: true },
    );
    return false;
  }
  return true;
}

const TARGET_NAMES: Record<string, string> = {
  organizations: 'organizations',
  people: 'people',
  events: 'events',
  associations: 'associations',
  practices: 'practices',
};

/**
 * Validates untrusted feed JSON. One bad item never hides the rest: it is dropped and reported,
 * and references to it are reported where they occur.
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  const ctx: Context = { lang: options.lang ?? 'ru', problems: [] };
  const strict = options.mode === 'strict';
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (error) {
      report(ctx, [], 'not_json', { detail: (error as Error).message });
      return { feed: null, problems: ctx.problems, ok: false };
    }
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    report(ctx, [], 'not_object');
    return { feed: null, problems: ctx.problems, ok: false };
  }
  const raw = json as Record<string, unknown>;

  if (
    typeof raw.version === 'number' &&
    !(SUPPORTED_VERSIONS as readonly number[]).includes(raw.version)
  ) {
    report(ctx, ['version'], 'unknown_version', {
      value: raw.version,
      supported: SUPPORTED_VERSIONS.join(', '),
    });
  }
  const header = feedHeaderSchema.safeParse(raw);
  if (!header.success) reportIssues(ctx, header.error, raw, [], {});
  if (header.success && !isKnownTimeZone(header.data.publisher.timeZone)) {
    report(ctx, ['publisher', 'timeZone'], 'unknown_time_zone', {
      value: header.data.publisher.timeZone,
    });
  }
  if (strict) {
    const known = new Set([
      ...Object.keys(feedHeaderSchema.def.shape),
      ...COLLECTION_NAMES,
      '$schema',
    ]);
    for (const key of Object.keys(raw)) {
      if (!known.has(key)) report(ctx, [key], 'unknown_key', { key }, {}, 'warning');
    }
    for (const key of Object.keys(feedHeaderSchema.def.shape)) {
      reportUnknownKeys(
        ctx,
        feedHeaderSchema.def.shape[key as keyof typeof feedHeaderSchema.def.shape],
        raw[key],
        [key],
        {},
      );
    }
  }

  const collections = {} as { [K in CollectionName]: Feed[K] };
  const seen = new Map<string, string>();
  for (const name of COLLECTION_NAMES) {
    const list = raw[name];
    const kept: unknown[] = [];
    if (list !== undefined && !Array.isArray(list)) {
      report(ctx, [name], 'type', { expected: 'список [ … ]', received: typeof list });
    }
    const schema: z.ZodMiniType = collectionSchemas[name];
    (Array.isArray(list) ? list : []).forEach((item, index) => {
      const itemId =
        item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
          ? (item as { id: string }).id
          : undefined;
      const extra: Partial<Problem> = { collection: name, ...(itemId ? { itemId } : {}) };
      const path = [name, index];
      const result = schema.safeParse(item);
      if (strict) reportUnknownKeys(ctx, schema, item, path, extra);
      if (!result.success) {
        reportIssues(ctx, result.error, item, path, { ...extra, dropped: true });
        return;
      }
      const parsed = result.data as { id: string };
      const first = seen.get(`${name}:${parsed.id}`);
      if (first) {
        report(
          ctx,
          [...path, 'id'],
          'duplicate_id',
          { id: parsed.id, first },
          { ...extra, dropped: true },
        );
        return;
      }
      seen.set(`${name}:${parsed.id}`, formatPath(path));
      if (name === 'events' && !checkEventTimes(ctx, parsed as Feed['events'][number], path, extra))
        return;
      kept.push(parsed);
    });
    (collections as Record<string, unknown[]>)[name] = kept;
  }

  if (!header.success) return { feed: null, problems: ctx.problems, ok: false };
  const feed: Feed = { ...header.data, ...collections };
  checkReferences(ctx, feed, raw);
  checkContactsConsent(ctx, feed, raw);
  const ok = !ctx.problems.some((p) => p.severity === 'error');
  return { feed, problems: ctx.problems, ok };
}

function idsOf(feed: Feed, target: RefTarget): Set<string> {
  if (target.startsWith('taxonomies.')) {
    const name = target.slice('taxonomies.'.length) as (typeof TAXONOMY_NAMES)[number];
    return new Set((feed.taxonomies[name] ?? []).map((entry) => entry.id));
  }
  return new Set(feed[target as CollectionName].map((item) => item.id));
}

function originalIndex(raw: Record<string, unknown>, name: CollectionName, id: string): number {
  const list = raw[name];
  return Array.isArray(list)
    ? list.findIndex((item) => item && (item as { id?: unknown }).id === id)
    : -1;
}

/** Dangling references are reported at the referring item and removed from it; the item stays. */
function checkReferences(ctx: Context, feed: Feed, raw: Record<string, unknown>): void {
  const cache = new Map<RefTarget, Set<string>>();
  const ids = (target: RefTarget) => {
    let set = cache.get(target);
    if (!set) {
      set = idsOf(feed, target);
      cache.set(target, set);
    }
    return set;
  };
  for (const name of COLLECTION_NAMES) {
    for (const item of feed[name]) {
      for (const [segments, target] of REFERENCE_RULES[name]) {
        for (const ref of findRefs(item, segments)) {
          if (ids(target).has(ref.id)) continue;
          const index = originalIndex(raw, name, item.id);
          report(
            ctx,
            [name, index, ...ref.path],
            'dangling_ref',
            { id: ref.id, target: TARGET_NAMES[target] ?? target },
            {
              collection: name,
              itemId: item.id,
            },
          );
          ref.remove();
        }
      }
    }
  }
  if (feed.consultation?.methodists) {
    const people = ids('people');
    feed.consultation.methodists = feed.consultation.methodists.filter((id, index) => {
      if (people.has(id)) return true;
      report(ctx, ['consultation', 'methodists', index], 'dangling_ref', { id, target: 'people' });
      return false;
    });
  }
}

/** 152-ФЗ art. 10.1: without a recorded consent the contacts are withheld from visitors. */
function checkContactsConsent(ctx: Context, feed: Feed, raw: Record<string, unknown>): void {
  for (const person of feed.people) {
    if (person.publicConsent || (!person.email && !person.phone)) continue;
    report(
      ctx,
      ['people', originalIndex(raw, 'people', person.id)],
      'contacts_without_consent',
      { name: person.name },
      { collection: 'people', itemId: person.id },
      'warning',
    );
    delete person.email;
    delete person.phone;
  }
}
