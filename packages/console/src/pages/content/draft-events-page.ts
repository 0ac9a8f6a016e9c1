import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConsolePage } from '../../app/console-page.ts';
import { navigate } from '../../router/navigate.ts';
import { hashFor } from '../../router/route.ts';
import { consoleStyles } from '../../styles/console.styles.ts';
import { baseStyles } from '../../styles/widget-base.ts';
import { cardsTable } from '../../ui/cards-table.ts';
import { errorSummary, field } from '../../ui/field.ts';
import { eventWhen, startedBy } from '../events/event-format.ts';
import { eventsStyles } from '../events/events.styles.ts';
import { CONTENT_STRINGS, type ContentStrings } from './content.strings.ts';
import { contentStyles } from './content.styles.ts';
import type { FeedDocument } from './content-api.ts';
import { DraftController } from './draft-controller.ts';
import {
  addMaterial,
  type DraftEvent,
  duplicate,
  eventsOf,
  search,
  setStatus,
  type Urgent,
} from './draft-events.ts';

/** The change being made to one event: what, and what was typed (kept through a failed save). */
interface Edit {
  id: string;
  action: Exclude<Urgent, 'scheduled'> | 'scheduled' | 'material';
  note: string;
  onlineUrl: string;
  materialTitle: string;
  materialUrl: string;
}

/**
 * The draft's events with a search, and the urgent changes in two clicks: cancel, postpone or
 * move online with a note visitors see, back to scheduled, duplicate, a material after the event.
 * Each change is one revision-checked save of the draft; a refused save keeps the form and says
 * what to do (a colleague's save: reload the draft, then save again).
 */
export class ConsoleDraftEventsPage extends ConsolePage {
  static override styles = [baseStyles, consoleStyles, eventsStyles, contentStyles];

  private readonly draft = new DraftController(this);
  @state() private query = '';
  @state() private edit: Edit | null = null;
  @state() private errors: Record<string, string> = {};
  @state() private busy = false;

  private get c(): ContentStrings {
    return CONTENT_STRINGS[this.language];
  }

  protected override start(): void {
    this.query = this.route.query.get('q') ?? '';
    void this.draft.load();
  }

  /** One save of the draft with this change; true when it was kept. */
  private async save(document: FeedDocument, said: string, focusId: string): Promise<boolean> {
    if (!this.draft.value || this.busy) return false;
    this.busy = true;
    const kept = await this.draft.save(document);
    this.busy = false;
    if (kept) {
      this.edit = null;
      this.errors = {};
      this.announce(said);
    }
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(
        kept ? `[data-event="${CSS.escape(focusId)}"] th` : '[data-save-error]',
      )
      ?.focus();
    return kept;
  }

  /** After a conflict: the colleague's draft, with this form as it was typed. */
  private async reload(): Promise<void> {
    if (!(await this.draft.load())) return;
    this.draft.clearRefusal();
    this.announce(this.c.events.reloaded);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-edit] button.primary')?.focus();
  }

  private async open(event: DraftEvent, action: Edit['action']): Promise<void> {
    this.edit = {
      id: event.id,
      action,
      note: typeof event.statusNote === 'string' && action !== 'material' ? event.statusNote : '',
      onlineUrl: typeof event.onlineUrl === 'string' ? event.onlineUrl : '',
      materialTitle: '',
      materialUrl: '',
    };
    this.errors = {};
    this.draft.clearRefusal();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-edit] input, [data-edit] textarea')?.focus();
  }

  private async close(): Promise<void> {
    const id = this.edit?.id;
    this.edit = null;
    this.draft.clearRefusal();
    await this.updateComplete;
    if (id)
      this.renderRoot
        .querySelector<HTMLElement>(`[data-event="${CSS.escape(id)}"] button`)
        ?.focus();
  }

  private async submit(event: Event, target: DraftEvent): Promise<void> {
    event.preventDefault();
    const edit = this.edit;
    const doc = this.draft.value?.document;
    if (!edit || !doc) return;
    const t = this.c.events;
    const title = String(target.title ?? target.id);
    if (edit.action === 'material') {
      const errors: Record<string, string> = {};
      if (!edit.materialTitle.trim()) errors.materialTitle = t.required;
      if (!/^https?:\/\/\S+$/.test(edit.materialUrl.trim())) errors.materialUrl = t.required;
      this.errors = errors;
      if (Object.keys(errors).length) {
        await this.focusSummary();
        return;
      }
      await this.save(
        addMaterial(doc, edit.id, edit.materialTitle, edit.materialUrl),
        t.saved(title),
        edit.id,
      );
      return;
    }
    await this.save(
      setStatus(doc, edit.id, edit.action, edit.note, edit.onlineUrl),
      `${t.saved(title)} ${t.statuses[edit.action]}.`,
      edit.id,
    );
  }

  private async duplicate(event: DraftEvent): Promise<void> {
    const doc = this.draft.value?.document;
    if (!doc) return;
    const copy = duplicate(doc, event.id, this.c.events.copySuffix);
    await this.save(copy.doc, this.c.events.duplicated(String(event.title ?? event.id)), copy.id);
  }

  protected renderPage(): TemplateResult {
    const t = this.c.events;
    return html`<h1 tabindex="-1">${t.title}</h1>
      <p>${t.intro}</p>
      ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    const t = this.c.events;
    const draft = this.draft.value;
    if (this.draft.error && !draft) {
      return html`<div class="notice problem">
        <p>${this.draft.error}</p>
        <p><button type="button" @click=${() => this.draft.load()}>${this.t.retry}</button></p>
      </div>`;
    }
    if (!draft) return html`<p class="state" role="status">${this.t.loading}</p>`;
    const all = eventsOf(draft.document);
    if (all.length === 0) return html`<p class="state">${t.empty}</p>`;
    const shown = search(all, this.query);
    return html`<div class="filters">
        <div class="grow">
          ${field({
            id: 'draft-search',
            label: t.search,
            hint: t.searchHint,
            type: 'search',
            value: this.query,
            onInput: (value) => {
              this.query = value;
              // In the hash, as the other lists' filters: reload and a shared link keep it.
              navigate(hashFor('content-events', { q: value.trim() }), true);
            },
          })}
        </div>
      </div>
      <p class="muted" role="status" aria-live="polite">
        ${shown.length ? t.shown(shown.length, all.length) : t.noMatch}
      </p>
      ${shown.length ? this.renderTable(shown) : nothing}`;
  }

  private renderTable(events: DraftEvent[]): TemplateResult {
    const t = this.c.events;
    return cardsTable({
      id: 'draft-events-caption',
      caption: t.title,
      columns: [t.event, t.date, t.status, t.actions],
      rows: events.map((event) => this.renderRow(event)),
    });
  }

  private renderRow(event: DraftEvent): TemplateResult {
    const t = this.c.events;
    const status = typeof event.status === 'string' ? event.status : 'scheduled';
    const start = typeof event.start === 'string' ? event.start : '';
    const past = start !== '' && startedBy(start) <= Date.now();
    const titleId = `title-${event.id}`;
    const button = (text: string, action: () => void) =>
      html`<button type="button" aria-describedby=${titleId} ?disabled=${this.busy} @click=${action}>${text}</button>`;
    return html`<tr role="row" data-event=${event.id}>
      <th scope="row" role="rowheader" tabindex="-1" id=${titleId}>${event.title ?? event.id}</th>
      <td role="cell" data-label=${t.date}>${start ? eventWhen(start, this.language, this.context.timeZone) : this.t.none}</td>
      <td role="cell" data-label=${t.status}>
        <span class="event-${status}">${t.statuses[status] ?? status}</span>
        ${typeof event.statusNote === 'string' ? html`<br /><span class="muted">${event.statusNote}</span>` : nothing}
      </td>
      <td role="cell" data-label=${t.actions}>
        ${
          this.edit?.id === event.id
            ? this.renderEdit(event)
            : html`<div class="row-actions">
                ${status === 'cancelled' ? nothing : button(t.cancel, () => this.open(event, 'cancelled'))}
                ${status === 'postponed' ? nothing : button(t.postpone, () => this.open(event, 'postponed'))}
                ${status === 'moved-online' ? nothing : button(t.online, () => this.open(event, 'moved-online'))}
                ${status === 'scheduled' ? nothing : button(t.restore, () => this.open(event, 'scheduled'))}
                ${button(t.duplicate, () => this.duplicate(event))}
                ${past ? button(t.material, () => this.open(event, 'material')) : nothing}
                <a class="button" href=${hashFor('content', { c: 'events', id: event.id })} aria-describedby=${titleId}>${t.editAll}</a>
              </div>`
        }
      </td>
    </tr>`;
  }

  private renderEdit(event: DraftEvent): TemplateResult {
    const t = this.c.events;
    const edit = this.edit!;
    const set = (patch: Partial<Edit>) => {
      this.edit = { ...edit, ...patch };
    };
    const heading =
      edit.action === 'material' ? t.material : (t.statuses[edit.action] ?? edit.action);
    const labels = { materialTitle: t.materialTitle, materialUrl: t.materialUrl };
    return html`<form class="stack" data-edit novalidate aria-labelledby="edit-title"
      @submit=${(e: Event) => this.submit(e, event)}>
      <p id="edit-title"><strong>${heading}</strong></p>
      ${errorSummary(this.t.errorSummary, this.errors, labels, (f) => this.focusControl(`edit-${f}`))}
      ${
        edit.action === 'material'
          ? html`${field({ id: 'edit-materialTitle', label: t.materialTitle, value: edit.materialTitle, required: true, error: this.errors.materialTitle, onInput: (v) => set({ materialTitle: v }) })}
            ${field({ id: 'edit-materialUrl', label: t.materialUrl, value: edit.materialUrl, required: true, error: this.errors.materialUrl, onInput: (v) => set({ materialUrl: v }) })}`
          : edit.action === 'scheduled'
            ? nothing
            : html`${field({ id: 'edit-note', label: t.note, hint: t.noteHint, type: 'textarea', rows: 3, value: edit.note, onInput: (v) => set({ note: v }) })}
              ${
                edit.action === 'moved-online'
                  ? field({
                      id: 'edit-onlineUrl',
                      label: t.onlineUrl,
                      value: edit.onlineUrl,
                      onInput: (v) => set({ onlineUrl: v }),
                    })
                  : nothing
              }`
      }
      ${
        this.draft.saveError
          ? html`<div class="notice problem" tabindex="-1" data-save-error>
              <p>${this.draft.saveError}</p>
              ${this.draft.conflict ? html`<p><button type="button" @click=${() => this.reload()}>${t.conflictReload}</button></p>` : nothing}
            </div>`
          : nothing
      }
      <div class="row-actions">
        <button type="submit" class="primary" ?disabled=${this.busy || this.draft.conflict}>${this.busy ? t.saving : t.save}</button>
        <button type="button" @click=${() => this.close()}>${t.close}</button>
      </div>
    </form>`;
  }
}
