import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

export interface FieldOptions {
  /** Id of the control, unique within the page's shadow root. */
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'search' | 'date' | 'textarea';
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  autocomplete?: AutoFill;
  /** Name for the browser's autofill and for the error summary's order. */
  name?: string;
  rows?: number;
}

/**
 * A labelled control with its hint and error, both linked by aria-describedby; the error also
 * sets aria-invalid. Native inputs, so autofill and password managers work.
 */
export function field(o: FieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.error ? `${o.id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const input = (event: Event) =>
    o.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control =
    o.type === 'textarea'
      ? html`<textarea
          id=${o.id}
          name=${ifDefined(o.name)}
          rows=${o.rows ?? 5}
          .value=${live(o.value)}
          ?required=${o.required}
          aria-invalid=${o.error ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy)}
          @input=${input}
        ></textarea>`
      : html`<input
          id=${o.id}
          name=${ifDefined(o.name)}
          type=${o.type ?? 'text'}
          .value=${live(o.value)}
          ?required=${o.required}
          .autocomplete=${o.autocomplete ?? ''}
          aria-invalid=${o.error ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy)}
          @input=${input}
        />`;
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<span class="hint" id=${hintId!}>${o.hint}</span>` : nothing}
    ${control}
    ${o.error ? html`<span class="field-error" id=${errorId!}>${o.error}</span>` : nothing}
  </div>`;
}

/**
 * The error summary above a form: focused after a failed submit, each entry a button that moves
 * focus to its field (a `#id` link would change the console's hash route).
 */
export function errorSummary(
  title: string,
  errors: Record<string, string>,
  labels: Record<string, string>,
  focusField: (field: string) => void,
): TemplateResult | typeof nothing {
  const entries = Object.entries(errors);
  if (entries.length === 0) return nothing;
  return html`<div class="summary" tabindex="-1" data-summary>
    <p><strong>${title}</strong></p>
    <ul>
      ${entries.map(
        ([key, message]) =>
          html`<li>
            <button type="button" class="link" @click=${() => focusField(key)}>
              ${labels[key] ? `${labels[key]}: ` : ''}${message}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}
