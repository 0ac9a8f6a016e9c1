import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ApiError } from '../../api/client.ts';
import { ConsolePage } from '../../app/console-page.ts';
import { consoleStyles } from '../../styles/console.styles.ts';
import { baseStyles } from '../../styles/widget-base.ts';
import { problemText } from '../../ui/errors.ts';
import { errorSummary, field } from '../../ui/field.ts';
import { CONTENT_STRINGS, type ContentStrings } from './content.strings.ts';
import { contentStyles } from './content.styles.ts';
import { base64Of, contentApi, type ImportResult, type ImportSource } from './content-api.ts';
import { diffView, problemsView } from './content-views.ts';

type SourceKind = 'json' | 'xlsx' | 'csv' | 'ics' | 'icsUrl';
const KINDS: SourceKind[] = ['json', 'xlsx', 'csv', 'ics', 'icsUrl'];
const ACCEPT: Record<Exclude<SourceKind, 'icsUrl'>, string> = {
  json: '.json,application/json',
  xlsx: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: '.csv,text/csv',
  ics: '.ics,text/calendar',
};

/**
 * Import into the draft: a feed.json, an Excel workbook, a folder of CSV files, or an iCalendar
 * file or address. Files are read here (base64); the service answers a dry run first — what
 * would be added, changed and removed, every problem where it is — and only «Применить» (with
 * the draft's revision) changes the draft. A colleague's save in between is a 409: reload and
 * check again.
 */
export class ConsoleImportPage extends ConsolePage {
  static override styles = [baseStyles, consoleStyles, contentStyles];

  @state() private kind: SourceKind = 'json';
  @state() private files: File[] = [];
  @state() private url = '';
  @state() private errors: Record<string, string> = {};
  @state() private busy = false;
  /** «Применить» is on its way (the button says so). */
  @state() private applying = false;
  @state() private result: ImportResult | null = null;
  @state() private problem = '';
  @state() private conflict = '';
  @state() private done = '';
  /** What the dry run checked and the draft's revision it was checked against: «Применить» sends these. */
  private checked: { source: ImportSource; revision: number } | null = null;

  private get c(): ContentStrings {
    return CONTENT_STRINGS[this.language];
  }

  private choose(kind: SourceKind): void {
    this.kind = kind;
    this.files = [];
    this.errors = {};
    this.reset();
  }

  private reset(): void {
    this.result = null;
    this.checked = null;
    this.problem = '';
    this.conflict = '';
  }

  /** The chosen files (or address) as the route's body; throws a field message when missing. */
  private async source(): Promise<ImportSource> {
    const t = this.c.import;
    if (this.kind === 'icsUrl') {
      const url = this.url.trim();
      if (!url) throw { url: t.chooseUrl };
      return { kind: 'ics', body: { url } };
    }
    const file = this.files[0];
    if (!file) throw { file: t.chooseFile };
    switch (this.kind) {
      case 'json':
        try {
          return { kind: 'json', body: { document: JSON.parse(await file.text()) } };
        } catch {
          throw { file: t.notJson };
        }
      case 'xlsx':
        return { kind: 'xlsx', body: { file: await base64Of(file) } };
      case 'ics':
        return { kind: 'ics', body: { file: await base64Of(file) } };
      default:
        return {
          kind: 'csv',
          body: {
            files: await Promise.all(
              this.files.map(async (f) => ({ name: f.name, content: await base64Of(f) })),
            ),
          },
        };
    }
  }

  private async check(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.busy) return;
    this.reset();
    this.done = '';
    let source: ImportSource;
    try {
      source = await this.source();
      this.errors = {};
    } catch (errors) {
      this.errors = errors as Record<string, string>;
      await this.focusSummary();
      return;
    }
    this.busy = true;
    try {
      const { revision } = await contentApi.draft(this.api);
      this.result = await contentApi.import(this.api, source, true, revision);
      this.checked = { source, revision };
      this.announce(`${this.c.import.dryRun}. ${this.summaryText(this.result)}`);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#dry-run-title')?.focus();
    } catch (error) {
      await this.formFailed(error, {
        // The service's words name the file: «Книга Excel…», «…iCalendar…».
        fields: (fields) =>
          (this.errors = {
            [this.kind === 'icsUrl' ? 'url' : 'file']: Object.values(fields).join(' '),
          }),
        problem: (text) => (this.problem = text),
      });
    } finally {
      this.busy = false;
    }
  }

  private summaryText(result: ImportResult): string {
    if (result.diff.same) return this.c.diff.same;
    let added = 0;
    let changed = 0;
    let removed = 0;
    for (const c of Object.values(result.diff.collections)) {
      added += c.added.length;
      changed += c.changed.length;
      removed += c.removed.length;
    }
    return this.c.diff.summary(added, changed, removed);
  }

  private async apply(): Promise<void> {
    if (this.busy || !this.checked) return;
    this.busy = true;
    this.applying = true;
    this.conflict = '';
    try {
      const answer = await contentApi.import(
        this.api,
        this.checked.source,
        false,
        this.checked.revision,
      );
      this.done = answer.ok ? this.c.import.applied : this.c.import.appliedWithProblems;
      this.result = null;
      this.checked = null;
      this.files = [];
      this.url = '';
      this.announce(this.done);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-done]')?.focus();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        this.conflict = error.message || this.c.import.conflict;
        this.announce(this.conflict);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[data-conflict]')?.focus();
      } else {
        this.problem = problemText(error, this.t);
        this.announce(this.problem);
      }
    } finally {
      this.busy = false;
      this.applying = false;
    }
  }

  /** After a conflict: the same files checked again against the colleague's draft. */
  private async recheck(): Promise<void> {
    const source = this.checked?.source;
    if (!source) return this.check();
    this.busy = true;
    this.conflict = '';
    try {
      const { revision } = await contentApi.draft(this.api);
      this.result = await contentApi.import(this.api, source, true, revision);
      this.checked = { source, revision };
      this.announce(`${this.c.import.reloaded} ${this.summaryText(this.result)}`);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#dry-run-title')?.focus();
    } catch (error) {
      this.problem = problemText(error, this.t);
      this.announce(this.problem);
    } finally {
      this.busy = false;
    }
  }

  private async discard(): Promise<void> {
    this.reset();
    this.announce(this.c.import.nothingChanged);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#import-file, #import-url')?.focus();
  }

  protected renderPage(): TemplateResult {
    const t = this.c.import;
    return html`<h1 tabindex="-1">${t.title}</h1>
      <p>${t.intro}</p>
      ${
        this.done
          ? html`<p class="notice success" tabindex="-1" data-done>${this.done}
              <a href="#/publishing">${this.c.publishing.title}</a></p>`
          : nothing
      }
      ${this.renderForm()} ${this.renderResult()}`;
  }

  private renderForm(): TemplateResult {
    const t = this.c.import;
    const labels = { file: this.kind === 'csv' ? t.files : t.file, url: t.url };
    return html`${errorSummary(this.t.errorSummary, this.errors, labels, (f) =>
      this.focusControl(`import-${f}`),
    )}
      <form class="stack" @submit=${this.check} novalidate>
        <fieldset>
          <legend>${t.source}</legend>
          ${KINDS.map(
            (kind) => html`<label class="choice">
              <input type="radio" name="source" .checked=${this.kind === kind}
                @change=${() => this.choose(kind)} />
              ${t.sources[kind]}
            </label>`,
          )}
        </fieldset>
        ${this.kind === 'icsUrl' ? this.renderUrl() : this.renderFile()}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>
            ${this.busy && !this.applying ? t.checking : t.check}
          </button>
        </div>
      </form>`;
  }

  private renderFile(): TemplateResult {
    const t = this.c.import;
    const kind = this.kind as Exclude<SourceKind, 'icsUrl'>;
    const error = this.errors.file;
    const label = kind === 'csv' ? t.files : t.file;
    return html`<div class="field">
      <label for="import-file">${label}</label>
      <span class="hint" id="import-file-hint">${t.hints[kind]}</span>
      <input
        id="import-file"
        type="file"
        accept=${ACCEPT[kind]}
        ?multiple=${kind === 'csv'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'import-file-error import-file-hint' : 'import-file-hint'}
        @change=${(e: Event) => {
          this.files = [...((e.target as HTMLInputElement).files ?? [])];
          this.errors = {};
          this.reset();
        }}
      />
      ${error ? html`<span class="field-error" id="import-file-error">${error}</span>` : nothing}
    </div>`;
  }

  private renderUrl(): TemplateResult {
    const t = this.c.import;
    return field({
      id: 'import-url',
      type: 'url',
      label: t.url,
      hint: t.urlHint,
      value: this.url,
      error: this.errors.url,
      onInput: (v) => {
        this.url = v;
      },
    });
  }

  private renderResult(): TemplateResult | typeof nothing {
    const t = this.c.import;
    if (this.problem) {
      return html`<div class="notice problem">
        <p>${this.problem}</p>
        <p><button type="button" @click=${() => this.check()}>${this.t.retry}</button></p>
      </div>`;
    }
    const result = this.result;
    if (!result) return nothing;
    return html`<section data-dry-run>
      <h2 id="dry-run-title" tabindex="-1">${t.dryRun}</h2>
      <p>${t.dryRunIntro} <strong>${this.summaryText(result)}</strong></p>
      ${
        result.imported === undefined
          ? nothing
          : html`<p>${t.icsCounts(result.imported, result.skipped ?? 0)}</p>`
      }
      ${diffView(result.diff, this.c, 'dry')}
      ${
        result.problems.length
          ? html`<h3>${this.c.problems.title}</h3>${problemsView(result.problems, this.c, 'import')}`
          : html`<p>${this.c.problems.none}</p>`
      }
      ${
        this.conflict
          ? html`<div class="notice problem" tabindex="-1" data-conflict>
              <p>${this.conflict}</p>
              <p><button type="button" @click=${() => this.recheck()}>${t.reload}</button></p>
            </div>`
          : nothing
      }
      <div class="actions">
        <button type="button" class="primary" ?disabled=${this.busy || Boolean(this.conflict)}
          @click=${() => this.apply()}>${this.applying ? t.applying : t.apply}</button>
        <button type="button" @click=${() => this.discard()}>${t.discard}</button>
      </div>
    </section>`;
  }
}
