/**
 * One control per field kind of the descriptors, drawn the console's way: a label, a hint, the
 * feed's own message for the field (linked by aria-describedby, aria-invalid set) and, for
 * warnings, the words in the hint. Each control reports a change with the field's path and the
 * new JSON value; turning typed text into that value (a number, a moment with its offset) is
 * here, the checking is the feed's.
 */
import type { RefTarget } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Lang } from '../../i18n/language.ts';
import { field } from '../../ui/field.ts';
import { type CollectionDescriptor, ENUMS, type FieldDescriptor } from './editor-descriptors.ts';
import { getAt, type Item } from './editor-model.ts';
import { type EditorsStrings, labelFor } from './editors.strings.ts';
import { renderMeetings } from './meeting-changes.ts';

export interface Option {
  value: string;
  label: string;
}

/** What the controls need from the page. */
export interface FieldContext {
  d: CollectionDescriptor;
  item: Item;
  t: EditorsStrings;
  isNew: boolean;
  /** The publisher's zone: a typed time gets its offset there. */
  zone: string;
  /** The form's language (dates written out in words). */
  lang: Lang;
  /** The message at a field key, when it is to be shown (typed in, or after a submit). */
  error(key: string): string | undefined;
  warning(key: string): string | undefined;
  options(target: RefTarget | undefined, path: string): Option[];
  set(path: string, value: unknown): void;
  /** The recurrence builder (drawn by the page, which keeps the builder's state). */
  recurrence(): TemplateResult;
}

export const controlId = (key: string) => `f-${key.replace(/[^\w-]/g, '-')}`;

const describedBy = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function messages(id: string, error: string | undefined, hint: string | undefined) {
  return html`${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
    ${error ? html`<span class="field-error" id="${id}-error">${error}</span>` : nothing}`;
}

const hintOf = (c: FieldContext, key: string, path: string) =>
  [c.t.hints[path], c.warning(key) ? `⚠ ${c.warning(key)}` : ''].filter(Boolean).join(' ') ||
  undefined;

/** A number as typed: an integer becomes a number, anything else stays text for the feed to refuse. */
const numberOf = (text: string): unknown => (/^-?\d+$/.test(text.trim()) ? Number(text) : text);

/** `+07:00` in `zone` at that local date and time (the moment is near enough for an offset). */
export function offsetIn(zone: string, date: string, time: string): string {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(`${date || '2000-01-01'}T${time}:00Z`))
      .find((p) => p.type === 'timeZoneName')?.value;
    const offset = name?.replace('GMT', '') ?? '';
    return offset === '' ? '+00:00' : offset;
  } catch {
    return 'Z';
  }
}

/** A `when` value's date and time as the inputs show them. */
export function splitWhen(value: unknown): { date: string; time: string } {
  const m = /^(\d{4}-\d{2}-\d{2})?(?:T(\d{2}:\d{2}))?/.exec(typeof value === 'string' ? value : '');
  return { date: m?.[1] ?? '', time: m?.[2] ?? '' };
}

/** The value for a date and an optional time: a date alone is all-day. */
export function joinWhen(date: string, time: string, zone: string): string {
  if (!time) return date;
  return `${date}T${time}:00${offsetIn(zone, date, time)}`;
}

/** One field of the item (or of a list entry: `key` is then `authors.0.name`). */
export function renderField(c: FieldContext, f: FieldDescriptor, key = f.path): TemplateResult {
  const { t, d } = c;
  const id = controlId(key);
  const labelPath = key.replace(/\.\d+\./g, '.');
  const label = labelFor(t, d.key, labelPath);
  const value = getAt(c.item, key);
  const error = c.error(key);
  const hint = hintOf(c, key, labelPath);
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  switch (f.kind) {
    case 'text':
    case 'email':
    case 'tel':
    case 'url':
    case 'textarea':
    case 'date':
    case 'int': {
      if (f.createOnly && !c.isNew)
        return html`<div class="field">
          <span class="field-label">${label}</span>
          <code id=${id}>${text}</code>
        </div>`;
      const type =
        f.kind === 'url' || f.kind === 'int' ? 'text' : f.kind === 'textarea' ? 'textarea' : f.kind;
      return field({
        id,
        label,
        value: text,
        type,
        rows: 3,
        error,
        hint,
        onInput: (v) => c.set(key, f.kind === 'int' ? numberOf(v) : v),
      });
    }
    case 'bool':
      return html`<div class="field">
        <label class="choice">
          <input
            type="checkbox"
            id=${id}
            .checked=${live(f.defaultOn ? value !== false : value === true)}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(describedBy(hint && `${id}-hint`, error && `${id}-error`))}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              c.set(key, f.defaultOn ? (on ? undefined : false) : on || undefined);
            }}
          />
          <span>${label}</span>
        </label>
        ${messages(id, error, hint)}
      </div>`;
    case 'enum':
    case 'ref': {
      const options =
        f.kind === 'enum'
          ? ENUMS[f.values!].map((v) => ({ value: v, label: t.enums[f.values!][v] ?? v }))
          : c.options(f.target, labelPath);
      // A value the list lacks (a dangling reference) is still shown, so it can be seen and fixed;
      // an empty one shows as empty, not as the first option the browser would pick.
      const known = text === '' || options.some((o) => o.value === text);
      return html`<div class="field">
        <label for=${id}>${label}</label>
        ${messages(id, error, hint)}
        <select
          id=${id}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy(error && `${id}-error`, hint && `${id}-hint`))}
          @change=${(e: Event) => c.set(key, (e.target as HTMLSelectElement).value || undefined)}
        >
          ${f.kind === 'ref' || f.optional || text === '' ? html`<option value="" ?selected=${text === ''}>${t.none}</option>` : nothing}
          ${known ? nothing : html`<option value=${text} selected>${text}</option>`}
          ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === text}>${o.label}</option>`)}
        </select>
      </div>`;
    }
    case 'enums':
    case 'refs': {
      const options =
        f.kind === 'enums'
          ? ENUMS[f.values!].map((v) => ({ value: v, label: t.enums[f.values!][v] ?? v }))
          : c.options(f.target, labelPath);
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      const listError =
        error ??
        Object.keys(chosen)
          .map((i) => c.error(`${key}.${i}`))
          .find(Boolean);
      const toggle = (option: string, on: boolean) =>
        c.set(key, on ? [...chosen, option] : chosen.filter((v) => v !== option));
      return html`<fieldset
        id=${id}
        tabindex="-1"
        aria-describedby=${ifDefined(describedBy(listError && `${id}-error`, hint && `${id}-hint`))}
      >
        <legend>${label}</legend>
        ${messages(id, listError, hint)}
        ${options.length === 0 ? html`<p class="hint">${t.empty}</p>` : nothing}
        <div class="choices">
          ${options.map(
            (o) => html`<label class="choice">
              <input
                type="checkbox"
                .checked=${live(chosen.includes(o.value))}
                @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)}
              />
              <span>${o.label}</span>
            </label>`,
          )}
        </div>
      </fieldset>`;
    }
    case 'when': {
      const { date, time } = splitWhen(value);
      return html`<fieldset
        id=${id}
        tabindex="-1"
        class="when"
        aria-describedby=${ifDefined(describedBy(error && `${id}-error`, hint && `${id}-hint`))}
      >
        <legend>${label}</legend>
        ${messages(id, error, hint)}
        <div class="inline-fields">
          <label>
            <span>${t.date}</span>
            <input
              type="date"
              id="${id}-date"
              aria-invalid=${error ? 'true' : 'false'}
              .value=${live(date)}
              @input=${(e: Event) => c.set(key, joinWhen((e.target as HTMLInputElement).value, time, c.zone))}
            />
          </label>
          <label>
            <span>${t.time}</span>
            <input
              type="time"
              id="${id}-time"
              .value=${live(time)}
              @input=${(e: Event) => c.set(key, joinWhen(date, (e.target as HTMLInputElement).value, c.zone))}
            />
          </label>
        </div>
      </fieldset>`;
    }
    case 'meetings':
      return renderMeetings(c, renderField);
    case 'list': {
      const entries = Array.isArray(value) ? (value as Item[]) : [];
      return html`<fieldset id=${id} tabindex="-1" aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}>
        <legend>${label}</legend>
        ${messages(id, error, undefined)}
        ${entries.map(
          (_, index) => html`<fieldset class="entry">
            <legend>${t.entry(index + 1)}</legend>
            ${(f.fields ?? []).map((sub) =>
              renderField(c, { ...sub, createOnly: false }, `${key}.${index}.${sub.path}`),
            )}
            <p>
              <button
                type="button"
                @click=${() =>
                  c.set(
                    key,
                    entries.filter((__, i) => i !== index),
                  )}
              >
                ${t.removeEntry(index + 1)}
              </button>
            </p>
          </fieldset>`,
        )}
        <p>
          <button type="button" @click=${() => c.set(key, [...entries, {}])}>
            ${t.addEntry}: ${label}
          </button>
        </p>
      </fieldset>`;
    }
    case 'recurrence':
      return c.recurrence();
  }
}
