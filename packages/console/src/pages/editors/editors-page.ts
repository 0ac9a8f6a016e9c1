import type { RefTarget } from '@metodika/feed';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConsolePage } from '../../app/console-page.ts';
import { navigate } from '../../router/navigate.ts';
import { hashFor, type Route } from '../../router/route.ts';
import { consoleStyles } from '../../styles/console.styles.ts';
import { baseStyles } from '../../styles/widget-base.ts';
import { cardsTable } from '../../ui/cards-table.ts';
import { errorSummary, field } from '../../ui/field.ts';
import { contentStyles } from '../content/content.styles.ts';
import type { Draft, FeedDocument } from '../content/content-api.ts';
import { DraftController } from '../content/draft-controller.ts';
import {
  COLLECTION_DESCRIPTORS,
  type CollectionDescriptor,
  descriptorOf,
  ENUMS,
} from './editor-descriptors.ts';
import { controlId, type FieldContext, type Option, renderField } from './editor-fields.ts';
import {
  getAt,
  type Item,
  type ItemProblems,
  itemsOf,
  labelOf,
  matches,
  problemsOf,
  type Referrer,
  referrersOf,
  setAt,
  targetOf,
  withItem,
  withoutItem,
} from './editor-model.ts';
import { EDITORS_STRINGS, type EditorsStrings, labelFor } from './editors.strings.ts';
import { editorsStyles } from './editors.styles.ts';
import { renderRuleBuilder } from './recurrence-builder.ts';
import { formOf, type RuleForm, recurrenceOf, ruleWords } from './recurrence-form.ts';

/** The item in the form: what was typed is kept here through a refused or failed save. */
interface Form {
  key: string;
  /** The id it had in the draft; null for a new item. */
  originalId: string | null;
  item: Item;
  rule: RuleForm;
}

/** Items beyond which typing is checked after a pause (the demo district has ~150). */
const LARGE_DRAFT = 600;
const CHECK_PAUSE_MS = 200;

/** A start for a draft that does not exist yet: the feed's header with today's date. */
const blankDocument = (): FeedDocument => ({
  version: 1,
  generatedAt: new Date().toISOString(),
  publisher: {},
});

/**
 * The feed's content by part, edited in the browser: a list with search and a filter, and one
 * generic form driven by the part's field descriptors (editor-descriptors.ts), checked on the
 * spot by the feed package's own rules and words (editor-model.ts); references picked from the
 * draft's lists; the real widget beside events, associations and practices. Each save puts the
 * whole draft with its revision; a refused or failed save keeps the form as typed, and a
 * colleague's save (409) offers to reload the draft and keep these edits. An item others refer
 * to is not deleted: the places that refer to it are listed.
 */
export class ConsoleEditorsPage extends ConsolePage {
  static override styles = [baseStyles, consoleStyles, contentStyles, editorsStyles];

  private readonly draft = new DraftController(this);
  @state() private form: Form | null = null;
  @state() private touched = new Set<string>();
  @state() private submitted = false;
  @state() private busy = false;
  @state() private confirming: string | null = null;
  @state() private refused: { id: string; label: string; referrers: Referrer[] } | null = null;
  /** The draft the form was last synced with: another one (fetched or saved) syncs it again. */
  private synced: Draft | null = null;
  /** The open form's item as last opened or saved: anything else in the form is unsaved. */
  private baseline = '';
  /** The feed's verdict on the form, recomputed when the form or the draft changes. */
  private problems: ItemProblems = { errors: {}, warnings: {} };
  private editedDocument: FeedDocument | null = null;
  private checked: readonly unknown[] = [];
  private checkTimer: ReturnType<typeof setTimeout> | undefined;

  private get s(): EditorsStrings {
    return EDITORS_STRINGS[this.language];
  }

  private get d(): CollectionDescriptor {
    return descriptorOf(this.route.query.get('c'));
  }

  private get document(): FeedDocument {
    return this.draft.value?.document ?? blankDocument();
  }

  protected override start(): void {
    void this.draft.load();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const draft = this.draft.value;
    if (changed.has('route') || draft !== this.synced) {
      this.synced = draft;
      this.syncForm();
    }
    // Once per change of the form, the draft or the language, not on every render.
    const key = [this.form, draft, this.language] as const;
    if (key.some((value, i) => value !== this.checked[i])) {
      // Typing in the same form of a large draft is checked once the typing pauses.
      const typing = this.checked[0] !== null && this.checked[1] === draft;
      this.checked = key;
      this.check(typing && this.large);
    }
  }

  /** Unsaved edits are lost unless `next` shows the same form (another search of the list). */
  override leaves(next: Route | null): boolean {
    const form = this.form;
    if (!form || JSON.stringify(form.item) === this.baseline) return false;
    if (next?.name !== 'content') return true;
    const d = descriptorOf(next.query.get('c'));
    const id = next.query.get('id');
    const keeps = d.single || next.query.get('new') === '1' || form.originalId === id;
    return !(d.key === form.key && keeps);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.checkTimer);
  }

  /**
   * A draft of many items (a district's year and more): the feed's whole check takes ~0.1 s per
   * MB, too slow for every key. The count is the document's, so a given draft always behaves alike.
   */
  private get large(): boolean {
    let items = 0;
    for (const d of COLLECTION_DESCRIPTORS)
      if (!d.single) items += itemsOf(this.document, d).length;
    return items > LARGE_DRAFT;
  }

  /** Opens the form the route names (`id`, or `new`), unless it is open already. */
  private syncForm(): void {
    if (!this.draft.value) return;
    const d = this.d;
    const id = this.route.query.get('id');
    const wantsNew = this.route.query.get('new') === '1';
    if (!d.single && !id && !wantsNew) {
      this.form = null;
      return;
    }
    const current = this.form;
    if (current && current.key === d.key && (d.single || wantsNew || current.originalId === id))
      return;
    let item: Item | undefined;
    if (d.single) item = (getAt(this.document, d.path.join('.')) as Item | undefined) ?? {};
    else if (wantsNew) item = d.blank?.() ?? { id: '' };
    else item = itemsOf(this.document, d).find((x) => x.id === id);
    if (!item) {
      this.form = null;
      return;
    }
    this.form = {
      key: d.key,
      originalId: d.single || wantsNew ? null : String(item.id),
      item: structuredClone(item),
      rule: formOf(item.recurrence),
    };
    this.baseline = JSON.stringify(this.form.item);
    this.touched = new Set();
    this.submitted = false;
    this.draft.clearRefusal();
    // A form opened from the list (or a link) takes focus at its heading, as a new page would.
    if (!d.single) void this.updateComplete.then(() => this.focusAt('#form-title'));
  }

  private focusAt(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The form's document at once (the preview follows each key); its problems now or soon. */
  private check(later = false): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = undefined;
    const form = this.form;
    if (!form || !this.draft.value) {
      this.problems = { errors: {}, warnings: {} };
      this.editedDocument = null;
      return;
    }
    const d = descriptorOf(form.key);
    const { doc, index } = withItem(this.document, d, form.item, form.originalId);
    this.editedDocument = doc;
    const run = () => {
      this.checkTimer = undefined;
      this.problems = problemsOf(doc, d, index, this.language);
    };
    if (!later) run();
    else
      this.checkTimer = setTimeout(() => {
        run();
        this.requestUpdate();
      }, CHECK_PAUSE_MS);
  }

  /**
   * Whether a field's problem is shown: an item of the draft shows its problems at once (they are
   * there already); a new one field by field as it is filled in, and all of them on «Сохранить».
   */
  private shown(key: string): boolean {
    const form = this.form;
    if (this.submitted || (form && (form.originalId !== null || descriptorOf(form.key).single)))
      return true;
    for (const t of this.touched)
      if (key === t || key.startsWith(`${t}.`) || t.startsWith(`${key}.`)) return true;
    return false;
  }

  private set(path: string, value: unknown): void {
    if (!this.form) return;
    const item = { ...this.form.item };
    this.form = { ...this.form, item: setAt(item, path, value) };
    this.touched = new Set(this.touched).add(path);
  }

  private setRule(rule: RuleForm): void {
    if (!this.form) return;
    const recurrence = recurrenceOf(rule, this.form.item.recurrence);
    this.form = { ...this.form, rule, item: setAt(this.form.item, 'recurrence', recurrence) };
    this.touched = new Set(this.touched).add('recurrence');
  }

  private options(target: RefTarget | undefined, path: string): Option[] {
    const d = descriptorOf(this.form?.key ?? null);
    const to = target ?? (d.rules ? targetOf(d.rules, path) : undefined);
    if (!to) return [];
    const source = COLLECTION_DESCRIPTORS.find((c) => c.target === to);
    if (!source) return [];
    // The form's own document: an organization added a moment ago is offered at once.
    return itemsOf(this.editedDocument ?? this.document, source)
      .filter((item) => typeof item.id === 'string' && item.id !== '')
      .map((item) => ({ value: String(item.id), label: labelOf(item) }));
  }

  private focusKey(key: string): void {
    const parts = key.split('.');
    for (let n = parts.length; n > 0; n--) {
      const id = controlId(parts.slice(0, n).join('.'));
      const found =
        this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`) ??
        this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(`${id}-date`)}`);
      if (found) {
        found.focus();
        return;
      }
    }
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const form = this.form;
    const draft = this.draft.value;
    if (!form || !draft || this.busy) return;
    this.submitted = true;
    // A check still waiting for a pause in the typing is done now: nothing unchecked is saved.
    if (this.checkTimer !== undefined) this.check();
    if (Object.keys(this.problems.errors).length) {
      this.announce(this.s.invalid);
      await this.focusSummary();
      return;
    }
    const d = descriptorOf(form.key);
    const { doc } = withItem(this.document, d, form.item, form.originalId);
    const label = labelOf(form.item) || this.s.collections[d.key]!;
    this.busy = true;
    const kept = await this.draft.save(doc, this.s.saveFailed);
    this.busy = false;
    if (!kept) {
      await this.updateComplete;
      this.focusAt('[data-save-error]');
      return;
    }
    // What was saved is the form as it was sent (typing since then is still unsaved).
    this.baseline = JSON.stringify(form.item);
    const id = d.single ? null : String(form.item.id);
    // What was typed while the save was on its way stays in the form.
    if (this.form) this.form = { ...this.form, originalId: id };
    this.submitted = false;
    this.touched = new Set();
    this.announce(this.s.saved(label));
    if (!d.single && this.route.query.get('new') === '1')
      navigate(hashFor('content', { c: d.key, id }), true);
  }

  /** After a colleague's save: their draft, with this form kept as typed (saved again by hand). */
  private async reapply(): Promise<void> {
    if (!(await this.draft.load())) return;
    this.draft.clearRefusal();
    this.announce(this.form ? this.s.reapplied : this.s.reloaded);
    await this.updateComplete;
    this.focusAt(this.form ? 'form [type="submit"]' : '#list-title');
  }

  private async removeItem(item: Item): Promise<void> {
    const d = this.d;
    const id = String(item.id);
    const referrers = d.target ? referrersOf(this.document, d.target, id) : [];
    if (referrers.length) {
      this.confirming = null;
      this.refused = { id, label: labelOf(item), referrers };
      this.announce(this.s.removeRefused(labelOf(item)));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-refused]')?.focus();
      return;
    }
    const draft = this.draft.value;
    if (!draft || this.busy) return;
    this.busy = true;
    const kept = await this.draft.save(withoutItem(this.document, d, id));
    this.busy = false;
    this.confirming = null;
    if (kept) this.announce(this.s.removed(labelOf(item)));
    await this.updateComplete;
    this.focusAt(kept ? '#list-title' : '[data-save-error]');
  }

  protected renderPage(): TemplateResult {
    const s = this.s;
    return html`<h1 tabindex="-1">${s.title}</h1>
      <p>${s.intro}</p>
      ${this.renderParts()} ${this.renderBody()}`;
  }

  private renderParts(): TemplateResult {
    const current = this.d.key;
    return html`<nav aria-label=${this.s.parts}>
      <ul class="tabs parts">
        ${COLLECTION_DESCRIPTORS.map(
          (d) =>
            html`<li>
              <a href=${hashFor('content', { c: d.key })} aria-current=${d.key === current ? 'true' : 'false'}
                >${this.s.collections[d.key]}</a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderBody(): TemplateResult {
    const draft = this.draft.value;
    if (this.draft.error && !draft)
      return html`<div class="notice problem">
        <p>${this.draft.error}</p>
        <p><button type="button" @click=${() => this.draft.load()}>${this.t.retry}</button></p>
      </div>`;
    if (!draft) return html`<p class="state" role="status">${this.t.loading}</p>`;
    const d = this.d;
    return html`${draft.document ? nothing : html`<p class="notice">${this.s.noDraft}</p>`}
      ${this.form ? this.renderForm(this.form) : d.single ? nothing : this.renderList(d)}`;
  }

  private renderList(d: CollectionDescriptor): TemplateResult {
    const s = this.s;
    const all = itemsOf(this.document, d);
    const q = this.route.query.get('q') ?? '';
    const filter = this.route.query.get('f') ?? '';
    const shown = all.filter(
      (item) =>
        matches(item, q) &&
        (!filter || !d.filter || String(getAt(item, d.filter.path) ?? false) === filter),
    );
    const query = (patch: Record<string, string>) =>
      navigate(hashFor('content', { c: d.key, q, f: filter, ...patch }), true);
    const filterOptions = d.filter
      ? d.filter.values === 'bool'
        ? [
            { value: 'true', label: s.yes },
            { value: 'false', label: s.no },
          ]
        : ENUMS[d.filter.values].map((v) => ({
            value: v,
            label: s.enums[d.filter!.values as keyof typeof ENUMS][v] ?? v,
          }))
      : [];
    return html`<div class="list">
      <h2 id="list-title" tabindex="-1">${s.collections[d.key]}</h2>
      <div class="filters">
        <div class="grow">
          ${field({ id: 'editor-search', label: s.search, hint: s.searchHint, type: 'search', value: q, onInput: (v) => query({ q: v.trim() }) })}
        </div>
        ${
          d.filter
            ? html`<div class="field">
                <label for="editor-filter">${s.filter}: ${labelFor(s, d.key, d.filter.path)}</label>
                <select id="editor-filter" @change=${(e: Event) => query({ f: (e.target as HTMLSelectElement).value })}>
                  <option value="" ?selected=${filter === ''}>${s.all}</option>
                  ${filterOptions.map((o) => html`<option value=${o.value} ?selected=${filter === o.value}>${o.label}</option>`)}
                </select>
              </div>`
            : nothing
        }
        <p><a class="button" href=${hashFor('content', { c: d.key, new: 1 })}>${s.add}</a></p>
      </div>
      <p class="muted" role="status" aria-live="polite">
        ${all.length === 0 ? s.empty : shown.length ? s.shown(shown.length, all.length) : s.noMatch}
      </p>
      ${this.refused ? this.renderRefused() : nothing}
      ${
        this.draft.saveError
          ? html`<div class="notice problem" tabindex="-1" data-save-error>
              <p>${this.draft.saveError}</p>
              <p><button type="button" @click=${() => this.reapply()}>${this.s.reload}</button></p>
            </div>`
          : nothing
      }
      ${shown.length ? this.renderTable(d, shown) : nothing}
    </div>`;
  }

  private renderRefused(): TemplateResult {
    const s = this.s;
    const r = this.refused!;
    return html`<div class="notice problem" tabindex="-1" data-refused>
      <p>${s.removeRefused(r.label)}</p>
      <ul>
        ${r.referrers.map(
          (ref) =>
            html`<li>
              ${s.referrer(s.collections[ref.collection] ?? ref.collection, ref.label, labelFor(s, ref.collection, ref.path))}
            </li>`,
        )}
      </ul>
      <p><button type="button" @click=${() => (this.refused = null)}>${s.close}</button></p>
    </div>`;
  }

  private renderTable(d: CollectionDescriptor, items: Item[]): TemplateResult {
    const s = this.s;
    return cardsTable({
      id: 'list-title',
      columns: [s.item, s.id, s.actions],
      rows: items.map((item) => {
        const id = String(item.id ?? '');
        const titleId = `item-${id}`;
        return html`<tr role="row" data-item=${id}>
          <th scope="row" role="rowheader" id=${titleId}>${labelOf(item)}</th>
          <td role="cell" data-label=${s.id}><code>${id}</code></td>
          <td role="cell" data-label=${s.actions}>
            ${
              this.confirming === id
                ? html`<div class="row-actions" data-confirm>
                    <span>${s.removeConfirm(labelOf(item))}</span>
                    <button type="button" ?disabled=${this.busy} @click=${() => this.removeItem(item)}>${s.removeYes}</button>
                    <button type="button" @click=${() => (this.confirming = null)}>${s.removeNo}</button>
                  </div>`
                : html`<div class="row-actions">
                    <a class="button" href=${hashFor('content', { c: d.key, id })} aria-describedby=${titleId}>${s.edit}</a>
                    <button type="button" aria-describedby=${titleId} @click=${() => this.askRemove(id)}>${s.remove}</button>
                  </div>`
            }
          </td>
        </tr>`;
      }),
    });
  }

  private async askRemove(id: string): Promise<void> {
    this.refused = null;
    this.confirming = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-confirm] button')?.focus();
  }

  private renderForm(form: Form): TemplateResult {
    const s = this.s;
    const d = descriptorOf(form.key);
    const { errors, warnings } = this.problems;
    const visible = Object.fromEntries(Object.entries(errors).filter(([k]) => this.shown(k)));
    const zone = String(getAt(this.document, 'publisher.timeZone') ?? 'Europe/Moscow');
    const ctx: FieldContext = {
      d,
      item: form.item,
      t: s,
      isNew: form.originalId === null && !d.single,
      zone,
      lang: this.language,
      error: (key) => (this.shown(key) ? errors[key] : undefined),
      warning: (key) => warnings[key],
      options: (target, path) => this.options(target, path),
      set: (path, value) => this.set(path, value),
      recurrence: () =>
        renderRuleBuilder({
          form: form.rule,
          lang: this.language,
          t: s,
          error: Object.entries(errors).find(
            ([k]) => k.startsWith('recurrence') && this.shown(k),
          )?.[1],
          words: ruleWords(
            form.rule,
            this.language,
            typeof form.item.start === 'string' ? form.item.start : undefined,
            zone,
          ),
          onChange: (rule) => this.setRule(rule),
        }),
    };
    const labels = Object.fromEntries(
      Object.keys(visible).map((k) => [
        k,
        k ? labelFor(s, d.key, k.replace(/\.\d+/g, '')) : s.item,
      ]),
    );
    const heading = d.single
      ? s.collections[d.key]
      : form.originalId === null
        ? s.newItem
        : s.editing(labelOf(form.item) || form.originalId);
    const sections = [...new Set(d.fields.map((f) => f.section))];
    const itemWarning = warnings[''];
    const preview = d.preview;
    return html`<div class=${preview ? 'two-col editor' : 'editor'}>
      <form novalidate aria-labelledby="form-title" @submit=${(e: Event) => this.submit(e)}>
        <h2 id="form-title" tabindex="-1">${heading}</h2>
        ${errorSummary(s.invalid, this.submitted ? visible : {}, labels, (key) => this.focusKey(key))}
        ${itemWarning ? html`<p class="notice" data-warning>⚠ ${itemWarning}</p>` : nothing}
        ${sections.map((section) => {
          const fields = d.fields.filter((f) => f.section === section);
          const drawn = fields.map((f) => renderField(ctx, f));
          if (!section || section === 'recurrence') return drawn;
          return html`<fieldset class="section">
            <legend>${s.sections[section]}</legend>
            ${drawn}
          </fieldset>`;
        })}
        ${
          this.draft.saveError
            ? html`<div class="notice problem" tabindex="-1" data-save-error>
                <p>${this.draft.saveError}</p>
                ${this.draft.conflict ? html`<p><button type="button" @click=${() => this.reapply()}>${s.conflictReload}</button></p>` : nothing}
              </div>`
            : nothing
        }
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy || this.draft.conflict}>${this.busy ? s.saving : s.save}</button>
          ${d.single ? nothing : html`<a class="button" href=${hashFor('content', { c: d.key })}>${s.close}</a>`}
        </div>
      </form>
      ${
        preview
          ? html`<aside aria-labelledby="preview-title" class="preview">
              <h2 id="preview-title">${s.preview}</h2>
              <p class="hint">${s.previewIntro}</p>
              <console-feed-preview
                .document=${this.editedDocument}
                kind=${preview}
                item-id=${String(form.item.id ?? '')}
                lang=${this.language}
                .words=${{ invalid: s.previewInvalid, loading: s.previewLoading, failed: s.previewFailed }}
              ></console-feed-preview>
            </aside>`
          : nothing
      }
    </div>`;
  }
}
