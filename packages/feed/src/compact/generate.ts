/**
 * Generates rules.generated.ts, the compact image of the zod schemas that the browser runs.
 * Run: pnpm --filter @metodika/feed compact
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod/mini';
import { isSafeUrl, isWebUrl } from '../safe-url.ts';
import { consultationRequestSchema } from '../schema/consultation.ts';
import { collectionSchemas, feedHeaderSchema, SUPPORTED_VERSIONS } from '../schema/feed.ts';
import { TAXONOMY_NAMES } from '../schema/publisher.ts';
import { REFINES } from './refines.ts';
import type { Check, Rule } from './rules.ts';

type Def = Record<string, unknown> & { type: string };

const defOf = (schema: unknown): Def => (schema as z.core.$ZodType)._zod.def as unknown as Def;

/** Predicates the generator can vouch for by identity; the rest are matched by message only. */
const KNOWN_FUNCTIONS = new Map<unknown, string>([
  [isSafeUrl, 'unsafe_url'],
  [isWebUrl, 'web_url'],
]);

function checkOf(check: unknown, where: string): Check {
  const def = defOf(check) as Def & { check: string };
  switch (def.check) {
    case 'overwrite': {
      if (!/\.trim\(\)/.test(String(def.tx)))
        throw new Error(`${where}: only z.trim() overwrites are supported`);
      return ['t'];
    }
    case 'min_length':
      return ['<', def.minimum as number];
    case 'max_length':
      return ['>', def.maximum as number];
    case 'string_format':
      if (def.format === 'starts_with') return ['^', def.prefix as string];
      return ['f', pattern(def.pattern, where), def.format as string];
    case 'greater_than':
      return ['g', def.value as number, def.inclusive as boolean];
    case 'less_than':
      return ['l', def.value as number, def.inclusive as boolean];
    case 'custom': {
      const message = typeof def.error === 'function' ? String((def.error as () => unknown)()) : '';
      const known = KNOWN_FUNCTIONS.get(def.fn);
      if (!(message in REFINES) || (known !== undefined && known !== message)) {
        throw new Error(
          `${where}: refine «${message}» has no compact predicate; add it to src/compact/refines.ts`,
        );
      }
      if (def.abort || def.when) throw new Error(`${where}: refine options are not supported`);
      return def.path ? ['r', message, def.path as string[]] : ['r', message];
    }
    default:
      throw new Error(`${where}: check ${def.check} is not supported by the compact validator`);
  }
}

function pattern(value: unknown, where: string): RegExp {
  if (!(value instanceof RegExp) || /[gy]/.test(value.flags))
    throw new Error(`${where}: expected a non-global pattern`);
  return value;
}

function checksOf(def: Def, where: string): Check[] {
  const list = (def.checks as unknown[] | undefined) ?? [];
  for (const check of list) {
    const own = defOf(check) as Def & { when?: unknown; abort?: unknown };
    if (own.abort && own.check !== 'number_format')
      throw new Error(`${where}: abort is not supported`);
  }
  return list.map((check) => checkOf(check, where));
}

/** Converts one zod/mini schema to a rule, failing loudly on anything it does not know. */
export function toRule(schema: unknown, where = '(root)'): Rule {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const own: Check[] = [];
      if (def.format) own.push(['f', pattern(def.pattern, where), def.format as string]);
      return ['s', ...own, ...checksOf(def, where)];
    }
    case 'number': {
      const own: Check[] = [];
      if (def.format === 'safeint') own.push(['i']);
      else if (def.format)
        throw new Error(`${where}: number format ${def.format} is not supported`);
      return ['n', ...own, ...checksOf(def, where)];
    }
    case 'boolean':
      return ['b', ...checksOf(def, where)];
    case 'enum':
      return ['e', Object.values(def.entries as Record<string, unknown>)];
    case 'literal':
      return ['e', [...(def.values as unknown[])]];
    case 'array':
      return ['a', toRule(def.element, `${where}[]`), ...checksOf(def, where)];
    case 'object': {
      if (def.catchall) throw new Error(`${where}: catchall is not supported`);
      const shape: Record<string, Rule> = {};
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
        shape[key] = toRule(child, `${where}.${key}`);
      }
      return ['o', shape, ...checksOf(def, where)];
    }
    case 'optional': {
      if (defOf(def.innerType).type === 'default')
        throw new Error(`${where}: optional(default) is not supported`);
      return ['?', toRule(def.innerType, where)];
    }
    case 'default':
      return ['d', toRule(def.innerType, where), def.defaultValue];
    case 'union':
      if (def.inclusive === false) throw new Error(`${where}: xor is not supported`);
      return ['u', (def.options as unknown[]).map((option) => toRule(option, where))];
    default:
      throw new Error(`${where}: zod type ${def.type} is not supported by the compact validator`);
  }
  // Checks on wrappers (optional, default, union, enum) would be lost: none of our schemas has them.
}

/** Every rule the browser needs, keyed as the generated module exports them. */
export function compactRules(): Record<string, Rule> {
  for (const schema of [
    feedHeaderSchema,
    consultationRequestSchema,
    ...Object.values(collectionSchemas),
  ]) {
    assertNoWrapperChecks(schema, '(root)');
  }
  return {
    header: toRule(feedHeaderSchema, 'header'),
    ...Object.fromEntries(
      Object.entries(collectionSchemas).map(([name, schema]) => [name, toRule(schema, name)]),
    ),
    consultationRequest: toRule(consultationRequestSchema, 'consultationRequest'),
  };
}

function assertNoWrapperChecks(schema: unknown, where: string): void {
  const def = defOf(schema);
  const wrapper = ['optional', 'default', 'union', 'enum', 'literal'].includes(def.type);
  if (wrapper && (def.checks as unknown[] | undefined)?.length)
    throw new Error(`${where}: checks on ${def.type} are not supported`);
  for (const child of [def.innerType, def.element, ...((def.options as unknown[]) ?? [])]) {
    if (child) assertNoWrapperChecks(child, where);
  }
  for (const [key, child] of Object.entries((def.shape as Record<string, unknown>) ?? {})) {
    assertNoWrapperChecks(child, `${where}.${key}`);
  }
}

// --- Emitting TypeScript -------------------------------------------------------------------

/** Source text of a value; rules are arrays, shapes are objects, patterns are regex literals. */
function literal(value: unknown, name: (node: unknown) => string | undefined): string {
  const named = name(value);
  if (named) return named;
  if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, name)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${literal(v, name)}`,
    );
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** A structural key: equal keys mean interchangeable nodes. */
function keyOf(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v instanceof RegExp ? `\u0000${v}` : v));
}

/** The generated module's text; deterministic for given schemas. */
export function compactRulesText(): string {
  const rules = compactRules();
  // Count every array/object node, so repeated ones (id, text(300), webUrl…) are written once.
  const counts = new Map<string, number>();
  const visit = (node: unknown): void => {
    if (node instanceof RegExp || node === null || typeof node !== 'object') return;
    const key = keyOf(node);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if ((counts.get(key) ?? 0) > 1) return;
    for (const child of Object.values(node)) visit(child);
  };
  for (const rule of Object.values(rules)) visit(rule);
  const shared = new Map<string, string>();
  const lines: string[] = [];
  const nameOf = (node: unknown): string | undefined => shared.get(keyOf(node));
  const hoist = (node: unknown): void => {
    if (node instanceof RegExp || node === null || typeof node !== 'object') return;
    const key = keyOf(node);
    if (shared.has(key)) return;
    for (const child of Object.values(node)) hoist(child);
    const isRule =
      Array.isArray(node) &&
      typeof node[0] === 'string' &&
      'snbeao?du'.includes(node[0]) &&
      node[0].length === 1;
    if ((counts.get(key) ?? 0) > 1 && isRule && key.length > 12) {
      const name = `r${shared.size}`;
      lines.push(`const ${name}: Rule = ${literal(node, nameOf)};`);
      shared.set(key, name);
    }
  };
  for (const rule of Object.values(rules)) hoist(rule);
  const exported = Object.entries(rules).map(
    ([name, rule]) =>
      `export const ${name}: Rule = ${literal(rule, (n) => (n === rule ? undefined : nameOf(n)))};`,
  );
  return [
    '// Generated by src/compact/generate.ts from the zod schemas in src/schema: do not edit.',
    '// After changing a schema run: pnpm --filter @metodika/feed compact',
    "import type { Rule } from './rules.ts';",
    '',
    ...lines,
    '',
    ...exported,
    '',
    `/** Feed format versions this code understands. */`,
    `export const VERSIONS: readonly number[] = ${JSON.stringify(SUPPORTED_VERSIONS)};`,
    `/** The collections, in the order the parser walks them. */`,
    `export const COLLECTIONS = ${JSON.stringify(Object.keys(collectionSchemas))} as const;`,
    `/** The taxonomies a feed may define. */`,
    `export const TAXONOMIES = ${JSON.stringify(TAXONOMY_NAMES)} as const;`,
    '',
  ].join('\n');
}

export const GENERATED_FILE = fileURLToPath(new URL('./rules.generated.ts', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(GENERATED_FILE, compactRulesText());
  console.log(`written ${GENERATED_FILE}`);
}
