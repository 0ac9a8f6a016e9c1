/**
 * The recurrence rule builder of the event form: frequency, step, weekdays (with «который» for
 * a monthly or yearly rule), days of the month, months, the end (a date or a number of
 * meetings) and dates without a meeting. Shows the rule in the feed's words and its RRULE.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Lang } from '../../i18n/language.ts';
import type { EditorsStrings } from './editors.strings.ts';
import { FREQS, ORDINALS, type RuleForm, ruleText } from './recurrence-form.ts';

export interface BuilderOptions {
  form: RuleForm;
  lang: Lang;
  t: EditorsStrings;
  /** The feed's message for the rule or its dates, when there is one to show. */
  error: string | undefined;
  /** The rule in words (describeRule), when it is valid. */
  words: string | null;
  onChange(form: RuleForm): void;
}

const ID = 'f-recurrence';

const capital = (text: string, lang: Lang) =>
  text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

/** Monday to Sunday in the reader's language, from Intl (2024-01-01 was a Monday). */
const weekdayNames = (lang: Lang) =>
  Array.from({ length: 7 }, (_, i) =>
    capital(
      new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2024, 0, 1 + i),
      ),
      lang,
    ),
  );

/** January to December, as a month stands alone («январь», not «января»). */
const monthNames = (lang: Lang) =>
  Array.from({ length: 12 }, (_, i) =>
    capital(
      new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2024, i, 1),
      ),
      lang,
    ),
  );

export function renderRuleBuilder(o: BuilderOptions): TemplateResult {
  const { form, t } = o;
  const r = t.rule;
  const change = (patch: Partial<RuleForm>) => o.onChange({ ...form, ...patch });
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  const monthly = form.freq === 'MONTHLY' || form.freq === 'YEARLY';
  const setDay = (day: number, nth: string | null) =>
    change({ days: form.days.map((d, i) => (i === day ? nth : d)) });
  const code = ruleText(form);
  return html`<fieldset id=${ID} tabindex="-1" class="rule" aria-describedby=${o.error ? `${ID}-error` : nothing}>
    <legend>${r.legend}</legend>
    ${o.error ? html`<span class="field-error" id="${ID}-error">${o.error}</span>` : nothing}
    <div class="field">
      <label for="${ID}-freq">${r.freq}</label>
      <select id="${ID}-freq" @change=${(e: Event) => change({ freq: value(e) as RuleForm['freq'] })}>
        ${(['', ...FREQS] as const).map(
          (f) => html`<option value=${f} ?selected=${form.freq === f}>${r.freqs[f]}</option>`,
        )}
      </select>
    </div>
    ${
      form.freq === ''
        ? nothing
        : html`<div class="field">
            <label for="${ID}-interval">${r.interval}</label>
            <span class="hint" id="${ID}-interval-hint">${r.intervalHint}</span>
            <input
              id="${ID}-interval"
              type="number"
              min="1"
              inputmode="numeric"
              aria-describedby="${ID}-interval-hint"
              .value=${live(form.interval)}
              @input=${(e: Event) => change({ interval: value(e) })}
            />
          </div>
          <fieldset>
            <legend>${r.days}</legend>
            <div class="choices">
              ${weekdayNames(o.lang).map(
                (name, day) => html`<div class="weekday">
                  <label class="choice">
                    <input
                      type="checkbox"
                      .checked=${live(form.days[day] !== null)}
                      @change=${(e: Event) => setDay(day, (e.target as HTMLInputElement).checked ? '' : null)}
                    />
                    <span>${name}</span>
                  </label>
                  ${
                    monthly && form.days[day] !== null
                      ? html`<label class="vh" for="${ID}-nth-${day}">${r.ordinal(name)}</label>
                          <select id="${ID}-nth-${day}" @change=${(e: Event) => setDay(day, value(e))}>
                            ${ORDINALS.map(
                              (n) =>
                                html`<option value=${n} ?selected=${form.days[day] === n}>${r.ordinals[n]}</option>`,
                            )}
                          </select>`
                      : nothing
                  }
                </div>`,
              )}
            </div>
          </fieldset>
          ${
            monthly
              ? html`<div class="field">
                    <label for="${ID}-monthdays">${r.monthDays}</label>
                    <span class="hint" id="${ID}-monthdays-hint">${r.monthDaysHint}</span>
                    <input
                      id="${ID}-monthdays"
                      type="text"
                      aria-describedby="${ID}-monthdays-hint"
                      .value=${live(form.monthDays)}
                      @input=${(e: Event) => change({ monthDays: value(e) })}
                    />
                  </div>
                  <fieldset>
                    <legend>${r.months}</legend>
                    <div class="choices months">
                      ${monthNames(o.lang).map(
                        (name, i) => html`<label class="choice">
                          <input
                            type="checkbox"
                            .checked=${live(form.months.includes(i + 1))}
                            @change=${(e: Event) =>
                              change({
                                months: (e.target as HTMLInputElement).checked
                                  ? [...form.months, i + 1]
                                  : form.months.filter((m) => m !== i + 1),
                              })}
                          />
                          <span>${name}</span>
                        </label>`,
                      )}
                    </div>
                  </fieldset>`
              : nothing
          }
          <fieldset>
            <legend>${r.end}</legend>
            ${(['never', 'until', 'count'] as const).map(
              (end) => html`<label class="choice">
                <input
                  type="radio"
                  name="rule-end"
                  .checked=${live(form.end === end)}
                  @change=${() => change({ end })}
                />
                <span>${r.ends[end]}</span>
              </label>`,
            )}
            ${
              form.end === 'until'
                ? html`<div class="field">
                    <label for="${ID}-until">${r.until}</label>
                    <input id="${ID}-until" type="date" .value=${live(form.until)} @input=${(e: Event) => change({ until: value(e) })} />
                  </div>`
                : form.end === 'count'
                  ? html`<div class="field">
                      <label for="${ID}-count">${r.count}</label>
                      <input id="${ID}-count" type="number" min="1" inputmode="numeric" .value=${live(form.count)} @input=${(e: Event) => change({ count: value(e) })} />
                    </div>`
                  : nothing
            }
          </fieldset>
          <fieldset>
            <legend>${r.except}</legend>
            ${form.except.length === 0 ? html`<p class="hint">${r.exceptNone}</p>` : nothing}
            ${form.except.map(
              (date, i) => html`<div class="inline-fields">
                <label>
                  <span class="vh">${r.except} ${i + 1}</span>
                  <input
                    type="date"
                    .value=${live(date)}
                    @input=${(e: Event) =>
                      change({ except: form.except.map((d, j) => (j === i ? value(e) : d)) })}
                  />
                </label>
                <button type="button" @click=${() => change({ except: form.except.filter((_, j) => j !== i) })}>
                  ${r.exceptRemove(date || String(i + 1))}
                </button>
              </div>`,
            )}
            <p><button type="button" @click=${() => change({ except: [...form.except, ''] })}>${r.exceptAdd}</button></p>
          </fieldset>
          ${
            o.words
              ? html`<p class="rule-words" data-rule-words><strong>${r.words}:</strong> ${o.words}</p>`
              : nothing
          }
          <p class="hint"><span>${r.code}:</span> <code data-rule-code>${code}</code></p>`
    }
  </fieldset>`;
}
