import type { StoryObj } from '@storybook/web-components-vite';
import { hashPreset, lightDarkPage } from './host-page.ts';
import { src, type WidgetArgs } from './widget-args.ts';

/** A story's description on its Docs page and in the canvas's "show code" panel. */
const describe = (story: string) => ({ docs: { description: { story } } });

/** A phone's screen in CSS pixels (the most common Android width). */
const PHONE_WIDTH = '360px';

/** The hash namespace (element `id`) of the "filters match nothing" stories. */
const NO_MATCHES_ID = 'no-matches';

/**
 * The states every widget has, as story annotations to spread into a widget's story:
 * `export const Loading: Story = { ...STATES.loading, tags: ['loading'] };`. Tags stay in the
 * story file: Storybook reads them from its source, and test/storybook/smoke.mjs from the index.
 */
export const STATES = {
  loading: {
    args: { src: src('pending') },
    parameters: describe(
      'Waiting for the feed (this one never answers): the skeleton reserves the height, a ' +
        'polite live region says «Загрузка».',
    ),
  },
  empty: {
    args: { src: src('empty') },
    parameters: describe('A valid feed with nothing for this widget: the empty message.'),
  },
  /** A visitor's shared link with a search nothing matches (`#no-matches.q=астрофизика`). */
  noMatches: {
    args: { id: NO_MATCHES_ID },
    decorators: [hashPreset(NO_MATCHES_ID, { q: 'астрофизика' })],
    parameters: describe(
      'Filters that match nothing (a shared link with the search «астрофизика», in the URL ' +
        'hash): «Ничего не найдено» with a button that clears the filters.',
    ),
  },
  error: {
    args: { src: src('failing') },
    parameters: describe(
      'The server fails and no copy was saved: the error with Retry. The explanation for the ' +
        "webmaster goes to the browser's console, on purpose.",
    ),
  },
  stale: {
    args: { src: src('stale') },
    parameters: describe(
      'The server fails, but the loader saved a copy three days ago (localStorage): the ' +
        'widget shows it under a banner with the date and Retry.',
    ),
  },
  longTexts: {
    args: { src: src('longTexts') },
    parameters: describe(
      'The sample feed with every title, name and label as long as the schema allows: Russian ' +
        'officialese and a 35-letter word. Nothing may overflow its box.',
    ),
  },
  phone: {
    args: { width: PHONE_WIDTH },
    parameters: describe(
      `A phone's screen (${PHONE_WIDTH} wide) or a narrow sidebar: the layout follows the ` +
        "widget's own width (container queries), not the window's.",
    ),
  },
  english: {
    args: { lang: 'en' },
    parameters: describe(
      '`lang="en"`: the widget\'s words and the taxonomies\' `labelEn`; feed content stays as ' +
        'published.',
    ),
  },
  dark: {
    decorators: [lightDarkPage],
    parameters: describe(
      'A page with `color-scheme: light dark`: with a dark system theme the page and the ' +
        "widget's default colours turn dark. To see it here: DevTools → Rendering → Emulate " +
        'CSS media feature `prefers-color-scheme: dark` (test:storybook checks this story so).',
    ),
  },
  forcedColors: {
    parameters: describe(
      "Windows high contrast: the system's colours replace every colour; states keep their " +
        'borders, text and icons. To see it here: DevTools → Rendering → Emulate CSS media ' +
        'feature `forced-colors: active` (test:storybook checks this story so).',
    ),
  },
} satisfies Record<string, StoryObj<WidgetArgs>>;
