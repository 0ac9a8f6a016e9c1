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
type PracticesArgs = WidgetArgs & {
  limit: number;
  subject: string;
  kind: string;
  'education-level': string;
  tag: string;
  association: string;
};

/** The presets a school's page fixes the feed to (ids of the feed, space-separated). */
const PRESETS = ['subject', 'kind', 'education-level', 'tag', 'association'] as const;

const meta = {
  title: 'Widgets/Practices',
  component: 'metodika-practices',
  decorators: [containerWidth],
  args: {
    id: '',
    src: src('kuznetsk'),
    lang: '',
    limit: 0,
    width: '',
    ...(Object.fromEntries(PRESETS.map((name) => [name, ''])) as Record<
      (typeof PRESETS)[number],
      string
    >),
  },
  argTypes: {
    ...widgetArgTypes,
    limit: { control: { type: 'number', min: 0 } },
    ...Object.fromEntries(PRESETS.map((name) => [name, { control: 'text' }])),
  },
  render: (args) => html`<metodika-practices
    id=${ifDefined(args.id || undefined)}
    src=${args.src}
    lang=${ifDefined(args.lang || undefined)}
    limit=${ifDefined(args.limit || undefined)}
    subject=${ifDefined(args.subject || undefined)}
    kind=${ifDefined(args.kind || undefined)}
    education-level=${ifDefined(args['education-level'] || undefined)}
    tag=${ifDefined(args.tag || undefined)}
    association=${ifDefined(args.association || undefined)}
    style=${tokenStyle(args)}
  ></metodika-practices>`,
} satisfies Meta<PracticesArgs>;

export default meta;

type Story = StoryObj<PracticesArgs>;

/** Кузнецк's 25 practices: featured pinned on top, then newest first; filters and search. */
export const Feed: Story = {};

/** A home page's "latest 5" strip: no filters, details still open. */
export const Latest: Story = { args: { limit: 5, width: '24em' } };

/**
 * A mathematics teachers' page: the feed fixed to the subject, saying so, with «Показать все
 * практики» to widen it for the visit.
 */
export const Preset: Story = { args: { subject: 'math' } };

/** The strip of one association's newest practices: the notice without widening. */
export const PresetStrip: Story = {
  args: { limit: 3, association: 'rmo-preschool', width: '24em' },
};

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
      {
        caption: 'Подборка для страницы (association): надпись и «Показать все»',
        args: { association: 'rmo-math' },
      },
    ],
    { subj: 'math' },
  ),
  tags: ['themed', 'loading', 'expect-console-error'],
};
