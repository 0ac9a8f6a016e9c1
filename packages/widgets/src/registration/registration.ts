import {
  type Consent,
  type FeedView,
  formatDay,
  formatWhen,
  isDateOnly,
  plural,
  type RegistrationAvailability,
  type RegistrationClosed,
  safeHref,
  signUpClosed,
} from '@metodika/feed';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formStrings } from '../base/form/form.strings.ts';
import { formStyles } from '../base/form/form.styles.ts';
import { FormController } from '../base/form/form-controller.ts';
import * as fields from '../base/form/form-fields.ts';
import { focusAfterRender, type Problem, problemOf } from '../base/form/form-fields.ts';
import { pageUrl, personRequest } from '../base/form/form-request.ts';
import { sendJson } from '../base/form/form-send.ts';
import { problemWords } from '../base/form/form-words.ts';
import { lazyPart } from '../base/lazy-part.ts';
import { MetodikaElement } from '../base/metodika-element.ts';
import { baseStyles } from '../base/styles/base.styles.ts';
import { registrationStrings } from './registration.strings.ts';
import { styles } from './registration.styles.ts';
import {
  eventUrl,
  fetchAvailability,
  forgetAvailability,
  registrationClock,
} from './registration-availability.ts';
import { RegistrationSentEvent } from './registration-sent-event.ts';
import {
  checkPerson,
  type FieldErrors,
  PERSON_FIELDS,
  questionField,
  toFieldErrors,
} from './registration-validation.ts';

type FeedEvent = FeedView['events'][number];
type Question = NonNullable<NonNullable<FeedEvent['registration']>['questions']>[number];

/** The event's sign-up as the form needs it. */
interface Target {
  event: FeedEvent;
  /** The service's URL of this event (`{endpoint}/{id}`). */
  url: string;
  /** The event's id in its own feed (merged views prefix ids with their source). */
  localId: string;
  consent: Consent | undefined;
  questions: readonly Question[];
  zone: string;
}

/** What the service says about places, or that it did not answer. */
type Places =
  | { kind: 'checking' }
  | { kind: 'unavailable' }
  | { kind: 'known'; state: RegistrationAvailability['state']; a?: RegistrationAvailability };

type Phase =
  | { kind: 'idle' }
  | { kind: 'form' }
  | { kind: 'pending' }
  | { kind: 'done'; status: 'confirmed' | 'waiting'; waiting?: number; email: string }
  /** The form stays open with what went wrong; `retry` offers to send again. */
  | ({ kind: 'problem' } & Problem);

/** Stands in for the key while checking a form that was never submitted. */
const CHECK_KEY = '00000000-0000-0000-0000-000000000000';

/** The expansion of a series (registration-series.ts), fetched only for an event that is one. */
const seriesPart = lazyPart(() => import('./registration-series.ts'));

/**
 * Sign-up for one event whose list the department's service keeps (the feed's
 * `registration.endpoint`): places left, «Записаться» or «Встать в лист ожидания», or why
 * sign-up is closed, and the form with the event's extra questions. The form keeps the
 * consultation form's guarantees: native fields with autocomplete, errors at the fields and in a
 * summary, the organization by type-ahead from the feed, the separate unticked 152-ФЗ consent
 * naming the operator (the feed's `consultation.consent`), a draft kept in session storage when
 * sending fails, and retries stored once. The calendar's event details show it too, loaded on
 * demand.
 *
 * @summary Sign-up for an event: places left, waiting list, the form, confirmation.
 * @fires metodika-registration-sent - The service took the sign-up (`RegistrationSentEvent`: its
 *   `eventId` and `status`, `confirmed` or `waiting`); bubbles out of the shadow root.
 * @csspart root - The inner wrapper.
 * @csspart places - Places left with the sign-up button, or why sign-up is closed.
 * @csspart form - The form.
 * @csspart success - The confirmation: signed up, or on the waiting list with the position.
 * @csspart problem - The message about a failed submission, with its retry button.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The message that the feed could not be loaded, with Retry.
 * @csspart empty - The message that the event is not in the feed.
 * @csspart stale - The "showing a saved copy" banner.
 * @cssproperty --metodika-accent - Links, the sign-up button, focus.
 * @cssproperty --metodika-accent-contrast - Text on the accent colour.
 * @cssproperty --metodika-surface - Background of the widget.
 * @cssproperty --metodika-surface-alt - Background of secondary areas (skeleton).
 * @cssproperty --metodika-text - Text colour.
 * @cssproperty --metodika-text-muted - Secondary text.
 * @cssproperty --metodika-border - Borders and separators.
 * @cssproperty --metodika-danger - Error messages and invalid fields.
 * @cssproperty --metodika-radius - Corner radius.
 * @cssproperty --metodika-space - Spacing unit.
 * @cssproperty --metodika-focus - Focus ring.
 */
export class MetodikaRegistration extends MetodikaElement {
  static override styles = [baseStyles, formStyles, styles];

  /** The event's id in the feed (as in the calendar's links, `#cal=…&id=<event>`). */
  @property() event = '';

  /** Level of the widget's heading (2 on a page of its own; 3 inside the calendar's details). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private phase: Phase = { kind: 'idle' };
  @state() private places: Places = { kind: 'checking' };
  /** The service's word on why a sign-up was refused (full, deadline…), shown by the places. */
  @state() private notice = '';
  /** A series' next meeting not yet begun (its start), '' for a single event or an ended series. */
  @state() private nextStart = '';

  /** Values, draft, consent, errors and the idempotency key. */
  private readonly form = new FormController(this, {
    check: () => this.check(),
    needs: problemWords,
    order: () => this.order(this.target()),
    label: (name) => this.label(name),
  });

  /** The service URL the form is set up for; another event means another draft. */
  private url: string | undefined;

  override connectedCallback(): void {
    // Inside another widget (the calendar's details) with no `src` of its own: that widget's feed
    // (the loader shares one request per URL, so nothing is fetched twice).
    const host = (this.getRootNode() as Partial<ShadowRoot>).host as MetodikaElement | undefined;
    if (!this.src && host instanceof MetodikaElement && host.src) this.src = host.src;
    super.connectedCallback();
  }

  private get s() {
    return registrationStrings[this.locale];
  }

  private get f() {
    return formStrings[this.locale];
  }

  private target(): Target | undefined {
    const view = this.feed.state.view;
    const event = view?.events.find((e) => e.id === this.event);
    const endpoint = event?.registration?.endpoint;
    if (!view || !event || !endpoint) return undefined;
    const localId = event.source ? event.id.slice(event.source.length + 1) : event.id;
    const settings = view.consultation?.source === event.source ? view.consultation : undefined;
    return {
      event,
      url: eventUrl(endpoint, localId),
      localId,
      consent: settings?.consent,
      questions: event.registration?.questions ?? [],
      zone: view.sources.find((s) => s.key === event.source)?.publisher.timeZone ?? 'UTC',
    };
  }

  /** The fields in the order they appear: focus goes to the first invalid one. */
  private order(target: Target | undefined): string[] {
    const questions = target?.questions.map((q) => questionField(q.id)) ?? [];
    return [...PERSON_FIELDS, ...questions, 'consent'];
  }

  private label(name: string): string {
    const f = this.f as unknown as Record<string, string>;
    if (name === 'consent') return this.f.consentLegend;
    const question = this.target()?.questions.find((q) => questionField(q.id) === name);
    return question?.label ?? f[name] ?? name;
  }

  private get values(): Record<string, string> {
    return this.form.values;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const target = this.target();
    if (target && target.url !== this.url) void this.start(target);
  }

  /** Sets the form up for this event (its draft kept) and asks the service about places. */
  private start(target: Target): Promise<void> {
    this.url = target.url;
    this.form.start(`registration:${target.url}`);
    this.notice = '';
    this.phase = { kind: 'idle' };
    return this.askPlaces(target);
  }

  /**
   * Asks the service for places unless the feed already says sign-up is closed, as the service
   * decides it (`signUpClosed`): a series stays open until its last meeting begins.
   */
  private async askPlaces(target: Target): Promise<void> {
    const now = registrationClock.now();
    const ahead = await this.meetingAhead(target, now);
    if (this.url !== target.url) return;
    const closed = signUpClosed(target.event, target.zone, now, ahead);
    if (closed) {
      this.places = { kind: 'known', state: closed };
      return;
    }
    this.places = { kind: 'checking' };
    try {
      const a = await fetchAvailability(target.url);
      if (this.url === target.url) this.places = { kind: 'known', state: a.state, a };
    } catch {
      if (this.url === target.url) this.places = { kind: 'unavailable' };
    }
  }

  /**
   * For a series, whether a meeting is still to begin (and which, kept for the places); undefined
   * for a single event, and when the expansion could not be fetched (the service decides then).
   */
  private async meetingAhead(target: Target, now: number): Promise<boolean | undefined> {
    this.nextStart = '';
    if (!target.event.recurrence) return undefined;
    this.places = { kind: 'checking' };
    try {
      const next = (await seriesPart.load()).nextMeeting(target.event, target.zone, now);
      if (this.url === target.url) this.nextStart = next?.start ?? '';
      return next !== undefined;
    } catch {
      return undefined;
    }
  }

  protected override renderContent(): unknown {
    return this.renderFeedState(
      (view) => {
        const event = view.events.find((e) => e.id === this.event)!;
        const target = this.target();
        return html`<section aria-labelledby="reg-title">
          ${this.heading(this.headingLevel, 'reg-title', this.s.title)}
          ${target ? this.renderSignUp(view, target) : this.renderNoService(event)}
        </section>`;
      },
      {
        isEmpty: (view) => !view.events.some((e) => e.id === this.event),
        emptyText: this.s.notFound,
      },
    );
  }

  private heading(level: number, id: string, text: string): TemplateResult {
    if (level >= 4) return html`<h4 id=${id}>${text}</h4>`;
    if (level === 3) return html`<h3 id=${id}>${text}</h3>`;
    return html`<h2 id=${id}>${text}</h2>`;
  }

  /** An event with no list kept by the service: its page elsewhere, or no sign-up at all. */
  private renderNoService(event: FeedEvent): TemplateResult {
    const s = this.s;
    const href = safeHref(event.registration?.url);
    return html`<div class="places" part="places">
      ${
        href
          ? html`<p><a href=${href} target="_blank" rel="noopener">${s.elsewhere}<span class="vh"> ${s.newWindow}</span></a></p>`
          : html`<p>${s.noRegistration}</p>`
      }
    </div>`;
  }

  private renderSignUp(view: FeedView, target: Target): TemplateResult {
    const phase = this.phase;
    if (phase.kind === 'done') return this.renderDone(phase, target);
    const open = phase.kind !== 'idle';
    return html`${this.renderPlaces(target, open)}
      ${this.notice ? html`<p class="problem notice" part="problem" role="alert" tabindex="-1">${this.notice}</p>` : nothing}
      ${open && target.consent ? this.renderForm(view, target, target.consent) : nothing}`;
  }

  /** Places left and the button, or why sign-up is closed or unavailable. */
  private renderPlaces(target: Target, open: boolean): TemplateResult {
    const s = this.s;
    const p = this.places;
    const deadline = target.event.registration?.deadline;
    const when = deadline
      ? isDateOnly(deadline)
        ? formatDay(deadline, this.locale, { day: 'numeric', month: 'long' })
        : formatWhen({ start: deadline }, target.zone, this.locale)
      : '';
    let lines: string[];
    let action: 'register' | 'join' | 'retry' | null = null;
    if (p.kind === 'checking') lines = [s.checking];
    else if (p.kind === 'unavailable') {
      lines = [s.unavailable];
      action = 'retry';
    } else if (p.state === 'open') {
      const a = p.a;
      lines = [
        a?.placesLeft != null && a.capacity != null
          ? s.placesLeft(
              plural(a.placesLeft, this.locale, s.places),
              a.capacity.toLocaleString(this.locale),
            )
          : s.open,
        when ? s.deadline(when) : '',
      ];
      action = 'register';
    } else if (p.state === 'waitlist') {
      const waiting = p.a?.waiting ?? 0;
      lines = [
        s.noPlaces,
        waiting ? s.waiting(plural(waiting, this.locale, s.people)) : s.waitingEmpty,
        when ? s.deadline(when) : '',
      ];
      action = 'join';
    } else lines = [this.closedText(target, p.state)];
    const series = seriesPart.get();
    if (p.kind === 'known' && this.nextStart && series)
      lines.splice(1, 0, ...series.seriesLines(this.nextStart, target.zone, this.locale));
    if (action !== 'retry' && !target.consent && action) {
      lines.push(s.noConsent);
      action = null;
    }
    const text = lines.filter(Boolean);
    return html`<div class="places" part="places" aria-busy=${p.kind === 'checking' ? 'true' : 'false'}>
      <p class="vh" role="status">${text.join(' ')}</p>
      ${text.map((line, i) => html`<p class=${i === 0 ? 'lead' : 'muted'}>${line}</p>`)}
      ${
        action === 'retry'
          ? html`<button type="button" @click=${() => {
              forgetAvailability(target.url);
              void this.askPlaces(target);
            }}>${s.checkAgain}</button>`
          : action && !open
            ? html`<button type="button" class="primary"
                @click=${() => this.openForm()}>${action === 'join' ? s.join : s.register}</button>`
            : nothing
      }
    </div>`;
  }

  /** Why sign-up is closed; a series that has ended says that all its meetings have passed. */
  private closedText(target: Target, state: RegistrationClosed): string {
    const series = target.event.recurrence && seriesPart.get();
    return state === 'past' && series ? series.seriesEnded(this.locale) : this.s.closed[state];
  }

  private async openForm(): Promise<void> {
    this.phase = { kind: 'form' };
    this.form.restartClock();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#f-name')?.focus();
  }

  private renderForm(view: FeedView, target: Target, consent: Consent): TemplateResult {
    const s = this.s;
    const f = this.f;
    const ctx = this.form.context;
    const v = this.values;
    const pending = this.phase.kind === 'pending';
    const join = this.places.kind === 'known' && this.places.state === 'waitlist';
    const organizations = view.organizations.filter((o) => o.source === target.event.source);
    return html`<form id="reg-form" part="form" novalidate aria-labelledby="reg-title"
      aria-busy=${pending ? 'true' : 'false'}
      @submit=${this.onSubmit} @input=${this.form.onInput} @change=${this.form.onInput} @focusout=${this.form.onBlur}>
      <p class="muted"><span aria-hidden="true">*</span> — ${f.required}</p>
      ${this.form.summary ? fields.renderSummary(ctx, this.order(target), f, this.locale, (name, e) => this.form.focus(name, e)) : nothing}
      ${fields.renderPerson(ctx, { name: v.name ?? '', position: v.position ?? '', organization: v.organization ?? '' }, organizations, f)}
      <div class="row">
        ${fields.renderInput(ctx, 'email', v.email ?? '', { type: 'email', required: true, autocomplete: 'email', max: 120, hint: s.emailHint })}
        ${fields.renderInput(ctx, 'phone', v.phone ?? '', { type: 'tel', autocomplete: 'tel', max: 40 })}
      </div>
      ${
        target.questions.length
          ? html`<fieldset>
            <legend>${s.questions}</legend>
            ${target.questions.map((q) => fields.renderInput(ctx, questionField(q.id), v[questionField(q.id)] ?? '', { required: q.required ?? false }))}
          </fieldset>`
          : nothing
      }
      ${fields.renderHoneypot(v.website ?? '', f)}
      ${fields.renderConsent(consent, this.form.consent, this.form.errors.consent, f, s.dataList)}
      ${this.phase.kind === 'problem' ? fields.renderProblem(this.phase, f, () => void this.submit()) : nothing}
      <p class="vh" role="status">${pending ? s.sending : ''}</p>
      <button type="submit" class="primary" ?disabled=${pending} aria-busy=${pending ? 'true' : 'false'}>
        ${pending ? s.sending : join ? s.join : s.register}
      </button>
    </form>`;
  }

  private renderDone(phase: Extract<Phase, { kind: 'done' }>, target: Target): TemplateResult {
    const s = this.s;
    const level = this.headingLevel + 1;
    const confirmed = phase.status === 'confirmed';
    return html`<div class="result" part="success" tabindex="-1">
      ${this.heading(level, 'reg-done', confirmed ? s.confirmed : s.waitlisted)}
      ${!confirmed && phase.waiting ? html`<p><strong>${s.position(phase.waiting)}</strong></p>` : nothing}
      <p>${confirmed ? s.confirmedText(phase.email) : s.waitlistedText(phase.email)}</p>
      <button type="button" @click=${() => this.again(target)}>${s.another}</button>
    </div>`;
  }

  /** The request as the service expects it; empty optional fields are left out. */
  private request(target: Target, key: string): Record<string, unknown> {
    const view = this.feed.state.view!;
    const v = this.values;
    const answers = Object.fromEntries(
      target.questions.flatMap((q) => {
        const answer = v[questionField(q.id)]?.trim();
        return answer ? [[q.id, answer]] : [];
      }),
    );
    return {
      idempotencyKey: key,
      ...personRequest(v, view.organizations, target.event.source),
      answers: Object.keys(answers).length ? answers : undefined,
      consent: this.form.consentRecord(target.consent?.version ?? ''),
      page: pageUrl(),
      locale: this.locale,
      website: v.website ?? '',
      fillMs: this.form.fillMs,
    };
  }

  /** Every field's problem, in the form's words where a required field is empty. */
  private check(): FieldErrors {
    const target = this.target();
    if (!target) return {};
    const s = this.s;
    const v = this.values;
    const errors = checkPerson(
      this.request(target, this.form.key ?? CHECK_KEY),
      this.locale,
      this.f.invalid,
    );
    for (const name of ['name', 'organization'])
      if (!v[name]?.trim()) errors[name] = this.f.errors[name]!;
    if (!v.email?.trim()) errors.email = s.errors.email!;
    for (const q of target.questions) {
      const field = questionField(q.id);
      if (q.required && !v[field]?.trim()) errors[field] = s.answer(q.label);
    }
    if (!this.form.consent) errors.consent = s.errors.consent!;
    return errors;
  }

  /** A fresh form for another participant; focus goes to the sign-up button. */
  private async again(target: Target): Promise<void> {
    await this.start(target);
    await focusAfterRender(this, '.places', true);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.submit();
  }

  /** Checks, then sends; a second call while one is pending does nothing. */
  async submit(): Promise<void> {
    const target = this.target();
    if (!target || this.phase.kind === 'pending' || this.phase.kind === 'idle') return;
    const key = await this.form.begin();
    if (!key) return;
    this.phase = { kind: 'pending' };
    const email = (this.values.email ?? '').trim();
    const outcome = await sendJson(target.url, this.request(target, key), this.locale);
    if (this.url !== target.url) return; // another event meanwhile
    const s = this.s;
    if (outcome.kind === 'invalid') {
      const { errors, other } = toFieldErrors(outcome.fields);
      this.phase = other.length
        ? { kind: 'problem', text: other.join(' '), retry: false }
        : { kind: 'form' };
      if (Object.keys(errors).length) return this.showErrors(errors);
    } else if (outcome.kind !== 'answered') {
      this.phase = { kind: 'problem', ...problemOf(outcome, this.f, s.failed) };
    } else {
      const { status, answer } = outcome;
      const said = typeof answer?.message === 'string' ? answer.message : '';
      const code = typeof answer?.error === 'string' ? answer.error : '';
      if (status < 300 && (answer?.status === 'confirmed' || answer?.status === 'waiting')) {
        return this.done(target, {
          kind: 'done',
          status: answer.status,
          email,
          ...(typeof answer.waiting === 'number' ? { waiting: answer.waiting } : {}),
        });
      }
      if (code === 'registration_duplicate') {
        this.phase = { kind: 'form' };
        return this.showErrors({ email: said || s.rejected(status) });
      }
      const closed = /^registration_(full|deadline|cancelled|past)$/.exec(code)?.[1];
      if (closed) {
        // Someone took the last place (or the deadline passed) while the form was open.
        forgetAvailability(target.url);
        this.places = { kind: 'known', state: closed as RegistrationClosed };
        const state = closed as RegistrationClosed;
        // A series' «past» is its last meeting begun: in the form's words, not the service's.
        this.notice =
          state === 'past' && target.event.recurrence
            ? this.closedText(target, state)
            : said || s.closed[state];
        this.phase = { kind: 'idle' };
        return focusAfterRender(this, '.notice');
      }
      this.phase =
        status >= 400
          ? { kind: 'problem', text: said || s.rejected(status), retry: false }
          : { kind: 'problem', ...problemOf({ kind: 'failed' }, this.f, s.failed) };
    }
    await focusAfterRender(this, '.problem', true);
  }

  private async done(target: Target, phase: Extract<Phase, { kind: 'done' }>): Promise<void> {
    this.form.finish();
    this.phase = phase;
    forgetAvailability(target.url);
    this.dispatchEvent(new RegistrationSentEvent(target.event.id, phase.status));
    await focusAfterRender(this, '.result');
    // The counts have changed: the next form (another participant) shows them fresh.
    void this.askPlaces(target);
  }

  private async showErrors(errors: FieldErrors): Promise<void> {
    if (this.phase.kind === 'pending') this.phase = { kind: 'form' };
    await this.form.show(errors);
  }
}
