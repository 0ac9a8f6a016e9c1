/**
 * The registration form's check before sending. The person's fields are worded by the feed
 * package's compact validator (the consultation request has the same name, position,
 * organization, e-mail, phone, consent and page fields, with the same limits as
 * registrationRequestSchema), so form and service agree; the e-mail and the required questions are
 * the registration's own rules, worded as the service words them.
 */
import { checkConsultationRequest } from '@metodika/feed';
import { mapFieldErrors } from '../base/form/form-request.ts';
import { wordFields } from '../base/form/form-words.ts';
import type { Locale } from '../base/i18n/locale.ts';

/** The form's fixed fields in the order they appear, before the questions and the consent. */
export const PERSON_FIELDS = ['name', 'position', 'organization', 'email', 'phone'] as const;

/** The field of an extra question (`q-<id>`): ids of controls, so no dots. */
export const questionField = (id: string) => `q-${id}`;

/** Messages by field (`name`, `q-subject`, `consent`…). */
export type FieldErrors = Record<string, string>;

/** The field of a request path: `organization.name` → `organization`, `answers.subject` → `q-subject`. */
function fieldOf(path: string): string | null {
  const [head, rest] = path.split(/\.(.*)/);
  if (head === 'answers' && rest) return questionField(rest);
  return (PERSON_FIELDS as readonly string[]).includes(head!) || head === 'consent' ? head! : null;
}

/** Maps the validator's or the service's `{ path: message }` onto the form's fields. */
export const toFieldErrors = (fields: Record<string, string>) => mapFieldErrors(fields, fieldOf);

/** Every field's problem in the request as the service would find it (the questions aside). */
export function checkPerson(
  request: Record<string, unknown>,
  lang: Locale,
  fallback: string,
): FieldErrors {
  const { answers: _, ...person } = request;
  // The consultation's topic and message stand in so only the shared fields are judged.
  const result = checkConsultationRequest({ ...person, topic: 'x', message: 'x' });
  return result.ok ? {} : toFieldErrors(wordFields(result.fields, lang, fallback)).errors;
}
