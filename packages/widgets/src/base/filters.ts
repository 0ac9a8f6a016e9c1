import { foldText } from '@metodika/feed';

/** Selected values per facet: `{ kind: ['seminar', 'webinar'], subjects: ['math'] }`. */
export type FacetSelection = Record<string, string[]>;

/** A facet's option as shown: its value, label and how many items have it. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** A facet to filter by. */
export interface Facet {
  key: string;
  label: string;
  options: FacetOption[];
}

/**
 * Faceted matching as people expect it: within one facet any selected value will do (OR), and
 * every facet with a selection must match (AND). `valuesOf(item, key)` gives an item's values.
 */
export function matchesFacets<T>(
  item: T,
  selection: FacetSelection,
  valuesOf: (item: T, key: string) => readonly string[] | undefined,
): boolean {
  for (const [key, selected] of Object.entries(selection)) {
    if (selected.length === 0) continue;
    const values = valuesOf(item, key) ?? [];
    if (!selected.some((value) => values.includes(value))) return false;
  }
  return true;
}

/** What every browsing widget prepares per item: its facet values and its folded search text. */
export interface Browsable {
  facets: Readonly<Record<string, readonly string[]>>;
  /** Folded (`foldText`) text the search words are looked for in. */
  text: string;
}

/** What a visitor narrows a list by. */
export interface ItemFilter<T> {
  selection: FacetSelection;
  /** Folded query words (`queryWords`); every one must occur. */
  words: readonly string[];
  /** The widget's own condition, e.g. the calendar's "upcoming only". */
  keep?: ((item: T) => boolean) | undefined;
}

/**
 * The one filter of the calendar, the directory and the practice feed: the widget's own
 * condition, every search word, and the facets (OR within, AND across).
 */
export function filterItems<T extends Browsable>(
  items: readonly T[],
  { selection, words, keep }: ItemFilter<T>,
): T[] {
  // The facets with a selection, read once rather than per item: thousands of events per change.
  const chosen = Object.entries(selection).filter(([, values]) => values.length > 0);
  return items.filter(
    (item) =>
      (!keep || keep(item)) &&
      words.every((word) => item.text.includes(word)) &&
      chosen.every(([key, selected]) => {
        const values = item.facets[key];
        return !!values && selected.some((value) => values.includes(value));
      }),
  );
}

export { foldText };

let russian: Intl.Collator | undefined;

/**
 * Russian alphabetical order, for ties only. One collator for every sort (`localeCompare(…,
 * 'ru')` builds one per comparison), built on first use: building it loads ICU's collation data,
 * ≈ 25 ms of a cold page's first paint, which most pages never need (no tie to break).
 */
export function compareRussian(a: string, b: string): number {
  russian ??= new Intl.Collator('ru');
  return russian.compare(a, b);
}

/** A preset attribute's ids (`subject="history physics"`): separated by spaces or commas. */
export function presetIds(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** Presets split into what narrows the list and the ids the feed does not know. */
export interface ResolvedPresets {
  selection: FacetSelection;
  /** Unknown ids per facet key. */
  unknown: Record<string, string[]>;
}

/**
 * The webmaster's presets (`values`: ids per facet key) against the ids the feed knows (`known`
 * per facet key). Unknown ids are left out, and a facet none of whose ids is known does not narrow
 * at all: a typo in a school's page shows everything rather than an empty widget.
 */
export function resolvePresets(
  values: Readonly<Record<string, string>>,
  known: Readonly<Record<string, ReadonlyMap<string, unknown>>>,
): ResolvedPresets {
  const selection: FacetSelection = {};
  const unknown: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    const ids = presetIds(value);
    const ok = ids.filter((id) => known[key]?.has(id));
    if (ok.length) selection[key] = ok;
    if (ok.length < ids.length) unknown[key] = ids.filter((id) => !ok.includes(id));
  }
  return { selection, unknown };
}

/** Toggles one value in a selection; returns a new selection. */
export function toggleFacet(selection: FacetSelection, key: string, value: string): FacetSelection {
  const current = selection[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...selection, [key]: next };
}

/** Number of selected values over all facets. */
export function selectionSize(selection: FacetSelection): number {
  return Object.values(selection).reduce((sum, values) => sum + values.length, 0);
}

/** Facet selection ⇄ hash values: `kind=seminar,webinar`. */
export function selectionToHash(selection: FacetSelection): Record<string, string> {
  return Object.fromEntries(
    Object.entries(selection).map(([key, values]) => [key, values.join(',')]),
  );
}

/** Reads the facets named in `keys` from hash values. */
export function selectionFromHash(
  values: Record<string, string>,
  keys: readonly string[],
): FacetSelection {
  const selection: FacetSelection = {};
  for (const key of keys)
    selection[key] = values[key] ? values[key].split(',').filter(Boolean) : [];
  return selection;
}
