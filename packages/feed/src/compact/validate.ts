import type { ProblemCode, ProblemParams } from '../problems.ts';
import { shown, typeOf } from '../zod-issues.ts';
import { REFINES } from './refines.ts';
import type { Check, Rule } from './rules.ts';

/**
 * An issue already worded as one of our problem codes, exactly as classifyIssue words zod's
 * issue at the same place (the differential tests hold the two to each other), so the browser
 * needs no zod-shaped issues and no classification step.
 */
export interface CompactIssue {
  code: ProblemCode;
  params: ProblemParams;
  path: PropertyKey[];
  /** zod's abort flag: `true` lets later checks run. */
  continue?: boolean;
}

/** The outcome of running a rule: the parsed value (defaults, trims, unknown keys stripped). */
export interface Validated {
  data: unknown;
  issues: CompactIssue[];
}

interface Payload {
  value: unknown;
  issues: CompactIssue[];
}

/** The issues of a value that has none: shared, never written (see `add`). */
const NONE: CompactIssue[] = Object.freeze([]) as never;

/** Adds an issue to `p`, giving it its own list on the first one. */
function add(p: Payload, issue: CompactIssue): void {
  if (p.issues === NONE) p.issues = [issue];
  else p.issues.push(issue);
}

/** zod's `aborted`: an issue that does not let later checks run. */
function aborted(p: Payload, from = 0): boolean {
  for (let i = from; i < p.issues.length; i++) if (p.issues[i]!.continue !== true) return true;
  return false;
}

/** An issue explicitly marked as stopping every check (zod's `continue: false`). */
function stopped(p: Payload): boolean {
  for (let i = 0; i < p.issues.length; i++) if (p.issues[i]!.continue === false) return true;
  return false;
}

// The interpreter runs once per value of a feed (≈ 60 000 values in a 1 MB feed), mostly in a
// cold page: it allocates nothing per value that it can avoid (no rule slices, no closures).

/**
 * An object rule's field names and rules, listed once per rule rather than once per value, as two
 * arrays: an indexed loop over them is what a cold page's interpreter runs fastest (no iterator,
 * no destructuring per field).
 */
interface Fields {
  keys: string[];
  rules: Rule[];
}
const FIELDS = new WeakMap<object, Fields>();
function fieldsOf(shape: { readonly [key: string]: Rule }): Fields {
  let fields = FIELDS.get(shape);
  if (!fields) {
    fields = { keys: Object.keys(shape), rules: Object.values(shape) };
    FIELDS.set(shape, fields);
  }
  return fields;
}

/** What an absent optional value gives: nothing, no issues (never written: see `add`). */
const ABSENT: Payload = Object.freeze({ value: undefined, issues: NONE }) as Payload;

/** A fresh copy of a default, as zod's default makes one: parsed feeds are mutated downstream. */
const copyDefault = (value: unknown): unknown =>
  value !== null && typeof value === 'object' ? structuredClone(value) : value;

/** Records an issue of `p` itself (path empty). */
function fail(
  p: Payload,
  [code, params = {}]: [ProblemCode, ProblemParams?],
  more?: { continue: false },
): void {
  add(p, { code, params, path: [], ...more });
}

/** Records an issue from a check, which lets later checks run. */
function flag(
  p: Payload,
  [code, params = {}]: [ProblemCode, ProblemParams?],
  path: PropertyKey[] = [],
): void {
  add(p, { code, params, path, continue: true });
}

/** Nests a child's issues under `key`, as zod's object and array parsers do. */
function adopt(p: Payload, child: Payload, key: PropertyKey): void {
  for (const issue of child.issues) {
    issue.path.unshift(key);
    add(p, issue);
  }
}

/** zod's invalid_type (and invalid_value): an absent value is simply not filled in. */
const wrongType = (value: unknown, expected: string): [ProblemCode, ProblemParams?] =>
  value === undefined ? ['required'] : ['type', { expected, received: typeOf(value) }];

/** zod's too_big / too_small, by what was measured: text, list or number. */
const tooBig = (value: unknown, max: number): [ProblemCode, ProblemParams] =>
  typeof value === 'string'
    ? ['too_long', { max, actual: value.length }]
    : Array.isArray(value)
      ? ['too_many', { max }]
      : ['number_range', { detail: `≤ ${max}` }];

const tooSmall = (value: unknown, min: number, inclusive = true): [ProblemCode, ProblemParams?] =>
  typeof value === 'string'
    ? min <= 1
      ? ['required']
      : ['too_short', { min }]
    : Array.isArray(value)
      ? ['too_few', { min }]
      : ['number_range', { detail: `${inclusive ? '≥' : '>'} ${min}` }];

/** zod's invalid_format, by format name; a plain pattern is worded by its path in validate(). */
const FORMATS: Record<string, ProblemCode> = {
  email: 'email',
  datetime: 'datetime',
  date: 'date',
  regex: 'pattern',
};
const WITH_VALUE = new Set<ProblemCode>(['email', 'pattern']);

/**
 * `input` is the value as given (classifyIssue reads the input, not the trimmed or parsed value);
 * `p.value` is what checks see.
 */
function run(rule: Rule, input: unknown): Payload {
  const p: Payload = { value: input, issues: NONE };
  // Where the rule's checks start: after the tag, or after the tag and the element/fields.
  let checks = 1;
  switch (rule[0]) {
    case 's':
      if (typeof input !== 'string') fail(p, wrongType(input, 'string'));
      break;
    case 'n':
      if (typeof input !== 'number' || !Number.isFinite(input)) fail(p, wrongType(input, 'number'));
      break;
    case 'b':
      if (typeof input !== 'boolean') fail(p, wrongType(input, 'boolean'));
      break;
    case 'e':
      if (!rule[1].includes(input))
        fail(
          p,
          input === undefined
            ? ['required']
            : ['enum', { value: shown(input), values: rule[1].map(String).join(', ') }],
        );
      return p;
    case '?':
      return input === undefined ? p : run(rule[1], input);
    case 'd':
      if (input !== undefined) return run(rule[1], input);
      p.value = copyDefault(rule[2]);
      return p;
    case 'u': {
      const results: Payload[] = [];
      for (const option of rule[1]) {
        const result = run(option, input);
        if (result.issues.length === 0) return result;
        results.push(result);
      }
      const live = results.filter((result) => !aborted(result));
      if (live.length === 1) return live[0]!;
      fail(p, ['when']);
      return p;
    }
    case 'a':
      checks = 2;
      if (!Array.isArray(input)) {
        fail(p, wrongType(input, 'array'));
        break;
      }
      // zod fails an oversized list on its leading length checks before parsing any element.
      for (let i = checks; i < rule.length; i++) {
        const check = rule[i] as Check;
        if (check[0] !== '<' && check[0] !== '>') break;
        if (check[0] === '>' && input.length > check[1]) {
          fail(p, ['too_many', { max: check[1] }], { continue: false });
          return p;
        }
      }
      {
        const element = rule[1];
        const items: unknown[] = [];
        for (let index = 0; index < input.length; index++) {
          const child = run(element, input[index]);
          if (child.issues.length !== 0) adopt(p, child, index);
          items.push(child.value);
        }
        p.value = items;
      }
      break;
    case 'o':
      checks = 2;
      if (input === null || typeof input !== 'object' || Array.isArray(input)) {
        fail(p, wrongType(input, 'object'));
        break;
      }
      {
        const { keys, rules } = fieldsOf(rule[1]);
        const fields = input as Record<string, unknown>;
        const value: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          const child = rules[i]!;
          const present = key in fields;
          let result: Payload;
          if (child[0] === '?') {
            // An absent optional key contributes nothing; a present one is its inner rule's.
            if (!present) continue;
            const given = fields[key];
            result = given === undefined ? ABSENT : run(child[1], given);
          } else result = run(child, fields[key]);
          if (result.issues.length !== 0) adopt(p, result, key);
          // Every required rule fails on undefined, so an absent required key always has an issue.
          if (present || child[0] === 'd') value[key] = result.value;
        }
        p.value = value;
      }
  }
  if (checks < rule.length) runChecks(p, rule, checks, input);
  return p;
}

/**
 * zod's runChecks over `rule`'s checks from index `from`: length checks run on anything with a
 * length unless explicitly aborted.
 */
function runChecks(p: Payload, rule: Rule, from: number, input: unknown): void {
  let stop = aborted(p);
  for (let i = from; i < rule.length; i++) {
    const check = rule[i] as Check;
    const value = p.value as never;
    const sized = check[0] === '<' || check[0] === '>';
    if (
      sized
        ? stopped(p) || value == null || (value as { length?: unknown }).length === undefined
        : stop
    )
      continue;
    const before = p.issues.length;
    switch (check[0]) {
      case 't':
        p.value = (value as string).trim();
        break;
      case '<': {
        const units = (value as string).length;
        const min = check[1];
        const length =
          typeof value === 'string' && units >= min && units < min * 2
            ? [...(value as string)].length
            : units;
        // Measured on the checked (trimmed) text, worded from the input as classifyIssue does;
        // a check only runs on a value with a length, whose kind the input shares.
        if (!(length >= min)) flag(p, tooSmall(input, min));
        break;
      }
      case '>': {
        const units = (value as string).length;
        const max = check[1];
        const length =
          typeof value === 'string' && units > max ? [...(value as string)].length : units;
        if (!(length <= max)) flag(p, tooBig(input, max));
        break;
      }
      case 'f':
        if (!check[1].test(value)) {
          const code = FORMATS[check[2]]!;
          flag(p, [code, WITH_VALUE.has(code) ? { value: shown(input) } : {}]);
        }
        break;
      case '^':
        if (!(value as string).startsWith(check[1])) flag(p, ['https_required']);
        break;
      case 'r':
        if (!REFINES[check[1]]!(value)) {
          const path = [...(check[2] ?? [])];
          const at = path.reduce<unknown>((node, key) => (node as never)?.[key], input);
          // The generator admits only refines named in REFINES, each a problem code.
          flag(p, [check[1] as ProblemCode, { value: shown(at) }], path);
        }
        break;
      case 'i':
        if (!Number.isInteger(value))
          add(p, {
            code: 'type',
            params: { expected: 'int', received: 'number' },
            path: [],
            continue: false,
          });
        else if (!Number.isSafeInteger(value))
          flag(
            p,
            value > 0
              ? tooBig(value, Number.MAX_SAFE_INTEGER)
              : tooSmall(value, Number.MIN_SAFE_INTEGER),
          );
        break;
      case 'g':
        if (!(check[2] ? value >= check[1] : value > check[1]))
          flag(p, tooSmall(value, check[1], check[2]));
        break;
      case 'l':
        if (!(check[2] ? value <= check[1] : value < check[1])) flag(p, tooBig(value, check[1]));
    }
    if (!stop && p.issues.length > before) stop = aborted(p, before);
  }
}

/**
 * Runs a compact rule on untrusted data, with zod's results: the parsed data, and zod's issues
 * worded as problem codes (classifyIssue's wording).
 */
export function validate(rule: Rule, value: unknown): Validated {
  const { value: data, issues: found } = run(rule, value);
  // The caller gets a list of its own, never the shared empty one.
  const issues = found === NONE ? [] : found;
  // A plain pattern is worded by where it failed, as classifyIssue words it: an id (also an
  // id in a list, or the value itself), a phone number, or anything else.
  for (const issue of issues) {
    const last = issue.path[issue.path.length - 1];
    if (issue.code !== 'pattern') continue;
    if (last === 'id' || last === undefined || typeof last === 'number') issue.code = 'id_pattern';
    else if (last === 'phone') issue.code = 'phone';
  }
  return { data, issues };
}
