import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { Settings } from '../../api/types.ts';
import { ConsoleFormPage } from '../../app/console-form-page.ts';
import { count } from '../../i18n/format.ts';
import { problemText } from '../../ui/errors.ts';
import { errorSummary, field } from '../../ui/field.ts';

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/**
 * Settings (administrator): who is told about new requests and whether the e-mail carries the
 * teacher's message; read-only facts: retention, the last purge, zone, mail, allowed sites.
 */
export class ConsoleSettingsPage extends ConsoleFormPage {
  @state() private settings: Settings | null = null;
  @state() private notifyTo = '';
  @state() private includeMessage = false;
  @state() private saved = '';

  protected override start(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.show(await this.api.get<Settings>('/admin/api/settings'));
    } catch (error) {
      this.problem = problemText(error, this.t);
    }
  }

  private show(settings: Settings): void {
    this.settings = settings;
    this.notifyTo = settings.notifyTo.join('\n');
    this.includeMessage = settings.notifyIncludeMessage;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const list = this.notifyTo
      .split(/[\n,;]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = list.filter((a) => !EMAIL.test(a));
    this.saved = '';
    this.problem = '';
    if (bad.length) {
      this.errors = { notifyTo: `${this.t.settings.badEmail} ${bad.join(', ')}` };
      return this.focusSummary();
    }
    this.errors = {};
    await this.send(async () => {
      this.show(
        await this.api.patch<Settings>('/admin/api/settings', {
          notifyTo: list,
          notifyIncludeMessage: this.includeMessage,
        }),
      );
      this.saved = this.t.saved;
      this.announce(this.t.saved);
    });
  }

  /** One heading in every state, so focus put on it survives the data arriving. */
  protected renderPage(): TemplateResult {
    return html`<h1 tabindex="-1">${this.t.settings.title}</h1>
      ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    const t = this.t.settings;
    const s = this.settings;
    if (!s) {
      return this.problem
        ? html`<p class="notice problem">${this.problem}</p>`
        : html`<p role="status">${this.t.loading}</p>`;
    }
    return html`${this.problem ? html`<p class="notice problem">${this.problem}</p>` : nothing}
      ${errorSummary(this.t.errorSummary, this.errors, { notifyTo: t.notifyTo }, () =>
        this.focusControl('notify-to'),
      )}
      <form novalidate aria-labelledby="notify-title" @submit=${this.save}>
        <h2 id="notify-title">${t.notifyTo}</h2>
        ${field({
          id: 'notify-to',
          type: 'textarea',
          label: t.notifyTo,
          hint: t.notifyToHint,
          value: this.notifyTo,
          rows: 4,
          error: this.errors.notifyTo ?? this.errors.notifyIncludeMessage,
          onInput: (v) => {
            this.notifyTo = v;
          },
        })}
        <div class="field">
          <label class="check">
            <input
              type="checkbox"
              aria-describedby="include-hint"
              .checked=${this.includeMessage}
              @change=${(e: Event) => {
                this.includeMessage = (e.target as HTMLInputElement).checked;
              }}
            />
            ${t.includeMessage}
          </label>
          <span class="hint" id="include-hint">${t.includeMessageHint}</span>
        </div>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${this.t.save}</button>
          ${this.saved ? html`<span>${this.saved}</span>` : nothing}
        </div>
      </form>
      <section aria-labelledby="facts-title">
        <h2 id="facts-title">${this.t.nav.settings}</h2>
        <dl class="facts">
          <dt>${t.retention}</dt>
          <dd>${count(s.retentionDays, this.language, t.retentionDays)} ${t.retentionNote}</dd>
          <dt>${t.lastPurge}</dt>
          <dd>
            ${
              s.lastPurge
                ? `${this.date(s.lastPurge.at)}, ${t.purged}: ${s.lastPurge.deleted}`
                : t.noPurge
            }
          </dd>
          <dt>${t.responseDays}</dt>
          <dd>${s.responseDays}</dd>
          <dt>${t.timeZone}</dt>
          <dd>${s.timeZone}</dd>
          <dt>${t.smtp}</dt>
          <dd>${s.smtp ? t.smtpOn : t.smtpOff}</dd>
          <dt>${t.origins}</dt>
          <dd>${s.allowedOrigins.join('\n') || this.t.none}</dd>
        </dl>
      </section>`;
  }
}
