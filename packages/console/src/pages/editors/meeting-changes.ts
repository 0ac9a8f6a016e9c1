/**
 * A series' next meetings under its rule, each of which can be cancelled with a note for the
 * participants, moved (another start, end, venue, format or broadcast link) or restored: what
 * is written is the feed's `recurrence.changes` (one entry per meeting, found by the date the
 * rule gives it), so the feed's own parser checks it with the rest of the form and the preview
 * shows it. A meeting's own materials stay when it is restored. Dates with no meeting at all are
 * the rule builder's «Даты без встречи» (`except`).
 */
import { type FeedEvent, nextOccurrences, type OccurrenceChange } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from '../../i18n/format.ts';
import type { FieldDescriptor } from './editor-descriptors.ts';
import type { FieldContext } from './editor-fields.ts';
import { getAt, type Item } from './editor-model.ts';

/** How many meetings ahead are listed (a month's rhythm: half a school year). */
export const UPCOMING = 6;

/** A meeting's own fields, drawn by the generic controls at `recurrence.changes.<n>.<path>`. */
const NOTE: FieldDescriptor = { path: 'statusNote', kind: 'textarea' };
const MOVED: FieldDescriptor[] = [
  { path: 'start', kind: 'when' },
  { path: 'end', kind: 'when' },
  { path: 'venue.organization', kind: 'ref', target: 'organizations' },
  // A meeting held online instead (or the other way round), with its own link.
  { path: 'format', kind: 'enum', values: 'eventFormat', optional: true },
  { path: 'onlineUrl', kind: 'url' },
];

type Draw = (c: FieldContext, f: FieldDescriptor, key: string) => TemplateResult;

/** The item's changes as they are (anything else than a list is the feed's to report). */
function changesOf(item: Item): OccurrenceChange[] {
  const value = getAt(item, 'recurrence.changes');
  return Array.isArray(value) ? (value as OccurrenceChange[]) : [];
}

/** `changes` with the entry for `date` replaced by `change` (removed when null), by date. */
export function withChange(
  changes: readonly OccurrenceChange[],
  date: string,
  change: OccurrenceChange | null,
): OccurrenceChange[] {
  const out = changes.filter((c) => c.date !== date);
  if (change) out.push(change);
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Cancelled: only the note and the meeting's own materials go with it (not a move). */
export function cancelled(change: OccurrenceChange | undefined, date: string): OccurrenceChange {
  return { date, status: 'cancelled', ...(change?.materials && { materials: change.materials }) };
}

/** Moved: to start where the rule puts it until a new time is typed. */
export function moved(
  change: OccurrenceChange | undefined,
  date: string,
  start: string,
): OccurrenceChange {
  return { date, start, ...(change?.materials && { materials: change.materials }) };
}

/** As the rule has it: what is left is the meeting's own materials, if any. */
export function restored(change: OccurrenceChange | undefined): OccurrenceChange | null {
  return change?.materials ? { date: change.date, materials: change.materials } : null;
}

/**
 * The rule's next meetings, as the rule gives them: the list stays put while a new time is typed
 * (a half-typed one would move a meeting out of it); none while the rule or the start cannot be
 * read (the form says why).
 */
function upcoming(item: Item, zone: string) {
  const recurrence = getAt(item, 'recurrence') as Record<string, unknown>;
  const plain = { ...item, recurrence: { ...recurrence, changes: undefined } };
  try {
    return nextOccurrences(plain as unknown as FeedEvent, zone, Date.now(), UPCOMING);
  } catch {
    return [];
  }
}

/** A rule's date as words: «вт, 15 декабря 2026 г.» (a calendar date: no zone shift). */
function dayWords(date: string, lang: FieldContext['lang']): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ru-RU', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${date}T00:00:00Z`));
}

export function renderMeetings(c: FieldContext, draw: Draw): TemplateResult {
  // An event without a rule is one meeting: its own status and time are the form's fields.
  if (!getAt(c.item, 'recurrence.rule')) return html``;
  const t = c.t.meetings;
  const changes = changesOf(c.item);
  const meetings = upcoming(c.item, c.zone);
  const write = (date: string, change: OccurrenceChange | null) =>
    c.set('recurrence.changes', withChange(changes, date, change));
  return html`<fieldset class="meetings" id="f-recurrence-changes" tabindex="-1">
    <legend>${t.legend}</legend>
    <p class="hint">${t.intro}</p>
    ${
      meetings.length
        ? html`<ol class="meetings-list">
          ${meetings.map((meeting) => {
            const date = meeting.occurrenceDate!;
            const at = changes.findIndex((x) => x.date === date);
            const change = at < 0 ? undefined : changes[at];
            const isCancelled = change?.status === 'cancelled';
            const isMoved = Boolean(
              change?.start || change?.end || change?.venue || change?.format || change?.onlineUrl,
            );
            const start = change?.start ?? meeting.start;
            const when =
              start.length === 10 ? dayWords(start, c.lang) : formatDateTime(start, c.lang, c.zone);
            const key = (path: string) => `recurrence.changes.${at}.${path}`;
            return html`<li data-meeting=${date}>
              <fieldset class="entry">
                <legend>${dayWords(date, c.lang)}</legend>
                <p data-state>
                  ${isCancelled ? html`<strong>${t.cancelled}</strong>` : isMoved ? html`<strong>${t.movedTo(when)}</strong>` : when}
                </p>
                ${isCancelled || isMoved ? draw(c, NOTE, key(NOTE.path)) : nothing}
                ${isMoved ? MOVED.map((f) => draw(c, f, key(f.path))) : nothing}
                <p class="actions">
                  ${
                    isCancelled || isMoved
                      ? html`<button type="button" @click=${() => write(date, restored(change))}>${t.restore}</button>`
                      : html`<button type="button" @click=${() => write(date, cancelled(change, date))}>${t.cancel}</button>
                        <button type="button" @click=${() => write(date, moved(change, date, meeting.start))}>${t.move}</button>`
                  }
                </p>
              </fieldset>
            </li>`;
          })}
        </ol>`
        : html`<p>${t.none}</p>`
    }
  </fieldset>`;
}
