import {
  type ConsultationRequest,
  classifyIssue,
  consultationRequestSchema,
  formatPath,
  type Lang,
  problemMessage,
} from '@metodika/feed';

/** Either the parsed request or one message per offending field, keyed by its path. */
export type Validation =
  | { ok: true; request: ConsultationRequest }
  | { ok: false; fields: Record<string, string> };

/**
 * Validates with the same zod schema the form uses and words the problems with the feed's own
 * messages, so the form and the server never disagree about what is wrong.
 */
export function validateRequest(body: unknown, lang: Lang): Validation {
  const result = validateWith(consultationRequestSchema, body, lang);
  return result.ok ? { ok: true, request: result.value } : result;
}

/** Any zod schema's result, with one message per offending field in the feed's words. */
export function validateWith<T>(
  schema: {
    safeParse(
      body: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
  },
  body: unknown,
  lang: Lang,
): { ok: true; value: T } | { ok: false; fields: Record<string, string> } {
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = formatPath(issue.path);
    if (path in fields) continue;
    const { code, params } = isMissingChoice(issue, body)
      ? { code: 'required' as const, params: {} }
      : classifyIssue(issue, body);
    fields[path] = problemMessage(code, params, lang);
  }
  return { ok: false, fields };
}

type Issue = Parameters<typeof classifyIssue>[0];

/**
 * zod reports a missing enum/literal (`locale`, `consent.given`) as a wrong value, which
 * classifyIssue words as «Недопустимое значение «»»; for the form it is simply not filled in.
 */
function isMissingChoice(issue: { code: string; path: PropertyKey[] }, body: unknown): boolean {
  if (issue.code !== 'invalid_value') return false;
  let node = body;
  for (const key of issue.path) {
    if (node === null || typeof node !== 'object') return true;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node === undefined;
}
