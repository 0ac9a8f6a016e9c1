import { isWebUrl } from '@metodika/feed';

/** An id of a merged view as its own feed knows it (merged views prefix ids with their source). */
export const localId = (id: string, source: string) =>
  source && id.startsWith(`${source}:`) ? id.slice(source.length + 1) : id;

/** A typed value, or undefined when empty (optional fields are left out of a request). */
export const optional = (value: string | undefined) => value?.trim() || undefined;

/**
 * The person's part of a request, as the department's service expects it: the organization with
 * its feed id when the typed name is one of the feed's (of the same source).
 */
export function personRequest(
  v: Record<string, string | undefined>,
  organizations: readonly { id: string; name: string; source: string }[],
  source: string,
): Record<string, unknown> {
  const orgName = (v.organization ?? '').trim();
  const org = organizations.find((o) => o.source === source && o.name === orgName);
  return {
    name: v.name ?? '',
    position: optional(v.position),
    organization: { id: org ? localId(org.id, source) : undefined, name: v.organization ?? '' },
    email: optional(v.email),
    phone: optional(v.phone),
  };
}

/** The page the form is on, when it is a web URL the schema takes. */
export function pageUrl(): string | undefined {
  const page = location.href;
  return isWebUrl(page) && page.length <= 2000 ? page : undefined;
}

/**
 * Maps `{ path: message }` (the validator's or the service's 422 answer) onto a form's fields by
 * `fieldOf`; messages for paths that are no field (a broken page URL, say) come back in `other`.
 */
export function mapFieldErrors(
  fields: Record<string, string>,
  fieldOf: (path: string) => string | null,
): { errors: Record<string, string>; other: string[] } {
  const errors: Record<string, string> = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const field = fieldOf(path);
    if (!field) other.push(message);
    else errors[field] ??= message;
  }
  return { errors, other };
}
