import type { StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../../packages/widgets/custom-elements.json';
import { hashPreset } from './host-page.ts';
import { src, type Token, type WidgetArgs } from './widget-args.ts';

/** A school site's palette for every token: green, rounder corners, roomier spacing. */
export const SCHOOL_THEME: Record<Token, string> = {
  '--metodika-accent': '#1b6e3a',
  '--metodika-accent-contrast': '#ffffff',
  '--metodika-surface': '#fbfaf5',
  '--metodika-surface-alt': '#eef3e8',
  '--metodika-text': '#1d2a20',
  '--metodika-text-muted': '#4a5a4e',
  '--metodika-border': '#7d9282',
  '--metodika-danger': '#a4161a',
  '--metodika-radius': '0.75em',
  '--metodika-space': '0.625em',
  '--metodika-focus': '#c2410c',
};

interface Declaration {
  tagName?: string;
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
}

/** The custom properties and parts `tag`'s class JSDoc documents (custom-elements.json). */
export function documented(tag: string): { tokens: string[]; parts: string[] } {
  const declarations: Declaration[] = manifest.modules.flatMap(
    (module) => (module as { declarations?: Declaration[] }).declarations ?? [],
  );
  const found = declarations.find((d) => d.tagName === tag);
  if (!found) throw new Error(`<${tag}> is not in custom-elements.json`);
  return {
    tokens: (found.cssProperties ?? []).map((p) => p.name),
    parts: (found.cssParts ?? []).map((p) => p.name),
  };
}

/** Every token `tag` documents, set to the school palette; a token without a value throws. */
function themeArgs(tag: string): Partial<Record<Token, string>> {
  return Object.fromEntries(
    documented(tag).tokens.map((name) => {
      const value = SCHOOL_THEME[name as Token];
      if (!value) throw new Error(`<${tag}> documents ${name}: give it a value in SCHOOL_THEME`);
      return [name, value];
    }),
  );
}

/** One `::part()` rule per part `tag` documents: a dashed outline, so each one shows. */
function partSheet(tag: string): HTMLStyleElement {
  const sheet = document.createElement('style');
  sheet.textContent = documented(tag)
    .parts.map((part) => `.themed ${tag}::part(${part}) { outline: 2px dashed #c2410c; }`)
    .join('\n');
  return sheet;
}

/** One widget of the gallery: a caption and the args that differ from the story's. */
export interface Variant<A> {
  caption: string;
  args?: Partial<A>;
}

/** The states every widget's gallery shows after its own variants. */
const STATE_VARIANTS: Variant<WidgetArgs>[] = [
  { caption: 'Сохранённая копия (stale)', args: { src: src('stale') } },
  { caption: 'Пустая лента (empty)', args: { src: src('empty') } },
  { caption: 'Загрузка (loading)', args: { src: src('pending') } },
  { caption: 'Ошибка (error)', args: { src: src('failing') } },
];

type Render<A> = (args: A, context: StoryContext<A>) => unknown;

/** The `id` (hash namespace) of a gallery's first widget, the one `hash` presets. */
const THEMED_ID = 'themed';

/**
 * The "themed" story of `tag`: every documented `--metodika-*` token set (the story's args, so
 * the controls show them) and every documented `::part` outlined, on a gallery of the widget in
 * `variants` and every feed state, so each part is on screen. The first variant gets the hash
 * state `hash` (active filters show their chips; the calendar opens an event). Both lists come
 * from custom-elements.json: a new token or part shows up here by itself.
 */
export function themedStory<A extends WidgetArgs>(
  tag: string,
  render: Render<A>,
  variants: [Variant<A>, ...Variant<A>[]],
  hash: Record<string, string>,
): StoryObj<A> {
  const [first, ...rest] = variants;
  const gallery = [
    { ...first, args: { ...first.args, id: THEMED_ID } as Partial<A> },
    ...rest,
    ...(STATE_VARIANTS as Variant<A>[]),
  ];
  return {
    args: themeArgs(tag) as Partial<A>,
    decorators: [hashPreset<A>(THEMED_ID, hash)],
    parameters: {
      docs: {
        description: {
          story:
            'Every `--metodika-*` token the element documents, set to a school palette, and every ' +
            '`::part` it documents outlined, in each feed state (lists from custom-elements.json).',
        },
      },
    },
    render: (args, context) => html`${partSheet(tag)}
      <div class="themed" style="display: grid; gap: 1.5em">
        ${gallery.map(
          ({ caption, args: own }) =>
            html`<section aria-label=${caption}>
              <p style="font: 600 0.875em sans-serif; margin: 0 0 0.5em">${caption}</p>
              ${render({ ...args, ...own }, context)}
            </section>`,
        )}
      </div>`,
  };
}
