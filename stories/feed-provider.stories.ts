/**
 * `<metodika-feed>`: loads the feed once and shares it with every widget inside it. The widgets
 * have no `src`; their states follow the provider's.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/widgets/src/calendar/define.ts';
import '../packages/widgets/src/feed/define.ts';
import { containerWidth } from './support/host-page.ts';
import { TODAY } from './support/mock-feeds.ts';
import { STATES } from './support/states.ts';
import { src, type WidgetArgs, widgetArgTypes } from './support/widget-args.ts';

const meta = {
  title: 'Widgets/Feed provider',
  component: 'metodika-feed',
  decorators: [containerWidth],
  args: { src: src('kuznetsk'), lang: '', width: '' },
  argTypes: { src: widgetArgTypes.src, lang: widgetArgTypes.lang, width: widgetArgTypes.width },
  render: (args) => html`<metodika-feed src=${args.src} lang=${args.lang || 'ru'}>
    <div style="display: grid; gap: 2em; grid-template-columns: repeat(auto-fit, minmax(20em, 1fr))">
      <metodika-calendar id="month" view="month" today=${TODAY} no-jsonld></metodika-calendar>
      <metodika-calendar id="agenda" view="agenda" today=${TODAY} no-jsonld></metodika-calendar>
    </div>
  </metodika-feed>`,
} satisfies Meta<WidgetArgs>;

export default meta;

type Story = StoryObj<WidgetArgs>;

/** One feed, two widgets: one request, both render the same data. */
export const SharedFeed: Story = {};

/** Two feeds merged by the provider. */
export const MergedFeeds: Story = { args: { src: `${src('kuznetsk')} ${src('amur')}` } };

/** The provider is still loading: every widget inside shows its skeleton. */
export const Loading: Story = { ...STATES.loading, tags: ['loading'] };

/** The provider serves a saved copy: every widget inside shows it under the stale banner. */
export const Stale: Story = { ...STATES.stale };

/** The provider's feed fails: every widget inside shows the error with Retry. */
export const ProviderError: Story = {
  tags: ['expect-console-error'],
  args: { src: src('failing') },
};

/** A widget with neither `src` nor a provider tells the webmaster in the console and shows an error. */
export const Orphan: Story = {
  tags: ['expect-console-error'],
  render: () => html`<metodika-calendar today=${TODAY} no-jsonld></metodika-calendar>`,
};
