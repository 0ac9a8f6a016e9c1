import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ApiError } from '../../api/client.ts';
import type { Delivery, RequestDetail, RequestStatus, StaffMember } from '../../api/types.ts';
import { ConsolePage } from '../../app/console-page.ts';
import { fieldErrors, problemText } from '../../ui/errors.ts';
import { field } from '../../ui/field.ts';
import { lastListHash } from '../requests/list-memory.ts';
import { inFlight } from './answer-delivery.ts';
import { answerDraft } from './answer-draft.ts';
import { renderConsent, renderSent } from './request-facts.ts';
import { renderHistory } from './request-history.ts';

/** The service's refusals of a draft's key that already made an answer. */
const KEY_SPENT = new Set(['answer_key_changed', 'answer_key_reused']);

/** How often the page looks at letters on their way, and for how long (about two minutes). */
const FOLLOW_EVERY_MS = 3000;
const FOLLOW_LOOKS = 40;

/** Which status button a request shows next: new → in progress → answered, answered → reopen. */
const NEXT: Record<
  RequestStatus,
  { to: RequestStatus; key: 'toProgress' | 'toAnswered' | 'reopen' }[]
> = {
  new: [{ to: 'in-progress', key: 'toProgress' }],
  'in-progress': [{ to: 'answered', key: 'toAnswered' }],
  answered: [{ to: 'in-progress', key: 'reopen' }],
};

/**
 * One request: what the teacher sent, the consent record, status, assignee, the answer (an
 * e-mail by default, or a note of the call: the only way when there is only a phone, a choice
 * beside the e-mail otherwise, since a failed letter's advice is to call), internal notes and
 * the history.
 * Drafts survive failures: the note in the page's state, the answer in sessionStorage too.
 */
export class ConsoleRequestPage extends ConsolePage {
  @state() private detail: RequestDetail | null = null;
  @state() private staff: StaffMember[] = [];
  @state() private problem = '';
  @state() private loadProblem: { kind: 'notFound' | 'forbidden' | 'other'; text: string } | null =
    null;
  @state() private note = '';
  @state() private noteError = '';
  @state() private answer = '';
  @state() private answerError = '';
  @state() private answerProblem = '';
  /** How the answer goes when the request has an e-mail: a letter, or a note of a call. */
  @state() private answerBy: 'email' | 'call' = 'email';
  /** An answered request's call form is open (it starts folded behind «Записать звонок»). */
  @state() private callAfterOpen = false;
  @state() private assignTo = '';
  @state() private busy = '';
  private loadedFor = '';
  /** The next look at letters on their way, and how many looks are left. */
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  private followsLeft = 0;

  private get number(): string {
    return this.route.name === 'request' ? this.route.number : '';
  }

  protected override willUpdate(): void {
    if (this.context && this.number && this.number !== this.loadedFor) {
      this.loadedFor = this.number;
      this.stopFollowing();
      this.detail = null;
      this.loadProblem = null;
      this.answer = answerDraft.read(this.number);
      this.answerBy = 'email';
      this.callAfterOpen = false;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      const [detail, staff] = await Promise.all([
        this.api.get<RequestDetail>(`/admin/api/requests/${encodeURIComponent(this.number)}`),
        this.api.get<{ items: StaffMember[] }>('/admin/api/staff').catch(() => ({ items: [] })),
      ]);
      this.show(detail);
      this.staff = staff.items;
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      this.loadProblem = {
        kind: status === 404 ? 'notFound' : status === 403 ? 'forbidden' : 'other',
        text: problemText(error, this.t),
      };
    }
  }

  private show(detail: RequestDetail): void {
    this.detail = detail;
    this.shownCount += 1;
    this.assignTo = detail.assignee ? String(detail.assignee.id) : '';
    this.followsLeft = FOLLOW_LOOKS;
    this.follow();
  }

  /** How many details were shown: a look at the letters started for an older one is dropped. */
  private shownCount = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowing();
  }

  private stopFollowing(): void {
    clearTimeout(this.followTimer);
    this.followTimer = undefined;
  }

  /**
   * While a letter is on its way, asks the service for the letters' states now and then (not
   * the whole request, whose every read is an audited view) and says when one settles.
   */
  private follow(): void {
    this.stopFollowing();
    const waiting = this.detail?.history.some((entry) => inFlight(entry.delivery));
    if (!waiting || this.followsLeft <= 0) return;
    this.followsLeft -= 1;
    const number = this.number;
    // The detail this look belongs to: a newer one shown meanwhile (a change, a reload) is not
    // overwritten with older states, and a page left behind stops looking.
    const shown = this.shownCount;
    this.followTimer = setTimeout(async () => {
      if (!this.isConnected) return;
      try {
        const { items } = await this.api.get<{ items: (Delivery & { eventId: number })[] }>(
          `/admin/api/requests/${encodeURIComponent(number)}/deliveries`,
        );
        if (number !== this.number || !this.detail || this.shownCount !== shown) return;
        const byEvent = new Map(items.map(({ eventId, ...delivery }) => [eventId, delivery]));
        const settled: Delivery[] = [];
        const history = this.detail.history.map((entry) => {
          const delivery = byEvent.get(Number(entry.id));
          if (!delivery || !entry.delivery) return entry;
          if (inFlight(entry.delivery) && !inFlight(delivery)) settled.push(delivery);
          return { ...entry, delivery };
        });
        this.detail = { ...this.detail, history };
        for (const delivery of settled) this.announce(this.settledText(delivery));
      } catch {
        // A missed look: the next one may do better.
      }
      if (this.isConnected && this.shownCount === shown) this.follow();
    }, FOLLOW_EVERY_MS);
  }

  private settledText(delivery: Delivery): string {
    const s = this.t.request.delivery;
    return delivery.state === 'sent' ? s.delivered : s.notDelivered;
  }

  private async resend(letterId: Delivery['letterId']): Promise<void> {
    try {
      const detail = await this.change(
        'resend',
        `letters/${encodeURIComponent(String(letterId))}/resend`,
        {},
        '',
      );
      const delivery = detail?.history.find((h) => h.delivery?.letterId === letterId)?.delivery;
      if (delivery) {
        this.announce(
          inFlight(delivery) ? this.t.request.delivery.sending : this.settledText(delivery),
        );
      }
    } catch (error) {
      this.problem = problemText(error, this.t);
      this.announce(this.problem);
    }
  }

  /** Runs a change; on success shows the new detail and announces `done`. */
  private async change(
    what: string,
    path: string,
    body: unknown,
    done: string,
  ): Promise<RequestDetail | null> {
    this.busy = what;
    this.problem = '';
    try {
      const detail = await this.api.post<RequestDetail>(
        `/admin/api/requests/${encodeURIComponent(this.number)}/${path}`,
        body,
      );
      this.show(detail);
      if (done) this.announce(done);
      return detail;
    } finally {
      this.busy = '';
    }
  }

  private async setStatus(to: RequestStatus): Promise<void> {
    try {
      await this.change(
        'status',
        'status',
        { status: to },
        `${this.t.request.statusChanged} ${this.t.statuses[to]}`,
      );
    } catch (error) {
      this.problem = problemText(error, this.t);
      this.announce(this.problem);
    }
  }

  private async assign(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    try {
      await this.change(
        'assign',
        'assign',
        { userId: this.assignTo ? Number(this.assignTo) : null },
        this.t.request.assigned,
      );
    } catch (error) {
      this.problem = problemText(error, this.t);
      this.announce(this.problem);
    }
  }

  private async addNote(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.noteError = '';
    if (!this.note.trim()) {
      this.noteError = this.t.required;
      this.focusControl('note');
      return;
    }
    try {
      await this.change('note', 'notes', { text: this.note.trim() }, this.t.request.noteAdded);
      this.note = '';
    } catch (error) {
      this.noteError = fieldErrors(error)?.text ?? problemText(error, this.t);
      this.announce(this.noteError);
      this.focusControl('note');
    }
  }

  /** The request has no e-mail: a call is the only answer the console can record. */
  private get phoneOnly(): boolean {
    const r = this.detail?.request.request;
    return Boolean(r && !r.email && r.phone);
  }

  /** Answered already: only a call can be added (a letter that never arrived says to call). */
  private get answered(): boolean {
    return this.detail?.request.status === 'answered';
  }

  private get byCall(): boolean {
    return this.phoneOnly || this.answered || this.answerBy === 'call';
  }

  private async sendAnswer(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = this.t.request;
    this.answerError = '';
    this.answerProblem = '';
    if (!this.answer.trim()) {
      this.answerError = this.t.required;
      this.focusControl('answer');
      return;
    }
    const idempotencyKey = answerDraft.key(this.number);
    // Read before the answer lands: the answered detail would make every answer look like a call.
    const call = this.byCall;
    const body = call
      ? { call: this.answer.trim(), idempotencyKey }
      : { text: this.answer.trim(), idempotencyKey };
    try {
      const detail = await this.change('answer', 'answer', body, '');
      answerDraft.clear(this.number);
      this.answer = '';
      if (this.callAfterOpen) void this.toggleCallAfter(false);
      // The answer is saved either way; its letter may still be on its way or have failed.
      const letter = detail?.history.findLast((h) => h.kind === 'answer')?.delivery;
      this.announce(
        call
          ? t.callSaved
          : inFlight(letter)
            ? t.answerSending
            : letter?.state === 'failed'
              ? t.answerNotDelivered
              : t.answerSent,
      );
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields) {
        this.answerError = fields.text ?? fields.call ?? Object.values(fields)[0] ?? '';
        this.focusControl('answer');
      } else if (error instanceof ApiError && KEY_SPENT.has(error.kind)) {
        // An answer from this draft is already saved (a lost reply, then other words): the
        // text in the box stays, with a new key, and goes as an answer of its own if sent.
        answerDraft.renewKey(this.number);
        this.answerProblem = problemText(error, this.t);
        this.announce(this.answerProblem);
      } else {
        // Nothing was saved, or the reply was lost: the draft and its key stay, so sending
        // again is safe either way.
        this.answerProblem = `${problemText(error, this.t)} ${t.draftKept}`;
        this.announce(this.answerProblem);
      }
    }
  }

  private typeAnswer(text: string): void {
    this.answer = text;
    answerDraft.write(this.number, text);
  }

  /** One heading in every state, so focus put on it survives the data arriving. */
  protected renderPage(): TemplateResult {
    const t = this.t.request;
    return html`<p><a href=${lastListHash()}>← ${t.back}</a></p>
      <h1 tabindex="-1">${t.title} ${this.detail?.request.number ?? this.number}</h1>
      ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    const t = this.t.request;
    if (this.loadProblem) {
      const text =
        this.loadProblem.kind === 'notFound'
          ? t.notFound
          : this.loadProblem.kind === 'forbidden'
            ? t.forbidden
            : `${t.error} ${this.loadProblem.text}`;
      return html`<div class="notice problem">
          <p>${text}</p>
          ${
            this.loadProblem.kind === 'other'
              ? html`<p><button type="button" @click=${() => this.reload()}>${this.t.retry}</button></p>`
              : nothing
          }
        </div>`;
    }
    const detail = this.detail;
    if (!detail) {
      return html`<p role="status">${this.t.loading}</p>`;
    }
    const status = detail.request.status;
    return html`<p>
        ${t.status}: <strong class="status-${status}">${this.t.statuses[status] ?? status}</strong>
      </p>
      ${this.problem ? html`<p class="notice problem">${this.problem}</p>` : nothing}
      <div class="two-col">
        <div>
          <section aria-labelledby="sent-title">
            <h2 id="sent-title">${t.sent}</h2>
            ${renderSent(detail, this.t, (iso) => this.date(iso))}
          </section>
          ${status !== 'answered' || this.callAfterOpen ? this.renderAnswer(detail) : this.renderCallAfter()}
          <section aria-labelledby="consent-title">
            <h2 id="consent-title">${t.consent}</h2>
            ${renderConsent(detail, this.t, (iso) => this.date(iso))}
          </section>
        </div>
        <div>
          <section aria-labelledby="status-title">
            <h2 id="status-title">${t.status}</h2>
            <p class="actions">
              ${NEXT[status]?.map(
                (next) =>
                  html`<button
                    type="button"
                    ?disabled=${this.busy !== ''}
                    @click=${() => this.setStatus(next.to)}
                  >
                    ${t[next.key]}
                  </button>`,
              )}
            </p>
          </section>
          ${this.renderAssign()} ${this.renderNote()}
          <section aria-labelledby="history-title">
            <h2 id="history-title">${t.history}</h2>
            ${renderHistory(detail.history, this.t, (iso) => this.date(iso), {
              resend: (id) => void this.resend(id),
              busy: this.busy !== '',
            })}
          </section>
        </div>
      </div>`;
  }

  private reload(): void {
    this.loadProblem = null;
    void this.load();
  }

  private renderAssign(): TemplateResult {
    const t = this.t.request;
    return html`<section aria-labelledby="assign-title">
      <h2 id="assign-title">${t.assignee}</h2>
      <form class="actions" @submit=${this.assign} aria-labelledby="assign-title">
        <label class="vh" for="assignee">${t.assignee}</label>
        <select
          id="assignee"
          @change=${(e: Event) => {
            this.assignTo = (e.target as HTMLSelectElement).value;
          }}
        >
          <option value="" ?selected=${this.assignTo === ''}>${t.nobody}</option>
          ${this.staff.map(
            (person) =>
              html`<option value=${person.id} ?selected=${this.assignTo === String(person.id)}>
                ${person.name} (${this.t.roles[person.role] ?? person.role})
              </option>`,
          )}
        </select>
        <button type="submit" ?disabled=${this.busy !== ''}>${t.assign}</button>
      </form>
    </section>`;
  }

  private renderNote(): TemplateResult {
    const t = this.t.request;
    return html`<section aria-labelledby="note-title">
      <h2 id="note-title">${t.note}</h2>
      <form @submit=${this.addNote} aria-labelledby="note-title" novalidate>
        ${field({
          id: 'note',
          type: 'textarea',
          label: t.noteText,
          hint: t.noteHint,
          value: this.note,
          rows: 3,
          error: this.noteError,
          onInput: (v) => {
            this.note = v;
          },
        })}
        <div class="actions">
          <button type="submit" ?disabled=${this.busy !== ''}>${t.addNote}</button>
        </div>
      </form>
    </section>`;
  }

  private renderAnswer(detail: RequestDetail): TemplateResult {
    const t = this.t.request;
    const call = this.byCall;
    const email = detail.request.request.email;
    return html`<section aria-labelledby="answer-title">
      <h2 id="answer-title">${this.phoneOnly || this.answered ? t.call : t.answer}</h2>
      ${
        this.answerProblem
          ? html`<p class="notice problem" id="answer-problem">${this.answerProblem}</p>`
          : nothing
      }
      <form @submit=${this.sendAnswer} aria-labelledby="answer-title" novalidate>
        ${email && !this.answered ? this.renderAnswerBy() : nothing}
        ${field({
          id: 'answer',
          type: 'textarea',
          label: call ? t.callText : t.answerText,
          hint: this.answered
            ? t.callHintAnswered
            : this.phoneOnly
              ? t.callHint
              : call
                ? t.callHintWithEmail
                : `${t.answerHint} ${email ?? ''}`,
          value: this.answer,
          rows: 8,
          error: this.answerError,
          onInput: (v) => this.typeAnswer(v),
        })}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy !== ''}>
            ${this.answered ? t.callSave : call ? t.callSubmit : t.answerSubmit}
          </button>
          ${
            this.answered
              ? html`<button type="button" @click=${() => this.toggleCallAfter(false)}>
                  ${this.t.cancel}
                </button>`
              : nothing
          }
        </div>
      </form>
    </section>`;
  }

  /** An answered request: a call can still be recorded, behind a button so it stays secondary. */
  private renderCallAfter(): TemplateResult {
    const t = this.t.request;
    return html`<section aria-labelledby="call-after-title">
      <h2 id="call-after-title">${t.call}</h2>
      <p>${t.callAfterIntro}</p>
      <p>
        <button type="button" id="call-after" @click=${() => this.toggleCallAfter(true)}>
          ${t.answerByCall}
        </button>
      </p>
    </section>`;
  }

  private async toggleCallAfter(open: boolean): Promise<void> {
    this.callAfterOpen = open;
    this.answerError = '';
    this.answerProblem = '';
    await this.updateComplete;
    // Focus follows the swap: into the form, or back to the button that opened it.
    this.focusControl(open ? 'answer' : 'call-after');
  }

  /** The letter (the default) or a note of a call, for a request that has an e-mail. */
  private renderAnswerBy(): TemplateResult {
    const t = this.t.request;
    const choice = (value: 'email' | 'call', label: string) =>
      html`<label class="choice">
        <input
          type="radio"
          name="answer-by"
          .checked=${this.answerBy === value}
          @change=${() => {
            this.answerBy = value;
            this.answerError = '';
          }}
        />
        ${label}
      </label>`;
    return html`<fieldset>
      <legend>${t.answerBy}</legend>
      ${choice('email', t.answerByEmail)} ${choice('call', t.answerByCall)}
    </fieldset>`;
  }
}
