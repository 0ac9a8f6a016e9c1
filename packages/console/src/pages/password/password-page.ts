import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConsoleFormPage } from '../../app/console-form-page.ts';
import { errorSummary, field } from '../../ui/field.ts';

/** The signed-in user's own password: current, new, new again; the service's reasons at the fields. */
export class ConsolePasswordPage extends ConsoleFormPage {
  @state() private values = { current: '', password: '', confirm: '' };
  @state() private done = '';

  private set(key: 'current' | 'password' | 'confirm', value: string): void {
    this.values = { ...this.values, [key]: value };
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = this.t;
    const errors: Record<string, string> = {};
    if (!this.values.current) errors.current = t.required;
    if (!this.values.password) errors.password = t.required;
    else if (this.values.password !== this.values.confirm) errors.confirm = t.link.mismatch;
    this.errors = errors;
    this.problem = '';
    this.done = '';
    if (Object.keys(errors).length) return this.focusSummary();
    await this.send(async () => {
      await this.api.post('/admin/api/password', {
        current: this.values.current,
        password: this.values.password,
      });
      this.values = { current: '', password: '', confirm: '' };
      this.done = t.password.done;
      this.announce(this.done);
    });
  }

  protected renderPage(): TemplateResult {
    const t = this.t;
    const labels = {
      current: t.password.current,
      password: t.password.next,
      confirm: t.link.confirm,
    };
    return html`<div class="stack">
      <h1 tabindex="-1" id="password-title">${t.password.title}</h1>
      ${this.done ? html`<p class="notice">${this.done}</p>` : nothing}
      ${this.problem ? html`<p class="notice problem">${this.problem}</p>` : nothing}
      ${errorSummary(t.errorSummary, this.errors, labels, (id) => this.focusControl(`pw-${id}`))}
      <form novalidate aria-labelledby="password-title" @submit=${this.submit}>
        ${field({
          id: 'pw-current',
          type: 'password',
          label: t.password.current,
          value: this.values.current,
          autocomplete: 'current-password',
          error: this.errors.current,
          onInput: (v) => this.set('current', v),
        })}
        ${field({
          id: 'pw-password',
          type: 'password',
          label: t.password.next,
          hint: t.link.passwordHint,
          value: this.values.password,
          autocomplete: 'new-password',
          error: this.errors.password,
          onInput: (v) => this.set('password', v),
        })}
        ${field({
          id: 'pw-confirm',
          type: 'password',
          label: t.link.confirm,
          value: this.values.confirm,
          autocomplete: 'new-password',
          error: this.errors.confirm,
          onInput: (v) => this.set('confirm', v),
        })}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${t.password.submit}</button>
        </div>
      </form>
    </div>`;
  }
}
