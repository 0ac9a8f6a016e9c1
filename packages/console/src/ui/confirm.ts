import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';

export interface ConfirmOptions {
  /** Id of the question, which names the group; unique within the page. */
  id: string;
  question: string;
  /** What else to know before saying yes, under the question. */
  note?: string | undefined;
  yes: string;
  no: string;
  /** A request is on its way: yes waits. */
  busy: boolean;
  /** Drawn as a warning: the action deletes what cannot be had back. */
  warning?: boolean;
  onYes: () => void;
  onNo: () => void;
}

/**
 * A question asked in place of the button that raised it, with yes and no; yes carries
 * `data-confirm-yes` so the page can move focus there (`ConsolePage.focusConfirmation`).
 */
export function confirmInPlace(o: ConfirmOptions): TemplateResult {
  return html`<div
    class=${classMap({ notice: o.warning === true, problem: o.warning === true })}
    role="group"
    aria-labelledby=${o.id}
  >
    <p id=${o.id}>${o.question}</p>
    ${o.note ? html`<p>${o.note}</p>` : nothing}
    <p class="actions">
      <button type="button" class="primary" data-confirm-yes ?disabled=${o.busy} @click=${o.onYes}>
        ${o.yes}
      </button>
      <button type="button" @click=${o.onNo}>${o.no}</button>
    </p>
  </div>`;
}
