import type { ArgTypes } from '@storybook/web-components-vite';
import { styleMap } from 'lit/directives/style-map.js';
import { TOKENS } from '../../packages/widgets/src/base/styles/tokens.ts';
import type { FeedName } from './feeds.ts';
import { feedUrl, type SpecialFeed } from './mock-feeds.ts';

/** The public theming tokens, e.g. `--metodika-accent`. */
export type Token = keyof typeof TOKENS;

/** Every documented `--metodika-*` custom property. */
export const TOKEN_NAMES = Object.keys(TOKENS) as Token[];

/** Args every widget story shares: its attributes (by attribute name), tokens and a width. */
export type WidgetArgs = {
  /** The element's `id`: its namespace in the URL hash ('' = the widget's default). */
  id: string;
  /** Feed URLs (the `src` attribute). */
  src: string;
  /** The `lang` attribute: '' (the page's), `ru`, `en`. */
  lang: '' | 'ru' | 'en';
  /** Max width of the widget's container (any CSS length; '' = the whole canvas). */
  width: string;
} & Partial<Record<Token, string>>;

/** The mock feeds by what a designer would call them (the `src` control's choices). */
export const FEED_CHOICES: Record<string, string> = {
  'Кузнецк (sample)': feedUrl('kuznetsk'),
  'Амурск (sample)': feedUrl('amur'),
  'Кузнецк + Амурск (merged)': `${feedUrl('kuznetsk')} ${feedUrl('amur')}`,
  'Кузнецк, Vladivostok zone': feedUrl('vladivostok'),
  'Empty feed': feedUrl('empty'),
  'No consultation settings': feedUrl('noConsultation'),
  'Slow (2 s)': feedUrl('amur', { delay: 2000 }),
  'Never answers (loading)': feedUrl('pending'),
  'Server error': feedUrl('failing'),
  'Server error, saved copy (stale)': feedUrl('stale'),
};

/** The `src` of one mock feed (re-exported so story files import one module). */
export function src(name: FeedName | SpecialFeed, options: { delay?: number } = {}): string {
  return feedUrl(name, options);
}

const LENGTH_TOKENS: ReadonlySet<Token> = new Set(['--metodika-radius', '--metodika-space']);

/**
 * Controls shared by every widget: the feed, the language, the container width, and one control
 * per theming token (colour pickers; text for the two lengths). Descriptions come from the manifest.
 */
export const widgetArgTypes: Partial<ArgTypes<WidgetArgs>> = {
  id: {
    control: 'text',
    description:
      "The element's id, also its namespace in the URL hash (`#events.q=…`): give each widget " +
      'on a page its own when several of one kind share the page.',
    table: { category: 'attributes' },
  },
  src: {
    control: 'select',
    options: Object.values(FEED_CHOICES),
    labels: Object.fromEntries(Object.entries(FEED_CHOICES).map(([label, url]) => [url, label])),
  },
  lang: { control: 'inline-radio', options: ['', 'ru', 'en'], labels: { '': 'page (ru)' } },
  width: {
    control: 'text',
    description:
      'Max width of the container around the widget (a story control, not an attribute).',
    table: { category: 'story' },
  },
  ...Object.fromEntries(
    TOKEN_NAMES.map((name) => [
      name,
      {
        control: LENGTH_TOKENS.has(name) ? 'text' : 'color',
        description: TOKENS[name],
        table: { category: 'css custom properties' },
      },
    ]),
  ),
};

/** The tokens a story sets, as the widget's inline style (unset ones keep their defaults). */
export function tokenStyle(args: Partial<WidgetArgs>) {
  return styleMap(
    Object.fromEntries(TOKEN_NAMES.filter((name) => args[name]).map((name) => [name, args[name]])),
  );
}
