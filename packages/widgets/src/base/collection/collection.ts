import {
  type FeedEvent,
  type FeedView,
  formatWhen,
  type PluralForms,
  plural,
  type Sourced,
  safeHref,
} from '@metodika/feed';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { openDialog } from '../dialog.ts';
import {
  type Chip,
  type Facet,
  type FacetSelection,
  renderChips,
  renderFacets,
  renderSearch,
  selectionFromHash,
  selectionSize,
  selectionToHash,
  toggleFacet,
} from '../filters.ts';
import { HashStateController, type HashValues } from '../hash-state.ts';
import type { Locale } from '../i18n/locale.ts';
import type { BaseStrings } from '../i18n/ru.ts';
import { widgetLink } from '../widget-links.ts';
import { type CollectionStrings, collectionStrings } from './collection.strings.ts';

/** How a collection widget keeps its filters, paging and open entry. */
export interface CollectionOptions {
  /** The hash namespace (usually the element's id or a default). */
  namespace: () => string;
  /** Hash key per facet key: `{ subjects: 'subj' }`. */
  keys: Record<string, string>;
  /** Entries shown at first and added by each "show more". */
  page: number;
}

/**
 * The browsing state every collection widget has — facet selection, search query, how many
 * entries are shown, which entry is open — kept in the URL hash so a filtered view or one entry
 * can be shared as a link. The host calls `sync()` after rendering with data.
 */
export class CollectionController implements ReactiveController {
  /** Selected facet values. */
  selection: FacetSelection = {};
  /** The search text as typed. */
  query = '';
  /** How many entries are shown. */
  limit: number;
  /** Id of the entry whose details are open ('' when none). */
  open = '';
  private readonly hash: HashStateController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CollectionOptions,
  ) {
    this.limit = options.page;
    this.hash = new HashStateController(host, options.namespace);
    this.hash.onChange = (values) => this.apply(values);
    host.addController(this);
  }

  hostConnected(): void {
    this.apply(this.hash.read());
  }

  private apply(values: HashValues): void {
    const { keys } = this.options;
    this.selection = selectionFromHash(
      Object.fromEntries(Object.entries(keys).map(([key, short]) => [key, values[short] ?? ''])),
      Object.keys(keys),
    );
    this.query = values.q ?? '';
    this.open = values.id ?? '';
    this.host.requestUpdate();
  }

  /** Writes the state into the hash (replaceState; other widgets' keys stay). */
  sync(): void {
    const values: HashValues = { q: this.query.trim(), id: this.open };
    for (const [key, list] of Object.entries(selectionToHash(this.selection))) {
      const short = this.options.keys[key];
      if (short) values[short] = list;
    }
    this.hash.write(values);
  }

  /** True when any facet or the search narrows the list. */
  get active(): boolean {
    return selectionSize(this.selection) > 0 || this.query.trim() !== '';
  }

  private change(mutate: () => void): void {
    mutate();
    this.limit = this.options.page;
    this.host.requestUpdate();
  }

  /** Ticks or unticks one facet value. */
  toggle(key: string, value: string): void {
    this.change(() => {
      this.selection = toggleFacet(this.selection, key, value);
    });
  }

  /** Sets the search text. */
  setQuery(query: string): void {
    this.change(() => {
      this.query = query;
    });
  }

  /** Clears every filter and the search. */
  reset(): void {
    this.change(() => {
      this.selection = {};
      this.query = '';
    });
  }

  /** Shows one more page. */
  more(): void {
    this.limit += this.options.page;
    this.host.requestUpdate();
  }

  /** Opens an entry's details ('' closes). */
  show(id: string): void {
    this.open = id;
    this.host.requestUpdate();
  }

  /** Active filters as chips, labelled as their facet options are. */
  chips(facets: readonly Facet[]): Chip[] {
    const chips: Chip[] = [];
    for (const facet of facets) {
      for (const value of this.selection[facet.key] ?? []) {
        const label = facet.options.find((option) => option.value === value)?.label ?? value;
        chips.push({ label, remove: () => this.toggle(facet.key, value) });
      }
    }
    if (this.query.trim())
      chips.push({ label: `«${this.query.trim()}»`, remove: () => this.setQuery('') });
    return chips;
  }

  /**
   * The details dialog of the open entry (`title` undefined: an empty closed dialog). Closing it
   * clears the open entry; a link into another widget on the page (a `#…` link, e.g. the
   * calendar's event) closes it so that widget's own details take over.
   */
  renderDialog(title: string | undefined, body: () => unknown, closeLabel: string): TemplateResult {
    const close = (event: Event) => (event.currentTarget as Element).closest('dialog')?.close();
    return html`<dialog
      part="dialog"
      aria-labelledby="details-title"
      @close=${() => this.show('')}
      @click=${(event: MouseEvent) => {
        const link = (event.target as Element).closest('a[href^="#"]');
        if (!link) return;
        close(event);
        // A new tab gets the link as it is; here our own open entry leaves it, or the hashchange
        // it causes would open this dialog again over the other widget's.
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        this.open = '';
        location.hash = withoutKey(link.getAttribute('href')!, `${this.options.namespace()}.id`);
      }}
    >
      ${
        title === undefined
          ? nothing
          : html`<div class="dialog-head">
              <h2 id="details-title">${title}</h2>
              <button type="button" aria-label=${closeLabel} @click=${close}><span aria-hidden="true">×</span></button>
            </div>
            ${body()}`
      }
    </dialog>`;
  }

  /**
   * The filter bar: a search landmark with the search box and facet disclosures, then the
   * active filters as removable chips.
   */
  renderFilters(facets: readonly Facet[], searchLabel: string, t: BaseStrings): TemplateResult {
    return html`<div class="toolbar filters" role="search" aria-label=${t.filters} part="filters">
        ${renderSearch(this.query, searchLabel, (value) => this.setQuery(value))}
        ${renderFacets({ facets, selection: this.selection, onToggle: (key, value) => this.toggle(key, value) })}
      </div>
      ${renderChips(this.chips(facets), t, () => this.reset())}`;
  }
}

/** A `#a=1&b=2` hash without the `key` pair. */
function withoutKey(hash: string, key: string): string {
  const decode = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  };
  const parts = hash.slice(1).split('&');
  return `#${parts.filter((part) => decode(part.split('=')[0] ?? '') !== key).join('&')}`;
}

/** The collection words in a language. */
export function collectionWords(locale: Locale): CollectionStrings {
  return collectionStrings[locale];
}

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

/** "Nothing matches" with a button that clears every filter. */
export function renderNoMatches(t: BaseStrings, locale: Locale, reset: () => void): TemplateResult {
  return html`<div class="state empty no-matches" part="empty">
    <p>${collectionStrings[locale].noMatches}</p>
    <button type="button" @click=${reset}>${t.resetFilters}</button>
  </div>`;
}

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

/** Labels of `ids` joined with commas (unknown ids as they are). */
export function labelList(
  ids: readonly string[] | undefined,
  labels: ReadonlyMap<string, string>,
): string {
  return (ids ?? []).map((id) => labels.get(id) ?? id).join(', ');
}

/** Opens the modal `dialog` if `wanted` and it is closed; focus returns per `openDialog`. */
export function syncDialog(
  dialog: HTMLDialogElement | null,
  wanted: boolean,
  fallback: () => HTMLElement | null,
): void {
  if (dialog && wanted && !dialog.open) openDialog(dialog, fallback);
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

/**
 * An event of the same feed: its title — linked to the page's calendar when there is one — and
 * its date in the publisher's zone.
 */
export function renderEventRef(
  event: Sourced<FeedEvent>,
  view: FeedView,
  locale: Locale,
): TemplateResult {
  const zone =
    view.sources.find((source) => source.key === event.source)?.publisher.timeZone ?? 'UTC';
  const href = widgetLink('event', event.id);
  return html`${href ? html`<a href=${href}>${event.title}</a>` : event.title}
    <span class="muted">— ${formatWhen(event, zone, locale)}</span>`;
}
