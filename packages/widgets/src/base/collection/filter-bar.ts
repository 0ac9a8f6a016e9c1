import { html, nothing, type TemplateResult } from 'lit';
import { compareRussian, type Facet, type FacetOption, type FacetSelection } from '../filters.ts';
import type { BaseStrings } from '../i18n/ru.ts';
import type { CollectionController } from './collection.ts';

/**
 * The filter bar of every browsing widget, drawn over its collection controller: the search box,
 * the facets, the yes/no filters and the active filters as chips. A module of its own, with its
 * rules (filter-bar.styles.ts), for the pages that draw a bar — the directory, the practice feed,
 * the full calendar (calendar-full.ts) — not the calendar's home-page strip, which has none.
 */

/** What the bar shows beside the controller's state. */
export interface FilterBar {
  facets: readonly Facet[];
  /** The search box's label. */
  searchLabel: string;
  /** The search landmark's name, unique on the page (`uniqueName`). */
  landmark: string;
  t: BaseStrings;
  /** The controller's yes/no filters (`options.flags`) by name, with their labels. */
  flagLabels?: Record<string, string>;
}

/**
 * A facet's options that items actually have, with counts, in the order `labels`
 * gives (unknown ones last): what the bar offers.
 */
export function facetOptions<T>(
  items: readonly T[],
  values: (item: T) => readonly string[] | undefined,
  labels: ReadonlyMap<string, string>,
): FacetOption[] {
  const counts = new Map<string, number>();
  for (const item of items)
    for (const value of values(item) ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
  const order = new Map([...labels.keys()].map((value, index) => [value, index]));
  const rank = (value: string) => order.get(value) ?? Number.MAX_SAFE_INTEGER;
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count, label: labels.get(value) ?? value }))
    .sort((a, b) => rank(a.value) - rank(b.value) || compareRussian(a.label, b.label));
}

/**
 * The search landmark with the search box, the facet disclosures and a checkbox per yes/no
 * filter, then the active filters as removable chips.
 */
export function renderFilters(
  c: CollectionController,
  { facets, searchLabel, landmark, t, flagLabels = {} }: FilterBar,
): TemplateResult {
  return html`<div class="toolbar filters" role="search" aria-label=${landmark} part="filters">
      ${renderSearch(c.query, searchLabel, (value) => c.setQuery(value))}
      ${renderFacets({ facets, selection: c.selection, onToggle: (key, value) => c.toggle(key, value) })}
      ${Object.entries(flagLabels).map(
        ([name, label]) => html`<label class="check ${name}"
          ><input
            type="checkbox"
            .checked=${c.flags[name] ?? false}
            @change=${(event: Event) => c.setFlag(name, (event.target as HTMLInputElement).checked)}
          />${label}</label
        >`,
      )}
    </div>
    ${renderChips(chips(c, facets, flagLabels), t, () => c.reset())}`;
}

/**
 * Active filters as chips, labelled as their facet options are, and the yes/no filters as
 * `flagLabels` name them.
 */
function chips(
  c: CollectionController,
  facets: readonly Facet[],
  flagLabels: Record<string, string>,
): Chip[] {
  const chips: Chip[] = [];
  for (const facet of facets) {
    for (const value of c.selection[facet.key] ?? []) {
      const label = facet.options.find((option) => option.value === value)?.label ?? value;
      chips.push({ label, remove: () => c.toggle(facet.key, value) });
    }
  }
  const query = c.query.trim();
  if (query) chips.push({ label: `«${query}»`, remove: () => c.setQuery('') });
  for (const [name, label] of Object.entries(flagLabels))
    if (c.flags[name]) chips.push({ label, remove: () => c.setFlag(name, false) });
  return chips;
}

/** What `renderFacets` needs. */
interface FacetsView {
  facets: readonly Facet[];
  selection: FacetSelection;
  onToggle: (key: string, value: string) => void;
}

/**
 * Each facet as a disclosure with a checkbox group: native controls, so keyboard, forms mode of
 * screen readers and 200% zoom work without help. Facets with fewer than two options are hidden.
 */
function renderFacets({ facets, selection, onToggle }: FacetsView): TemplateResult {
  return html`${facets.map((facet) => {
    if (facet.options.length < 2) return nothing;
    const chosen = selection[facet.key]?.length ?? 0;
    return html`<details class="facet" part="facet">
      <summary class="button">${facet.label}${chosen ? html` <span class="badge">${chosen}</span>` : nothing}</summary>
      <fieldset>
        <legend class="vh">${facet.label}</legend>
        ${facet.options.map(
          (option) => html`<label class="check"
            ><input
              type="checkbox"
              .checked=${selection[facet.key]?.includes(option.value) ?? false}
              @change=${() => onToggle(facet.key, option.value)}
            />
            ${option.label} <span class="muted">(${option.count})</span></label
          >`,
        )}
      </fieldset>
    </details>`;
  })}`;
}

/** One active filter shown as a removable chip. */
interface Chip {
  label: string;
  remove: () => void;
}

/** Active filters as removable chips, plus "clear all"; nothing when no filter is active. */
function renderChips(
  chips: readonly Chip[],
  t: BaseStrings,
  clearAll: () => void,
): TemplateResult | typeof nothing {
  if (chips.length === 0) return nothing;
  return html`<div class="chips" role="group" aria-label=${t.activeFilters} part="chips">
    ${chips.map(
      (
        chip,
      ) => html`<button type="button" class="chip" aria-label=${t.removeFilter(chip.label)} @click=${chip.remove}>
        ${chip.label} <span aria-hidden="true">×</span>
      </button>`,
    )}
    ${chips.length > 1 ? html`<button type="button" class="link" @click=${clearAll}>${t.resetFilters}</button>` : nothing}
  </div>`;
}

/** The search box: a labelled native search input. */
function renderSearch(
  value: string,
  label: string,
  onInput: (value: string) => void,
): TemplateResult {
  return html`<label class="search"
    ><span class="label">${label}</span>
    <input
      type="search"
      part="search"
      .value=${value}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
  /></label>`;
}
