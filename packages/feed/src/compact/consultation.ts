import { formatPath } from '../problem-path.ts';
import { type Lang, problemMessage } from '../problems.ts';
import type { ConsultationRequest } from '../schema/consultation.ts';
import { consultationRequest } from './rules.generated.ts';
import { validate } from './validate.ts';

/** Either the parsed request or one message per offending field, keyed by its path. */
export type RequestValidation =
  | { ok: true; request: ConsultationRequest }
  | { ok: false; fields: Record<string, string> };

/**
 * The consultation form's check before sending: consultationRequestSchema's verdict (the inbox
 * validates with zod) worded like the inbox words it, so form and server never disagree.
 */
export function validateConsultationRequest(value: unknown, lang: Lang = 'ru'): RequestValidation {
  const { data, issues } = validate(consultationRequest, value);
  if (issues.length === 0) return { ok: true, request: data as ConsultationRequest };
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = formatPath(issue.path);
    if (path in fields) continue;
    fields[path] = problemMessage(issue.code, issue.params, lang);
  }
  return { ok: false, fields };
}
