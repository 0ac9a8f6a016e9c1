import manifest from '@metodika/widgets/custom-elements.json' with { type: 'json' };

/**
 * What the page for school webmasters may offer, read from the widgets' custom-elements.json
 * (imported at build time, trimmed by vite.config.ts): a widget is offered only when the manifest
 * declares its tag, and a preset only when the manifest lists that attribute on that element. A
 * preset the widgets gain (an `audience` on the calendar, say) appears here once the manifest is
 * regenerated, provided PRESETS knows how to pick its values.
 */

/** One attribute as the manifest declares it. */
export interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}

/** One custom element of the manifest. */
export interface ManifestElement {
  tagName: string;
  attributes: ManifestAttribute[];
  cssProperties: string[];
}

interface RawDeclaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: ManifestAttribute[];
  cssProperties?: { name: string }[];
}

interface RawManifest {
  modules: { declarations?: RawDeclaration[] }[];
}

/** The manifest's elements by tag. */
export function manifestElements(raw: unknown): Map<string, ManifestElement> {
  const elements = new Map<string, ManifestElement>();
  for (const module of (raw as RawManifest).modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      elements.set(declaration.tagName, {
        tagName: declaration.tagName,
        attributes: declaration.attributes ?? [],
        cssProperties: (declaration.cssProperties ?? []).map((p) => p.name),
      });
    }
  }
  return elements;
}

/** The widgets' elements as this build's manifest declares them. */
export const ELEMENTS: ReadonlyMap<string, ManifestElement> = manifestElements(manifest);

/** The widgets the page knows how to describe, in the order it offers them. */
export const WIDGET_TAGS = {
  calendar: 'metodika-calendar',
  associations: 'metodika-associations',
  practices: 'metodika-practices',
  consultation: 'metodika-consultation',
  registration: 'metodika-registration',
} as const;

export type WidgetName = keyof typeof WIDGET_TAGS;

/** Which feed collection a widget lists (where its `kind` values come from). */
const COLLECTIONS: Partial<Record<WidgetName, 'events' | 'associations' | 'practices'>> = {
  calendar: 'events',
  associations: 'associations',
  practices: 'practices',
};

/** The feed's taxonomies a preset can be fixed to. */
export type TaxonomyName = 'subjects' | 'audiences' | 'educationLevels' | 'directions' | 'tags';

/** Where a preset's values come from. */
export type PresetSource =
  | { from: 'taxonomy'; taxonomy: TaxonomyName }
  | { from: 'kinds'; collection: 'events' | 'associations' | 'practices' }
  | { from: 'associations' }
  | { from: 'events' }
  | { from: 'topics' }
  | { from: 'methodists' }
  | { from: 'choice'; values: string[] }
  | { from: 'count' };

/** The values of a union of string literals (`'a' | 'b'`), or null when any part is not one. */
export function literalValues(typeText: string | undefined): string[] | null {
  if (!typeText) return null;
  const parts = typeText.split('|').map((part) => part.trim());
  const values = parts.map((part) => /^'([^']*)'$/.exec(part)?.[1]);
  return values.every((v): v is string => v !== undefined) ? values : null;
}

/**
 * Every attribute the page knows how to offer, and how; an attribute missing here is never
 * offered (`src` and `lang` are set by the page itself, `today` and `no-jsonld` are for tests).
 */
export const PRESET_NAMES = [
  'view',
  'mode',
  'subject',
  'kind',
  'audience',
  'education-level',
  'direction',
  'tag',
  'association',
  'association-id',
  'event',
  'event-id',
  'preset-topic',
  'preset-methodist',
  'limit',
] as const;

export type PresetName = (typeof PRESET_NAMES)[number];

function sourceOf(
  widget: WidgetName,
  name: PresetName,
  attribute: ManifestAttribute,
): PresetSource | null {
  switch (name) {
    case 'view':
    case 'mode': {
      // The widgets type these as unions of literals, so the manifest lists their values.
      const values = literalValues(attribute.type?.text);
      return values ? { from: 'choice', values } : null;
    }
    case 'subject':
      return { from: 'taxonomy', taxonomy: 'subjects' };
    case 'audience':
      return { from: 'taxonomy', taxonomy: 'audiences' };
    case 'education-level':
      return { from: 'taxonomy', taxonomy: 'educationLevels' };
    case 'direction':
      return { from: 'taxonomy', taxonomy: 'directions' };
    case 'tag':
      return { from: 'taxonomy', taxonomy: 'tags' };
    case 'kind': {
      const collection = COLLECTIONS[widget];
      return collection ? { from: 'kinds', collection } : null;
    }
    case 'association':
    case 'association-id':
      return { from: 'associations' };
    case 'event':
    case 'event-id':
      return { from: 'events' };
    case 'preset-topic':
      return { from: 'topics' };
    case 'preset-methodist':
      return { from: 'methodists' };
    case 'limit':
      return { from: 'count' };
  }
}

/** One preset the page offers for a widget. */
export interface Preset {
  /** The element's attribute, exactly as the manifest names it. */
  name: PresetName;
  source: PresetSource;
  /** The manifest's default ('' when there is none). */
  defaultValue: string;
  /** The widget shows nothing without it (the registration form's event). */
  required: boolean;
}

/** One widget the page offers. */
export interface OfferedWidget {
  name: WidgetName;
  tag: string;
  presets: Preset[];
  /** The element takes `lang`. */
  lang: boolean;
  /** The element documents `--metodika-accent`. */
  accent: boolean;
}

/** The widgets of `elements` the page can offer, with their presets (in PRESET_NAMES order). */
export function offeredWidgets(
  elements: ReadonlyMap<string, ManifestElement> = ELEMENTS,
): OfferedWidget[] {
  const offered: OfferedWidget[] = [];
  for (const [name, tag] of Object.entries(WIDGET_TAGS) as [WidgetName, string][]) {
    const element = elements.get(tag);
    if (!element) continue;
    const byName = new Map(element.attributes.map((a) => [a.name, a]));
    const presets: Preset[] = [];
    for (const preset of PRESET_NAMES) {
      const attribute = byName.get(preset);
      if (!attribute) continue;
      const source = sourceOf(name, preset, attribute);
      if (!source) continue;
      const raw = attribute.default ?? '';
      const defaultValue = /^'([^']*)'$/.exec(raw)?.[1] ?? (/^\d+$/.test(raw) ? raw : '');
      const required = source.from === 'events';
      presets.push({ name: preset, source, defaultValue, required });
    }
    offered.push({
      name,
      tag,
      presets,
      lang: byName.has('lang'),
      accent: element.cssProperties.includes('--metodika-accent'),
    });
  }
  return offered;
}
