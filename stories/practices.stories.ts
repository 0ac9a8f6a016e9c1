/**
 * `<metodika-practices>` on the sample feeds, following `calendar.stories.ts`: the tag as
 * `component`, the shared widget args, feeds only from the mock loader, one story per state.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/practices/define.ts';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { containerWidth } from './support/host-page.ts';
import { src, tokenStyle, type WidgetArgs, widgetArgTypes } from './support/widget-args.ts';

/** The practice feed's own attributes, by attribute name, plus the shared widget args. */
type PracticesArgs = WidgetArgs & { limit: number };

const meta = {
  title: 'Widgets/Practices',
  component: 'metodika-practices',
  decorators: [containerWidth],
  args: { src: src('kuznetsk'), lang: '', limit: 0, width: '' },
  argTypes: { ...widgetArgTypes, limit: { control: { type: 'number', min: 0 } } },
  render: (args) => html`<metodika-practices
    src=${args.src}
    lang=${ifDefined(args.lang || undefined)}
    limit=${ifDefined(args.limit || undefined)}
    style=${tokenStyle(args)}
  ></metodika-practices>`,
} satisfies Meta<PracticesArgs>;

export default meta;

type Story = StoryObj<PracticesArgs>;

/** Кузнецк's 25 practices: featured pinned on top, then newest first; filters and search. */
export const Feed: Story = {};

/** A home page's "latest 5" strip: no filters, details still open. */
export const Latest: Story = { args: { limit: 5, width: '24em' } };

/** In English: the widget's words and the taxonomies' `labelEn`. */
export const English: Story = { args: { lang: 'en' } };

/** A narrow column: one card per row. */
export const Narrow: Story = { args: { width: '20em' } };

/** Waiting for the feed: the skeleton reserves the widget's height. */
export const Loading: Story = { tags: ['loading'], args: { src: src('pending') } };

/** A valid feed without practices. */
export const Empty: Story = { args: { src: src('empty') } };

/** The server fails and there is no saved copy: the error with Retry (console error on purpose). */
export const LoadError: Story = { tags: ['expect-console-error'], args: { src: src('failing') } };

/** The server fails but a saved copy exists: shown under a banner with Retry. */
export const Stale: Story = { args: { src: src('stale') } };
