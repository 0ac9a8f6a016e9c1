import { type PluralForms, plural } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.ts';
import type { BaseStrings } from '../i18n/ru.ts';
import { collectionStrings } from './collection.strings.ts';
import type { CollectionController } from './collection.ts';

/**
 * What a filterable list draws around its entries — the count, «show more», «nothing found» —
 * with the filter bar (filter-bar.ts) and only where one is: the calendar's home-page strip
 * draws none of it.
 */

/**
 * The result count as a polite live region: «25 практик», or «3 практики из 25» when filtered, so
 * a screen-reader user hears what a filter did without losing focus.
 */
export function renderCount(
  shown: number,
  total: number,
  locale: Locale,
  forms: PluralForms,
): TemplateResult {
  const text = plural(shown, locale, forms);
  return html`<p class="count muted" role="status" part="count">
    ${shown === total ? text : collectionStrings[locale].of(text, total)}
  </p>`;
}

/** "Show more (N left)", or nothing when everything is shown. */
export function renderShowMore(
  total: number,
  limit: number,
  t: BaseStrings,
  locale: Locale,
  onMore: () => void,
): TemplateResult | typeof nothing {
  if (total <= limit) return nothing;
  return html`<button type="button" class="show-more" part="show-more" @click=${onMore}>
    ${t.showMore} (${collectionStrings[locale].left(total - limit)})
  </button>`;
}

/**
 * "Nothing matches" with "reset filters" when the visitor's filters emptied the list; when the
 * presets alone did, just says so (the preset notice above offers widening).
 */
export function renderNoMatches(
  c: CollectionController,
  t: BaseStrings,
  locale: Locale,
): TemplateResult {
  const words = collectionStrings[locale];
  if (c.active)
    return html`<div class="state empty no-matches" part="empty">
      <p>${words.noMatches}</p>
      <button type="button" @click=${() => c.reset()}>${t.resetFilters}</button>
    </div>`;
  return c.presetEmpty(locale) ?? html`<p class="state empty" part="empty">${words.noMatches}</p>`;
}
