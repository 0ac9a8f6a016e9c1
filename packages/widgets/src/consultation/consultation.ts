import { type FeedView, plural } from '@metodika/feed';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formStrings } from '../base/form/form.strings.ts';
import { formStyles } from '../base/form/form.styles.ts';
import { FormController } from '../base/form/form-controller.ts';
import {
  describedBy,
  focusAfterRender,
  type InputOptions,
  invalid,
  type Problem,
  problemOf,
  renderConsent,
  renderField,
  renderHoneypot,
  renderInput,
  renderPerson,
  renderProblem,
  renderSummary,
} from '../base/form/form-fields.ts';
import { localId, optional, pageUrl, personRequest } from '../base/form/form-request.ts';
import { problemWords, wordProblem } from '../base/form/form-words.ts';
import { MetodikaElement } from '../base/metodika-element.ts';
import { baseStyles } from '../base/styles/base.styles.ts';
import { consultationStrings } from './consultation.strings.ts';
import { type SendResult, sendRequest } from './consultation-send.ts';
import { ConsultationSentEvent } from './consultation-sent-event.ts';
import { checkRequest, FIELDS, type Field, toFieldErrors } from './consultation-validation.ts';

type Settings = NonNullable<FeedView['consultation']>;

/** Stands in for the key while checking a form that was never submitted. */
const CHECK_KEY = '00000000-0000-0000-0000-000000000000';

/** Fields the form words itself when empty; the validator's wording is for malformed values. */
const OWN_MESSAGES: readonly Field[] = ['topic', 'name', 'organization', 'message', 'consent'];

type Phase =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'stored'; number: string; days?: number }
  /** The request did not go through; `retry` offers to send it again. */
  | ({ kind: 'problem' } & Problem);

/**
 * A request for a methodical consultation, sent to the department's own receiver (the feed's
 * `consultation.endpoint`) with a separate 152-ФЗ consent. Typed values are kept in session
 * storage until the request is stored, so a lost connection or a reload loses nothing, and a
 * retry reuses the idempotency key, so the request is stored once.
 *
 * @summary Consultation request form with 152-ФЗ consent, draft keeping and safe retries.
 * @fires metodika-consultation-sent - The receiver stored the request (`ConsultationSentEvent`,
 *   its `number`); bubbles out of the shadow root.
 * @csspart root - The inner wrapper.
 * @csspart form - The form.
 * @csspart success - The confirmation with the request number.
 * @csspart problem - The message about a failed submission, with its retry button.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The message that the feed could not be loaded, with Retry.
 * @csspart empty - The message that the feed sets up no consultation requests.
 * @csspart stale - The "showing a saved copy" banner.
 * @cssproperty --metodika-accent - Links, the submit button, focus.
 * @cssproperty --metodika-accent-contrast - Text on the accent colour.
 * @cssproperty --metodika-surface - Background of the widget and its dialogs.
 * @cssproperty --metodika-surface-alt - Background of secondary areas (chips, hovered buttons, skeleton).
 * @cssproperty --metodika-text - Text colour.
 * @cssproperty --metodika-text-muted - Secondary text.
 * @cssproperty --metodika-border - Borders and separators.
 * @cssproperty --metodika-danger - Error messages and invalid fields.
 * @cssproperty --metodika-radius - Corner radius.
 * @cssproperty --metodika-space - Spacing unit.
 * @cssproperty --metodika-focus - Focus ring.
 */
export class MetodikaConsultation extends MetodikaElement {
  static override styles = [baseStyles, formStyles];

  /** Topic id to pre-select, so a page about one subject opens the form pre-filled. */
  @property({ attribute: 'preset-topic' }) presetTopic = '';

  /** Person id of the methodist to pre-select (one of the feed's `consultation.methodists`). */
  @property({ attribute: 'preset-methodist' }) presetMethodist = '';

  @state() private phase: Phase = { kind: 'idle' };

  /** Values, draft, consent, errors and the idempotency key. */
  private readonly form = new FormController(this, {
    check: () => this.check(),
    needs: problemWords,
    order: () => FIELDS,
    label: (name) => this.label(name),
    linked: [['email', 'phone']],
  });

  /** The endpoint whose draft is loaded; another feed means another draft. */
  private endpoint: string | undefined;

  private get s() {
    return consultationStrings[this.locale];
  }

  private get f() {
    return formStrings[this.locale];
  }

  private label(name: string): string {
    const s = this.s as unknown as Record<string, string>;
    const f = this.f as unknown as Record<string, string>;
    return name === 'consent' ? this.f.consentLegend : (s[name] ?? f[name] ?? name);
  }

  private get values(): Record<string, string> {
    return this.form.values;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const settings = this.feed.state.view?.consultation;
    if (settings && settings.endpoint !== this.endpoint) this.start(settings);
    if (settings && (changed.has('presetTopic') || changed.has('presetMethodist')))
      this.applyPresets(settings, true);
  }

  /** Shows a fresh form for these settings, with the draft kept for its endpoint. */
  private start(settings: Settings): void {
    this.endpoint = settings.endpoint;
    this.form.start(
      `consultation:${settings.endpoint}`,
      Object.fromEntries(FIELDS.map((f) => [f, ''])),
    );
    this.applyPresets(settings, false);
    this.phase = { kind: 'idle' };
  }

  /** Pre-fills topic and methodist from the attributes; a kept draft wins unless `force`. */
  private applyPresets(settings: Settings, force: boolean): void {
    const values = { ...this.values };
    if (
      this.presetTopic &&
      (force || !values.topic) &&
      settings.topics.some((t) => t.id === this.presetTopic)
    )
      values.topic = this.presetTopic;
    const methodist = settings.methodists?.find(
      (id) => id === this.presetMethodist || id.endsWith(`:${this.presetMethodist}`),
    );
    if (this.presetMethodist && methodist && (force || !values.methodist))
      values.methodist = methodist;
    this.form.set(values);
  }

  protected override renderContent(): unknown {
    return this.renderFeedState((view) => this.renderForm(view, view.consultation!), {
      isEmpty: (view) => !view.consultation,
      emptyText: this.s.noSettings,
    });
  }

  private renderForm(view: FeedView, settings: Settings): TemplateResult {
    const s = this.s;
    const phase = this.phase;
    if (phase.kind === 'stored') return this.renderStored(phase, settings);
    const pending = phase.kind === 'pending';
    const en = this.locale === 'en';
    const people = (settings.methodists ?? []).flatMap((id) =>
      view.people.filter((p) => p.id === id),
    );
    const formats = settings.formats ?? (Object.keys(s.formats) as (keyof typeof s.formats)[]);
    const ctx = this.form.context;
    const select = (name: Field, options: [string, string][], empty: string, required = false) =>
      renderField(
        ctx,
        name,
        html`<select
          id="f-${name}"
          name=${name}
          ?required=${required}
          aria-invalid=${ifDefined(invalid(ctx, name))}
          aria-describedby=${describedBy(ctx, name) ?? nothing}
        >
          <option value="" ?selected=${!this.values[name]}>${empty}</option>
          ${options.map(([value, label]) => html`<option value=${value} ?selected=${this.values[name] === value}>${label}</option>`)}
        </select>`,
        required,
      );
    return html`<form part="form" novalidate aria-labelledby="title" aria-busy=${pending ? 'true' : 'false'}
      @submit=${this.onSubmit} @input=${this.form.onInput} @change=${this.form.onInput} @focusout=${this.form.onBlur}>
      <h2 id="title">${s.title}</h2>
      <p class="muted"><span aria-hidden="true">*</span> — ${this.f.required}</p>
      ${this.form.summary ? renderSummary(ctx, FIELDS, this.f, this.locale, (f, e) => this.form.focus(f, e)) : nothing}
      ${select(
        'topic',
        settings.topics.map((t) => [t.id, (en && t.labelEn) || t.label]),
        s.choose,
        true,
      )}
      ${
        people.length
          ? select(
              'methodist',
              people.map((p) => [p.id, p.position ? `${p.name} — ${p.position}` : p.name]),
              s.anyone,
            )
          : nothing
      }
      <div class="row">
        ${select(
          'format',
          formats.map((f) => [f, s.formats[f]]),
          s.anyFormat,
        )}
        ${this.input('preferredTime', { hint: s.preferredTimeHint })}
      </div>
      ${renderPerson(ctx, { name: this.values.name!, position: this.values.position!, organization: this.values.organization! }, view.organizations, this.f)}
      <fieldset aria-describedby="h-contact">
        <legend>${s.contact}</legend>
        <p class="hint" id="h-contact">${s.contactHint}</p>
        <div class="row">
          ${this.input('email', { type: 'email', autocomplete: 'email', max: 120 })}
          ${this.input('phone', { type: 'tel', autocomplete: 'tel', max: 40 })}
        </div>
      </fieldset>
      ${renderField(
        ctx,
        'message',
        html`<textarea id="f-message" name="message" rows="5" required maxlength="2000"
          aria-invalid=${ifDefined(invalid(ctx, 'message'))}
          aria-describedby=${describedBy(ctx, 'message') ?? nothing}
          .value=${this.values.message ?? ''}></textarea>`,
        true,
      )}
      ${renderHoneypot(this.values.website ?? '', this.f)}
      ${renderConsent(settings.consent, this.form.consent, this.form.errors.consent, this.f, s.dataList)}
      ${phase.kind === 'problem' ? renderProblem(phase, this.f, () => void this.submit()) : nothing}
      <p class="vh" role="status">${pending ? s.sending : ''}</p>
      <button type="submit" class="primary" ?disabled=${pending} aria-busy=${pending ? 'true' : 'false'}>
        ${pending ? s.sending : s.submit}
      </button>
    </form>`;
  }

  private input(name: Field, o: InputOptions = {}): TemplateResult {
    return renderInput(this.form.context, name, this.values[name] ?? '', o);
  }

  private renderStored(
    phase: Extract<Phase, { kind: 'stored' }>,
    settings: Settings,
  ): TemplateResult {
    const s = this.s;
    const days = phase.days ?? settings.responseDays;
    return html`<div class="stored" part="success" tabindex="-1">
      <h2>${s.sent}</h2>
      <p>${s.number}: <strong>${phase.number}</strong></p>
      ${days ? html`<p>${s.answerIn(plural(days, this.locale, s.workingDays))}</p>` : nothing}
      <button type="button" @click=${() => this.start(settings)}>${s.another}</button>
    </div>`;
  }

  private settings(): Settings | undefined {
    return this.feed.state.view?.consultation;
  }

  /** The request as the inbox expects it; empty optional fields are left out. */
  private request(key: string): Record<string, unknown> {
    const view = this.feed.state.view!;
    const settings = this.settings()!;
    const v = this.values;
    return {
      idempotencyKey: key,
      topic: v.topic,
      methodist: v.methodist ? localId(v.methodist, settings.source) : undefined,
      format: optional(v.format),
      preferredTime: optional(v.preferredTime),
      ...personRequest(v, view.organizations, settings.source),
      message: v.message,
      consent: this.form.consentRecord(settings.consent.version),
      page: pageUrl(),
      locale: this.locale,
      website: v.website,
      fillMs: this.form.fillMs,
    };
  }

  /** Every field's problem, in the form's words where a required field is empty. */
  private check(): Record<string, string> {
    const { errors } = checkRequest(
      this.request(this.form.key ?? CHECK_KEY),
      this.locale,
      this.f.invalid,
    );
    const v = this.values;
    for (const f of OWN_MESSAGES) {
      if (errors[f] && (f === 'consent' || !v[f]?.trim()))
        errors[f] = this.s.errors[f] ?? this.f.errors[f];
    }
    // The schema's "e-mail or phone" rule runs only once all else is valid; say it at once.
    if (!v.email?.trim() && !v.phone?.trim())
      errors.email ??= wordProblem(
        { code: 'contact_required', params: {} },
        this.locale,
        this.f.invalid,
      );
    return errors as Record<string, string>;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.submit();
  }

  /** Checks, then sends; a second call while one is pending does nothing. */
  async submit(): Promise<void> {
    const settings = this.settings();
    if (!settings || this.phase.kind === 'pending') return;
    const key = await this.form.begin();
    if (!key) return;
    this.phase = { kind: 'pending' };
    const result = await sendRequest(settings.endpoint, this.request(key), this.locale);
    if (this.endpoint !== settings.endpoint) return; // the feed changed meanwhile
    await this.finish(result);
  }

  private async finish(result: SendResult): Promise<void> {
    const s = this.s;
    switch (result.kind) {
      case 'stored':
        this.form.finish();
        this.phase = {
          kind: 'stored',
          number: result.number,
          ...(result.expectedResponseDays ? { days: result.expectedResponseDays } : {}),
        };
        this.dispatchEvent(new ConsultationSentEvent(result.number));
        return focusAfterRender(this, '.stored');
      case 'invalid': {
        const { errors, other } = toFieldErrors(result.fields);
        this.phase = other.length
          ? { kind: 'problem', text: other.join(' '), retry: false }
          : { kind: 'idle' };
        if (Object.keys(errors).length) return this.form.show(errors);
        break;
      }
      case 'rejected':
        this.phase = { kind: 'problem', text: s.rejected(result.status), retry: false };
        break;
      default:
        this.phase = { kind: 'problem', ...problemOf(result, this.f, s.failed) };
    }
    await focusAfterRender(this, '.problem', true);
  }
}
