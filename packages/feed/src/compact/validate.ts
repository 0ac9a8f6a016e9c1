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

/**
 * The issues found so far by the running validate(): one list for the whole value, each issue
 * pushed once and given its path on the way back up, so a value without issues allocates no
 * issue list and no result object of its own. A value's own issues are those from the list's
 * length when it started (`from`) to its end.
 */
let found: CompactIssue[] = [];

/** zod's `aborted`: an issue from `from` on that does not let later checks run. */
function aborted(from: number, list = found): boolean {
  for (let i = from; i < list.length; i++) if (list[i]!.continue !== true) return true;
  return false;
}

/** An issue from `from` on explicitly marked as stopping every check (zod's `continue: false`). */
function stopped(from: number): boolean {
  for (let i = from; i < found.length; i++) if (found[i]!.continue === false) return true;
  return false;
}

// The interpreter runs once per value of a feed (≈ 20 000 values in a 1 MB feed), mostly in a
// cold page: it allocates nothing per value that it can avoid (no rule slices, no closures, no
// result objects).

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

/** A fresh copy of a default, as zod's default makes one: parsed feeds are mutated downstream. */
const copyDefault = (value: unknown): unknown =>
  value !== null && typeof value === 'object' ? structuredClone(value) : value;

/** Records an issue of the value being checked (path empty). */
function fail(
  [code, params = {}]: [ProblemCode, ProblemParams?],
  more?: { continue: false },
): void {
  found.push({ code, params, path: [], ...more });
}

/** Records an issue from a check, which lets later checks run. */
function flag([code, params = {}]: [ProblemCode, ProblemParams?], path: PropertyKey[] = []): void {
  found.push({ code, params, path, continue: true });
}

/** Nests the issues a child added from `from` on under `key`, as zod's object and array parsers do. */
function nest(from: number, key: PropertyKey): void {
  for (let i = from; i < found.length; i++) found[i]!.path.unshift(key);
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
 * Returns the parsed value of `input`, adding its issues to `found`. `input` is the value as
 * given (classifyIssue reads the input, not the trimmed or parsed value); the checks see the
 * parsed value.
 */
function run(rule: Rule, input: unknown): unknown {
  const from = found.length;
  let value = input;
  // Where the rule's checks start: after the tag, or after the tag and the element/fields.
  let checks = 1;
  switch (rule[0]) {
    case 's':
      if (typeof input !== 'string') fail(wrongType(input, 'string'));
      break;
    case 'n':
      if (typeof input !== 'number' || !Number.isFinite(input)) fail(wrongType(input, 'number'));
      break;
    case 'b':
      if (typeof input !== 'boolean') fail(wrongType(input, 'boolean'));
      break;
    case 'e':
      if (!rule[1].includes(input))
        fail(
          input === undefined
            ? ['required']
            : ['enum', { value: shown(input), values: rule[1].map(String).join(', ') }],
        );
      return input;
    case '?':
      return input === undefined ? input : run(rule[1], input);
    case 'd':
      return input === undefined ? copyDefault(rule[2]) : run(rule[1], input);
    case 'u': {
      // Each option's issues are set aside; a union with one option still alive is that option.
      const options = rule[1];
      const values: unknown[] = [];
      const issues: CompactIssue[][] = [];
      for (let i = 0; i < options.length; i++) {
        const result = run(options[i]!, input);
        if (found.length === from) return result;
        values.push(result);
        issues.push(found.splice(from));
      }
      let live = -1;
      for (let i = 0; i < issues.length; i++)
        if (!aborted(0, issues[i])) live = live === -1 ? i : -2;
      if (live >= 0) {
        found.push(...issues[live]!);
        return values[live];
      }
      fail(['when']);
      return input;
    }
    case 'a':
      checks = 2;
      if (!Array.isArray(input)) {
        fail(wrongType(input, 'array'));
        break;
      }
      // zod fails an oversized list on its leading length checks before parsing any element.
      for (let i = checks; i < rule.length; i++) {
        const check = rule[i] as Check;
        if (check[0] !== '<' && check[0] !== '>') break;
        if (check[0] === '>' && input.length > check[1]) {
          fail(['too_many', { max: check[1] }], { continue: false });
          return input;
        }
      }
      {
        const element = rule[1];
        const items: unknown[] = [];
        for (let index = 0; index < input.length; index++) {
          const before = found.length;
          items.push(run(element, input[index]));
          if (found.length !== before) nest(before, index);
        }
        value = items;
      }
      break;
    case 'o':
      checks = 2;
      if (input === null || typeof input !== 'object' || Array.isArray(input)) {
        fail(wrongType(input, 'object'));
        break;
      }
      {
        const { keys, rules } = fieldsOf(rule[1]);
        const fields = input as Record<string, unknown>;
        const parsed: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          const child = rules[i]!;
          const given = fields[key];
          // One lookup for a present value; `in` only tells absent from present but undefined.
          const present = given !== undefined || key in fields;
          // An absent optional key contributes nothing; a present one is its inner rule's.
          if (child[0] === '?' && !present) continue;
          const before = found.length;
          const result =
            child[0] !== '?'
              ? run(child, given)
              : given === undefined
                ? given
                : run(child[1], given);
          if (found.length !== before) nest(before, key);
          // Every required rule fails on undefined, so an absent required key always has an issue.
          if (present || child[0] === 'd') parsed[key] = result;
        }
        value = parsed;
      }
  }
  return checks < rule.length ? runChecks(rule, checks, input, value, from) : value;
}

/**
 * zod's runChecks over `rule`'s checks from index `first` on `parsed`, the value whose issues
 * start at `from` in `found`: length checks run on anything with a length unless explicitly
 * aborted. Returns the checked value (trimmed).
 */
function runChecks(
  rule: Rule,
  first: number,
  input: unknown,
  parsed: unknown,
  from: number,
): unknown {
  let stop = found.length > from && aborted(from);
  for (let i = first; i < rule.length; i++) {
    const check = rule[i] as Check;
    const value = parsed as never;
    // Only a value with issues skips checks: one without passed its type test, and only texts
    // and lists have length checks. Most values have none, and skip the scans of the issues.
    if (
      found.length > from &&
      (check[0] === '<' || check[0] === '>'
        ? stopped(from) || value == null || (value as { length?: unknown }).length === undefined
        : stop)
    )
      continue;
    const before = found.length;
    switch (check[0]) {
      case 't':
        parsed = (value as string).trim();
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
        if (!(length >= min)) flag(tooSmall(input, min));
        break;
      }
      case '>': {
        const units = (value as string).length;
        const max = check[1];
        const length =
          typeof value === 'string' && units > max ? [...(value as string)].length : units;
        if (!(length <= max)) flag(tooBig(input, max));
        break;
      }
      case 'f':
        if (!check[1].test(value)) {
          const code = FORMATS[check[2]]!;
          flag([code, WITH_VALUE.has(code) ? { value: shown(input) } : {}]);
        }
        break;
      case '^':
        if (!(value as string).startsWith(check[1])) flag(['https_required']);
        break;
      case 'r':
        if (!REFINES[check[1]]!(value)) {
          const path = [...(check[2] ?? [])];
          const at = path.reduce<unknown>((node, key) => (node as never)?.[key], input);
          // The generator admits only refines named in REFINES, each a problem code.
          flag([check[1] as ProblemCode, { value: shown(at) }], path);
        }
        break;
      case 'i':
        if (!Number.isInteger(value))
          fail(['type', { expected: 'int', received: 'number' }], { continue: false });
        else if (!Number.isSafeInteger(value))
          flag(
            value > 0
              ? tooBig(value, Number.MAX_SAFE_INTEGER)
              : tooSmall(value, Number.MIN_SAFE_INTEGER),
          );
        break;
      case 'g':
        if (!(check[2] ? value >= check[1] : value > check[1]))
          flag(tooSmall(value, check[1], check[2]));
        break;
      case 'l':
        if (!(check[2] ? value <= check[1] : value < check[1])) flag(tooBig(value, check[1]));
    }
    if (!stop && found.length > before) stop = aborted(before);
  }
  return parsed;
}

/**
 * Runs a compact rule on untrusted data, with zod's results: the parsed data, and zod's issues
 * worded as problem codes (classifyIssue's wording).
 */
export function validate(rule: Rule, value: unknown): Validated {
  found = [];
  const data = run(rule, value);
  const issues = found;
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
