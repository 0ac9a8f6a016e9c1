import { html, nothing, type TemplateResult } from 'lit';
import type { HistoryEntry, RequestStatus } from '../../api/types.ts';
import type { Strings } from '../../i18n/ru.ts';
import { type DeliveryActions, renderDelivery } from './answer-delivery.ts';

const statusWord = (t: Strings, value: string | null) =>
  value ? (t.statuses[value as RequestStatus] ?? value) : t.none;

/** The request's history, oldest first: who did what and when. */
export function renderHistory(
  history: HistoryEntry[],
  t: Strings,
  date: (iso: string) => string,
  actions: DeliveryActions,
): TemplateResult {
  const s = t.request;
  if (history.length === 0) return html`<p class="muted">${s.noHistory}</p>`;
  return html`<ol class="history">
    ${history.map(
      (entry) => html`<li>
        <p>
          <strong>${s.kinds[entry.kind] ?? entry.kind}</strong> ·
          <time datetime=${entry.at}>${date(entry.at)}</time> · ${entry.actor?.name ?? s.system}
        </p>
        ${
          entry.kind === 'status'
            ? html`<p>${statusWord(t, entry.from)} → ${statusWord(t, entry.to)}</p>`
            : nothing
        }
        ${entry.kind === 'assign' ? html`<p>→ ${entry.to ?? s.nobody}</p>` : nothing}
        ${entry.text ? html`<p class="pre">${entry.text}</p>` : nothing}
        ${
          entry.delivery
            ? renderDelivery(entry.delivery, `delivery-${entry.id}`, t, date, actions)
            : nothing
        }
      </li>`,
    )}
  </ol>`;
}
