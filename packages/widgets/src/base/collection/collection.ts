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
  type Browsable,
  type Chip,
  type Facet,
  type FacetSelection,
  filterItems,
  renderChips,
  renderFacets,
  renderSearch,
  resolvePresets,
  selectionFromHash,
  selectionSize,
  selectionToHash,
  toggleFacet,
} from '../filters.ts';
import { HashStateController, type HashValues } from '../hash-state.ts';
import type { Locale } from '../i18n/locale.ts';
import type { BaseStrings } from '../i18n/ru.ts';
import { lazyPart } from '../lazy-part.ts';
import { widgetLink } from '../widget-links.ts';
import { type CollectionStrings, collectionStrings } from './collection.strings.ts';
import type { Listed } from './preset-notice.ts';

/** The presets' notice: its words, marks and console report, fetched only where a page sets one. */
const presetNotice = lazyPart(() => import('./preset-notice.ts'));

/** Ids the feed knows per facet key, with their labels as shown. */
export type FacetLabels = Readonly<Record<string, ReadonlyMap<string, string>>>;

/** How a browsing widget keeps its filters, paging and open entry. */
export interface CollectionOptions {
  /** The hash namespace (usually the element's id or a default). */
  namespace: () => string;
  /** Hash key per facet key: `{ subjects: 'subj' }`. */
  keys: Record<string, string>;
  /** Entries shown at first and added by each "show more". */
  page: number;
  /** Hash key of the open entry: `id`, or the widget's own (the calendar's `ev`). */
  openKey?: string;
  /**
   * The widget's own yes/no filters by name, with their hash keys (the calendar's
   * `{ upcoming: 'up' }`): checkboxes in `renderFilters`, chips, part of `active` and `reset`.
   */
  flags?: Record<string, string>;
  /** The widget's own hash keys beside the browsing ones (the calendar's view and month). */
  extra?: {
    /** Takes the widget's keys from the hash (on connect and on every hashchange). */
    read(values: HashValues): void;
    /** The widget's keys to write with the rest ('' leaves a key out). */
    write(): HashValues;
  };
  /** Called after the visitor changed a filter or the search (e.g. to announce the count). */
  onFilter?: () => void;
  /**
   * The webmaster's presets per facet key: the attribute that sets it and its value (ids
   * separated by spaces or commas), e.g. `{ subjects: ['subject', this.subject] }`.
   */
  presets?: () => Readonly<Record<string, readonly [attribute: string, value: string]>>;
  /** What the widget lists, as the preset notice names it. */
  listed?: Listed;
}

/**
 * The browsing state of the calendar, the directory and the practice feed — facet selection,
 * search query, the widget's own yes/no filters, how many entries are shown, which entry is open,
 * and any keys of its own — kept in the URL hash so a filtered view or one entry can be shared as
 * a link. The host calls `sync()` after rendering with data.
 */
export class CollectionController implements ReactiveController {
  /** Selected facet values. */
  selection: FacetSelection = {};
  /** The search text as typed. */
  query = '';
  /** The widget's own yes/no filters that are on (`options.flags`). */
  flags: Record<string, boolean> = {};
  /** How many entries are shown. */
  limit: number;
  /** Id of the entry whose details are open ('' when none). */
  open = '';
  /** The visitor lifted the webmaster's presets for this visit (`all=1` in the hash). */
  wide = false;
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
    // Fetched beside the feed, so the notice is there when the narrowed list first paints.
    if (this.presetValues().length) this.notice();
  }

  /** The presets' notice chunk if it has arrived; else starts loading it and redraws then. */
  private notice(): typeof import('./preset-notice.ts') | undefined {
    const loaded = presetNotice.get();
    if (!loaded)
      presetNotice.load().then(
        () => this.host.requestUpdate(),
        () => undefined,
      );
    return loaded;
  }

  private get openKey(): string {
    return this.options.openKey ?? 'id';
  }

  private apply(values: HashValues): void {
    const { keys, flags = {} } = this.options;
    this.selection = selectionFromHash(
      Object.fromEntries(Object.entries(keys).map(([key, short]) => [key, values[short] ?? ''])),
      Object.keys(keys),
    );
    this.query = values.q ?? '';
    this.flags = Object.fromEntries(
      Object.entries(flags).map(([name, short]) => [name, values[short] === '1']),
    );
    this.open = values[this.openKey] ?? '';
    this.wide = values.all === '1';
    this.options.extra?.read(values);
    this.host.requestUpdate();
  }

  /** Writes the state into the hash (replaceState; other widgets' keys stay). */
  sync(): void {
    const values: HashValues = {};
    for (const [key, list] of Object.entries(selectionToHash(this.selection))) {
      const short = this.options.keys[key];
      if (short) values[short] = list;
    }
    values.q = this.query.trim();
    for (const [name, short] of Object.entries(this.options.flags ?? {}))
      values[short] = this.flags[name] ? '1' : '';
    Object.assign(values, this.options.extra?.write());
    values[this.openKey] = this.open;
    values.all = this.wide && this.presetValues().length > 0 ? '1' : '';
    this.hash.write(values);
  }

  /** True when any facet, the search or a yes/no filter narrows the list. */
  get active(): boolean {
    return (
      selectionSize(this.selection) > 0 ||
      this.query.trim() !== '' ||
      Object.values(this.flags).some(Boolean)
    );
  }

  private change(mutate: () => void): void {
    mutate();
    this.limit = this.options.page;
    this.options.onFilter?.();
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

  /** Turns one of the widget's own yes/no filters on or off. */
  setFlag(name: string, on: boolean): void {
    this.change(() => {
      this.flags = { ...this.flags, [name]: on };
    });
  }

  /** Clears every filter and the search. */
  reset(): void {
    this.change(() => {
      this.selection = {};
      this.query = '';
      this.flags = {};
    });
  }

  /** Lifts the presets for this visit (`true`) or restores them. */
  setWide(wide: boolean): void {
    this.change(() => {
      this.wide = wide;
    });
  }

  /** The presets set, as `[facet key, attribute, value]`, leaving out empty ones. */
  private presetValues(): [string, string, string][] {
    return Object.entries(this.options.presets?.() ?? {})
      .filter(([, [, value]]) => value.trim() !== '')
      .map(([key, [attribute, value]]) => [key, attribute, value]);
  }

  /** Changes whenever the presets or their widening do (for caches of what they narrow). */
  get presetKey(): string {
    return JSON.stringify([this.wide, this.presetValues()]);
  }

  /**
   * The presets as a facet selection, only ids `known` has (the rest are named in the webmaster
   * log); `{}` once the visitor widened the list, unless `widen` is false (a compact strip, which
   * offers no widening).
   */
  presetSelection(known: FacetLabels, widen = true): FacetSelection {
    return this.wide && widen ? {} : this.resolvePresets(known);
  }

  private resolvePresets(known: FacetLabels): FacetSelection {
    const set = this.presetValues();
    if (set.length === 0) return {};
    const { selection, unknown } = resolvePresets(
      Object.fromEntries(set.map(([key, , value]) => [key, value])),
      known,
    );
    const tag = (this.host as unknown as Element).localName;
    for (const [key, attribute] of set) {
      const ids = unknown[key];
      if (ids) this.notice()?.reportUnknownPreset(tag, attribute, ids);
    }
    return selection;
  }

  /** `items` within the presets (all of them when none applies or, `widen`, the visitor widened). */
  inPreset<T extends Browsable>(items: T[], known: FacetLabels, widen = true): T[] {
    const selection = this.presetSelection(known, widen);
    return selectionSize(selection) ? filterItems(items, { selection, words: [] }) : items;
  }

  /**
   * The notice that the list is narrowed by the page's presets, naming them by `facetNames`, with
   * «Показать все …» (unless `widen` is false), which then becomes «Вернуть подборку»; nothing
   * without presets.
   */
  renderPreset(
    known: FacetLabels,
    facetNames: Readonly<Record<string, string>>,
    locale: Locale,
    widen = true,
  ): TemplateResult | typeof nothing {
    const selection = this.resolvePresets(known);
    const chunk = selectionSize(selection) ? this.notice() : undefined;
    if (!chunk) return nothing;
    return chunk.renderPresetNotice({
      locale,
      listed: this.options.listed ?? 'events',
      conditions: Object.entries(selection).map(([key, ids]) => [
        facetNames[key] ?? key,
        labelList(ids, known[key] ?? new Map()),
      ]),
      wide: this.wide && widen,
      toggle: widen ? () => this.setWide(!this.wide) : undefined,
    });
  }

  /**
   * "Nothing matches" with "reset filters" when the visitor's filters emptied the list; when the
   * presets alone did, just says so (the preset notice above offers widening).
   */
  renderNoMatches(t: BaseStrings, locale: Locale): TemplateResult {
    if (this.active) return renderNoMatches(t, locale, () => this.reset());
    return (
      this.notice()?.renderPresetEmpty(locale) ??
      html`<p class="state empty" part="empty">${collectionStrings[locale].noMatches}</p>`
    );
  }

  /** Shows one more page. */
  more(): void {
    this.limit += this.options.page;
    this.host.requestUpdate();
  }

  /** Back to the first page (the calendar's agenda when the month changes). */
  firstPage(): void {
    this.limit = this.options.page;
    this.host.requestUpdate();
  }

  /** Opens an entry's details ('' closes). */
  show(id: string): void {
    this.open = id;
    this.host.requestUpdate();
  }

  /**
   * Active filters as chips, labelled as their facet options are, and the yes/no filters as
   * `flagLabels` name them.
   */
  chips(facets: readonly Facet[], flagLabels: Record<string, string> = {}): Chip[] {
    const chips: Chip[] = [];
    for (const facet of facets) {
      for (const value of this.selection[facet.key] ?? []) {
        const label = facet.options.find((option) => option.value === value)?.label ?? value;
        chips.push({ label, remove: () => this.toggle(facet.key, value) });
      }
    }
    if (this.query.trim())
      chips.push({ label: `«${this.query.trim()}»`, remove: () => this.setQuery('') });
    for (const [name, label] of Object.entries(flagLabels))
      if (this.flags[name]) chips.push({ label, remove: () => this.setFlag(name, false) });
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
        location.hash = withoutKey(
          link.getAttribute('href')!,
          `${this.options.namespace()}.${this.openKey}`,
        );
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
   * The filter bar of every browsing widget: the search landmark (named `landmark`, unique on the
   * page) with the search box, the facet disclosures and a checkbox per yes/no filter
   * (`flagLabels`, by name), then the active filters as removable chips.
   */
  renderFilters({
    facets,
    searchLabel,
    landmark,
    t,
    flagLabels = {},
  }: {
    facets: readonly Facet[];
    searchLabel: string;
    landmark: string;
    t: BaseStrings;
    flagLabels?: Record<string, string>;
  }): TemplateResult {
    return html`<div class="toolbar filters" role="search" aria-label=${landmark} part="filters">
        ${renderSearch(this.query, searchLabel, (value) => this.setQuery(value))}
        ${renderFacets({ facets, selection: this.selection, onToggle: (key, value) => this.toggle(key, value) })}
        ${Object.entries(flagLabels).map(
          ([name, label]) => html`<label class="check ${name}"
            ><input
              type="checkbox"
              .checked=${this.flags[name] ?? false}
              @change=${(event: Event) => this.setFlag(name, (event.target as HTMLInputElement).checked)}
            />${label}</label
          >`,
        )}
      </div>
      ${renderChips(this.chips(facets, flagLabels), t, () => this.reset())}`;
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
