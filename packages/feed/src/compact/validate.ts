import { REFINES } from './refines.ts';
import type { Check, Rule } from './rules.ts';

/**
 * An issue in zod's own shape (the fields classifyIssue reads), so the problem codes, params
 * and messages come out of the same code for both engines.
 */
export interface CompactIssue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  origin?: string;
  maximum?: number;
  minimum?: number;
  inclusive?: boolean;
  values?: readonly unknown[];
  format?: string;
  message?: string;
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

/** zod's `aborted`: an issue that does not let later checks run. */
const aborted = (p: Payload, from = 0): boolean =>
  p.issues.slice(from).some((issue) => issue.continue !== true);

const originOf = (value: unknown): string =>
  Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';

/** Nests a child's issues under `key`, as zod's object and array parsers do. */
function adopt(p: Payload, child: Payload, key: PropertyKey): void {
  for (const issue of child.issues) {
    issue.path.unshift(key);
    p.issues.push(issue);
  }
}

function run(rule: Rule, value: unknown): Payload {
  const p: Payload = { value, issues: [] };
  const fail = (issue: Omit<CompactIssue, 'path'>) => p.issues.push({ ...issue, path: [] });
  let checks = rule.slice(1) as Check[];
  switch (rule[0]) {
    case 's':
      if (typeof value !== 'string') fail({ code: 'invalid_type', expected: 'string' });
      break;
    case 'n':
      if (typeof value !== 'number' || !Number.isFinite(value))
        fail({ code: 'invalid_type', expected: 'number' });
      break;
    case 'b':
      if (typeof value !== 'boolean') fail({ code: 'invalid_type', expected: 'boolean' });
      break;
    case 'e':
      if (!rule[1].includes(value)) fail({ code: 'invalid_value', values: rule[1] });
      return p;
    case '?':
      return value === undefined ? p : run(rule[1], value);
    case 'd':
      if (value !== undefined) return run(rule[1], value);
      // A fresh copy each time, as zod's default does: parsed feeds are mutated downstream.
      p.value = structuredClone(rule[2]);
      return p;
    case 'u': {
      const results: Payload[] = [];
      for (const option of rule[1]) {
        const result = run(option, value);
        if (result.issues.length === 0) return result;
        results.push(result);
      }
      const live = results.filter((result) => !aborted(result));
      if (live.length === 1) return live[0]!;
      fail({ code: 'invalid_union' });
      return p;
    }
    case 'a':
      checks = rule.slice(2) as Check[];
      if (!Array.isArray(value)) {
        fail({ code: 'invalid_type', expected: 'array' });
        break;
      }
      // zod fails an oversized list on its leading length checks before parsing any element.
      for (const check of checks) {
        if (check[0] !== '<' && check[0] !== '>') break;
        if (check[0] === '>' && value.length > check[1]) {
          const issue = { code: 'too_big', origin: 'array', maximum: check[1], inclusive: true };
          p.issues.push({ ...issue, path: [], continue: false });
          return p;
        }
      }
      p.value = value.map((item, index) => {
        const child = run(rule[1], item);
        adopt(p, child, index);
        return child.value;
      });
      break;
    case 'o':
      checks = rule.slice(2) as Check[];
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        fail({ code: 'invalid_type', expected: 'object' });
        break;
      }
      p.value = {};
      for (const [key, child] of Object.entries(rule[1])) {
        const input = value as Record<string, unknown>;
        const present = key in input;
        // An absent optional key contributes nothing.
        if (child[0] === '?' && !present) continue;
        const result = run(child, input[key]);
        adopt(p, result, key);
        // Every required rule fails on undefined, so an absent required key always has an issue.
        if (present || child[0] === 'd') (p.value as Record<string, unknown>)[key] = result.value;
      }
  }
  runChecks(p, checks);
  return p;
}

/** zod's runChecks: length checks run on anything with a length unless explicitly aborted. */
function runChecks(p: Payload, checks: readonly Check[]): void {
  let stop = aborted(p);
  for (const check of checks) {
    const value = p.value as never;
    const sized = check[0] === '<' || check[0] === '>';
    if (
      sized
        ? p.issues.some((issue) => issue.continue === false) ||
          value == null ||
          (value as { length?: unknown }).length === undefined
        : stop
    )
      continue;
    const before = p.issues.length;
    const push = (issue: Omit<CompactIssue, 'path' | 'continue'>) =>
      p.issues.push({ ...issue, path: [], continue: true });
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
        if (!(length >= min))
          push({ code: 'too_small', origin: originOf(value), minimum: min, inclusive: true });
        break;
      }
      case '>': {
        const units = (value as string).length;
        const max = check[1];
        const length =
          typeof value === 'string' && units > max ? [...(value as string)].length : units;
        if (!(length <= max))
          push({ code: 'too_big', origin: originOf(value), maximum: max, inclusive: true });
        break;
      }
      case 'f':
        if (!check[1].test(value))
          push({ code: 'invalid_format', origin: 'string', format: check[2] });
        break;
      case '^':
        if (!(value as string).startsWith(check[1]))
          push({ code: 'invalid_format', origin: 'string', format: 'starts_with' });
        break;
      case 'r':
        if (!REFINES[check[1]]!(value))
          p.issues.push({
            code: 'custom',
            message: check[1],
            path: [...(check[2] ?? [])],
            continue: true,
          });
        break;
      case 'i':
        if (!Number.isInteger(value))
          p.issues.push({ code: 'invalid_type', expected: 'int', path: [], continue: false });
        else if (!Number.isSafeInteger(value))
          push(
            value > 0
              ? {
                  code: 'too_big',
                  origin: 'int',
                  maximum: Number.MAX_SAFE_INTEGER,
                  inclusive: true,
                }
              : {
                  code: 'too_small',
                  origin: 'int',
                  minimum: Number.MIN_SAFE_INTEGER,
                  inclusive: true,
                },
          );
        break;
      case 'g':
        if (!(check[2] ? value >= check[1] : value > check[1]))
          push({ code: 'too_small', origin: 'number', minimum: check[1], inclusive: check[2] });
        break;
      case 'l':
        if (!(check[2] ? value <= check[1] : value < check[1]))
          push({ code: 'too_big', origin: 'number', maximum: check[1], inclusive: check[2] });
    }
    if (!stop && p.issues.length > before) stop = aborted(p, before);
  }
}

/** Runs a compact rule on untrusted data, with zod's results: parsed data and zod-shaped issues. */
export function validate(rule: Rule, value: unknown): Validated {
  const { value: data, issues } = run(rule, value);
  return { data, issues };
}
