/**
 * `<metodika-calendar>` on the sample feeds. The pattern for every widget's stories:
 * - `component` is the tag: controls and the argument table come from custom-elements.json;
 * - `widgetArgTypes` adds the feed, language, width and the theming tokens;
 * - feeds come only from the mock loader (`src('kuznetsk')`, `src('failing')`, …);
 * - one story per state (data, loading, empty, error, stale), language and width;
 * - a story that logs an error on purpose carries the `expect-console-error` tag, and a story
 *   that never finishes loading the `loading` tag (test/storybook/smoke.mjs reads both).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/calendar/define.ts';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { containerWidth } from './support/host-page.ts';
import { TODAY } from './support/mock-feeds.ts';
import { src, tokenStyle, type WidgetArgs, widgetArgTypes } from './support/widget-args.ts';

/** The calendar's own attributes, by attribute name, plus the shared widget args. */
type CalendarArgs = WidgetArgs & {
  view: 'auto' | 'month' | 'agenda';
  today: string;
  'no-jsonld': boolean;
};

const meta = {
  title: 'Widgets/Calendar',
  component: 'metodika-calendar',
  decorators: [containerWidth],
  args: {
    src: src('kuznetsk'),
    lang: '',
    view: 'auto',
    today: TODAY,
    'no-jsonld': true,
    width: '',
  },
  argTypes: {
    ...widgetArgTypes,
    view: { control: 'inline-radio', options: ['auto', 'month', 'agenda'] },
    today: { control: 'text' },
  },
  render: (args) => html`<metodika-calendar
    src=${args.src}
    lang=${ifDefined(args.lang || undefined)}
    view=${args.view}
    today=${args.today}
    ?no-jsonld=${args['no-jsonld']}
    style=${tokenStyle(args)}
  ></metodika-calendar>`,
} satisfies Meta<CalendarArgs>;

export default meta;

type Story = StoryObj<CalendarArgs>;

/** The month grid on Кузнецк's feed: every kind, status and facet. */
export const Month: Story = { args: { view: 'month' } };

/** The agenda: a day-by-day list of the month. */
export const Agenda: Story = { args: { view: 'agenda' } };

/** Two feeds merged in one calendar (Кузнецк and Амурск). */
export const TwoFeeds: Story = {
  args: { src: `${src('kuznetsk')} ${src('amur')}` },
};

/** In English: the widget's words and the taxonomies' `labelEn`; feed content stays as published. */
export const English: Story = { args: { lang: 'en' } };

/**
 * A publisher in Vladivostok: times are on the publisher's clock (Moscow + 7 h), with the zone
 * named when the visitor's clock differs.
 */
export const VladivostokZone: Story = {
  args: { src: src('vladivostok'), view: 'agenda' },
};

/** A narrow column (a school site's sidebar): `auto` switches to the agenda. */
export const Narrow: Story = { args: { width: '20em' } };

/** A wide page: `auto` shows the month grid. */
export const Wide: Story = { args: { width: '72em' } };

/** Waiting for the feed: the skeleton reserves the widget's height, a live region says «Загрузка». */
export const Loading: Story = {
  tags: ['loading'],
  args: { src: src('pending') },
};

/** The feed answers after two seconds: skeleton, then the calendar. */
export const SlowFeed: Story = { args: { src: src('amur', { delay: 2000 }) } };

/** A valid feed without events. */
export const Empty: Story = { args: { src: src('empty') } };

/**
 * The feed's server fails and there is no saved copy: the error with Retry. The webmaster's
 * explanation goes to the console, on purpose.
 */
export const LoadError: Story = {
  tags: ['expect-console-error'],
  args: { src: src('failing') },
};

/** The server fails but a copy saved three days ago exists: shown under a banner with Retry. */
export const Stale: Story = { args: { src: src('stale') } };
