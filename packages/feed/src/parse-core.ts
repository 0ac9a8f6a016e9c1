import { formatPath } from './problem-path.ts';
import type { Lang, Problem, ProblemCode, ProblemParams, Severity } from './problems.ts';
import { findRefs, REFERENCE_RULES, type RefTarget, refsResolve } from './references.ts';
import type { CollectionName, Feed } from './schema/feed.ts';
import type { TaxonomyName } from './schema/publisher.ts';
import { isKnownTimeZone } from './time-zone.ts';
import { typeOf } from './zod-issues.ts';

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

/**
 * A schema issue worded as a problem code: zod's issue through classifyIssue (parse.ts), or the
 * compact validator's, which words its issues the same way itself.
 */
export interface EngineIssue {
  /** Relative to the validated value. */
  path: readonly PropertyKey[];
  code: ProblemCode;
  params: ProblemParams;
}

/** What a validation engine reports for one value. */
export type EngineResult =
  | { success: true; data: unknown }
  | { success: false; issues: readonly EngineIssue[] };

/**
 * The schema side of the parser: zod in Node (parse.ts), the compact rules in the browser
 * (compact/engine.ts). `N` is the engine's schema node.
 */
export interface FeedEngine<N> {
  /** The feed's header (version, publisher, taxonomies, consultation). */
  header: N;
  /** One item of each collection, in the order the parser walks them. */
  items: Record<CollectionName, N>;
  /** Feed format versions this code understands. */
  versions: readonly number[];
  /** Validates `value` against `node`; issues come worded as problem codes. */
  validate(node: N, value: unknown): EngineResult;
  /** An object node's fields (through optional/default wrappers), or null. */
  shape(node: N | undefined): Record<string, N> | null;
  /** An array node's element (through optional/default wrappers). */
  element(node: N | undefined): N | undefined;
}

interface Context {
  lang: Lang;
  word: WordProblem;
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
    message: ctx.word(code, params, ctx.lang),
    ...extra,
  });
}

function reportIssues(
  ctx: Context,
  issues: readonly EngineIssue[],
  base: PropertyKey[],
  extra: Partial<Problem>,
): void {
  for (const issue of issues)
    report(ctx, [...base, ...issue.path], issue.code, issue.params, extra);
}

/**
 * What a problem with an item says about it: its collection, its id when it has one (as given),
 * and whether it was dropped. Made only when there is a problem to report.
 */
function itemExtra(name: CollectionName, item: unknown, dropped?: true): Partial<Problem> {
  const id = (item as { id?: unknown } | null)?.id;
  return {
    collection: name,
    ...(typeof id === 'string' && id ? { itemId: id } : {}),
    ...(dropped ? { dropped } : {}),
  };
}

function isDateOnly(value: string): boolean {
  return value.length === 10;
}

/**
 * Whether `end` is before `start`, both dates or both date-times as the schema admits them. Two
 * date-times of one length with the same offset and at most milliseconds compare as text, as
 * dates do: Date.parse is the slow part of checking a feed's events.
 */
function endsBefore(start: string, end: string): boolean {
  return isDateOnly(start) ||
    (start.length === end.length && start.length <= 29 && start.slice(-6) === end.slice(-6))
    ? end < start
    : Date.parse(end) < Date.parse(start);
}

/** Start/end consistency; returns false when the event must be dropped. */
function checkEventTimes(
  ctx: Context,
  event: Feed['events'][number],
  path: PropertyKey[],
  item: unknown,
): boolean {
  if (!event.end) return true;
  if (isDateOnly(event.start) !== isDateOnly(event.end)) {
    report(ctx, [...path, 'end'], 'mixed_all_day', {}, itemExtra('events', item, true));
    return false;
  }
  if (endsBefore(event.start, event.end)) {
    report(
      ctx,
      [...path, 'end'],
      'end_before_start',
      { start: event.start, end: event.end },
      itemExtra('events', item, true),
    );
    return false;
  }
  return true;
}

/** A problem an event check finds, relative to the event. */
export interface EventCheckProblem {
  path: readonly (string | number)[];
  severity: Severity;
  code: ProblemCode;
  params: ProblemParams;
}

/** Checks beyond the schema that only some parsers run (see createFeedParser). */
export interface ParserChecks {
  /**
   * Runs on each valid event, in the publisher's zone when it is known; an error leaves the
   * event in the feed but removes `field` from it (e.g. a recurrence rule that cannot be read).
   */
  event?: {
    field: 'recurrence';
    check: (event: Feed['events'][number], zone: string | undefined) => EventCheckProblem[];
  };
}

/**
 * Words a problem (problems.ts's `problemMessage`), or leaves it unworded (`''`): the browser's
 * loader words problems only when a feed has some, loading the messages then.
 */
export type WordProblem = (code: ProblemCode, params: ProblemParams, lang: Lang) => string;

/** How a parser words its problems, and the checks it runs beyond the schema. */
export interface ParserSetup extends ParserChecks {
  word: WordProblem;
}

/**
 * A feed parser over a validation engine. One bad item never hides the rest: it is dropped and
 * reported, and references to it are reported where they occur. `setup` words the problems and
 * adds checks the browser's parser leaves out to keep its bundle small (the recurrence rules: the widgets'
 * expansion ignores a rule it cannot read, and the CLI and the service report it).
 */
export function createFeedParser<N>(
  engine: FeedEngine<N>,
  setup: ParserSetup,
): (input: unknown, options?: ParseOptions) => ParseResult {
  const collectionNames = Object.keys(engine.items) as CollectionName[];
  const headerShape = engine.shape(engine.header) ?? {};

  /** Strict mode: fields the schema does not know are usually typos («titel»), worth a warning. */
  function reportUnknownKeys(
    ctx: Context,
    node: N | undefined,
    value: unknown,
    path: PropertyKey[],
    extra: Partial<Problem>,
  ): void {
    if (Array.isArray(value)) {
      const element = engine.element(node);
      if (element) {
        value.forEach((item, i) => {
          reportUnknownKeys(ctx, element, item, [...path, i], extra);
        });
      }
      return;
    }
    const shape = engine.shape(node);
    if (!shape || value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === '$schema' && path.length === 0) continue;
      const childNode = shape[key];
      if (!childNode) report(ctx, [...path, key], 'unknown_key', { key }, extra, 'warning');
      else reportUnknownKeys(ctx, childNode, child, [...path, key], extra);
    }
  }

  return function parse(input: unknown, options: ParseOptions = {}): ParseResult {
    const ctx: Context = { lang: options.lang ?? 'ru', word: setup.word, problems: [] };
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

    if (typeof raw.version === 'number' && !engine.versions.includes(raw.version)) {
      report(ctx, ['version'], 'unknown_version', {
        value: raw.version,
        supported: engine.versions.join(', '),
      });
    }
    let header = engine.validate(engine.header, raw);
    if (!header.success) {
      // A broken consultation section must not take the calendar down with it: drop the
      // section (the form then explains it is unavailable) and keep the rest of the feed.
      const onlyConsultation = header.issues.every((issue) => issue.path[0] === 'consultation');
      reportIssues(ctx, header.issues, [], onlyConsultation ? { dropped: true } : {});
      if (onlyConsultation)
        header = engine.validate(engine.header, { ...raw, consultation: undefined });
    }
    const headerData = header.success ? (header.data as Omit<Feed, CollectionName>) : null;
    if (headerData && !isKnownTimeZone(headerData.publisher.timeZone)) {
      report(ctx, ['publisher', 'timeZone'], 'unknown_time_zone', {
        value: headerData.publisher.timeZone,
      });
    }
    if (strict) {
      const known = new Set([...Object.keys(headerShape), ...collectionNames, '$schema']);
      for (const key of Object.keys(raw)) {
        if (!known.has(key)) report(ctx, [key], 'unknown_key', { key }, {}, 'warning');
      }
      for (const key of Object.keys(headerShape)) {
        reportUnknownKeys(ctx, headerShape[key], raw[key], [key], {});
      }
    }

    const zone =
      headerData && isKnownTimeZone(headerData.publisher.timeZone)
        ? headerData.publisher.timeZone
        : undefined;
    const collections = {} as { [K in CollectionName]: Feed[K] };
    for (const name of collectionNames) {
      const list = raw[name];
      const kept: unknown[] = [];
      if (list !== undefined && !Array.isArray(list)) {
        report(ctx, [name], 'type', { expected: 'array', received: typeOf(list) });
      }
      const node = engine.items[name];
      // Where each id was first seen; worded only when a duplicate needs it.
      const seen = new Map<string, number>();
      (Array.isArray(list) ? list : []).forEach((item, index) => {
        const path = [name, index];
        const result = engine.validate(node, item);
        if (strict) reportUnknownKeys(ctx, node, item, path, itemExtra(name, item));
        if (!result.success) {
          reportIssues(ctx, result.issues, path, itemExtra(name, item, true));
          return;
        }
        const parsed = result.data as { id: string };
        const first = seen.get(parsed.id);
        if (first !== undefined) {
          report(
            ctx,
            [...path, 'id'],
            'duplicate_id',
            { id: parsed.id, first: formatPath([name, first]) },
            itemExtra(name, item, true),
          );
          return;
        }
        seen.set(parsed.id, index);
        if (
          name === 'events' &&
          !checkEventTimes(ctx, parsed as Feed['events'][number], path, item)
        )
          return;
        const eventCheck = setup.event;
        if (
          name === 'events' &&
          eventCheck &&
          (parsed as Record<string, unknown>)[eventCheck.field]
        ) {
          const event = parsed as Feed['events'][number];
          const problems = eventCheck.check(event, zone);
          for (const problem of problems)
            report(
              ctx,
              [...path, ...problem.path],
              problem.code,
              problem.params,
              itemExtra(name, item),
              problem.severity,
            );
          if (problems.some((p) => p.severity === 'error')) delete event[eventCheck.field];
        }
        kept.push(parsed);
      });
      (collections as Record<string, unknown[]>)[name] = kept;
    }

    if (!headerData) return { feed: null, problems: ctx.problems, ok: false };
    const feed: Feed = { ...headerData, ...collections };
    checkReferences(ctx, feed, raw, collectionNames);
    checkContactsConsent(ctx, feed, raw);
    const ok = !ctx.problems.some((p) => p.severity === 'error');
    return { feed, problems: ctx.problems, ok };
  };
}

function idsOf(feed: Feed, target: RefTarget): Set<string> {
  if (target.startsWith('taxonomies.')) {
    const name = target.slice('taxonomies.'.length) as TaxonomyName;
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
function checkReferences(
  ctx: Context,
  feed: Feed,
  raw: Record<string, unknown>,
  collectionNames: readonly CollectionName[],
): void {
  const cache = new Map<RefTarget, Set<string>>();
  const ids = (target: RefTarget) => {
    let set = cache.get(target);
    if (!set) {
      set = idsOf(feed, target);
      cache.set(target, set);
    }
    return set;
  };
  for (const name of collectionNames) {
    // Indexed loops and each rule's ids looked up once per collection: this runs for every
    // reference of every item, on a cold page.
    const rules = REFERENCE_RULES[name];
    const targets = rules.map(([, target]) => ids(target));
    const items = feed[name];
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      for (let r = 0; r < rules.length; r++) {
        if (refsResolve(item, rules[r]![0], targets[r]!)) continue;
        const [segments, target] = rules[r]!;
        for (const ref of findRefs(item, segments)) {
          if (ids(target).has(ref.id)) continue;
          const index = originalIndex(raw, name, item.id);
          report(
            ctx,
            [name, index, ...ref.path],
            'dangling_ref',
            { id: ref.id, target },
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
