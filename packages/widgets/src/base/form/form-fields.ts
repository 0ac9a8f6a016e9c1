/**
 * The pieces the consultation and registration forms draw alike: a labelled field with its hint
 * and error, the error summary, the separate 152-ФЗ consent, the honeypot and the message about a
 * failed submission. Native controls only, so the browser's autofill and validation work.
 */
import { type Consent, plural, safeHref } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Locale } from '../i18n/locale.ts';
import type { FormStrings } from './form.strings.ts';
import type { SendOutcome } from './form-send.ts';

/** What a form's fields need to draw themselves. */
export interface FieldContext {
  /** Messages by field name. */
  readonly errors: Readonly<Record<string, string | undefined>>;
  /** A field's visible label. */
  label(name: string): string;
}

/** The autofill tokens the forms' text inputs use (a plain string would let typos through). */
export type Autocomplete = 'off' | 'name' | 'organization' | 'organization-title' | 'email' | 'tel';

/** How a text input is set up. */
export interface InputOptions {
  type?: 'text' | 'email' | 'tel';
  required?: boolean;
  autocomplete?: Autocomplete;
  max?: number;
  list?: string;
  hint?: string;
}

/** A failed submission; `retry` offers to send it again. */
export interface Problem {
  text: string;
  hint?: string;
  retry: boolean;
}

/** The ids that describe a control: its hint and its error. */
export function describedBy(ctx: FieldContext, name: string, hint = false): string | undefined {
  const ids = [hint ? `h-${name}` : '', ctx.errors[name] ? `e-${name}` : '']
    .filter(Boolean)
    .join(' ');
  return ids || undefined;
}

/** `aria-invalid` of a control: 'true', or no attribute. */
export const invalid = (ctx: FieldContext, name: string): 'true' | undefined =>
  ctx.errors[name] ? 'true' : undefined;

/** A labelled field with its hint and error, tied to the control by `aria-describedby`. */
export function renderField(
  ctx: FieldContext,
  name: string,
  control: TemplateResult,
  required = false,
  hint?: string,
): TemplateResult {
  const error = ctx.errors[name];
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for="f-${name}">${ctx.label(name)}${required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
    ${control}
    ${hint ? html`<p class="hint" id="h-${name}">${hint}</p>` : nothing}
    ${error ? html`<p class="error" id="e-${name}">${error}</p>` : nothing}
  </div>`;
}

/** A text input in its field. */
export function renderInput(
  ctx: FieldContext,
  name: string,
  value: string,
  o: InputOptions = {},
): TemplateResult {
  return renderField(
    ctx,
    name,
    html`<input id="f-${name}" name=${name} type=${o.type ?? 'text'} ?required=${o.required}
      autocomplete=${o.autocomplete ?? 'off'} maxlength=${o.max ?? 300} list=${ifDefined(o.list)}
      aria-invalid=${ifDefined(invalid(ctx, name))}
      aria-describedby=${describedBy(ctx, name, Boolean(o.hint)) ?? nothing}
      .value=${value} />`,
    o.required,
    o.hint,
  );
}

/** The fields about the person (name, position, organization by type-ahead from the feed). */
export function renderPerson(
  ctx: FieldContext,
  values: { name: string; position: string; organization: string },
  organizations: readonly { name: string }[],
  s: FormStrings,
): TemplateResult {
  return html`<fieldset>
    <legend>${s.you}</legend>
    ${renderInput(ctx, 'name', values.name, { required: true, autocomplete: 'name', max: 120 })}
    ${renderInput(ctx, 'position', values.position, { autocomplete: 'organization-title' })}
    ${renderInput(ctx, 'organization', values.organization, { required: true, autocomplete: 'organization', list: 'orgs', hint: s.organizationHint })}
    <datalist id="orgs">${organizations.map((o) => html`<option value=${o.name}></option>`)}</datalist>
  </fieldset>`;
}

/** The errors on top, each a link to its field, in the form's order. */
export function renderSummary(
  ctx: FieldContext,
  order: readonly string[],
  s: FormStrings,
  locale: Locale,
  focus: (name: string, event: Event) => void,
): unknown {
  const entries = order.filter((f) => ctx.errors[f]);
  if (entries.length === 0) return nothing;
  return html`<div class="summary" role="alert">
    <p>${s.summary(plural(entries.length, locale, s.errorCount))}</p>
    <ul>
      ${entries.map(
        (f) =>
          html`<li><a href="#f-${f}" @click=${(e: Event) => focus(f, e)}>${ctx.label(f)}: ${ctx.errors[f]}</a></li>`,
      )}
    </ul>
  </div>`;
}

/** The separate, unticked 152-ФЗ consent naming the operator, with what is collected (`dataList`). */
export function renderConsent(
  c: Consent,
  checked: boolean,
  error: string | undefined,
  s: FormStrings,
  dataList: string,
): TemplateResult {
  const policy = safeHref(c.policyUrl);
  const facts: [string, string][] = [
    [s.operator, c.operatorAddress ? `${c.operator}, ${c.operatorAddress}` : c.operator],
    [s.purpose, c.purpose],
    [s.data, dataList],
    [s.retention, c.retention],
    [s.withdrawal, c.withdrawal],
  ];
  return html`<fieldset class="consent ${error ? 'invalid' : ''}">
    <legend>${s.consentLegend}</legend>
    <dl>${facts.map(([term, text]) => html`<div><dt>${term}</dt><dd>${text}</dd></div>`)}</dl>
    <details>
      <summary>${s.consentText}</summary>
      ${c.text.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}
    </details>
    ${policy ? html`<p><a href=${policy} target="_blank" rel="noopener">${s.policy}</a></p>` : nothing}
    <label class="check">
      <input type="checkbox" id="f-consent" name="consent" required .checked=${checked}
        aria-invalid=${ifDefined(error ? 'true' : undefined)} aria-describedby=${error ? 'e-consent' : nothing} />
      <span>${s.consentBox(c.operator)}<span aria-hidden="true"> *</span></span>
    </label>
    ${error ? html`<p class="error" id="e-consent">${error}</p>` : nothing}
  </fieldset>`;
}

/** The honeypot: off screen, out of the tab order and the accessibility tree. Bots fill it. */
export function renderHoneypot(value: string, s: FormStrings): TemplateResult {
  return html`<div class="hp" aria-hidden="true">
    <label for="f-website">${s.website}</label>
    <input id="f-website" name="website" tabindex="-1" autocomplete="off" .value=${value} />
  </div>`;
}

/** The message about a failed submission, with its retry button. */
export function renderProblem(
  problem: Problem,
  s: FormStrings,
  onRetry: () => void,
): TemplateResult {
  return html`<div class="problem" part="problem" role="alert" tabindex="-1">
    <p>${problem.text}</p>
    ${problem.hint ? html`<p>${problem.hint}</p>` : nothing}
    ${problem.retry ? html`<button type="button" class="retry" @click=${onRetry}>${s.retrySend}</button>` : nothing}
  </div>`;
}

/** The problem to show for a POST that did not go through (`failed` words the form's own loss). */
export function problemOf(
  outcome: Extract<SendOutcome, { kind: 'rate-limited' | 'forbidden' | 'failed' }>,
  s: FormStrings,
  failed: string,
): Problem {
  if (outcome.kind === 'rate-limited') {
    const t = outcome.retryAfterS;
    const when =
      t === undefined ? s.later : t < 120 ? s.inSeconds(t) : s.inMinutes(Math.ceil(t / 60));
    return { text: s.rateLimited(when), retry: true };
  }
  if (outcome.kind === 'forbidden') return { text: s.forbidden, retry: false };
  return { text: failed, hint: s.failedHint, retry: true };
}

/**
 * Once `host` has rendered, focuses what `selector` finds (a result, a problem), or its button
 * when `button` (a problem's retry).
 */
export async function focusAfterRender(
  host: { updateComplete: Promise<unknown>; renderRoot: ParentNode },
  selector: string,
  button = false,
): Promise<void> {
  await host.updateComplete;
  const target = host.renderRoot.querySelector<HTMLElement>(selector);
  ((button && target?.querySelector('button')) || target)?.focus();
}
