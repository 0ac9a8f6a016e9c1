import { ApiError } from '../api/client.ts';
import type { Strings } from '../i18n/ru.ts';

/** Words for a failed call: the service's own message when it sent one, ours otherwise. */
export function problemText(error: unknown, t: Strings): string {
  if (!(error instanceof ApiError)) return t.failed;
  if (error.status === 0) return t.network;
  if (error.message) return error.message;
  if (error.status === 403) return t.forbidden;
  if (error.status === 404) return t.notFound;
  if (error.status === 401) return t.sessionEnded;
  return t.failed;
}

/** The field messages of a 422, or null for any other failure. */
export function fieldErrors(error: unknown): Record<string, string> | null {
  return error instanceof ApiError && error.status === 422 && Object.keys(error.fields).length > 0
    ? error.fields
    : null;
}
