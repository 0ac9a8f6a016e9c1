/**
 * `<metodika-associations>` on the sample feeds, following `calendar.stories.ts`: the tag as
 * `component`, the shared widget args, feeds only from the mock loader, one story per state.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/associations/define.ts';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { containerWidth } from './support/host-page.ts';
import { TODAY } from './support/mock-feeds.ts';
import { STATES } from './support/states.ts';
import { themedStory } from './support/themed.ts';
import { src, tokenStyle, type WidgetArgs, widgetArgTypes } from './support/widget-args.ts';

/** The directory's own attributes, by attribute name, plus the shared widget args. */
type AssociationsArgs = WidgetArgs & {
  mode: 'associations' | 'platforms';
  'association-id': string;
  subject: string;
  kind: string;
  today: string;
};

const meta = {
  title: 'Widgets/Associations',
  component: 'metodika-associations',
  decorators: [containerWidth],
  args: {
    id: '',
    src: src('kuznetsk'),
    lang: '',
    mode: 'associations',
    'association-id': '',
    subject: '',
    kind: '',
    today: TODAY,
    width: '',
  },
  argTypes: {
    ...widgetArgTypes,
    mode: { control: 'inline-radio', options: ['associations', 'platforms'] },
    'association-id': { control: 'text' },
    subject: { control: 'text' },
    kind: { control: 'text' },
    today: { control: 'text' },
  },
  render: (args) => html`<metodika-associations
    id=${ifDefined(args.id || undefined)}
    src=${args.src}
    lang=${ifDefined(args.lang || undefined)}
    mode=${args.mode}
    association-id=${ifDefined(args['association-id'] || undefined)}
    subject=${ifDefined(args.subject || undefined)}
    kind=${ifDefined(args.kind || undefined)}
    today=${args.today}
    style=${tokenStyle(args)}
  ></metodika-associations>`,
} satisfies Meta<AssociationsArgs>;

export default meta;

type Story = StoryObj<AssociationsArgs>;

/** Кузнецк and Амурск merged: more associations than one page of cards. */
const MERGED = `${src('kuznetsk')} ${src('amur')}`;

/** Кузнецк's 18 associations with filters and search; a card's title opens its details. */
export const Directory: Story = {};

/** Base and support schools, sites, resource centres and «Точки роста» with their roles. */
export const Platforms: Story = { args: { mode: 'platforms' } };

/** A school's maths page: only the associations of its subject. */
export const OneSubject: Story = { args: { subject: 'math' } };

/** One association's card with its upcoming events and practices. */
export const OneAssociation: Story = { args: { 'association-id': 'rmo-math' } };

/**
 * Associations that meet on a rhythm (Vladivostok): each card tells it in words and lists the
 * next three meetings — the РМО's 10 November meeting cancelled, its 8 December one moved.
 */
export const Series: Story = { args: { src: src('series'), today: '2026-11-01' } };

/** The same in English. */
export const SeriesEnglish: Story = {
  args: { src: src('series'), today: '2026-11-01', lang: 'en' },
};

/** One association's card with its rhythm and next meetings (`association-id`). */
export const SeriesOneAssociation: Story = {
  args: { src: src('series'), today: '2026-11-01', 'association-id': 'rmo-math' },
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
    'metodika-associations',
    meta.render,
    [
      { caption: 'Фильтр: РМО' },
      { caption: 'Два фида: 22 объединения, «Показать ещё»', args: { src: MERGED } },
      { caption: 'Площадки (mode="platforms")', args: { mode: 'platforms' } },
      {
        caption: 'Подборка для страницы (subject): надпись и «Показать все»',
        args: { subject: 'math' },
      },
    ],
    { kind: 'rmo' },
  ),
  tags: ['themed', 'loading', 'expect-console-error'],
};
