/**
 * `<metodika-consultation>` on the sample feeds. Feeds come from the mock loader; the form's POST
 * goes to a mock receiver chosen by the `receiver` control (support/consultation-form.ts), so no
 * story ever sends personal data anywhere. The form's own states (validation errors, sending,
 * stored, the receiver's failures) are reached by a play function that fills in the sample
 * request and submits it, as a visitor would; Docs pages show the forms before that.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/consultation/define.ts';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  forgetDraft,
  mockReceiver,
  RECEIVER_NAMES,
  type Receiver,
  submit,
  submitPlay,
  useReceiver,
} from './support/consultation-form.ts';
import { containerWidth } from './support/host-page.ts';
import { STATES } from './support/states.ts';
import { themedStory } from './support/themed.ts';
import { src, tokenStyle, type WidgetArgs, widgetArgTypes } from './support/widget-args.ts';

type ConsultationArgs = WidgetArgs & {
  'preset-topic': string;
  'preset-methodist': string;
  receiver: Receiver;
};

const meta = {
  title: 'Widgets/Consultation',
  component: 'metodika-consultation',
  decorators: [containerWidth, mockReceiver],
  beforeEach: forgetDraft,
  args: {
    id: '',
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
      options: RECEIVER_NAMES,
      description: 'How the mock receiver answers (a story control, not an attribute).',
      table: { category: 'story' },
    },
  },
  render: (args) => html`<metodika-consultation
    id=${ifDefined(args.id || undefined)}
    src=${args.src}
    lang=${ifDefined(args.lang || undefined)}
    preset-topic=${ifDefined(args['preset-topic'] || undefined)}
    preset-methodist=${ifDefined(args['preset-methodist'] || undefined)}
    style=${tokenStyle(args)}
  ></metodika-consultation>`,
} satisfies Meta<ConsultationArgs>;

export default meta;

type Story = StoryObj<ConsultationArgs>;

/** The empty form on Кузнецк's settings: topics, methodists, formats and the 152-ФЗ consent. */
export const Form: Story = {};

/** Opened from a page about appraisal, addressed to the head of the methodical office. */
export const Preset: Story = {
  args: { 'preset-topic': 'attestation', 'preset-methodist': 'kireeva' },
};

/** «Отправить» on the empty form: the summary of errors on top, each field's next to it. */
export const ValidationErrors: Story = { play: submitPlay({ filled: false }) };

/** The sample request sent, the receiver not answering yet: the button says «Отправляем…». */
export const Sending: Story = { args: { receiver: 'never-answers' }, play: submitPlay() };

/** The receiver stored the request: its number and when to expect the answer. */
export const Sent: Story = { play: submitPlay() };

/** The receiver is down: the message and «Отправить ещё раз»; the typed draft is kept. */
export const ReceiverFails: Story = { args: { receiver: 'fails' }, play: submitPlay() };

/** The receiver rejects a field (422): its message appears next to the field. */
export const ServerFieldErrors: Story = {
  args: { receiver: 'rejects-fields' },
  play: submitPlay(),
};

/** Too many requests (429): when to try again. */
export const RateLimited: Story = { args: { receiver: 'rate-limits' }, play: submitPlay() };

/**
 * The feed has no `consultation` section: instead of a form that could not be sent, the widget
 * tells the visitor that requests are not set up yet and whom to tell.
 */
export const NoSettings: Story = { args: { src: src('noConsultation') } };

export const Loading: Story = { ...STATES.loading, tags: ['loading'] };
export const LoadError: Story = { ...STATES.error, tags: ['expect-console-error'] };
export const Stale: Story = { ...STATES.stale };
export const LongTexts: Story = { ...STATES.longTexts };
export const Phone: Story = { ...STATES.phone };
export const English: Story = { ...STATES.english };
export const Dark: Story = { ...STATES.dark, tags: ['dark'] };
export const ForcedColors: Story = { ...STATES.forcedColors, tags: ['forced-colors'] };

/** The gallery's first two forms are sent: one stored (success part), one failing (problem). */
export const Themed: Story = {
  ...themedStory(
    'metodika-consultation',
    meta.render,
    [
      { caption: 'Заявка принята (success)' },
      { caption: 'Приёмник недоступен (problem)' },
      { caption: 'Лента без настроек заявок', args: { src: src('noConsultation') } },
    ],
    {},
  ),
  play: async ({ canvasElement }) => {
    const [stored, failed] = canvasElement.querySelectorAll('metodika-consultation');
    useReceiver('stores');
    await submit(stored!);
    useReceiver('fails');
    await submit(failed!);
  },
  tags: ['themed', 'loading', 'expect-console-error'],
};
