import type { OfferedWidget, PresetName, WidgetName } from './catalogue.ts';

/**
 * The code a webmaster pastes, built from what they chose. The same attribute list drives the
 * live preview, so what is shown is what is copied.
 */

/** What the webmaster chose for one widget. */
export interface WidgetChoice {
  widget: OfferedWidget;
  /** Preset values by attribute; '' (or the manifest's default) leaves the attribute out. */
  values: Partial<Record<PresetName, string>>;
  lang: 'ru' | 'en';
  /** A CSS colour for `--metodika-accent`, or null for the widgets' own. */
  accent: string | null;
}

/** The widgets that have an iframe page (`/widgets/<build>/frame/<name>.html`). */
export const FRAME_PAGES: readonly WidgetName[] = [
  'calendar',
  'associations',
  'practices',
  'consultation',
];

/** `&`, `<`, `>` and `"` as entities: safe in text and in a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** The presets that differ from the element's defaults, as `[attribute, value]`. */
export function presetAttributes(choice: WidgetChoice): [PresetName, string][] {
  const attributes: [PresetName, string][] = [];
  for (const preset of choice.widget.presets) {
    const value = choice.values[preset.name]?.trim() ?? '';
    if (value === '' || value === preset.defaultValue) continue;
    if (preset.source.from === 'count' && !/^[1-9]\d{0,3}$/.test(value)) continue;
    attributes.push([preset.name, value]);
  }
  return attributes;
}

/** Every attribute of the element (the feed first), as `[attribute, value]`. */
export function elementAttributes(choice: WidgetChoice, feedUrl: string): [string, string][] {
  const attributes: [string, string][] = [['src', feedUrl], ...presetAttributes(choice)];
  if (choice.widget.lang && choice.lang !== 'ru') attributes.push(['lang', choice.lang]);
  return attributes;
}

/** A link shown to visitors without JavaScript, inside the element. */
export interface Fallback {
  href: string;
  text: string;
}

/** The script tag and the element, with absolute URLs of the service. */
export function scriptSnippet(
  choice: WidgetChoice,
  urls: { script: string; feed: string },
  fallback: Fallback | null,
): string {
  const attributes = elementAttributes(choice, urls.feed)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const style =
    choice.widget.accent && choice.accent
      ? ` style="--metodika-accent: ${escapeHtml(choice.accent)}"`
      : '';
  const tag = choice.widget.tag;
  const inner = fallback
    ? `\n  <a href="${escapeHtml(fallback.href)}">${escapeHtml(fallback.text)}</a>\n`
    : '';
  return [
    `<script type="module" src="${escapeHtml(urls.script)}"></script>`,
    `<${tag}${attributes}${style}>${inner}</${tag}>`,
  ].join('\n');
}

/** The iframe page's address for the choice, or null when the widget has no iframe page. */
export function frameUrl(choice: WidgetChoice, urls: { script: string; feed: string }) {
  if (!FRAME_PAGES.includes(choice.widget.name)) return null;
  const page = new URL(`frame/${choice.widget.name}.html`, urls.script);
  for (const [name, value] of elementAttributes(choice, urls.feed)) {
    page.searchParams.set(name, value);
  }
  // The frame page sets it as `--metodika-accent`, taking only `#rrggbb`.
  if (choice.widget.accent && choice.accent) page.searchParams.set('accent', choice.accent);
  return page.href;
}

/** The iframe variant, or null when the widget has no iframe page. */
export function frameSnippet(
  choice: WidgetChoice,
  urls: { script: string; feed: string },
  title: string,
): string | null {
  const src = frameUrl(choice, urls);
  if (!src) return null;
  const strip = presetAttributes(choice).some(([name]) => name === 'limit');
  return [
    '<iframe',
    `  src="${escapeHtml(src)}"`,
    `  title="${escapeHtml(title)}"`,
    '  loading="lazy"',
    '  width="100%"',
    `  height="${strip ? 480 : 720}"`,
    '  style="border: 0"',
    '></iframe>',
  ].join('\n');
}
