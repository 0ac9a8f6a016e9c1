import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { WithdrawalFound, WithdrawalRecord } from '../../api/types.ts';
import { ConsoleFormPage } from '../../app/console-form-page.ts';
import { count } from '../../i18n/format.ts';
import { cardsTable } from '../../ui/cards-table.ts';
import { confirmInPlace } from '../../ui/confirm.ts';
import { problemText } from '../../ui/errors.ts';
import { errorSummary, field } from '../../ui/field.ts';
import { eventWhen } from '../events/event-format.ts';

/**
 * Withdrawal of consent: find everything kept about a person by e-mail or phone (requests and
 * event registrations, counted per kind), confirm, delete; below, the record of past withdrawals
 * (when, who, how many of each — never the contact).
 */
export class ConsoleWithdrawalPage extends ConsoleFormPage {
  @state() private email = '';
  @state() private phone = '';
  @state() private found: WithdrawalFound | null = null;
  /** The contacts the found list is for (what a deletion deletes). */
  private searched: { email?: string; phone?: string } = {};
  @state() private confirming = false;
  @state() private result = '';
  @state() private past: WithdrawalRecord[] | null = null;

  protected override start(): void {
    void this.loadPast();
  }

  private async loadPast(): Promise<void> {
    try {
      this.past = (
        await this.api.get<{ items: WithdrawalRecord[] }>('/admin/api/withdrawal')
      ).items;
    } catch (error) {
      this.problem = problemText(error, this.t);
    }
  }

  private contacts(): { email?: string; phone?: string } {
    const out: { email?: string; phone?: string } = {};
    if (this.email.trim()) out.email = this.email.trim();
    if (this.phone.trim()) out.phone = this.phone.trim();
    return out;
  }

  private async search(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const body = this.contacts();
    this.result = '';
    this.problem = '';
    this.confirming = false;
    if (!body.email && !body.phone) {
      this.errors = { email: this.t.withdrawal.needOne };
      return this.focusSummary();
    }
    this.errors = {};
    await this.send(async () => {
      const answer = await this.api.post<WithdrawalFound>('/admin/api/withdrawal/search', body);
      this.found = { items: answer.items, registrations: answer.registrations ?? [] };
      this.searched = body;
      this.announce(this.foundText(this.found));
    });
  }

  private async deleteFound(): Promise<void> {
    await this.act(async () => {
      const answer = await this.api.post<{
        deleted: number;
        registrations: number;
        promoted: number;
        at: string;
      }>('/admin/api/withdrawal', this.searched);
      const t = this.t.withdrawal;
      this.result = `${t.deleted}: ${this.kinds(answer.deleted, answer.registrations)} (${this.date(answer.at)})${
        answer.promoted ? `. ${t.promoted}: ${answer.promoted}` : ''
      }`;
      this.announce(this.result);
      this.found = null;
      this.confirming = false;
      this.email = '';
      this.phone = '';
      await this.loadPast();
    });
  }

  /** «2 заявки, 1 запись на мероприятие»: both kinds, so it is plain that both were looked for. */
  private kinds(requests: number, registrations: number): string {
    const t = this.t.withdrawal;
    return `${count(requests, this.language, t.requests)}, ${count(registrations, this.language, t.registrations)}`;
  }

  private foundText(found: WithdrawalFound): string {
    const t = this.t.withdrawal;
    return found.items.length || found.registrations.length
      ? `${t.found}: ${this.kinds(found.items.length, found.registrations.length)}`
      : t.nothing;
  }

  private async askConfirm(): Promise<void> {
    this.confirming = true;
    await this.focusConfirmation();
  }

  protected renderPage(): TemplateResult {
    const t = this.t.withdrawal;
    return html`<h1 tabindex="-1">${t.title}</h1>
      <p>${t.intro}</p>
      ${this.problem ? html`<p class="notice problem">${this.problem}</p>` : nothing}
      ${this.result ? html`<p class="notice">${this.result}</p>` : nothing}
      ${errorSummary(this.t.errorSummary, this.errors, { email: t.email, phone: t.phone }, (id) =>
        this.focusControl(id),
      )}
      <form novalidate aria-labelledby="search-title" @submit=${this.search}>
        <h2 id="search-title" class="vh">${t.search}</h2>
        ${field({
          id: 'email',
          type: 'email',
          label: t.email,
          value: this.email,
          error: this.errors.email,
          onInput: (v) => {
            this.email = v;
          },
        })}
        ${field({
          id: 'phone',
          type: 'tel',
          label: t.phone,
          value: this.phone,
          error: this.errors.phone,
          onInput: (v) => {
            this.phone = v;
          },
        })}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${t.search}</button>
        </div>
      </form>
      ${this.found ? this.renderFound(this.found) : nothing} ${this.renderPast()}`;
  }

  private renderFound(found: WithdrawalFound): TemplateResult {
    const t = this.t.withdrawal;
    if (!found.items.length && !found.registrations.length)
      return html`<p class="state">${t.nothing}</p>`;
    // A confirmed place on an event still ahead goes to the first person waiting: say so first.
    const freesPlace = found.registrations.some((r) => r.freesPlace);
    return html`<section aria-labelledby="found-title">
      <h2 id="found-title">${this.foundText(found)}</h2>
      ${
        found.items.length
          ? html`<h3 id="found-requests">${t.requestsTitle}</h3>
            <ul aria-labelledby="found-requests">
              ${found.items.map(
                (m) =>
                  html`<li>${m.number} · ${this.date(m.receivedAt)} · ${this.t.statuses[m.status] ?? m.status}</li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        found.registrations.length
          ? html`<h3 id="found-registrations">${t.registrationsTitle}</h3>
            <ul aria-labelledby="found-registrations">
              ${found.registrations.map(
                (r) =>
                  html`<li>
                    ${r.title ?? `${r.eventId} (${t.eventGone})`}
                    ${r.start ? html` · ${eventWhen(r.start, this.language, this.context.timeZone)}` : nothing}
                    · ${t.registrationStatuses[r.status] ?? r.status}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        this.confirming
          ? confirmInPlace({
              id: 'confirm-text',
              question: t.confirm,
              note: freesPlace ? t.confirmFreesPlace : undefined,
              yes: t.confirmYes,
              no: this.t.cancel,
              busy: this.busy,
              warning: true,
              onYes: () => this.deleteFound(),
              onNo: () => {
                this.confirming = false;
              },
            })
          : html`<p><button type="button" @click=${this.askConfirm}>${t.deleteAll}</button></p>`
      }
    </section>`;
  }

  private renderPast(): TemplateResult {
    const t = this.t.withdrawal;
    const past = this.past;
    return html`<section aria-labelledby="past-title">
      <h2 id="past-title">${t.past}</h2>
      ${
        past === null
          ? html`<p role="status">${this.t.loading}</p>`
          : past.length === 0
            ? html`<p class="muted">${t.noPast}</p>`
            : cardsTable({
                id: 'past-caption',
                caption: t.pastCaption,
                columns: [t.when, t.who, t.count, t.countRegistrations],
                cards: false,
                rows: past.map(
                  (r) => html`<tr>
                    <td>${this.date(r.at)}</td>
                    <td>${typeof r.actor === 'string' ? r.actor : (r.actor?.name ?? this.t.none)}</td>
                    <td>${r.deleted}</td>
                    <td>${r.registrations ?? 0}</td>
                  </tr>`,
                ),
              })
      }
    </section>`;
  }
}
