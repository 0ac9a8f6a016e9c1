/**
 * `<metodika-consultation>` on the sample feeds. Feeds come from the mock loader; the form's POST
 * goes to a mock receiver chosen by the `receiver` control (the form's `sendOptions` seam), so no
 * story ever sends personal data anywhere.
 */
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/consultation/define.ts';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendOptions } from '../packages/widgets/src/consultation/consultation-send.ts';
import { containerWidth } from './support/host-page.ts';
import { src, tokenStyle, type WidgetArgs, widgetArgTypes } from './support/widget-args.ts';

/** How the mock receiver answers a submission. */
type Receiver = 'stores' | 'fails' | 'rejects-fields' | 'rate-limits';

type ConsultationArgs = WidgetArgs & {
  'preset-topic': string;
  'preset-methodist': string;
  receiver: Receiver;
};

const answer = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

const RECEIVERS: Record<Receiver, () => Response> = {
  stores: () => answer({ number: 'К-2026-000123', status: 'new', expectedResponseDays: 5 }, 201),
  fails: () => answer({ error: 'internal' }, 503),
  'rejects-fields': () =>
    answer(
      {
        error: 'validation',
        fields: { phone: 'Неверный номер телефона. Пример: +7 (84157) 3-12-45.' },
      },
      422,
    ),
  'rate-limits': () => answer({ error: 'rate_limited' }, 429, { 'Retry-After': '60' }),
};

/** Answers the form's POST with the story's receiver after a short, visible pending state. */
const mockReceiver: Decorator<ConsultationArgs> = (story, { args }) => {
  sendOptions.fetch = () =>
    new Promise((resolve) => setTimeout(() => resolve(RECEIVERS[args.receiver]()), 800));
  return story();
};

const meta = {
  title: 'Widgets/Consultation',
  component: 'metodika-consultation',
  decorators: [containerWidth, mockReceiver],
  args: {
    src: src('kuznetsk'),
    lang: '',
    width: '40em',
    'preset-topic': '',
    'preset-methodist': '',
    receiver: 'stores',
  },
  argTypes: {
    ...widgetArgTypes,
    receiver: {
      control: 'select',
      options: Object.keys(RECEIVERS),
      description: 'How the mock receiver answers (a story control, not an attribute).',
      table: { category: 'story' },
    },
  },
  render: (args) => html`<metodika-consultation
    src=${args.src}
    lang=${ifDefined(args.lang || undefined)}
    preset-topic=${ifDefined(args['preset-topic'] || undefined)}
    preset-methodist=${ifDefined(args['preset-methodist'] || undefined)}
    style=${tokenStyle(args)}
  ></metodika-consultation>`,
} satisfies Meta<ConsultationArgs>;

export default meta;

type Story = StoryObj<ConsultationArgs>;

/** The form on Кузнецк's settings: topics, methodists, formats and the 152-ФЗ consent. */
export const Form: Story = {};

/** Opened from a page about appraisal, addressed to the head of the methodical office. */
export const Preset: Story = {
  args: { 'preset-topic': 'attestation', 'preset-methodist': 'kireeva' },
};

/** In English: the form's words and the topics' `labelEn`. */
export const English: Story = { args: { lang: 'en' } };

/** The receiver is down: the message, the kept draft and «Отправить ещё раз». */
export const ReceiverFails: Story = { args: { receiver: 'fails' } };

/** The receiver rejects a field (422): its message appears next to the field. */
export const ServerFieldErrors: Story = { args: { receiver: 'rejects-fields' } };

/** Too many requests (429): when to try again. */
export const RateLimited: Story = { args: { receiver: 'rate-limits' } };

/** A narrow sidebar column. */
export const Narrow: Story = { args: { width: '20em' } };

/** Waiting for the feed. */
export const Loading: Story = { tags: ['loading'], args: { src: src('pending') } };

/**
 * The feed has no `consultation` section: instead of a form that could not be sent, the widget
 * tells the visitor that requests are not set up yet and whom to tell.
 */
export const NoSettings: Story = { args: { src: src('noConsultation') } };

/** The feed fails and there is no saved copy. */
export const LoadError: Story = {
  tags: ['expect-console-error'],
  args: { src: src('failing') },
};

/** A three-day-old copy of the feed: the form still works, under the stale banner. */
export const Stale: Story = { args: { src: src('stale') } };
