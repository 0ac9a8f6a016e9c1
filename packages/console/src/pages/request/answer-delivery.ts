import { html, type TemplateResult } from 'lit';
import type { Delivery } from '../../api/types.ts';
import type { Strings } from '../../i18n/ru.ts';

/** What the history's answers can do about their letters. */
export interface DeliveryActions {
  resend(letterId: Delivery['letterId']): void;
  /** A change is under way: buttons wait. */
  busy: boolean;
}

/** Whether the service is still working on the letter (the page follows it until it settles). */
export const inFlight = (delivery: Delivery | undefined) =>
  delivery?.state === 'pending' || delivery?.state === 'sending';

/**
 * An answer's letter: on its way, sent, or not delivered with the mail server's problem in words
 * and what to do; only a failed letter offers to send it again.
 */
export function renderDelivery(
  delivery: Delivery,
  id: string,
  t: Strings,
  date: (iso: string) => string,
  actions: DeliveryActions,
): TemplateResult {
  const s = t.request.delivery;
  if (inFlight(delivery)) return html`<p class="delivery" id=${id}>${s.sending}</p>`;
  if (delivery.state === 'sent') {
    const at = delivery.sentAt ? date(delivery.sentAt) : '';
    return html`<p class="delivery" id=${id}>${s.sent(at)}</p>`;
  }
  const next = delivery.nextAttemptAt ? s.retryAt(date(delivery.nextAttemptAt)) : s.gaveUp;
  return html`<div class="notice problem delivery">
    <p id=${id}>${s.failed} ${s.problems[delivery.problem ?? 'other']} ${next}</p>
    <p>
      <button
        type="button"
        aria-describedby=${id}
        ?disabled=${actions.busy}
        @click=${() => actions.resend(delivery.letterId)}
      >
        ${s.resend}
      </button>
    </p>
  </div>`;
}
