import type { RegistrationStatus } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../../api/client.ts';
import { ConsolePage } from '../../app/console-page.ts';
import { count, formatNumber } from '../../i18n/format.ts';
import { consoleStyles } from '../../styles/console.styles.ts';
import { baseStyles } from '../../styles/widget-base.ts';
import { fieldErrors, problemText } from '../../ui/errors.ts';
import { field } from '../../ui/field.ts';
import { eventWhen, fill } from './event-format.ts';
import { eventsStyles } from './events.styles.ts';
import { eventsApi, type Participant, type Participants } from './events-api.ts';
import { messageDraft } from './message-draft.ts';
import { type MarkState, participantsTable } from './participants-table.ts';

/**
 * One event's people: counts, the registered and the waiting list as tables (moves between
 * them, cancelling after a confirmation, attendance saved per tick), the cancelled ones folded
 * away, the sign-in sheet, and a letter to everyone. A failed attendance save puts the tick back
 * and says so; the letter's draft is kept in sessionStorage until it is sent.
 */
export class ConsoleEventPage extends ConsolePage {
  static override styles = [baseStyles, consoleStyles, eventsStyles];

  @state() private data: Participants | null = null;
  @state() private loadProblem: { notFound: boolean; text: string } | null = null;
  /** What the last move or attendance change said (a problem, or what happened). */
  @state() private problem = '';
  @state() private done = '';
  @state() private busy: number | null = null;
  @state() private confirming: number | null = null;
  @state() private marks: Record<number, MarkState> = {};
  @state() private text = '';
  @state() private includeWaiting = false;
  @state() private textError = '';
  @state() private messageNotice: { ok: boolean; text: string } | null = null;
  @state() private sending = false;
  private loadedFor = '';
  /** Per participant, the latest attendance change (an older answer arriving late is ignored). */
  private markSequence = new Map<number, number>();

  private get eventId(): string {
    return this.route.name === 'event' ? this.route.eventId : '';
  }

  protected override willUpdate(): void {
    if (this.context && this.eventId && this.eventId !== this.loadedFor) {
      this.loadedFor = this.eventId;
      this.data = null;
      this.loadProblem = null;
      this.problem = '';
      this.done = '';
      this.marks = {};
      this.messageNotice = null;
      ({ text: this.text, includeWaiting: this.includeWaiting } = messageDraft.read(this.eventId));
      void this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      this.data = await eventsApi.participants(this.api, this.eventId);
    } catch (error) {
      this.loadProblem = {
        notFound: error instanceof ApiError && error.status === 404,
        text: problemText(error, this.t),
      };
      this.announce(this.loadProblem.notFound ? this.t.events.notFound : this.loadProblem.text);
    }
  }

  private retry(): void {
    this.loadProblem = null;
    void this.load();
  }

  private say(text: string, problem = false): void {
    this.problem = problem ? text : '';
    this.done = problem ? '' : text;
    this.announce(text);
  }

  private async askCancel(p: Participant): Promise<void> {
    this.confirming = p.id;
    await this.focusConfirmation();
  }

  private async keep(p: Participant): Promise<void> {
    this.confirming = null;
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`tr[data-participant="${p.id}"] [data-cancel]`)
      ?.focus();
  }

  /** Moves someone and reloads the lists (a cancel or a move to waiting may promote someone). */
  private async move(p: Participant, to: RegistrationStatus): Promise<void> {
    const t = this.t.events;
    // One move at a time: the lists are reloaded after each, and the buttons stay enabled (a
    // disabled button would drop the keyboard focus), so a click meanwhile is ignored.
    if (this.busy !== null) return;
    const before = this.data;
    this.busy = p.id;
    try {
      await eventsApi.move(this.api, this.eventId, p.id, to);
      this.confirming = null;
      const after = await eventsApi.participants(this.api, this.eventId);
      this.data = after;
      const was = new Map(before?.items.map((item) => [item.id, item.status]));
      const promoted = after.items.filter(
        (item) => item.id !== p.id && item.status === 'confirmed' && was.get(item.id) === 'waiting',
      );
      const words = {
        confirmed: t.movedConfirmed,
        waiting: t.movedWaiting,
        cancelled: t.movedCancelled,
      };
      this.say(
        [
          fill(words[to], { name: p.name }),
          ...promoted.map((q) => fill(t.promotedNotice, { name: q.name })),
        ].join(' '),
      );
      // Focus follows the person to their list; the cancelled are folded away, so there it
      // goes to that list's summary.
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLElement>(to === 'cancelled' ? 'details > summary' : `#person-${p.id}`)
        ?.focus();
    } catch (error) {
      this.say(fieldErrors(error)?.status ?? problemText(error, this.t), true);
    } finally {
      this.busy = null;
    }
  }

  private replace(item: Participant): void {
    if (!this.data) return;
    this.data = {
      ...this.data,
      items: this.data.items.map((old) => (old.id === item.id ? item : old)),
    };
  }

  /** Saves one tick at once; on failure the tick goes back as it was and the page says so. */
  private async attend(p: Participant, attended: boolean): Promise<void> {
    const t = this.t.events;
    const sequence = (this.markSequence.get(p.id) ?? 0) + 1;
    this.markSequence.set(p.id, sequence);
    const previous = this.data?.items.find((item) => item.id === p.id)?.attended ?? p.attended;
    this.replace({ ...p, attended });
    this.marks = { ...this.marks, [p.id]: 'saving' };
    try {
      const { registration } = await eventsApi.attend(this.api, this.eventId, p.id, attended);
      if (this.markSequence.get(p.id) !== sequence) return;
      this.replace(registration);
      this.marks = { ...this.marks, [p.id]: 'saved' };
      // The row says «Сохранено»; the live region says whose mark it was.
      if (this.problem.startsWith(fill(t.attendedFailed, { name: p.name }))) this.problem = '';
      this.announce(fill(attended ? t.attendedYes : t.attendedNo, { name: p.name }));
    } catch (error) {
      if (this.markSequence.get(p.id) !== sequence) return;
      this.replace({ ...p, attended: previous });
      this.marks = { ...this.marks, [p.id]: 'failed' };
      const why =
        error instanceof ApiError && error.status === 0 ? '' : ` ${problemText(error, this.t)}`;
      this.say(`${fill(t.attendedFailed, { name: p.name })}${why}`, true);
    }
  }

  /** Who the letter goes to now: the registered, and the waiting list when ticked. */
  private recipients(): number {
    const counts = this.data?.counts ?? { confirmed: 0, waiting: 0 };
    return counts.confirmed + (this.includeWaiting ? counts.waiting : 0);
  }

  private typeMessage(text: string): void {
    this.text = text;
    messageDraft.write(this.eventId, { text, includeWaiting: this.includeWaiting });
  }

  private setIncludeWaiting(value: boolean): void {
    this.includeWaiting = value;
    messageDraft.write(this.eventId, { text: this.text, includeWaiting: value });
  }

  private async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = this.t.events;
    this.textError = '';
    this.messageNotice = null;
    if (!this.text.trim()) {
      this.textError = this.t.required;
      this.focusControl('message-text');
      return;
    }
    this.sending = true;
    let notice: { ok: boolean; text: string };
    try {
      const result = await eventsApi.message(
        this.api,
        this.eventId,
        this.text.trim(),
        this.includeWaiting,
      );
      if (result.failed === 0 && result.sent > 0) {
        messageDraft.clear(this.eventId);
        this.text = '';
        this.includeWaiting = false;
        notice = {
          ok: true,
          text: fill(t.sent, { count: count(result.sent, this.language, t.letters) }),
        };
      } else if (result.sent === 0 && result.failed === 0) {
        notice = { ok: false, text: t.nobody };
      } else if (result.sent === 0) {
        notice = { ok: false, text: t.notSent };
      } else {
        notice = {
          ok: false,
          text: fill(t.partlySent, {
            sent: formatNumber(result.sent, this.language),
            failed: formatNumber(result.failed, this.language),
          }),
        };
      }
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields) {
        this.textError = fields.text ?? Object.values(fields)[0] ?? '';
        this.sending = false;
        this.announce(this.textError);
        this.focusControl('message-text');
        return;
      }
      const off = error instanceof ApiError && error.kind === 'mail_not_configured';
      notice = { ok: false, text: off ? t.mailOff : `${problemText(error, this.t)} ${t.notSent}` };
    }
    this.sending = false;
    this.messageNotice = notice;
    this.announce(notice.text);
  }

  protected renderPage(): TemplateResult {
    const t = this.t.events;
    return html`<p><a href="#/events">← ${t.back}</a></p>
      <h1 tabindex="-1">${this.data?.event.title ?? t.event}</h1>
      ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    const t = this.t.events;
    if (this.loadProblem) {
      return html`<div class="notice problem">
        <p>${this.loadProblem.notFound ? t.notFound : `${t.loadError} ${this.loadProblem.text}`}</p>
        ${
          this.loadProblem.notFound
            ? nothing
            : html`<p><button type="button" @click=${() => this.retry()}>${this.t.retry}</button></p>`
        }
      </div>`;
    }
    const data = this.data;
    if (!data) return html`<p class="state" role="status">${this.t.loading}</p>`;
    const confirmed = data.items.filter((p) => p.status === 'confirmed');
    const waiting = data.items.filter((p) => p.status === 'waiting');
    const cancelled = data.items.filter((p) => p.status === 'cancelled');
    const people = (n: number) => count(n, this.language, t.people);
    const table = (
      kind: Participant['status'],
      id: string,
      caption: string,
      items: Participant[],
    ) =>
      participantsTable({
        kind,
        id,
        caption,
        items,
        questions: data.questions,
        t: this.t,
        date: (iso) => this.date(iso),
        busy: this.busy,
        confirming: this.confirming,
        marks: this.marks,
        onMove: (p, to) => void this.move(p, to),
        onAskCancel: (p) => void this.askCancel(p),
        onKeep: (p) => void this.keep(p),
        onAttend: (p, attended) => void this.attend(p, attended),
      });
    return html`${this.renderFacts(data)}
      ${this.problem ? html`<p class="notice problem">${this.problem}</p>` : nothing}
      ${this.done ? html`<p class="notice">${this.done}</p>` : nothing}
      <section aria-labelledby="confirmed-title">
        <h2 id="confirmed-title">${t.participants} (${formatNumber(data.counts.confirmed, this.language)})</h2>
        ${
          confirmed.length === 0
            ? html`<p class="state">${t.noParticipants}</p>`
            : html`<p class="hint" id="attend-hint">${t.attendedHint}</p>
                ${table('confirmed', 'confirmed-caption', `${t.participants}: ${people(confirmed.length)}`, confirmed)}`
        }
      </section>
      ${
        data.waitlist || waiting.length > 0
          ? html`<section aria-labelledby="waiting-title">
              <h2 id="waiting-title">${t.waitingList} (${formatNumber(data.counts.waiting, this.language)})</h2>
              ${
                waiting.length === 0
                  ? html`<p class="state">${t.noWaiting}</p>`
                  : table(
                      'waiting',
                      'waiting-caption',
                      `${t.waitingList}: ${people(waiting.length)}`,
                      waiting,
                    )
              }
            </section>`
          : nothing
      }
      ${
        cancelled.length > 0
          ? html`<details>
              <summary>${t.cancelledList} (${formatNumber(cancelled.length, this.language)})</summary>
              ${table('cancelled', 'cancelled-caption', `${t.cancelledList}: ${people(cancelled.length)}`, cancelled)}
            </details>`
          : nothing
      }
      <section aria-labelledby="sheet-title">
        <h2 id="sheet-title">${t.export}</h2>
        <p class="hint">${t.exportHint}</p>
        <p class="actions">
          <a class="button" download href=${eventsApi.sheet(this.api, this.eventId, 'xlsx')}>${t.exportXlsx}</a>
          <a class="button" download href=${eventsApi.sheet(this.api, this.eventId, 'csv')}>${t.exportCsv}</a>
        </p>
      </section>
      ${this.renderMessage()}`;
  }

  private renderFacts(data: Participants): TemplateResult {
    const t = this.t.events;
    const n = (value: number) => formatNumber(value, this.language);
    const left = data.capacity === null ? null : Math.max(0, data.capacity - data.counts.confirmed);
    return html`<dl class="counts">
      <div>
        <dt>${t.when}</dt>
        <dd>${eventWhen(data.event.start, this.language, this.context.timeZone)}</dd>
      </div>
      <div>
        <dt>${t.status}</dt>
        <dd class="event-${data.event.status}">${t.eventStatuses[data.event.status] ?? data.event.status}</dd>
      </div>
      <div>
        <dt>${t.places}</dt>
        <dd>
          ${
            data.capacity === null
              ? `${n(data.counts.confirmed)} (${t.unlimited})`
              : `${n(data.counts.confirmed)} ${t.placesOf} ${n(data.capacity)}, ${t.placesLeft} ${n(left!)}`
          }
        </dd>
      </div>
      <div>
        <dt>${t.waitingList}</dt>
        <dd>${data.waitlist || data.counts.waiting > 0 ? n(data.counts.waiting) : t.noWaitlist}</dd>
      </div>
    </dl>`;
  }

  private renderMessage(): TemplateResult {
    const t = this.t.events;
    const notice = this.messageNotice;
    return html`<section aria-labelledby="message-title">
      <h2 id="message-title">${t.message}</h2>
      ${notice ? html`<p class="notice ${notice.ok ? '' : 'problem'}">${notice.text}</p>` : nothing}
      <form @submit=${this.send} aria-labelledby="message-title" novalidate>
        ${field({
          id: 'message-text',
          type: 'textarea',
          label: t.messageText,
          hint: t.messageHint,
          value: this.text,
          rows: 6,
          error: this.textError,
          onInput: (v) => this.typeMessage(v),
        })}
        <label class="check">
          <input
            type="checkbox"
            .checked=${live(this.includeWaiting)}
            @change=${(e: Event) => this.setIncludeWaiting((e.target as HTMLInputElement).checked)}
          />
          ${t.includeWaiting}
        </label>
        <p class="hint" id="message-recipients">
          ${t.recipients} ${count(this.recipients(), this.language, t.people)}
        </p>
        <div class="actions">
          <button
            type="submit"
            class="primary"
            aria-describedby="message-recipients"
            ?disabled=${this.sending}
          >
            ${t.send}
          </button>
          ${this.sending ? html`<span class="muted" role="status">${t.sending}</span>` : nothing}
        </div>
      </form>
    </section>`;
  }
}
