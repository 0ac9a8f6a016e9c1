/**
 * The urgent changes to a draft's events as pure functions over the feed document: each returns
 * a new document (the draft in the page's state is never mutated, so a refused save loses
 * nothing).
 */
import type { FeedDocument } from './content-api.ts';

export type DraftEvent = Record<string, unknown> & { id: string; title?: string; start?: string };
export type Urgent = 'cancelled' | 'postponed' | 'moved-online' | 'scheduled';

export const eventsOf = (doc: FeedDocument | null): DraftEvent[] =>
  Array.isArray(doc?.events)
    ? (doc.events as DraftEvent[]).filter((e) => e && typeof e.id === 'string')
    : [];

function replaceEvent(
  doc: FeedDocument,
  id: string,
  change: (e: DraftEvent) => DraftEvent,
): FeedDocument {
  const events = (doc.events ?? []) as DraftEvent[];
  return { ...doc, events: events.map((e) => (e.id === id ? change(structuredClone(e)) : e)) };
}

/** Status and the note visitors see; «scheduled» clears the note. */
export function setStatus(
  doc: FeedDocument,
  id: string,
  status: Urgent,
  note: string,
  onlineUrl = '',
): FeedDocument {
  return replaceEvent(doc, id, (e) => {
    e.status = status;
    if (status === 'scheduled' || !note.trim()) delete e.statusNote;
    else e.statusNote = note.trim();
    if (status === 'moved-online') {
      e.format = 'online';
      if (onlineUrl.trim()) e.onlineUrl = onlineUrl.trim();
    }
    return e;
  });
}

/** A copy right after the original with a new id (`<id>-copy`, `-copy-2`…) and a marked title. */
export function duplicate(
  doc: FeedDocument,
  id: string,
  suffix: string,
): { doc: FeedDocument; id: string } {
  const events = (doc.events ?? []) as DraftEvent[];
  const index = events.findIndex((e) => e.id === id);
  const original = events[index];
  if (!original) return { doc, id };
  const taken = new Set(events.map((e) => e.id));
  let copyId = `${id}-copy`;
  for (let n = 2; taken.has(copyId); n++) copyId = `${id}-copy-${n}`;
  const copy: DraftEvent = { ...structuredClone(original), id: copyId, status: 'scheduled' };
  delete copy.statusNote;
  delete copy.materials;
  if (typeof copy.title === 'string') copy.title = `${copy.title}${suffix}`;
  const next = [...events];
  next.splice(index + 1, 0, copy);
  return { doc: { ...doc, events: next }, id: copyId };
}

/** A material published after the event. */
export function addMaterial(
  doc: FeedDocument,
  id: string,
  title: string,
  url: string,
): FeedDocument {
  return replaceEvent(doc, id, (e) => {
    const materials = Array.isArray(e.materials) ? e.materials : [];
    e.materials = [...materials, { title: title.trim(), url: url.trim(), when: 'after' }];
    return e;
  });
}

/** Events whose title or id contains the query (case- and ё-insensitive). */
export function search(events: DraftEvent[], query: string): DraftEvent[] {
  const fold = (text: string) => text.toLocaleLowerCase('ru').replaceAll('ё', 'е');
  const q = fold(query.trim());
  if (!q) return events;
  return events.filter((e) => fold(`${e.title ?? ''} ${e.id}`).includes(q));
}
