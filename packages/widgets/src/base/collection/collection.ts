import {
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import {
  type Browsable,
  type FacetSelection,
  filterItems,
  resolvePresets,
  selectionFromHash,
  selectionSize,
  selectionToHash,
  toggleFacet,
} from '../filters.ts';
import { HashStateController, type HashValues } from '../hash-state.ts';
import type { Locale } from '../i18n/locale.ts';
import { lazyPart } from '../lazy-part.ts';
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
 *
 * Only the state, the hash and the presets are here, which every browsing widget needs before it
 * paints (the calendar's home-page strip reads its presets and its open event from them). What
 * draws the filters is in filter-bar.ts, the count, paging and «nothing found» in list-parts.ts,
 * the details dialog in details.ts: functions over this controller, loaded only by the widgets
 * that draw them.
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

  /** «Nothing in this selection yet» when the presets alone emptied the list (its chunk loaded). */
  presetEmpty(locale: Locale): TemplateResult | undefined {
    return this.notice()?.renderPresetEmpty(locale);
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

  /** The open entry's key in the hash, with the namespace (`events.ev`). */
  get openHashKey(): string {
    return `${this.options.namespace()}.${this.openKey}`;
  }
}

/** Labels of `ids` joined with commas (unknown ids as they are). */
export function labelList(
  ids: readonly string[] | undefined,
  labels: ReadonlyMap<string, string>,
): string {
  return (ids ?? []).map((id) => labels.get(id) ?? id).join(', ');
}
