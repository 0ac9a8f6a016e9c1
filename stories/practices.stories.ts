/**
 * `<metodika-practices>` on the sample feeds, following `calendar.stories.ts`: the tag as
 * `component`, the shared widget args, feeds only from the mock loader, one story per state.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/practices/define.ts';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { containerWidth } from './support/host-page.ts';
import { STATES } from './support/states.ts';
import { themedStory } from './support/themed.ts';
import { src, tokenStyle, type WidgetArgs, widgetArgTypes } from './support/widget-args.ts';

/** The practice feed's own attributes, by attribute name, plus the shared widget args. */
type PracticesArgs = WidgetArgs & { limit: number };

const meta = {
  title: 'Widgets/Practices',
  component: 'metodika-practices',
  decorators: [containerWidth],
  args: { id: '', src: src('kuznetsk'), lang: '', limit: 0, width: '' },
  argTypes: { ...widgetArgTypes, limit: { control: { type: 'number', min: 0 } } },
  render: (args) => html`<metodika-practices
    id=${ifDefined(args.id || undefined)}
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

export const Loading: Story = { ...STATES.loading, tags: ['loading'] };
export const Empty: Story = { ...STATES.empty };
export const NoMatches: Story = { ...STATES.noMatches };
export const LoadError: Story = { ...STATES.error, tags: ['expect-console-error'] };
export const Stale: Story = { ...STATES.stale };
export const LongTexts: Story = { ...STATES.longTexts };
export const Phone: Story = { ...STATES.phone };
export const English: Story = { ...STATES.english };
export const Dark: Story = { ...STATES.dark, tags: ['dark'] };
export const ForcedColors: Story = { ...STATES.forcedColors, tags: ['forced-colors'] };

export const Themed: Story = {
  ...themedStory(
    'metodika-practices',
    meta.render,
    [
      { caption: 'Фильтр: математика' },
      { caption: 'Лента практик' },
      { caption: 'Полоса «последние 3» (limit)', args: { limit: 3 } },
    ],
    { subj: 'math' },
  ),
  tags: ['themed', 'loading', 'expect-console-error'],
};
