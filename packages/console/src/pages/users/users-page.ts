import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { Role, Scope, User } from '../../api/types.ts';
import { ConsoleFormPage } from '../../app/console-form-page.ts';
import { cardsTable } from '../../ui/cards-table.ts';
import { fieldErrors, problemText } from '../../ui/errors.ts';
import { errorSummary, field } from '../../ui/field.ts';
import { renderSecret } from '../../ui/secret.ts';

const ROLES: Role[] = ['administrator', 'editor', 'methodist'];
const SCOPES: Scope[] = ['all', 'own'];

interface Draft {
  email: string;
  name: string;
  role: Role;
  scope: Scope;
  personId: string;
  disabled: boolean;
}

const emptyDraft = (): Draft => ({
  email: '',
  name: '',
  role: 'methodist',
  scope: 'all',
  personId: '',
  disabled: false,
});

/**
 * Accounts (administrator): the list; a new account gets a one-time invitation link shown with
 * a copy button; role, scope, feed person and disabled are changed in place; a reset gives a
 * one-time password link.
 */
export class ConsoleUsersPage extends ConsoleFormPage {
  @state() private users: User[] | null = null;
  @state() private draft: Draft = emptyDraft();
  @state() private link: { kind: 'invite' | 'reset'; url: string; who: string } | null = null;
  @state() private editing: number | null = null;
  @state() private edit: Draft = emptyDraft();
  @state() private editErrors: Record<string, string> = {};

  protected override start(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const items = await this.listOf<User>('/admin/api/users', (text) => {
      this.problem = text;
    });
    if (items) this.users = items;
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = this.t;
    const errors: Record<string, string> = {};
    if (!this.draft.email.trim()) errors.email = t.required;
    if (!this.draft.name.trim()) errors.name = t.required;
    this.errors = errors;
    if (Object.keys(errors).length) return this.focusSummary();
    this.problem = '';
    await this.send(async () => {
      const d = this.draft;
      const body: Record<string, unknown> = {
        email: d.email.trim(),
        name: d.name.trim(),
        role: d.role,
      };
      if (d.role === 'methodist') {
        body.scope = d.scope;
        if (d.personId.trim()) body.personId = d.personId.trim();
      }
      const answer = await this.api.post<{ user: User; link: string }>('/admin/api/users', body);
      this.link = { kind: 'invite', url: answer.link, who: answer.user.email };
      this.draft = emptyDraft();
      this.announce(`${t.users.inviteLink} ${answer.user.email}`);
      await this.load();
    });
  }

  private startEdit(user: User): void {
    this.editing = user.id;
    this.editErrors = {};
    this.edit = {
      email: user.email,
      name: user.name,
      role: user.role,
      scope: user.scope,
      personId: user.personId ?? '',
      disabled: user.disabled,
    };
    void this.updateComplete.then(() => this.focusControl('edit-name'));
  }

  private async saveEdit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const id = this.editing;
    if (!id) return;
    this.busy = true;
    try {
      const e = this.edit;
      await this.api.patch<{ user: User }>(`/admin/api/users/${id}`, {
        name: e.name.trim(),
        role: e.role,
        scope: e.scope,
        personId: e.personId.trim() || null,
        disabled: e.disabled,
      });
      this.editing = null;
      this.announce(this.t.users.updated);
      await this.load();
    } catch (error) {
      const fields = fieldErrors(error);
      this.editErrors = fields ?? { name: problemText(error, this.t) };
      this.announce(Object.values(this.editErrors).join(' '));
    } finally {
      this.busy = false;
    }
  }

  private async reset(user: User): Promise<void> {
    await this.act(async () => {
      const answer = await this.api.post<{ link: string }>(`/admin/api/users/${user.id}/reset`);
      this.link = { kind: 'reset', url: answer.link, who: user.email };
      this.announce(`${this.t.users.resetLink} ${user.email}`);
    });
  }

  protected renderPage(): TemplateResult {
    const t = this.t.users;
    return html`<h1 tabindex="-1">${t.title}</h1>
      ${this.problem ? html`<p class="notice problem">${this.problem}</p>` : nothing}
      ${
        this.link
          ? renderSecret(
              'one-time-link',
              `${this.link.kind === 'invite' ? t.inviteLink : t.resetLink} (${this.link.who})`,
              this.link.url,
              this.t,
            )
          : nothing
      }
      ${this.renderList()} ${this.renderCreate()}`;
  }

  private renderList(): TemplateResult {
    const t = this.t.users;
    if (!this.users) return html`<p role="status">${this.t.loading}</p>`;
    const me = this.context.user?.id;
    return html`${cardsTable({
      id: 'users-caption',
      caption: t.title,
      columns: [t.name, t.email, t.role, t.lastLogin, t.actions],
      cards: false,
      rows: this.users.map(
        (u) => html`<tr>
          <th scope="row">${u.name} ${u.id === me ? t.you : ''}</th>
          <td>${u.email}</td>
          <td>
            ${this.t.roles[u.role] ?? u.role}${
              u.role === 'methodist'
                ? html`<br /><span class="muted">${this.t.scopes[u.scope]}${u.personId ? ` · ${u.personId}` : ''}</span>`
                : nothing
            }
            ${u.disabled ? html`<br /><strong>${t.disabled}</strong>` : nothing}
          </td>
          <td>${u.lastLoginAt ? this.date(u.lastLoginAt) : t.never}</td>
          <td class="actions">
            <button type="button" aria-label="${t.edit}: ${u.name}" @click=${() => this.startEdit(u)}>
              ${t.edit}
            </button>
            <button
              type="button"
              aria-label="${t.reset}: ${u.name}"
              ?disabled=${this.busy}
              @click=${() => this.reset(u)}
            >
              ${t.reset}
            </button>
          </td>
        </tr>`,
      ),
    })}
      ${this.editing ? this.renderEdit() : nothing}`;
  }

  private roleFields(prefix: string, d: Draft, set: (changes: Partial<Draft>) => void) {
    const t = this.t.users;
    return html`<div class="field">
        <label for="${prefix}-role">${t.role}</label>
        <select
          id="${prefix}-role"
          @change=${(e: Event) => set({ role: (e.target as HTMLSelectElement).value as Role })}
        >
          ${ROLES.map(
            (r) => html`<option value=${r} ?selected=${d.role === r}>${this.t.roles[r]}</option>`,
          )}
        </select>
      </div>
      ${
        d.role === 'methodist'
          ? html`<div class="field">
              <label for="${prefix}-scope">${t.scope}</label>
              <select
                id="${prefix}-scope"
                @change=${(e: Event) => set({ scope: (e.target as HTMLSelectElement).value as Scope })}
              >
                ${SCOPES.map(
                  (s) =>
                    html`<option value=${s} ?selected=${d.scope === s}>${this.t.scopes[s]}</option>`,
                )}
              </select>
            </div>
            ${field({
              id: `${prefix}-person`,
              label: t.person,
              hint: t.personHint,
              value: d.personId,
              error: (prefix === 'edit' ? this.editErrors : this.errors).personId,
              onInput: (v) => set({ personId: v }),
            })}`
          : nothing
      }`;
  }

  private renderEdit(): TemplateResult {
    const t = this.t.users;
    const set = (changes: Partial<Draft>) => {
      this.edit = { ...this.edit, ...changes };
    };
    return html`<section aria-labelledby="edit-title">
      <h2 id="edit-title">${t.editing} ${this.edit.email}</h2>
      <form novalidate aria-labelledby="edit-title" @submit=${this.saveEdit}>
        ${field({
          id: 'edit-name',
          label: t.name,
          value: this.edit.name,
          error: this.editErrors.name,
          onInput: (v) => set({ name: v }),
        })}
        ${this.roleFields('edit', this.edit, set)}
        <label class="check">
          <input
            type="checkbox"
            .checked=${this.edit.disabled}
            @change=${(e: Event) => set({ disabled: (e.target as HTMLInputElement).checked })}
          />
          ${t.disabled}
        </label>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${this.t.save}</button>
          <button
            type="button"
            @click=${() => {
              this.editing = null;
            }}
          >
            ${this.t.cancel}
          </button>
        </div>
      </form>
    </section>`;
  }

  private renderCreate(): TemplateResult {
    const t = this.t.users;
    const set = (changes: Partial<Draft>) => {
      this.draft = { ...this.draft, ...changes };
    };
    const labels = {
      email: t.email,
      name: t.name,
      role: t.role,
      scope: t.scope,
      personId: t.person,
    };
    return html`<section aria-labelledby="create-title">
      <h2 id="create-title">${t.create}</h2>
      ${errorSummary(this.t.errorSummary, this.errors, labels, (id) =>
        this.focusControl(id === 'personId' ? 'new-person' : `new-${id}`),
      )}
      <form novalidate aria-labelledby="create-title" @submit=${this.create}>
        ${field({
          id: 'new-email',
          type: 'email',
          label: t.email,
          value: this.draft.email,
          required: true,
          error: this.errors.email,
          onInput: (v) => set({ email: v }),
        })}
        ${field({
          id: 'new-name',
          label: t.name,
          value: this.draft.name,
          required: true,
          error: this.errors.name,
          onInput: (v) => set({ name: v }),
        })}
        ${this.roleFields('new', this.draft, set)}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${t.invite}</button>
        </div>
      </form>
    </section>`;
  }
}
