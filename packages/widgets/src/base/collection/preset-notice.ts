import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, StringTable } from '../i18n/locale.ts';
import { once } from '../webmaster-log.ts';

/**
 * The words and marks of the webmaster's presets, a chunk of its own: loaded only by a widget
 * whose page sets a preset, so the many pages without one never pay for it. The narrowing itself
 * is in the main chunk (collection.ts), which draws the list at once.
 */

/** What a browsing widget lists, as the notice names it («Показаны только события»). */
export type Listed = 'events' | 'practices' | 'associations';

const ru = {
  listed: { events: 'события', practices: 'практики', associations: 'объединения' } as Record<
    Listed,
    string
  >,
  /** «Показаны только события: предмет «История», вид «семинар».» */
  narrowed: (what: string, conditions: string) => `Показаны только ${what}: ${conditions}.`,
  /** One preset condition: «предмет «История, Физика»». */
  condition: (facet: string, values: string) => `${facet.toLowerCase()} «${values}»`,
  widened: (what: string) => `Показаны все ${what}, без подборки этой страницы.`,
  widen: (what: string) => `Показать все ${what}`,
  restore: 'Вернуть подборку',
  empty: 'В этой подборке пока ничего нет.',
};

const words: StringTable<typeof ru> = {
  ru,
  en: {
    listed: { events: 'events', practices: 'practices', associations: 'associations' },
    narrowed: (what, conditions) => `Showing only ${what}: ${conditions}.`,
    condition: (facet, values) => `${facet.toLowerCase()} “${values}”`,
    widened: (what) => `Showing all ${what}, not only this page’s selection.`,
    widen: (what) => `Show all ${what}`,
    restore: 'Back to the selection',
    empty: 'Nothing in this selection yet.',
  },
};

/** What the notice says and does. */
export interface PresetNotice {
  locale: Locale;
  listed: Listed;
  /** The presets in force: facet name (as the filters show it) and the values' labels. */
  conditions: [facet: string, values: string][];
  /** The visitor widened the list for this visit. */
  wide: boolean;
  /** Widens or restores; undefined where widening makes no sense (a compact strip). */
  toggle: (() => void) | undefined;
}

/**
 * The notice that the page's presets narrow the list, with «Показать все …», which becomes
 * «Вернуть подборку» once pressed: the same button, relabelled, so focus stays on it.
 */
export function renderPresetNotice(notice: PresetNotice): TemplateResult {
  const w = words[notice.locale];
  const what = w.listed[notice.listed];
  const conditions = notice.conditions.map(([facet, values]) => w.condition(facet, values));
  return html`<p class="banner preset" part="preset">
    <span>${notice.wide ? w.widened(what) : w.narrowed(what, conditions.join(', '))}</span>
    ${
      notice.toggle
        ? html`<button type="button" class="link" @click=${notice.toggle}>
          ${notice.wide ? w.restore : w.widen(what)}
        </button>`
        : nothing
    }
  </p>`;
}

/** The list is empty because of the presets alone: said so (the notice above offers widening). */
export function renderPresetEmpty(locale: Locale): TemplateResult {
  return html`<p class="state empty" part="empty">${words[locale].empty}</p>`;
}

/** Names preset ids the feed does not know (a typo, a removed subject), once per element and value. */
export function reportUnknownPreset(tag: string, attribute: string, ids: readonly string[]): void {
  if (!once(`preset ${tag} ${attribute} ${ids.join(' ')}`)) return;
  const list = ids.join(', ');
  console.warn(
    `[metodika] <${tag} ${attribute}="…">: в ленте нет ${list}; это условие не применено, показано всё. / The feed has no ${list}; this preset is ignored, everything is shown.`,
  );
}
