import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { ApiToken } from '../../api/types.ts';
import { ConsoleFormPage } from '../../app/console-form-page.ts';
import { cardsTable } from '../../ui/cards-table.ts';
import { confirmInPlace } from '../../ui/confirm.ts';
import { errorSummary, field } from '../../ui/field.ts';
import { renderSecret } from '../../ui/secret.ts';

/**
 * API tokens for scripts (administrator): create one (its secret shown once, with a copy
 * button), revoke one after a confirmation in place.
 */
export class ConsoleTokensPage extends ConsoleFormPage {
  @state() private tokens: ApiToken[] | null = null;
  @state() private name = '';
  @state() private secret: { name: string; value: string } | null = null;
  @state() private confirming: number | null = null;

  protected override start(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const items = await this.listOf<ApiToken>('/admin/api/tokens', (text) => {
      this.problem = text;
    });
    if (items) this.tokens = items;
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.name.trim()) {
      this.errors = { name: this.t.required };
      return this.focusSummary();
    }
    this.errors = {};
    this.problem = '';
    await this.send(async () => {
      const answer = await this.api.post<{ token: ApiToken; secret: string }>('/admin/api/tokens', {
        name: this.name.trim(),
      });
      this.secret = { name: answer.token.name, value: answer.secret };
      this.name = '';
      this.announce(this.t.tokens.secret);
      await this.load();
    });
  }

  private async ask(id: number): Promise<void> {
    this.confirming = id;
    await this.focusConfirmation();
  }

  private async revoke(token: ApiToken): Promise<void> {
    await this.act(async () => {
      await this.api.delete(`/admin/api/tokens/${token.id}`);
      this.confirming = null;
      this.announce(this.t.tokens.revokedDone);
      await this.load();
    });
  }

  private who(value: ApiToken['createdBy']): string {
    if (!value) return this.t.none;
    return typeof value === 'string' ? value : value.name;
  }

  protected renderPage(): TemplateResult {
    const t = this.t.tokens;
    return html`<h1 tabindex="-1">${t.title}</h1>
      <p>${t.intro}</p>
      ${this.problem ? html`<p class="notice problem">${this.problem}</p>` : nothing}
      ${this.secret ? renderSecret('token-secret', `${t.secret} (${this.secret.name})`, this.secret.value, this.t) : nothing}
      ${this.renderList()}
      <section aria-labelledby="new-token-title">
        <h2 id="new-token-title">${t.create}</h2>
        ${errorSummary(this.t.errorSummary, this.errors, { name: t.name }, () =>
          this.focusControl('token-name'),
        )}
        <form novalidate aria-labelledby="new-token-title" @submit=${this.create}>
          ${field({
            id: 'token-name',
            label: t.name,
            hint: t.nameHint,
            value: this.name,
            required: true,
            error: this.errors.name,
            onInput: (v) => {
              this.name = v;
            },
          })}
          <div class="actions">
            <button type="submit" class="primary" ?disabled=${this.busy}>${t.create}</button>
          </div>
        </form>
      </section>`;
  }

  private renderList(): TemplateResult {
    const t = this.t.tokens;
    if (!this.tokens) return html`<p role="status">${this.t.loading}</p>`;
    if (this.tokens.length === 0) return html`<p class="muted">${t.empty}</p>`;
    return cardsTable({
      id: 'tokens-caption',
      caption: t.title,
      columns: [t.name, t.created, t.lastUsed, this.t.requests.status, this.t.users.actions],
      cards: false,
      rows: this.tokens.map(
        (token) => html`<tr>
          <th scope="row">${token.name}</th>
          <td>${this.date(token.createdAt)}<br /><span class="muted">${t.createdBy}: ${this.who(token.createdBy)}</span></td>
          <td>${token.lastUsedAt ? this.date(token.lastUsedAt) : this.t.none}</td>
          <td>${token.revokedAt ? `${t.revoked} ${this.date(token.revokedAt)}` : t.active}</td>
          <td>
            ${
              token.revokedAt
                ? nothing
                : this.confirming === token.id
                  ? confirmInPlace({
                      id: `confirm-${token.id}`,
                      question: t.confirm.replace('{name}', token.name),
                      yes: t.confirmYes,
                      no: this.t.cancel,
                      busy: this.busy,
                      onYes: () => this.revoke(token),
                      onNo: () => {
                        this.confirming = null;
                      },
                    })
                  : html`<button type="button" aria-label="${t.revoke}: ${token.name}" @click=${() => this.ask(token.id)}>
                    ${t.revoke}
                  </button>`
            }
          </td>
        </tr>`,
      ),
    });
  }
}
