import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ApiError } from '../../api/client.ts';
import type { SignedIn } from '../../api/types.ts';
import { ConsolePage } from '../../app/console-page.ts';
import { SignedInEvent } from '../../events/signed-in.ts';
import { fieldErrors, problemText } from '../../ui/errors.ts';
import { errorSummary, field } from '../../ui/field.ts';

type Purpose = 'setup' | 'reset' | 'invite';

/**
 * A one-time link: the first administrator's setup (e-mail, name, password), an invitation or a
 * password reset (password only). The service's field messages appear at their fields.
 */
export class ConsoleLinkPage extends ConsolePage {
  @state() private purpose: Purpose | null = null;
  @state() private account: { email: string | null; name: string | null } = {
    email: null,
    name: null,
  };
  @state() private values = { email: '', name: '', password: '', confirm: '' };
  @state() private errors: Record<string, string> = {};
  @state() private problem = '';
  @state() private expired = false;
  @state() private busy = false;
  private loadedFor = '';

  private get token(): string {
    return this.route.name === 'setup' || this.route.name === 'link' ? this.route.token : '';
  }

  protected override updated(): void {
    if (this.context && this.token && this.loadedFor !== this.token) {
      this.loadedFor = this.token;
      void this.load();
    }
  }

  private async load() {
    try {
      const link = await this.api.get<{
        purpose: Purpose;
        email: string | null;
        name: string | null;
      }>(`/admin/api/links/${encodeURIComponent(this.token)}`);
      this.purpose = link.purpose;
      this.account = { email: link.email, name: link.name };
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 410)) {
        this.expired = true;
      } else this.problem = problemText(error, this.t);
    }
  }

  private set(key: keyof ConsoleLinkPage['values'], value: string) {
    this.values = { ...this.values, [key]: value };
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const t = this.t;
    const setup = this.purpose === 'setup';
    const errors: Record<string, string> = {};
    if (setup && !this.values.email.trim()) errors.email = t.required;
    if (setup && !this.values.name.trim()) errors.name = t.required;
    if (!this.values.password) errors.password = t.required;
    else if (this.values.confirm !== this.values.password) errors.confirm = t.link.mismatch;
    this.errors = errors;
    this.problem = '';
    if (Object.keys(errors).length > 0) return this.focusSummary();
    this.busy = true;
    try {
      const body = setup
        ? {
            email: this.values.email.trim(),
            name: this.values.name.trim(),
            password: this.values.password,
          }
        : { password: this.values.password };
      const answer = await this.api.post<SignedIn>(
        `/admin/api/links/${encodeURIComponent(this.token)}`,
        body,
      );
      this.dispatchEvent(new SignedInEvent(answer.user, answer.csrfToken));
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields) {
        this.errors = fields;
        await this.focusSummary();
      } else if (error instanceof ApiError && error.status === 410) {
        this.expired = true;
      } else {
        this.problem = problemText(error, t);
        this.announce(this.problem);
      }
    } finally {
      this.busy = false;
    }
  }

  /** One heading in every state, so focus put on it survives the link's details arriving. */
  protected renderPage() {
    const t = this.t;
    const title =
      this.purpose === 'setup' || (!this.purpose && this.route.name === 'setup')
        ? t.link.setupTitle
        : this.purpose === 'reset'
          ? t.link.resetTitle
          : t.link.inviteTitle;
    return html`<div class="stack">
      <h1 tabindex="-1" id="link-title">${title}</h1>
      ${this.renderBody()}
    </div>`;
  }

  private renderBody() {
    const t = this.t;
    if (this.expired) return html`<p class="notice problem">${t.link.expired}</p>`;
    if (!this.purpose) {
      return this.problem
        ? html`<p class="notice problem">${this.problem}</p>
            <p><button type="button" @click=${() => this.load()}>${t.retry}</button></p>`
        : html`<p role="status">${t.loading}</p>`;
    }
    const setup = this.purpose === 'setup';
    const labels: Record<string, string> = {
      email: t.link.email,
      name: t.link.name,
      password: t.link.password,
      confirm: t.link.confirm,
    };
    return html`${
      setup
        ? html`<p>${t.link.setupIntro}</p>`
        : html`<p>${t.link.for} <strong>${this.account.name ?? ''}</strong> ${this.account.email ?? ''}</p>`
    }
      ${this.problem ? html`<p class="notice problem">${this.problem}</p>` : nothing}
      ${errorSummary(t.errorSummary, this.errors, labels, (id) => this.focusControl(id))}
      <form novalidate aria-labelledby="link-title" @submit=${this.submit}>
        ${
          setup
            ? html`${field({
                id: 'email',
                name: 'email',
                type: 'email',
                label: t.link.email,
                value: this.values.email,
                autocomplete: 'username',
                required: true,
                error: this.errors.email,
                onInput: (v) => this.set('email', v),
              })}
            ${field({
              id: 'name',
              name: 'name',
              label: t.link.name,
              value: this.values.name,
              autocomplete: 'name',
              required: true,
              error: this.errors.name,
              onInput: (v) => this.set('name', v),
            })}`
            : nothing
        }
        ${field({
          id: 'password',
          name: 'password',
          type: 'password',
          label: t.link.password,
          hint: t.link.passwordHint,
          value: this.values.password,
          autocomplete: 'new-password',
          required: true,
          error: this.errors.password,
          onInput: (v) => this.set('password', v),
        })}
        ${field({
          id: 'confirm',
          name: 'confirm',
          type: 'password',
          label: t.link.confirm,
          value: this.values.confirm,
          autocomplete: 'new-password',
          required: true,
          error: this.errors.confirm,
          onInput: (v) => this.set('confirm', v),
        })}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${t.link.submit}</button>
        </div>
      </form>
    `;
  }
}
