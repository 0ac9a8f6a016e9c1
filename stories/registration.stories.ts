/**
 * `<metodika-registration>` on the sample feed with four events whose lists the department's
 * service keeps (support/feeds.ts, `registration`). Places left and the answers to a sign-up come
 * from a mock service chosen by the `places` and `signUp` controls (support/registration-service.ts),
 * so no story sends personal data anywhere. The form's states are reached by a play function that
 * presses «Записаться», fills in a teacher and sends, as a visitor would.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/registration/define.ts';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  type ServiceArgs,
  serviceArgs,
  serviceArgTypes,
  serviceDecorators,
} from './support/registration-args.ts';
import { signUp, signUpPlay, useService } from './support/registration-service.ts';
import { STATES } from './support/states.ts';
import { themedStory } from './support/themed.ts';
import { tokenStyle, type WidgetArgs, widgetArgTypes } from './support/widget-args.ts';

type RegistrationArgs = WidgetArgs &
  ServiceArgs & {
    event: string;
    'heading-level': number;
  };

const meta = {
  title: 'Widgets/Registration',
  component: 'metodika-registration',
  decorators: serviceDecorators,
  args: {
    id: '',
    lang: '',
    width: '40em',
    event: 'reg-master-class',
    'heading-level': 2,
    ...serviceArgs,
  },
  argTypes: {
    ...widgetArgTypes,
    event: {
      control: 'select',
      options: ['reg-master-class', 'reg-late', 'reg-cancelled', 'reg-started'],
      table: { category: 'attributes' },
    },
    ...serviceArgTypes,
  },
  render: (args) => html`<metodika-registration
    id=${ifDefined(args.id || undefined)}
    src=${args.src}
    event=${args.event}
    heading-level=${args['heading-level']}
    lang=${ifDefined(args.lang || undefined)}
    style=${tokenStyle(args)}
  ></metodika-registration>`,
} satisfies Meta<RegistrationArgs>;

export default meta;

type Story = StoryObj<RegistrationArgs>;

/** Places left (7 of 25), the deadline and «Записаться». */
export const Open: Story = {};

/** Few places left: «Осталось 2 места из 25.» (the plural's «few» form). */
export const FewPlaces: Story = { args: { places: 'few' } };

/** «Записаться» pressed: the form with the event's two questions and the 152-ФЗ consent. */
export const Form: Story = { play: signUpPlay({ open: true }) };

/** «Записаться» on the empty form: the summary of errors on top, each field's next to it. */
export const ValidationErrors: Story = { play: signUpPlay({ filled: false }) };

/** Sent, the service not answering yet: the button says «Отправляем…». */
export const Sending: Story = { args: { signUp: 'never-answers' }, play: signUpPlay() };

/** A place taken: the confirmation and where the letter with the cancellation link went. */
export const Confirmed: Story = { play: signUpPlay() };

/** No places left, a waiting list: «Встать в лист ожидания» and how many are waiting. */
export const Waitlist: Story = { args: { places: 'waitlist' } };

/** On the waiting list: the position in the queue. */
export const Waiting: Story = {
  args: { places: 'waitlist', signUp: 'waiting' },
  play: signUpPlay(),
};

/** The same e-mail again: the service's words at the e-mail field. */
export const Duplicate: Story = { args: { signUp: 'duplicate' }, play: signUpPlay() };

/** The last place went while the form was open: the service's word, the form closed. */
export const TakenMeanwhile: Story = { args: { signUp: 'full' }, play: signUpPlay() };

/** The service fails the sign-up: «Отправить ещё раз»; everything typed is kept. */
export const SendFails: Story = { args: { signUp: 'fails' }, play: signUpPlay() };

/** Too many sign-ups from one address (429): when to try again. */
export const RateLimited: Story = { args: { signUp: 'rate-limits' }, play: signUpPlay() };

/** No places and no waiting list. */
export const Full: Story = { args: { places: 'full' } };

/** The deadline has passed (from the feed; the service is not asked). */
export const DeadlinePassed: Story = { args: { event: 'reg-late' } };

/** The event is cancelled. */
export const Cancelled: Story = { args: { event: 'reg-cancelled' } };

/** The event has already started. */
export const Started: Story = { args: { event: 'reg-started' } };

/** The service is down: the widget still renders, says so and offers to check again. */
export const ServiceDown: Story = { args: { places: 'down' } };

/** An event the feed does not have: the empty state says whom to tell. */
export const UnknownEvent: Story = { args: { event: 'no-such-event' } };

export const Loading: Story = { ...STATES.loading, tags: ['loading'] };
export const LoadError: Story = { ...STATES.error, tags: ['expect-console-error'] };
export const Phone: Story = { ...STATES.phone, play: signUpPlay({ open: true }) };
export const English: Story = { ...STATES.english, play: signUpPlay({ open: true }) };
export const Dark: Story = { ...STATES.dark, tags: ['dark'] };
export const ForcedColors: Story = {
  ...STATES.forcedColors,
  play: signUpPlay({ open: true }),
  tags: ['forced-colors'],
};

/** The gallery's first two are sent: one confirmed (success part), one failing (problem). */
export const Themed: Story = {
  ...themedStory(
    'metodika-registration',
    meta.render,
    [
      { caption: 'Запись принята (success)' },
      { caption: 'Сервис не принял запись (problem, form)' },
      { caption: 'Запись закрыта (places)', args: { event: 'reg-cancelled' } },
    ],
    {},
  ),
  play: async ({ canvasElement }) => {
    const [confirmed, failed] = canvasElement.querySelectorAll('metodika-registration');
    useService('open', 'confirmed');
    await signUp(confirmed!);
    useService('open', 'fails');
    await signUp(failed!);
  },
  tags: ['themed', 'loading', 'expect-console-error'],
};
