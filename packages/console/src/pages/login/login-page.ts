import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ApiError } from '../../api/client.ts';
import type { SignedIn } from '../../api/types.ts';
import { ConsolePage } from '../../app/console-page.ts';
import { SignedInEvent } from '../../events/signed-in.ts';
import { formatWait } from '../../i18n/format.ts';
import { problemText } from '../../ui/errors.ts';
import { errorSummary, field } from '../../ui/field.ts';

/**
 * Sign-in: e-mail and password. A wrong password, the throttle (with the time to wait, as the
 * service words it) and a network failure are said above the form; what was typed stays.
 */
export class ConsoleLoginPage extends ConsolePage {
  @state() private email = '';
  @state() private password = '';
  @state() private errors: Record<string, string> = {};
  @state() private problem = '';
  @state() private busy = false;
  /** Set by the console when the service has no account yet. */
  setupRequired = false;

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const t = this.t;
    const errors: Record<string, string> = {};
    if (!this.email.trim()) errors.email = t.required;
    if (!this.password) errors.password = t.required;
    this.errors = errors;
    this.problem = '';
    if (Object.keys(errors).length > 0) return this.focusSummary();
    this.busy = true;
    try {
      const answer = await this.api.post<SignedIn>('/admin/api/login', {
        email: this.email.trim(),
        password: this.password,
      });
      this.password = '';
      this.dispatchEvent(new SignedInEvent(answer.user, answer.csrfToken));
    } catch (error) {
      this.problem = this.describe(error);
      this.announce(this.problem);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-problem]')?.focus();
    } finally {
      this.busy = false;
    }
  }

  private describe(error: unknown): string {
    const t = this.t.login;
    if (error instanceof ApiError && error.status === 429) {
      return (
        error.message || `${t.throttled} ${formatWait(error.retryAfter ?? 60, this.language)}.`
      );
    }
    if (error instanceof ApiError && error.status === 401) return error.message || t.wrong;
    return problemText(error, this.t);
  }

  protected renderPage() {
    const t = this.t;
    const labels = { email: t.login.email, password: t.login.password };
    return html`<div class="stack">
      <h1 tabindex="-1" id="login-title">${t.login.title}</h1>
      ${this.setupRequired ? html`<p class="notice">${t.login.setupRequired}</p>` : nothing}
      ${
        this.problem
          ? html`<p class="notice problem" tabindex="-1" data-problem>${this.problem}</p>`
          : nothing
      }
      ${errorSummary(t.errorSummary, this.errors, labels, (id) => this.focusControl(id))}
      <form novalidate @submit=${this.submit} aria-labelledby="login-title">
        ${field({
          id: 'email',
          name: 'email',
          type: 'email',
          label: t.login.email,
          value: this.email,
          autocomplete: 'username',
          required: true,
          error: this.errors.email,
          onInput: (v) => {
            this.email = v;
          },
        })}
        ${field({
          id: 'password',
          name: 'password',
          type: 'password',
          label: t.login.password,
          value: this.password,
          autocomplete: 'current-password',
          required: true,
          error: this.errors.password,
          onInput: (v) => {
            this.password = v;
          },
        })}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy} aria-busy=${this.busy}>
            ${t.login.submit}
          </button>
        </div>
      </form>
    </div>`;
  }
}
