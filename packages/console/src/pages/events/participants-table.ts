import { safeHref } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Strings } from '../../i18n/ru.ts';
import { cardsTable } from '../../ui/cards-table.ts';
import type { Participant, Question } from './events-api.ts';

/** How a row's attendance mark stands after the last change. */
export type MarkState = 'saving' | 'saved' | 'failed';

/** What a list's rows show and do; the event page owns the state and the calls. */
export interface TableOptions {
  kind: 'confirmed' | 'waiting' | 'cancelled';
  /** The caption's id and words (a unique name for the region and the table). */
  id: string;
  caption: string;
  items: Participant[];
  questions: Question[];
  t: Strings;
  date: (iso: string) => string;
  /** The person being moved: their row says so (buttons stay focusable; a second click waits). */
  busy: number | null;
  confirming: number | null;
  marks: Record<number, MarkState>;
  onMove: (p: Participant, to: Participant['status']) => void;
  onAskCancel: (p: Participant) => void;
  onKeep: (p: Participant) => void;
  onAttend: (p: Participant, attended: boolean) => void;
}

function contacts(p: Participant): TemplateResult {
  const mail = safeHref(`mailto:${p.email}`);
  const tel = p.phone ? safeHref(`tel:${p.phone.replace(/[^\d+]/g, '')}`) : null;
  return html`${mail ? html`<a href=${mail}>${p.email}</a>` : p.email}${
    p.phone ? html`<br />${tel ? html`<a href=${tel}>${p.phone}</a>` : p.phone}` : nothing
  }`;
}

function answers(p: Participant, questions: Question[], none: string): TemplateResult {
  const given = questions.filter((q) => p.answers[q.id]);
  if (given.length === 0) return html`${none}`;
  return html`${given.map(
    (q, i) =>
      html`${i > 0 ? html`<br />` : nothing}<span class="muted">${q.label}:</span> ${p.answers[q.id]}`,
  )}`;
}

function attendance(o: TableOptions, p: Participant): TemplateResult {
  const t = o.t.events;
  const mark = o.marks[p.id];
  const hintId = `attend-${p.id}-state`;
  return html`<div class="attend">
    <input
      type="checkbox"
      id="attend-${p.id}"
      .checked=${live(p.attended === true)}
      aria-describedby=${mark ? hintId : 'attend-hint'}
      aria-label="${t.attendedLabel} ${p.name}"
      @change=${(e: Event) => o.onAttend(p, (e.target as HTMLInputElement).checked)}
    />
    ${
      mark === 'saving'
        ? html`<span class="muted" id=${hintId}>${t.saving}</span>`
        : mark === 'saved'
          ? html`<span class="saved" id=${hintId}>${t.attendedSaved}</span>`
          : mark === 'failed'
            ? html`<span class="field-error" id=${hintId}>${t.attendedFailedShort}</span>`
            : nothing
    }
  </div>`;
}

function actions(o: TableOptions, p: Participant): TemplateResult {
  const t = o.t.events;
  const busy = o.busy === p.id;
  if (o.confirming === p.id) {
    return html`<div
      class="confirm"
      role="group"
      aria-labelledby="confirm-${p.id}"
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') o.onKeep(p);
      }}
    >
      <p id="confirm-${p.id}">
        ${t.confirmCancel.replace('{name}', p.name)}
        ${p.status === 'confirmed' ? t.confirmCancelPromote : nothing}
      </p>
      <p class="row-actions">
        <button
          type="button"
          class="primary"
          data-confirm-yes
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => o.onMove(p, 'cancelled')}
        >
          ${t.confirmYes}
        </button>
        <button type="button" @click=${() => o.onKeep(p)}>${t.confirmNo}</button>
      </p>
    </div>`;
  }
  const button = (text: string, run: () => void, extra: Record<string, boolean> = {}) =>
    html`<button
      type="button"
      aria-label="${text}: ${p.name}"
      aria-disabled=${busy ? 'true' : 'false'}
      ?data-cancel=${extra.cancel === true}
      @click=${run}
    >
      ${text}
    </button>`;
  return html`<div class="row-actions">
    ${p.status !== 'confirmed' ? button(t.toConfirmed, () => o.onMove(p, 'confirmed')) : nothing}
    ${p.status !== 'waiting' ? button(t.toWaiting, () => o.onMove(p, 'waiting')) : nothing}
    ${
      p.status !== 'cancelled'
        ? button(t.cancelRegistration, () => o.onAskCancel(p), { cancel: true })
        : nothing
    }
  </div>`;
}

/**
 * One list of an event's people (registered, waiting, cancelled) as a table with a caption:
 * the person in the row header (focused after they move), contacts, answers to the event's
 * questions, when they registered, attendance for the registered, and the moves.
 */
export function participantsTable(o: TableOptions): TemplateResult {
  const t = o.t.events;
  const withAnswers = o.questions.length > 0;
  const first = o.kind === 'waiting' ? t.queue : t.number;
  return cardsTable({
    id: o.id,
    caption: o.caption,
    list: o.kind,
    columns: [
      o.kind !== 'cancelled' && first,
      t.name,
      t.contacts,
      withAnswers && t.answers,
      t.registered,
      o.kind === 'confirmed' && t.attended,
      t.actions,
    ],
    rows: o.items.map(
      (p, index) => html`<tr role="row" data-participant=${p.id}>
        ${o.kind === 'cancelled' ? nothing : html`<td role="cell" data-label=${first}>${index + 1}</td>`}
        <th scope="row" role="rowheader" id="person-${p.id}" tabindex="-1">
          <span data-name>${p.name}</span>
          <br /><span class="muted">${[p.position, p.organization].filter(Boolean).join(', ')}</span>
        </th>
        <td role="cell" data-label=${t.contacts}>${contacts(p)}</td>
        ${withAnswers ? html`<td role="cell" data-label=${t.answers}>${answers(p, o.questions, o.t.none)}</td>` : nothing}
        <td role="cell" data-label=${t.registered}>
          ${o.date(p.createdAt)}${
            p.promotedAt
              ? html`<br /><span class="muted">${t.promoted}, ${o.date(p.promotedAt)}</span>`
              : nothing
          }
        </td>
        ${o.kind === 'confirmed' ? html`<td role="cell" data-label=${t.attended}>${attendance(o, p)}</td>` : nothing}
        <td role="cell">${actions(o, p)}</td>
      </tr>`,
    ),
  });
}
