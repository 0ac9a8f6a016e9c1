import { type FeedView, isWebUrl, plural, problemMessage } from '@metodika/feed';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formStrings } from '../base/form/form.strings.ts';
import { formStyles } from '../base/form/form.styles.ts';
import { clearDraft, loadDraft, newKey, saveDraft } from '../base/form/form-draft.ts';
import {
  describedBy,
  type FieldContext,
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
import { MetodikaElement } from '../base/metodika-element.ts';
import { baseStyles } from '../base/styles/base.styles.ts';
import { consultationStrings } from './consultation.strings.ts';
import { type SendResult, sendRequest } from './consultation-send.ts';
import { ConsultationSentEvent } from './consultation-sent-event.ts';
import {
  checkRequest,
  FIELDS,
  type Field,
  type FieldErrors,
  toFieldErrors,
} from './consultation-validation.ts';

type Settings = NonNullable<FeedView['consultation']>;

/** Fields that hold text (everything but the consent box), plus the honeypot. */
const TEXT_FIELDS = [...FIELDS.filter((f) => f !== 'consent'), 'website'] as const;
type Values = Record<(typeof TEXT_FIELDS)[number], string>;
const emptyValues = (): Values => Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Values;

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

  @state() private values: Values = emptyValues();
  @state() private consent = false;
  @state() private errors: FieldErrors = {};
  @state() private summary = false;
  @state() private phase: Phase = { kind: 'idle' };

  private key: string | undefined;
  private acceptedAt = '';
  private shownAt = 0;
  /** The endpoint whose draft is loaded; another feed means another draft. */
  private endpoint: string | undefined;
  private readonly dirty = new Set<string>();

  private get s() {
    return consultationStrings[this.locale];
  }

  private get f() {
    return formStrings[this.locale];
  }

  /** What the shared field helpers read: the errors and the labels. */
  private get fields(): FieldContext {
    const s = this.s as unknown as Record<string, string>;
    const f = this.f as unknown as Record<string, string>;
    return { errors: this.errors, label: (name) => s[name] ?? f[name] ?? name };
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
    const draft = loadDraft(`consultation:${settings.endpoint}`);
    this.values = { ...emptyValues(), ...draft?.values, website: '' };
    this.key = draft?.key;
    this.applyPresets(settings, false);
    this.consent = false;
    this.errors = {};
    this.summary = false;
    this.phase = { kind: 'idle' };
    this.shownAt = Date.now();
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
    this.values = values;
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
    const select = (
      name: keyof Values & Field,
      options: [string, string][],
      empty: string,
      required = false,
    ) =>
      renderField(
        this.fields,
        name,
        html`<select
          id="f-${name}"
          name=${name}
          ?required=${required}
          aria-invalid=${invalid(this.fields, name)}
          aria-describedby=${describedBy(this.fields, name) ?? nothing}
        >
          <option value="" ?selected=${!this.values[name]}>${empty}</option>
          ${options.map(([value, label]) => html`<option value=${value} ?selected=${this.values[name] === value}>${label}</option>`)}
        </select>`,
        required,
      );
    return html`<form part="form" novalidate aria-labelledby="title" aria-busy=${pending ? 'true' : 'false'}
      @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput} @focusout=${this.onBlur}>
      <h2 id="title">${s.title}</h2>
      <p class="muted"><span aria-hidden="true">*</span> — ${this.f.required}</p>
      ${this.renderSummary()}
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
      ${renderPerson(this.fields, this.values, view.organizations, this.f)}
      <fieldset aria-describedby="h-contact">
        <legend>${s.contact}</legend>
        <p class="hint" id="h-contact">${s.contactHint}</p>
        <div class="row">
          ${this.input('email', { type: 'email', autocomplete: 'email', max: 120 })}
          ${this.input('phone', { type: 'tel', autocomplete: 'tel', max: 40 })}
        </div>
      </fieldset>
      ${renderField(
        this.fields,
        'message',
        html`<textarea id="f-message" name="message" rows="5" required maxlength="2000"
          aria-invalid=${invalid(this.fields, 'message')}
          aria-describedby=${describedBy(this.fields, 'message') ?? nothing}
          .value=${this.values.message}></textarea>`,
        true,
      )}
      ${renderHoneypot(this.values.website, this.f)}
      ${renderConsent(settings.consent, this.consent, this.errors.consent, this.f, s.dataList)}
      ${phase.kind === 'problem' ? renderProblem(phase, this.f, () => void this.submit()) : nothing}
      <p class="vh" role="status">${pending ? s.sending : ''}</p>
      <button type="submit" class="primary" ?disabled=${pending} aria-busy=${pending ? 'true' : 'false'}>
        ${pending ? s.sending : s.submit}
      </button>
    </form>`;
  }

  private input(name: Field, o: InputOptions = {}): TemplateResult {
    return renderInput(this.fields, name, this.values[name as keyof Values], o);
  }

  private renderSummary(): unknown {
    if (!this.summary) return nothing;
    const label = this.fields.label;
    const fields = {
      ...this.fields,
      label: (f: string) => (f === 'consent' ? this.f.consentLegend : label(f)),
    };
    return renderSummary(fields, FIELDS, this.f, this.locale, (f, e) =>
      this.focusField(f as Field, e),
    );
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

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    const name = target.name;
    if (name === 'consent') {
      this.consent = target.checked;
      this.acceptedAt = target.checked ? new Date().toISOString() : '';
    } else if (name in this.values) {
      if (this.values[name as keyof Values] === target.value) return;
      this.values = { ...this.values, [name]: target.value };
      this.dirty.add(name);
      const { website: _, ...kept } = this.values;
      if (this.endpoint)
        saveDraft(`consultation:${this.endpoint}`, {
          values: kept,
          ...(this.key ? { key: this.key } : {}),
        });
    } else return;
    // A shown error goes away as soon as the value is fixed.
    if (this.errors[name as Field]) this.recheck(name as Field);
  }

  private onBlur(event: FocusEvent): void {
    const name = (event.target as HTMLInputElement).name as Field;
    // Leaving a field untouched is no mistake yet; the submit check catches it.
    if (FIELDS.includes(name) && (this.dirty.has(name) || this.errors[name])) this.recheck(name);
  }

  /** Re-checks one field; e-mail and phone are checked together (at least one is needed). */
  private recheck(name: Field): void {
    const found = this.check();
    const next = { ...this.errors };
    for (const f of name === 'email' || name === 'phone' ? (['email', 'phone'] as const) : [name]) {
      if (found[f] && (f === name || next[f])) next[f] = found[f];
      else delete next[f];
    }
    this.errors = next;
  }

  private settings(): Settings | undefined {
    return this.feed.state.view?.consultation;
  }

  /** The request as the inbox expects it; empty optional fields are left out. */
  private request(key: string): Record<string, unknown> {
    const view = this.feed.state.view!;
    const settings = this.settings()!;
    const v = this.values;
    const opt = (value: string) => value.trim() || undefined;
    // Merged views prefix ids with their source; the receiver knows its own feed's ids.
    const local = (id: string) =>
      settings.source && id.startsWith(`${settings.source}:`)
        ? id.slice(settings.source.length + 1)
        : id;
    const orgName = v.organization.trim();
    const org = view.organizations.find((o) => o.source === settings.source && o.name === orgName);
    const page = location.href;
    return {
      idempotencyKey: key,
      topic: v.topic,
      methodist: v.methodist ? local(v.methodist) : undefined,
      format: opt(v.format),
      preferredTime: opt(v.preferredTime),
      name: v.name,
      position: opt(v.position),
      organization: { id: org ? local(org.id) : undefined, name: v.organization },
      email: opt(v.email),
      phone: opt(v.phone),
      message: v.message,
      consent: {
        given: this.consent,
        version: settings.consent.version,
        acceptedAt: this.acceptedAt || new Date().toISOString(),
      },
      page: isWebUrl(page) && page.length <= 2000 ? page : undefined,
      locale: this.locale,
      website: v.website,
      fillMs: Math.max(0, Math.round(Date.now() - this.shownAt)),
    };
  }

  /** Every field's problem, in the form's words where a required field is empty. */
  private check(): FieldErrors {
    const { errors } = checkRequest(this.request(this.key ?? CHECK_KEY), this.locale);
    for (const f of OWN_MESSAGES) {
      if (errors[f] && (f === 'consent' || !this.values[f as keyof Values].trim()))
        errors[f] = this.s.errors[f] ?? this.f.errors[f];
    }
    // The schema's "e-mail or phone" rule runs only once all else is valid; say it at once.
    if (!this.values.email.trim() && !this.values.phone.trim())
      errors.email ??= problemMessage('contact_required', {}, this.locale);
    return errors;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.submit();
  }

  /** Checks, then sends; a second call while one is pending does nothing. */
  async submit(): Promise<void> {
    const settings = this.settings();
    if (!settings || this.phase.kind === 'pending') return;
    const errors = this.check();
    if (Object.keys(errors).length) return this.showErrors(errors);
    this.errors = {};
    this.summary = false;
    // One key per request, kept with the draft: every retry, even after a reload, is the same request.
    this.key ??= newKey();
    const { website: _, ...kept } = this.values;
    saveDraft(`consultation:${settings.endpoint}`, { values: kept, key: this.key });
    this.phase = { kind: 'pending' };
    const result = await sendRequest(settings.endpoint, this.request(this.key), this.locale);
    if (this.endpoint !== settings.endpoint) return; // the feed changed meanwhile
    await this.finish(result, settings);
  }

  private async finish(result: SendResult, settings: Settings): Promise<void> {
    const s = this.s;
    switch (result.kind) {
      case 'stored':
        clearDraft(`consultation:${settings.endpoint}`);
        this.key = undefined;
        this.dirty.clear();
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
        if (Object.keys(errors).length) return this.showErrors(errors);
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

  private async showErrors(errors: FieldErrors): Promise<void> {
    this.errors = errors;
    this.summary = true;
    await this.updateComplete;
    this.focusField(FIELDS.find((f) => errors[f])!);
  }

  private focusField(field: Field, event?: Event): void {
    event?.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#f-${field}`)?.focus();
  }
}
