/**
 * `<metodika-calendar>` on the sample feeds. The pattern for every widget's stories:
 * - `component` is the tag: controls and the argument table come from custom-elements.json;
 * - `widgetArgTypes` adds the feed, language, width and the theming tokens;
 * - feeds come only from the mock loader (`src('kuznetsk')`, `src('failing')`, …);
 * - the states every widget has are spread from `STATES` (support/states.ts): loading, empty,
 *   filters that match nothing, error, stale copy, long texts, phone width, English, dark,
 *   forced colours; the `themed` story from `themedStory` (support/themed.ts);
 * - tags tell test/storybook/smoke.mjs how to check a story: `expect-console-error` (logs an
 *   error on purpose), `loading` (never finishes loading), `dark` / `forced-colors` (opened with
 *   that media feature emulated), `themed` (every documented part must be on screen).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/calendar/define.ts';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { containerWidth } from './support/host-page.ts';
import { TODAY } from './support/mock-feeds.ts';
import { STATES } from './support/states.ts';
import { themedStory } from './support/themed.ts';
import { src, tokenStyle, type WidgetArgs, widgetArgTypes } from './support/widget-args.ts';

/** The calendar's own attributes, by attribute name, plus the shared widget args. */
type CalendarArgs = WidgetArgs & {
  view: 'auto' | 'month' | 'agenda';
  limit: number;
  today: string;
  'no-jsonld': boolean;
  /** A preset (the others work alike): only events for these audiences. */
  audience: string;
};

const meta = {
  title: 'Widgets/Calendar',
  component: 'metodika-calendar',
  decorators: [containerWidth],
  args: {
    id: '',
    src: src('kuznetsk'),
    lang: '',
    view: 'auto',
    limit: 0,
    today: TODAY,
    'no-jsonld': true,
    audience: '',
    width: '',
  },
  argTypes: {
    ...widgetArgTypes,
    view: { control: 'inline-radio', options: ['auto', 'month', 'agenda'] },
    limit: { control: { type: 'number', min: 0 } },
    today: { control: 'text' },
    audience: { control: 'text' },
  },
  render: (args) => html`<metodika-calendar
    id=${ifDefined(args.id || undefined)}
    src=${args.src}
    lang=${ifDefined(args.lang || undefined)}
    view=${args.view}
    limit=${ifDefined(args.limit || undefined)}
    today=${args.today}
    ?no-jsonld=${args['no-jsonld']}
    audience=${ifDefined(args.audience || undefined)}
    style=${tokenStyle(args)}
  ></metodika-calendar>`,
} satisfies Meta<CalendarArgs>;

export default meta;

type Story = StoryObj<CalendarArgs>;

/** The month grid on Кузнецк's feed: every kind, status and facet. */
export const Month: Story = { args: { view: 'month' } };

/** The agenda: a day-by-day list of the month. */
export const Agenda: Story = { args: { view: 'agenda' } };

/** A home page's "next 5 events" strip (`limit`): no grid or filters; details still open. */
export const Upcoming: Story = { args: { limit: 5, width: '24em' } };

/** Two feeds merged in one calendar (Кузнецк and Амурск). */
export const TwoFeeds: Story = {
  args: { src: `${src('kuznetsk')} ${src('amur')}` },
};

/**
 * A publisher in Vladivostok: times are on the publisher's clock (Moscow + 7 h), with the zone
 * named when the visitor's clock differs.
 */
export const VladivostokZone: Story = {
  args: { src: src('vladivostok'), view: 'agenda' },
};

/**
 * Recurring events (Vladivostok): each series' meetings in the month, the РМО's 10 November
 * meeting cancelled; a meeting's details tell the rhythm in words.
 */
export const Series: Story = { args: { src: src('series'), view: 'month' } };

/** December's agenda: the РМО's meeting of 8 December moved to the 10th, with its note. */
export const SeriesMoved: Story = {
  args: { src: src('series'), view: 'agenda', today: '2026-12-01' },
};

/** The strip: the next meetings of every series, merged by date. */
export const SeriesUpcoming: Story = {
  args: { src: src('series'), limit: 5, width: '24em' },
};

/** A wide page: `auto` shows the month grid. */
export const Wide: Story = { args: { width: '72em' } };

/** The feed answers after two seconds: skeleton, then the calendar. */
export const SlowFeed: Story = { args: { src: src('amur', { delay: 2000 }) } };

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

/** The month filtered to seminars, one seminar's details open (its modal would cover Docs). */
export const Themed: Story = {
  ...themedStory(
    'metodika-calendar',
    meta.render,
    [
      { caption: 'Месяц: фильтр и подробности события', args: { view: 'month' } },
      { caption: 'Список (agenda)', args: { view: 'agenda' } },
      {
        caption: 'Подборка для страницы (audience): надпись и «Показать все»',
        args: { view: 'agenda', audience: 'young-teachers' },
      },
    ],
    { kind: 'seminar', ev: 'ev-2026-11-25-seminar-sferum' },
  ),
  tags: ['themed', 'loading', 'expect-console-error', '!autodocs'],
};
