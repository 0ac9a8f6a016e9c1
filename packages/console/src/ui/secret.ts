import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/ru.ts';

/** A one-time value (link or secret) with its explanation and a copy button. */
export function renderSecret(id: string, intro: string, value: string, t: Strings): TemplateResult {
  return html`<div class="notice" role="group" aria-labelledby=${`${id}-intro`}>
    <p id=${`${id}-intro`}>${intro}</p>
    <p class="secret">
      <code id=${id} data-secret>${value}</code>
      <console-copy-button
        .value=${value}
        .label=${t.copy}
        .done=${t.copied}
        .failed=${t.copyFailed}
      ></console-copy-button>
    </p>
  </div>`;
}
