import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarEvent } from './calendar-model.ts';
import type { CalendarContext } from './calendar-status.ts';

/** Closes the dialog a close button sits in; its `close` event does the rest. */
const closeOwnDialog = (event: Event) =>
  (event.currentTarget as Element).closest('dialog')?.close();

/** The head of a dialog: its title, which labels it, and a close button. */
export function dialogHead(c: CalendarContext, id: string, title: string, cancelled = false) {
  return html`<div class="dialog-head">
    <h2 id=${id} class=${cancelled ? 'cancelled' : ''}>${title}</h2>
    <button type="button" class="close" aria-label=${c.t.close} @click=${closeOwnDialog}>
      <span aria-hidden="true">×</span>
    </button>
  </div>`;
}

/**
 * The event's details dialog, empty and closed when no event is open. Its content is drawn by
 * the lazy calendar-extras (`content`; nothing until they have arrived).
 */
export function renderDetailsDialog(
  c: CalendarContext,
  item: CalendarEvent | undefined,
  content: () => unknown,
  onClose: () => void,
): TemplateResult {
  return html`<dialog class="details" part="dialog" aria-labelledby="details-title" @close=${onClose}>
    ${
      item
        ? html`${dialogHead(c, 'details-title', item.event.title, item.event.status === 'cancelled')}
          ${content()}`
        : nothing
    }
  </dialog>`;
}
