import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConsolePage } from '../../app/console-page.ts';
import { formatNumber } from '../../i18n/format.ts';
import { hashFor } from '../../router/route.ts';
import { consoleStyles } from '../../styles/console.styles.ts';
import { baseStyles } from '../../styles/widget-base.ts';
import { cardsTable } from '../../ui/cards-table.ts';
import { problemText } from '../../ui/errors.ts';
import { byUpcoming, eventWhen, startedBy } from './event-format.ts';
import { eventsStyles } from './events.styles.ts';
import { eventsApi, type KeptEventRow } from './events-api.ts';

/**
 * The events whose registration the service keeps (the feed's events with
 * `registration.endpoint`): date in the department's zone, places, how many are registered and
 * waiting, and the event's status; each leads to its participants.
 */
export class ConsoleEventsPage extends ConsolePage {
  static override styles = [baseStyles, consoleStyles, eventsStyles];

  @state() private events: KeptEventRow[] | null = null;
  @state() private problem = '';

  protected override start(): void {
    void this.load(false);
  }

  private async load(announce: boolean): Promise<void> {
    this.problem = '';
    try {
      this.events = byUpcoming((await eventsApi.list(this.api)).items);
      if (announce)
        this.announce(
          this.events.length
            ? `${this.t.events.caption}: ${formatNumber(this.events.length, this.language)}`
            : this.t.events.empty,
        );
    } catch (error) {
      this.problem = problemText(error, this.t);
      this.announce(this.problem);
    }
  }

  private retry(): void {
    this.events = null;
    void this.load(true);
  }

  protected renderPage(): TemplateResult {
    const t = this.t.events;
    return html`<h1 tabindex="-1">${t.title}</h1>
      <p>${t.intro}</p>
      ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    const t = this.t.events;
    if (this.problem) {
      return html`<div class="notice problem">
        <p>${t.error} ${this.problem}</p>
        <p><button type="button" @click=${() => this.retry()}>${this.t.retry}</button></p>
      </div>`;
    }
    if (!this.events) return html`<p class="state" role="status">${this.t.loading}</p>`;
    if (this.events.length === 0) return html`<p class="state">${t.empty}</p>`;
    return cardsTable({
      id: 'events-caption',
      caption: t.caption,
      columns: [t.event, t.date, t.capacity, t.confirmed, t.waiting, t.status],
      rows: this.events.map((event) => this.renderRow(event)),
    });
  }

  private renderRow(event: KeptEventRow): TemplateResult {
    const t = this.t.events;
    const n = (value: number) => formatNumber(value, this.language);
    const left = event.capacity === null ? null : Math.max(0, event.capacity - event.confirmed);
    return html`<tr role="row" data-event=${event.id}>
      <th scope="row" role="rowheader"><a href=${hashFor(`events/${event.id}`)}>${event.title}</a></th>
      <td role="cell" data-label=${t.date}>
        ${eventWhen(event.start, this.language, this.context.timeZone)}${
          startedBy(event.start) <= Date.now()
            ? html` <span class="muted">(${t.past})</span>`
            : nothing
        }
      </td>
      <td role="cell" data-label=${t.capacity}>
        ${event.capacity === null ? t.unlimited : n(event.capacity)}${
          left === null ? nothing : html` <span class="muted">(${t.placesLeft} ${n(left)})</span>`
        }
      </td>
      <td role="cell" data-label=${t.confirmed}>${n(event.confirmed)}</td>
      <td role="cell" data-label=${t.waiting}>
        ${event.waitlist || event.waiting > 0 ? n(event.waiting) : html`<span class="muted">${t.noWaitlist}</span>`}
      </td>
      <td role="cell" data-label=${t.status}>
        <span class="event-${event.status}">${t.eventStatuses[event.status] ?? event.status}</span>
      </td>
    </tr>`;
  }
}
