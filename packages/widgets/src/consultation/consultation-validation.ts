/**
 * The form's one door to validation. It asks the feed package's compact validator (the same
 * verdict as the inbox's zod check, worded by the same messages) so form and server never
 * disagree; switching the engine is a change to this file only.
 */
import { checkConsultationRequest } from '@metodika/feed';
import { mapFieldErrors } from '../base/form/form-request.ts';
import { wordFields } from '../base/form/form-words.ts';
import type { Locale } from '../base/i18n/locale.ts';

/** The form's fields in the order they appear: focus goes to the first invalid one. */
export const FIELDS = [
  'topic',
  'methodist',
  'format',
  'preferredTime',
  'name',
  'position',
  'organization',
  'email',
  'phone',
  'message',
  'consent',
] as const;

/** A field of the form. */
export type Field = (typeof FIELDS)[number];

/** Messages by field. */
export type FieldErrors = Partial<Record<Field, string>>;

/** The field a request path belongs to (`organization.name` → `organization`), or null. */
export function fieldOf(path: string): Field | null {
  const head = path.split(/[.[]/)[0] as Field;
  return FIELDS.includes(head) ? head : null;
}

/** Maps the validator's or the server's `{ path: message }` onto the form's fields. */
export const toFieldErrors = (fields: Record<string, string>) =>
  mapFieldErrors(fields, fieldOf) as { errors: FieldErrors; other: string[] };

/**
 * Checks a request as the inbox will; one message per offending field (`fallback` while the
 * problems' messages are not loaded: see form-words.ts).
 */
export function checkRequest(
  request: unknown,
  lang: Locale,
  fallback: string,
): { errors: FieldErrors; other: string[] } {
  const result = checkConsultationRequest(request);
  return result.ok
    ? { errors: {}, other: [] }
    : toFieldErrors(wordFields(result.fields, lang, fallback));
}
