import type * as z from 'zod/mini';
import type { ProblemCode, ProblemParams } from './problems.ts';

type Issue = z.core.$ZodIssue;

/** Language-neutral type of a JSON value; problems.ts words it in the reader's language. */
export function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** A value as a message quotes it: text as is, anything else as JSON, at most 80 characters. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? '' : text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Maps a zod issue to one of our problem codes, with what the message needs to say. */
export function classifyIssue(
  issue: Issue,
  input: unknown,
): { code: ProblemCode; params: ProblemParams } {
  const value = valueAt(input, issue.path);
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { code: 'required', params: {} };
      return {
        code: 'type',
        params: {
          expected: issue.expected,
          received: typeOf(value),
        },
      };
    case 'too_big':
      if (issue.origin === 'string')
        return {
          code: 'too_long',
          params: { max: Number(issue.maximum), actual: String(value).length },
        };
      if (issue.origin === 'array')
        return { code: 'too_many', params: { max: Number(issue.maximum) } };
      return { code: 'number_range', params: { detail: `≤ ${issue.maximum}` } };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { code: 'required', params: {} }
          : { code: 'too_short', params: { min: Number(issue.minimum) } };
      }
      if (issue.origin === 'array')
        return { code: 'too_few', params: { min: Number(issue.minimum) } };
      return {
        code: 'number_range',
        params: { detail: `${issue.inclusive ? '≥' : '>'} ${issue.minimum}` },
      };
    case 'invalid_value':
      if (value === undefined) return { code: 'required', params: {} };
      return {
        code: 'enum',
        params: { value: shown(value), values: issue.values.map((v) => String(v)).join(', ') },
      };
    case 'invalid_format': {
      const format = issue.format;
      if (format === 'email') return { code: 'email', params: { value: shown(value) } };
      if (format === 'datetime') return { code: 'datetime', params: {} };
      if (format === 'date') return { code: 'date', params: {} };
      if (format === 'starts_with') return { code: 'https_required', params: {} };
      if (last === 'id' || issue.path.length === 0 || typeof last === 'number')
        return { code: 'id_pattern', params: { value: shown(value) } };
      if (last === 'phone') return { code: 'phone', params: { value: shown(value) } };
      return { code: 'pattern', params: { value: shown(value) } };
    }
    case 'invalid_union':
      return { code: 'when', params: {} };
    case 'custom': {
      const code = issue.message as ProblemCode;
      if (
        code === 'unsafe_url' ||
        code === 'web_url' ||
        code === 'contact_required' ||
        code === 'registration_target'
      )
        return { code, params: { value: shown(value) } };
      return { code: 'invalid', params: { detail: issue.message } };
    }
    default:
      return { code: 'invalid', params: { detail: issue.message } };
  }
}
