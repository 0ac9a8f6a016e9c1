/**
 * Theming `<metodika-calendar>` (every widget takes the same tokens and the same bvi/host-page
 * treatment): the `--metodika-*` custom properties as controls, `::part()` styling, the bvi
 * colour schemes, a dark page, a hostile site stylesheet and a doubled font size.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/widgets/src/calendar/define.ts';
import {
  BVI_THEMES,
  type BviTheme,
  bviPage,
  containerWidth,
  fontSizePage,
  hostilePage,
} from './support/host-page.ts';
import { TODAY } from './support/mock-feeds.ts';
import { SCHOOL_THEME } from './support/themed.ts';
import { src, tokenStyle, type WidgetArgs, widgetArgTypes } from './support/widget-args.ts';

type ThemingArgs = WidgetArgs & { view: 'auto' | 'month' | 'agenda' };

const meta = {
  title: 'Theming',
  component: 'metodika-calendar',
  decorators: [containerWidth],
  args: { src: src('kuznetsk'), lang: '', view: 'month', width: '' },
  argTypes: {
    ...widgetArgTypes,
    view: { control: 'inline-radio', options: ['auto', 'month', 'agenda'] },
  },
  render: (args) => html`<metodika-calendar
    src=${args.src}
    lang=${args.lang || 'ru'}
    view=${args.view}
    today=${TODAY}
    no-jsonld
    style=${tokenStyle(args)}
  ></metodika-calendar>`,
} satisfies Meta<ThemingArgs>;

export default meta;

type Story = StoryObj<ThemingArgs>;

/** Every token set: a school site's green palette, rounder corners, roomier spacing. */
export const Tokens: Story = { args: SCHOOL_THEME };

/** No tokens: the defaults (the page's Canvas/CanvasText, a blue accent). */
export const Defaults: Story = {};

/**
 * `::part()` reaches the named parts from the page's CSS (the list is in the argument table,
 * "css shadow parts"): here the toolbar, filters, grid and events.
 */
export const Parts: Story = {
  render: (args) => html`<style>
      .parts-demo::part(toolbar) {
        background: #f3efe6;
        padding: 0.5em;
        border-radius: 0.5em;
      }
      .parts-demo::part(filters) {
        border-block-end: 2px solid #d9cdb0;
        padding-block-end: 0.5em;
      }
      .parts-demo::part(grid) {
        font-family: Georgia, serif;
      }
      .parts-demo::part(event) {
        font-weight: 600;
      }
    </style>
    <metodika-calendar
      class="parts-demo"
      src=${args.src}
      lang=${args.lang || 'ru'}
      view=${args.view}
      today=${TODAY}
      no-jsonld
      style=${tokenStyle(args)}
    ></metodika-calendar>`,
};

/** A page with `color-scheme: dark`: the defaults follow it (light-dark colours). */
export const DarkPage: Story = {
  decorators: [
    (story) =>
      html`<div style="color-scheme: dark; background: #15171a; color: #e8e8e8; padding: 1em">
        ${story()}
      </div>`,
  ],
};

/** A school site's stylesheet with resets and `!important` everywhere: the widget keeps its look. */
export const HostileHostCss: Story = { decorators: [hostilePage] };

/** The page's text at 200 % (large-print mode, browser zoom): sizes are in em, nothing overlaps. */
export const FontSize200: Story = { decorators: [fontSizePage(200)] };

/** One story per bvi colour scheme. */
function bviStory(theme: BviTheme, fontSize = 0): Story {
  return { decorators: [bviPage(theme, fontSize)] };
}

/** bvi "version for the visually impaired", white scheme. */
export const BviWhite = bviStory('white');
/** bvi, black scheme with bvi's 24 px font. */
export const BviBlack = bviStory('black', 24);
/** bvi, blue scheme. */
export const BviBlue = bviStory('blue');
/** bvi, brown scheme. */
export const BviBrown = bviStory('brown');
/** bvi, green scheme. */
export const BviGreen = bviStory('green');

// A new bvi scheme in BVI_THEMES must get a story above.
BVI_THEMES satisfies readonly ['white', 'black', 'blue', 'brown', 'green'];
