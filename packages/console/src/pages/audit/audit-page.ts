import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { AuditPage } from '../../api/types.ts';
import { ConsolePage } from '../../app/console-page.ts';
import { count } from '../../i18n/format.ts';
import { navigate } from '../../router/navigate.ts';
import { hashFor } from '../../router/route.ts';
import { cardsTable } from '../../ui/cards-table.ts';
import { problemText } from '../../ui/errors.ts';

interface AuditFilters {
  action: string;
  actor: string;
  from: string;
  to: string;
  page: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function readAudit(query: URLSearchParams): AuditFilters {
  const page = Number.parseInt(query.get('page') ?? '1', 10);
  const date = (key: string) => (DATE.test(query.get(key) ?? '') ? (query.get(key) ?? '') : '');
  return {
    action: query.get('action') ?? '',
    actor: query.get('actor') ?? '',
    from: date('from'),
    to: date('to'),
    page: page > 0 ? page : 1,
  };
}

function auditQuery(f: AuditFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['action', 'actor', 'from', 'to'] as const) if (f[key]) out[key] = f[key];
  if (f.page > 1) out.page = String(f.page);
  return out;
}

/** An entry's details as «key: value, …» (never the teacher's data: the service keeps none). */
function detailsText(details: unknown): string {
  if (!details || typeof details !== 'object') return '';
  return Object.entries(details as Record<string, unknown>)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    )
    .join(', ');
}

/** The audit log (administrator): who did what and when, filtered by action, person and period. */
export class ConsoleAuditPage extends ConsolePage {
  @state() private data: AuditPage | null = null;
  @state() private actors: { id: number; name: string }[] = [];
  @state() private problem = '';
  @state() private draft: AuditFilters = readAudit(new URLSearchParams());
  private loadedKey: string | null = null;

  private get filters(): AuditFilters {
    return readAudit(this.route.query);
  }

  protected override willUpdate(): void {
    const key = JSON.stringify(auditQuery(this.filters));
    if (this.context && key !== this.loadedKey) {
      this.loadedKey = key;
      this.draft = this.filters;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    this.problem = '';
    try {
      const [data, staff] = await Promise.all([
        this.api.get<AuditPage>('/admin/api/audit', {
          ...auditQuery(this.filters),
          page: this.filters.page,
        }),
        this.actors.length
          ? Promise.resolve({ items: this.actors })
          : this.api
              .get<{ items: { id: number; name: string }[] }>('/admin/api/staff')
              .catch(() => ({ items: [] })),
      ]);
      this.data = data;
      this.actors = staff.items;
    } catch (error) {
      this.problem = problemText(error, this.t);
      this.announce(this.problem);
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    navigate(hashFor('audit', auditQuery({ ...this.draft, page: 1 })));
  }

  private set(key: keyof AuditFilters, value: string): void {
    this.draft = { ...this.draft, [key]: value };
  }

  protected renderPage(): TemplateResult {
    const t = this.t.audit;
    const r = this.t.requests;
    const data = this.data;
    return html`<h1 tabindex="-1">${t.title}</h1>
      <form class="filters" role="search" aria-label=${r.filters} @submit=${this.submit}>
        <div class="field">
          <label for="a-action">${t.action}</label>
          <select id="a-action" @change=${(e: Event) => this.set('action', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.draft.action}>${t.anyAction}</option>
            ${(data?.actions ?? []).map(
              (a) =>
                html`<option value=${a} ?selected=${this.draft.action === a}>
                  ${this.t.audit.actions[a] ?? a}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="a-actor">${t.actor}</label>
          <select id="a-actor" @change=${(e: Event) => this.set('actor', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.draft.actor}>${t.anyone}</option>
            ${this.actors.map(
              (a) =>
                html`<option value=${a.id} ?selected=${this.draft.actor === String(a.id)}>${a.name}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="a-from">${r.from}</label>
          <input id="a-from" type="date" .value=${this.draft.from} @change=${(e: Event) => this.set('from', (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="a-to">${r.to}</label>
          <input id="a-to" type="date" .value=${this.draft.to} @change=${(e: Event) => this.set('to', (e.target as HTMLInputElement).value)} />
        </div>
        <div class="actions"><button type="submit" class="primary">${r.apply}</button></div>
      </form>
      ${this.problem ? html`<p class="notice problem">${this.problem}</p>` : nothing}
      ${
        !data
          ? html`<p role="status">${this.t.loading}</p>`
          : data.items.length === 0
            ? html`<p class="state">${t.empty}</p>`
            : this.renderTable(data)
      }`;
  }

  private renderTable(data: AuditPage): TemplateResult {
    const t = this.t.audit;
    const r = this.t.requests;
    const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
    const link = (p: number, label: string) =>
      html`<a class="button" href=${hashFor('audit', auditQuery({ ...this.filters, page: p }))}>${label}</a>`;
    return html`<p class="muted">${count(data.total, this.language, t.entries)}</p>
      ${cardsTable({
        id: 'audit-caption',
        caption: t.title,
        columns: [t.when, t.actor, t.action, t.target, t.details],
        cards: false,
        rows: data.items.map(
          (e) => html`<tr>
            <td>${this.date(e.at)}</td>
            <td>${e.actor?.name ?? this.t.request.system}</td>
            <td>
              ${this.t.audit.actions[e.action] ?? e.action}
              <br /><span class="muted">${e.action}</span>
            </td>
            <td>${e.target ?? ''}</td>
            <td>${detailsText(e.details)}</td>
          </tr>`,
        ),
      })}
      ${
        pages > 1
          ? html`<nav class="pager" aria-label=${r.pages}>
            ${data.page > 1 ? link(data.page - 1, r.prev) : nothing}
            <span>${r.page} ${data.page} ${r.of} ${pages}</span>
            ${data.page < pages ? link(data.page + 1, r.next) : nothing}
          </nav>`
          : nothing
      }`;
  }
}
