import { formatPath } from '../problem-path.ts';
import { type Lang, type ProblemCode, type ProblemParams, problemMessage } from '../problems.ts';
import type { ConsultationRequest } from '../schema/consultation.ts';
import { consultationRequest } from './rules.generated.ts';
import { validate } from './validate.ts';

/** Either the parsed request or one message per offending field, keyed by its path. */
export type RequestValidation =
  | { ok: true; request: ConsultationRequest }
  | { ok: false; fields: Record<string, string> };

/** A field's first problem, not yet worded (problems.ts words it in the reader's language). */
export interface FieldProblem {
  code: ProblemCode;
  params: ProblemParams;
}

/** Either the parsed request or each offending field's first problem, keyed by its path. */
export type RequestCheck =
  | { ok: true; request: ConsultationRequest }
  | { ok: false; fields: Record<string, FieldProblem> };

/**
 * consultationRequestSchema's verdict (the inbox validates with zod) without the words: a form
 * paints before it needs the problems' messages, so it loads them on demand and words the
 * result itself (`problemMessage`), as `validateConsultationRequest` does.
 */
export function checkConsultationRequest(value: unknown): RequestCheck {
  const { data, issues } = validate(consultationRequest, value);
  if (issues.length === 0) return { ok: true, request: data as ConsultationRequest };
  const fields: Record<string, FieldProblem> = {};
  for (const { path, code, params } of issues) {
    const key = formatPath(path);
    if (!Object.hasOwn(fields, key)) fields[key] = { code, params };
  }
  return { ok: false, fields };
}

/**
 * The consultation form's check before sending: consultationRequestSchema's verdict worded like
 * the inbox words it, so form and server never disagree.
 */
export function validateConsultationRequest(value: unknown, lang: Lang = 'ru'): RequestValidation {
  const checked = checkConsultationRequest(value);
  if (checked.ok) return checked;
  const fields: Record<string, string> = {};
  for (const [path, { code, params }] of Object.entries(checked.fields))
    fields[path] = problemMessage(code, params, lang);
  return { ok: false, fields };
}
