import type { FeedDiff } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ApiError } from '../../api/client.ts';
import { ConsolePage } from '../../app/console-page.ts';
import { consoleStyles } from '../../styles/console.styles.ts';
import { baseStyles } from '../../styles/widget-base.ts';
import { cardsTable } from '../../ui/cards-table.ts';
import { problemText } from '../../ui/errors.ts';
import { field } from '../../ui/field.ts';
import { CONTENT_STRINGS, type ContentStrings } from './content.strings.ts';
import { contentStyles } from './content.styles.ts';
import { type ContentProblem, contentApi, type Version } from './content-api.ts';
import { diffView, problemsView } from './content-views.ts';
import { DraftController } from './draft-controller.ts';

interface Comparison {
  from: number | 'draft';
  to: number | 'draft';
  diff: FeedDiff | null;
  error: string;
}

/**
 * Publishing: the draft's state and problems, «Опубликовать» with an optional note (a refusal
 * lists the problems in a focused summary), the versions with a readable diff against the
 * previous one and a rollback confirmed in place, the downloads and the public addresses.
 */
export class ConsolePublishingPage extends ConsolePage {
  static override styles = [baseStyles, consoleStyles, contentStyles];

  private readonly draft = new DraftController(this);
  @state() private versions: Version[] | null = null;
  @state() private versionsError = '';
  @state() private note = '';
  @state() private busy = false;
  @state() private refusal: { message: string; problems: ContentProblem[] } | null = null;
  @state() private published: {
    version: Version;
    warnings: ContentProblem[];
    text: string;
  } | null = null;
  @state() private comparison: Comparison | null = null;
  @state() private confirming: number | null = null;

  private get c(): ContentStrings {
    return CONTENT_STRINGS[this.language];
  }

  protected override start(): void {
    void this.draft.load();
    void this.loadVersions();
  }

  private async loadVersions(): Promise<void> {
    this.versionsError = '';
    try {
      this.versions = (await contentApi.versions(this.api)).items;
    } catch (error) {
      this.versionsError = problemText(error, this.t);
    }
  }

  private async publish(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    this.refusal = null;
    this.published = null;
    try {
      const answer = await contentApi.publish(this.api, this.note.trim());
      const text = this.c.publishing.published(answer.version.number);
      this.published = { ...answer, text };
      this.note = '';
      this.announce(text);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-published]')?.focus();
      await this.loadVersions();
    } catch (error) {
      const problems =
        error instanceof ApiError && Array.isArray(error.body.problems)
          ? (error.body.problems as ContentProblem[])
          : [];
      this.refusal = { message: problemText(error, this.t), problems };
      this.announce(this.refusal.message);
      await this.focusSummary();
    } finally {
      this.busy = false;
    }
  }

  private async compare(from: number | 'draft', to: number | 'draft'): Promise<void> {
    this.comparison = { from, to, diff: null, error: '' };
    try {
      const diff = await contentApi.diff(this.api, from, to);
      this.comparison = { from, to, diff, error: '' };
      this.announce(this.comparisonTitle(this.comparison));
    } catch (error) {
      this.comparison = { from, to, diff: null, error: problemText(error, this.t) };
      this.announce(this.comparison.error);
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#comparison-title')?.focus();
  }

  private comparisonTitle(c: Comparison): string {
    const p = this.c.publishing;
    const name = (v: number | 'draft') => (v === 'draft' ? p.draftName : p.versionName(v));
    return p.compareTitle(name(c.from), name(c.to));
  }

  private async askRollback(number: number): Promise<void> {
    this.confirming = number;
    await this.focusConfirmation();
  }

  private async cancelRollback(number: number): Promise<void> {
    this.confirming = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-rollback="${number}"]`)?.focus();
  }

  private async rollback(number: number): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const { version } = await contentApi.rollback(this.api, number);
      const text = this.c.publishing.rolledBack(version.number, number);
      this.confirming = null;
      this.refusal = null;
      this.published = { version, warnings: [], text };
      this.announce(text);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-published]')?.focus();
      await this.loadVersions();
    } catch (error) {
      this.announce(problemText(error, this.t));
    } finally {
      this.busy = false;
    }
  }

  protected renderPage(): TemplateResult {
    const p = this.c.publishing;
    return html`<h1 tabindex="-1">${p.title}</h1>
      <p>${p.intro}</p>
      <section>
        <h2 id="draft-title">${p.draft}</h2>
        ${this.renderDraft()}
      </section>
      <section>
        <h2 id="versions-title">${p.versions}</h2>
        ${this.renderVersions()} ${this.renderComparison()}
      </section>
      <section>
        <h2 id="downloads-title">${p.downloads}</h2>
        ${this.renderDownloads()}
      </section>
      <section>
        <h2 id="urls-title">${p.urls}</h2>
        ${this.renderUrls()}
      </section>`;
  }

  private renderDraft(): TemplateResult {
    const p = this.c.publishing;
    if (this.draft.error) {
      return html`<div class="notice problem">
        <p>${this.draft.error}</p>
        <p><button type="button" @click=${() => this.draft.load()}>${this.t.retry}</button></p>
      </div>`;
    }
    const draft = this.draft.value;
    if (!draft) return html`<p class="state" role="status">${this.t.loading}</p>`;
    if (!draft.document) return html`<p class="state">${p.noDraft}</p>`;
    return html`<dl class="facts">
        <dt>${p.savedAt}</dt>
        <dd>${draft.updatedAt ? this.date(draft.updatedAt) : p.neverSaved}</dd>
        ${draft.updatedBy ? html`<dt>${p.savedBy}</dt><dd>${draft.updatedBy}</dd>` : nothing}
      </dl>
      ${
        draft.problems.length === 0
          ? html`<p>${p.draftOk}</p>`
          : html`<h3 class="vh">${p.problems}</h3>${problemsView(draft.problems, this.c, 'draft')}`
      }
      ${
        this.versions?.[0]
          ? html`<p>
              <button type="button" @click=${() => this.compare(this.versions![0]!.number, 'draft')}>
                ${p.compareDraft}
              </button>
            </p>`
          : nothing
      }
      ${this.renderPublishForm()}`;
  }

  private renderPublishForm(): TemplateResult {
    const p = this.c.publishing;
    const refusal = this.refusal;
    return html`${
      refusal
        ? html`<div class="summary" tabindex="-1" data-summary>
            <p><strong>${p.refused}</strong></p>
            <p>${refusal.message}</p>
            ${problemsView(refusal.problems, this.c, 'refusal')}
          </div>`
        : nothing
    }
      ${
        this.published
          ? html`<div class="notice success" tabindex="-1" data-published>
              <p><strong>${this.published.text}</strong></p>
              ${
                this.published.warnings.length
                  ? html`<p>${p.warnings}</p>${problemsView(this.published.warnings, this.c, 'warnings')}`
                  : nothing
              }
            </div>`
          : nothing
      }
      <form class="stack" @submit=${this.publish} novalidate>
        ${field({
          id: 'publish-note',
          label: p.note,
          hint: p.noteHint,
          value: this.note,
          onInput: (value) => {
            this.note = value;
          },
        })}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy} aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? p.publishing : p.publish}
          </button>
        </div>
      </form>`;
  }

  private renderVersions(): TemplateResult {
    const p = this.c.publishing;
    if (this.versionsError) {
      return html`<div class="notice problem">
        <p>${this.versionsError}</p>
        <p><button type="button" @click=${() => this.loadVersions()}>${this.t.retry}</button></p>
      </div>`;
    }
    const versions = this.versions;
    if (!versions) return html`<p class="state" role="status">${this.t.loading}</p>`;
    if (versions.length === 0) return html`<p class="state">${p.versionsEmpty}</p>`;
    return cardsTable({
      id: 'versions-caption',
      caption: p.versions,
      columns: [p.number, p.when, p.who, p.noteColumn, p.actions],
      rows: versions.map((v, index) => this.renderVersion(v, versions[index + 1])),
    });
  }

  private renderVersion(v: Version, previous: Version | undefined): TemplateResult {
    const p = this.c.publishing;
    return html`<tr role="row" data-version=${v.number}>
      <th scope="row" role="rowheader">${v.number}</th>
      <td role="cell" data-label=${p.when}>${this.date(v.publishedAt)}</td>
      <td role="cell" data-label=${p.who}>${v.publishedBy ?? this.t.none}</td>
      <td role="cell" data-label=${p.noteColumn}>${v.note ?? this.t.none}</td>
      <td role="cell" data-label=${p.actions}>
        ${
          this.confirming === v.number
            ? html`<div role="group" aria-labelledby="confirm-${v.number}">
                <p id="confirm-${v.number}">${p.rollbackConfirm(v.number)}</p>
                <div class="row-actions">
                  <button type="button" class="primary" data-confirm-yes ?disabled=${this.busy}
                    @click=${() => this.rollback(v.number)}>${p.rollbackYes}</button>
                  <button type="button" @click=${() => this.cancelRollback(v.number)}>${this.t.cancel}</button>
                </div>
              </div>`
            : html`<div class="row-actions">
                ${
                  previous
                    ? html`<button type="button" aria-describedby="v-${v.number}"
                        @click=${() => this.compare(previous.number, v.number)}>${p.compare}</button>`
                    : nothing
                }
                <button type="button" data-rollback=${v.number} aria-describedby="v-${v.number}"
                  @click=${() => this.askRollback(v.number)}>${p.rollback}</button>
                <span class="vh" id="v-${v.number}">${p.versionName(v.number)}</span>
              </div>`
        }
      </td>
    </tr>`;
  }

  private renderComparison(): TemplateResult | typeof nothing {
    const c = this.comparison;
    if (!c) return nothing;
    return html`<div class="comparison" data-comparison>
      <h3 id="comparison-title" tabindex="-1">${this.comparisonTitle(c)}</h3>
      ${
        c.error
          ? html`<p class="notice problem">${c.error}</p>`
          : c.diff
            ? diffView(c.diff, this.c, 'comparison')
            : html`<p class="state" role="status">${this.t.loading}</p>`
      }
      <p><button type="button" @click=${() => this.closeComparison()}>${this.t.close}</button></p>
    </div>`;
  }

  private async closeComparison(): Promise<void> {
    const to = this.comparison?.to;
    this.comparison = null;
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`[data-version="${to}"] button, #versions-title`)
      ?.focus();
  }

  private renderDownloads(): TemplateResult {
    const p = this.c.publishing;
    return html`<p>${p.downloadsIntro}</p>
      <ul class="links">
        <li><a href=${contentApi.download(this.api, 'export.xlsx')} download>${p.exportXlsx}</a></li>
        <li><a href=${contentApi.download(this.api, 'template.xlsx')} download>${p.templateXlsx}</a></li>
        <li>
          ${
            this.versions?.length
              ? html`<a href=${contentApi.download(this.api, 'site.zip')} download aria-describedby="zip-hint">${p.siteZip}</a>`
              : html`<span aria-describedby="zip-hint">${p.siteZip}</span>`
          }
          <span class="hint" id="zip-hint">${p.siteZipHint}</span>
        </li>
      </ul>`;
  }

  private renderUrls(): TemplateResult {
    const p = this.c.publishing;
    const origin = location.origin;
    const urls = [
      { id: 'feed', name: p.feedUrl, url: `${origin}/feed.json` },
      { id: 'ics', name: p.icsUrl, url: `webcal://${location.host}/events.ics` },
      { id: 'atom', name: p.atomUrl, url: `${origin}/practices.atom` },
      { id: 'jsonfeed', name: p.jsonFeedUrl, url: `${origin}/practices.json` },
    ];
    return html`<p>${p.urlsIntro}</p>
      <div class="urls">
        ${urls.map(
          (u) => html`<div class="url" role="group" aria-labelledby="url-${u.id}">
            <span class="url-name" id="url-${u.id}">${u.name}</span>
            <code data-url=${u.id}>${u.url}</code>
            <console-copy-button
              .value=${u.url}
              .label=${`${p.copyUrl}`}
              .done=${this.t.copied}
              .failed=${this.t.copyFailed}
            ></console-copy-button>
          </div>`,
        )}
      </div>`;
  }
}
