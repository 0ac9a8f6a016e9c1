import type { FeedView } from '@metodika/feed';
import { safeHref } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.ts';

/**
 * The rows of an entry's details — a term and its value, a safe link, a taxonomy's labels — as
 * the directory's, the practice feed's and the calendar's details draw them. With the filter bar
 * in the script-tag build (the browse chunk, which every page with details loads by then), not
 * with the directory's cards, which the calendar's details have no use for.
 */

/** A taxonomy's labels by id, English when the page is English and the feed has it. */
export function taxonomyLabels(
  view: FeedView,
  name: keyof FeedView['taxonomies'],
  locale: Locale,
): Map<string, string> {
  return new Map(
    view.taxonomies[name].map((entry) => [
      entry.id,
      (locale === 'en' && entry.labelEn) || entry.label,
    ]),
  );
}

/** A `<dt>`/`<dd>` pair, or nothing when there is no value. */
export function renderRow(term: string, value: unknown): TemplateResult | typeof nothing {
  if (value === '' || value === undefined || value === nothing) return nothing;
  return html`<div class="row"><dt>${term}</dt><dd>${value}</dd></div>`;
}

/** A link to a safe URL (http(s), mailto, tel), else nothing; `newWindow` is its hidden note. */
export function renderLink(
  url: string | undefined,
  text: string,
  newWindow?: string,
): TemplateResult | typeof nothing {
  const href = safeHref(url);
  if (!href) return nothing;
  return newWindow
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}<span class="vh"> ${newWindow}</span></a>`
    : html`<a href=${href}>${text}</a>`;
}
