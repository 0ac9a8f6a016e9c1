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

/** Кузнецк's 18 associations with filters and search; a card's title opens its details. */
export const Directory: Story = {};

/** Base and support schools, sites, resource centres and «Точки роста» with their roles. */
export const Platforms: Story = { args: { mode: 'platforms' } };

/** A school's maths page: only the associations of its subject. */
export const OneSubject: Story = { args: { subject: 'math' } };

/** One association's card with its upcoming events and practices. */
export const OneAssociation: Story = { args: { 'association-id': 'rmo-math' } };

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** Waiting for the feed: the skeleton reserves the widget's height. */
export const Loading: Story = { tags: ['loading'], args: { src: src('pending') } };

/** A valid feed without associations. */
export const Empty: Story = { args: { src: src('empty') } };

/** The server fails and there is no saved copy: the error with Retry (console error on purpose). */
export const LoadError: Story = { tags: ['expect-console-error'], args: { src: src('failing') } };

/** The server fails but a saved copy exists: shown under a banner with Retry. */
export const Stale: Story = { args: { src: src('stale') } };
