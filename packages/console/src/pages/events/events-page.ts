import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConsolePage } from '../../app/console-page.ts';
import { formatNumber } from '../../i18n/format.ts';
import { hashFor } from '../../router/route.ts';
import { consoleStyles } from '../../styles/console.styles.ts';
import { baseStyles } from '../../styles/widget-base.ts';
import { problemText } from '../../ui/errors.ts';
import { eventWhen } from './event-format.ts';
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
  private loaded = false;

  protected override willUpdate(): void {
    if (this.context && !this.loaded) {
      this.loaded = true;
      void this.load(false);
    }
  }

  private async load(announce: boolean): Promise<void> {
    this.problem = '';
    try {
      this.events = (await eventsApi.list(this.api)).items;
      if (announce) this.announce(this.t.events.title);
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
    return html`<div class="table-wrap" role="region" aria-labelledby="events-caption" tabindex="0">
      <table class="cards">
        <caption id="events-caption">${t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.event}</th>
            <th scope="col">${t.date}</th>
            <th scope="col">${t.capacity}</th>
            <th scope="col">${t.confirmed}</th>
            <th scope="col">${t.waiting}</th>
            <th scope="col">${t.status}</th>
          </tr>
        </thead>
        <tbody>
          ${this.events.map((event) => this.renderRow(event))}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(event: KeptEventRow): TemplateResult {
    const t = this.t.events;
    const n = (value: number) => formatNumber(value, this.language);
    const label = (text: string) =>
      html`<span class="cell-label" aria-hidden="true">${text}:</span> `;
    const left = event.capacity === null ? null : Math.max(0, event.capacity - event.confirmed);
    return html`<tr data-event=${event.id}>
      <th scope="row"><a href=${hashFor(`events/${event.id}`)}>${event.title}</a></th>
      <td>${label(t.date)}${eventWhen(event.start, this.language, this.context.timeZone)}</td>
      <td>
        ${label(t.capacity)}${event.capacity === null ? t.unlimited : n(event.capacity)}${
          left === null ? nothing : html` <span class="muted">(${t.placesLeft} ${n(left)})</span>`
        }
      </td>
      <td>${label(t.confirmed)}${n(event.confirmed)}</td>
      <td>
        ${label(t.waiting)}${event.waitlist || event.waiting > 0 ? n(event.waiting) : html`<span class="muted">${t.noWaitlist}</span>`}
      </td>
      <td class="event-${event.status}">${label(t.status)}${t.eventStatuses[event.status] ?? event.status}</td>
    </tr>`;
  }
}
