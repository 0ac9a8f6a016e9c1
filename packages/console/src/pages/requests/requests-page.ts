import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { REQUEST_STATUSES, type RequestList, type RequestRow } from '../../api/types.ts';
import { ConsolePage } from '../../app/console-page.ts';
import { count, formatNumber } from '../../i18n/format.ts';
import { navigate } from '../../router/navigate.ts';
import { hashFor } from '../../router/route.ts';
import { cardsTable } from '../../ui/cards-table.ts';
import { problemText } from '../../ui/errors.ts';
import { rememberListHash } from './list-memory.ts';
import {
  filterQuery,
  isFiltered,
  PAGE_SIZES,
  type RequestFilters,
  readFilters,
} from './requests-query.ts';

/**
 * The requests list: status tabs with counts, filters (topic, methodist, period, search), the
 * table with new requests marked in words and weight, paging and export links with the same
 * filters. Every filter lives in the hash.
 */
export class ConsoleRequestsPage extends ConsolePage {
  @state() private list: RequestList | null = null;
  @state() private loading = false;
  @state() private problem = '';
  /** The search box and dates as typed, applied on submit. */
  @state() private draft: RequestFilters = readFilters(new URLSearchParams());
  private loadedKey: string | null = null;
  private sequence = 0;

  private get filters(): RequestFilters {
    return readFilters(this.route.query);
  }

  protected override willUpdate(): void {
    const key = JSON.stringify(filterQuery(this.filters));
    if (this.context && key !== this.loadedKey) {
      const first = this.loadedKey === null;
      this.loadedKey = key;
      this.draft = this.filters;
      rememberListHash(hashFor('requests', filterQuery(this.filters)));
      void this.load(!first);
    }
  }

  private async load(announce: boolean): Promise<void> {
    const sequence = ++this.sequence;
    this.loading = true;
    this.problem = '';
    try {
      const list = await this.api.get<RequestList>('/admin/api/requests', {
        ...filterQuery(this.filters),
        page: this.filters.page,
      });
      if (sequence !== this.sequence) return;
      this.list = list;
      if (announce) this.announce(this.foundText(list));
    } catch (error) {
      if (sequence !== this.sequence) return;
      this.problem = problemText(error, this.t);
      this.announce(this.problem);
    } finally {
      if (sequence === this.sequence) this.loading = false;
    }
  }

  private foundText(list: RequestList): string {
    const t = this.t.requests;
    return `${t.shown}: ${count(list.total, this.language, t.found)}`;
  }

  /** Goes to the list with `changes` applied (back to page 1 unless the page is what changed). */
  private go(changes: Partial<RequestFilters>, replace = false): void {
    const next = { ...this.filters, page: 1, ...changes };
    navigate(hashFor('requests', filterQuery(next)), replace);
  }

  /** Everything typed or chosen in the filter form (a select applies it too, losing nothing). */
  private typed(): Partial<RequestFilters> {
    const { q, from, to, topic, methodist } = this.draft;
    return { q: q.trim(), from, to, topic, methodist };
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    this.go(this.typed());
  }

  private setDraft(key: keyof RequestFilters, value: string): void {
    this.draft = { ...this.draft, [key]: value };
  }

  protected renderPage(): TemplateResult {
    const t = this.t.requests;
    const list = this.list;
    return html`<div>
      <h1 tabindex="-1">${t.title}</h1>
      ${this.renderTabs()} ${this.renderFilters()}
      ${
        this.problem
          ? html`<div class="notice problem">
            <p>${t.error} ${this.problem}</p>
            <p><button type="button" @click=${() => this.load(true)}>${this.t.retry}</button></p>
          </div>`
          : nothing
      }
      ${this.loading ? html`<p class="muted" role="status">${this.t.loading}</p>` : nothing}
      ${list ? this.renderResults(list) : nothing}
    </div>`;
  }

  private renderTabs(): TemplateResult {
    const t = this.t;
    const counts = this.list?.counts;
    const all = counts ? REQUEST_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0) : null;
    const current = this.filters.status;
    const tab = (status: string, label: string, n: number | null) =>
      html`<li>
        <a
          href=${hashFor('requests', filterQuery({ ...this.filters, status, page: 1 }))}
          aria-current=${current === status ? 'true' : 'false'}
          class=${status ? `status-${status}` : ''}
        >
          ${label}${n === null ? nothing : html` <span class="badge">${formatNumber(n, this.language)}</span>`}
        </a>
      </li>`;
    return html`<nav aria-label=${t.requests.counts}>
      <ul class="tabs">
        ${tab('', t.requests.allStatuses, all)}
        ${REQUEST_STATUSES.map((s) => tab(s, t.statuses[s], counts?.[s] ?? null))}
      </ul>
    </nav>`;
  }

  private renderFilters(): TemplateResult {
    const t = this.t.requests;
    const topics = this.list?.topics ?? [];
    const methodists = this.list?.methodists ?? [];
    const select = (
      id: 'topic' | 'methodist',
      label: string,
      any: string,
      options: { id: string; label: string }[],
    ) =>
      html`<div class="field">
        <label for="f-${id}">${label}</label>
        <select
          id="f-${id}"
          @change=${(e: Event) =>
            this.go({ ...this.typed(), [id]: (e.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${!this.draft[id]}>${any}</option>
          ${options.map(
            (o) =>
              html`<option value=${o.id} ?selected=${this.draft[id] === o.id}>${o.label}</option>`,
          )}
        </select>
      </div>`;
    return html`<form class="filters" role="search" aria-label=${t.filters} @submit=${this.submit}>
      <div class="field grow">
        <label for="f-q">${t.search}</label>
        <span class="hint" id="f-q-hint">${t.searchHint}</span>
        <input
          id="f-q"
          type="search"
          .value=${this.draft.q}
          aria-describedby="f-q-hint"
          @input=${(e: Event) => this.setDraft('q', (e.target as HTMLInputElement).value)}
        />
      </div>
      ${select('topic', t.topic, t.any, topics)}
      ${select('methodist', t.methodist, t.anyone, methodists)}
      <div class="field">
        <label for="f-from">${t.from}</label>
        <input
          id="f-from"
          type="date"
          .value=${this.draft.from}
          @change=${(e: Event) => this.setDraft('from', (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="f-to">${t.to}</label>
        <input
          id="f-to"
          type="date"
          .value=${this.draft.to}
          @change=${(e: Event) => this.setDraft('to', (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="actions">
        <button type="submit" class="primary">${t.apply}</button>
        ${
          isFiltered(this.filters)
            ? html`<a class="button" href=${hashFor('requests')}>${t.reset}</a>`
            : nothing
        }
      </div>
    </form>`;
  }

  private renderResults(list: RequestList): TemplateResult {
    const t = this.t.requests;
    if (list.items.length === 0) {
      return html`<p class="state">${isFiltered(this.filters) ? t.empty : t.emptyAll}</p>`;
    }
    const { page: _page, pageSize: _size, ...query } = filterQuery(this.filters);
    return html`<p class="muted">${this.foundText(list)}</p>
      ${cardsTable({
        id: 'requests-caption',
        caption: t.title,
        columns: [t.number, t.received, t.topic, t.methodist, t.status, t.organization],
        rows: list.items.map((row) => this.renderRow(row)),
      })}
      ${this.renderPager(list)}
      <section aria-labelledby="export-title">
        <h2 id="export-title">${t.export}</h2>
        <p class="hint">${t.exportHint}</p>
        <p class="actions">
          <a class="button" download href=${this.api.href('/admin/api/requests.csv', query)}
            >${t.exportCsv}</a
          >
          <a class="button" download href=${this.api.href('/admin/api/requests.xlsx', query)}
            >${t.exportXlsx}</a
          >
        </p>
      </section>`;
  }

  private renderRow(row: RequestRow): TemplateResult {
    const t = this.t;
    const r = t.requests;
    return html`<tr role="row" class=${row.unread ? 'unread' : ''}>
      <th scope="row" role="rowheader">
        <a href=${hashFor(`requests/${row.number}`)}>${row.number}</a>
        ${
          row.unread
            ? html` <span class="mark" aria-hidden="true">${t.requests.unreadMark}</span
              ><span class="vh">(${t.requests.unread})</span>`
            : nothing
        }
      </th>
      <td role="cell" data-label=${r.received}>${this.date(row.receivedAt)}</td>
      <td role="cell" data-label=${r.topic}>${row.topicLabel || row.topic}</td>
      <td role="cell" data-label=${r.methodist}>${row.methodistLabel ?? row.methodist ?? t.none}${
        row.assignee ? html`<br /><span class="muted">→ ${row.assignee.name}</span>` : nothing
      }</td>
      <td role="cell" data-label=${r.status}>
        <span class="status-${row.status}">${t.statuses[row.status] ?? row.status}</span>
      </td>
      <td role="cell" data-label=${r.organization}>${row.organization}</td>
    </tr>`;
  }

  private renderPager(list: RequestList): TemplateResult {
    const t = this.t.requests;
    const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
    const size = html`<label class="inline-field"
      >${t.pageSize}
      <select
        @change=${(e: Event) =>
          this.go({ pageSize: Number((e.target as HTMLSelectElement).value) })}
      >
        ${[10, ...PAGE_SIZES].map(
          (n) => html`<option value=${n} ?selected=${list.pageSize === n}>${n}</option>`,
        )}
      </select></label
    >`;
    if (pages <= 1) return html`<div class="pager">${size}</div>`;
    const page = list.page;
    const link = (p: number, label: string, rel: string) =>
      html`<a class="button" rel=${rel} href=${hashFor('requests', filterQuery({ ...this.filters, page: p }))}
        >${label}</a
      >`;
    return html`<nav class="pager" aria-label=${t.pages}>
      ${page > 1 ? link(page - 1, t.prev, 'prev') : nothing}
      <span aria-current="page">${t.page} ${page} ${t.of} ${pages}</span>
      ${page < pages ? link(page + 1, t.next, 'next') : nothing} ${size}
    </nav>`;
  }
}
