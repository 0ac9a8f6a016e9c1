/**
 * An occurrence's key, as the calendar's deep links carry it: `<event id>@<local date>`, the
 * date the rule gives the meeting in the publisher's zone (its RECURRENCE-ID), which stays the
 * key when the meeting is moved. Event ids never hold `@` (schema/primitives.ts).
 */
export const occurrenceKey = (id: string, date: string): string => `${id}@${date}`;

/** The event id and date of an occurrence's key; a plain event id has no date. */
export function splitOccurrenceKey(key: string): { id: string; date?: string } {
  const at = key.lastIndexOf('@');
  const date = key.slice(at + 1);
  return at > 0 && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { id: key.slice(0, at), date } : { id: key };
}
