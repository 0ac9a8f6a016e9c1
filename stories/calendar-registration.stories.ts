/**
 * `<metodika-calendar>` with events whose lists the department's service keeps (the sample feed's
 * `registration` variant): an event's details show places left, fetched from a mock service
 * (support/registration-service.ts), and «Записаться» or why sign-up is closed. The registration
 * form's code is loaded only when such details open. A play function opens the details of the
 * master class, as a visitor would.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/calendar/define.ts';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  type ServiceArgs,
  serviceArgs,
  serviceArgTypes,
  serviceDecorators,
} from './support/registration-args.ts';
import { signUp, until } from './support/registration-service.ts';
import { STATES } from './support/states.ts';
import { tokenStyle, type WidgetArgs, widgetArgTypes } from './support/widget-args.ts';

type CalendarRegistrationArgs = WidgetArgs &
  ServiceArgs & {
    view: 'auto' | 'month' | 'agenda';
    today: string;
    /** The event whose details the play function opens. */
    open: string;
  };

const meta = {
  title: 'Widgets/Calendar with registration',
  component: 'metodika-calendar',
  decorators: serviceDecorators,
  args: {
    id: '',
    lang: '',
    width: '',
    view: 'agenda',
    // The month of the sample feed's kept-list events.
    today: '2031-03-01',
    open: 'reg-master-class',
    ...serviceArgs,
  },
  argTypes: {
    ...widgetArgTypes,
    view: { control: 'inline-radio', options: ['auto', 'month', 'agenda'] },
    today: { control: 'text' },
    open: {
      control: 'select',
      options: ['reg-master-class', 'reg-late', 'reg-cancelled'],
      description: 'The event whose details open (a story control, not an attribute).',
      table: { category: 'story' },
    },
    ...serviceArgTypes,
  },
  render: (args) => html`<metodika-calendar
    id=${ifDefined(args.id || undefined)}
    src=${args.src}
    lang=${ifDefined(args.lang || undefined)}
    view=${args.view}
    today=${args.today}
    no-jsonld
    style=${tokenStyle(args)}
  ></metodika-calendar>`,
  play: openDetails,
} satisfies Meta<CalendarRegistrationArgs>;

export default meta;

type Story = StoryObj<CalendarRegistrationArgs>;

/** The registration part inside the open details dialog, once the service has answered. */
function registrationIn(canvasElement: HTMLElement): () => Element | null {
  return () => {
    const calendar = canvasElement.querySelector('metodika-calendar');
    const part = calendar?.shadowRoot?.querySelector('dialog.details[open] metodika-registration');
    return part?.shadowRoot?.querySelector('.places:not([aria-busy="true"])') ? part : null;
  };
}

/** Presses the event named by the `open` arg and waits for its details with places known. */
async function openDetails({
  canvasElement,
  args,
}: {
  canvasElement: HTMLElement;
  args: CalendarRegistrationArgs;
}): Promise<void> {
  const calendar = canvasElement.querySelector('metodika-calendar')!;
  const opener = () =>
    calendar.shadowRoot?.querySelector<HTMLButtonElement>(
      `[data-event="${CSS.escape(args.open)}"]`,
    );
  await until(opener, `entry of ${args.open} (the feed did not load)`);
  opener()!.click();
  await until(registrationIn(canvasElement), 'registration part in the details');
}

/** The details of a master class with places: «Осталось 7 мест из 25.» and «Записаться». */
export const SignUpOpen: Story = {};

/** Few places left: «Осталось 2 места из 25.». */
export const FewPlaces: Story = { args: { places: 'few' } };

/** No places, a waiting list: «Встать в лист ожидания». */
export const Waitlist: Story = { args: { places: 'waitlist' } };

/** The sign-up deadline has passed: the details say why sign-up is closed. */
export const DeadlinePassed: Story = { args: { open: 'reg-late' } };

/** The service is down: the calendar still works; the details say sign-up is unavailable now. */
export const ServiceDown: Story = { args: { places: 'down' } };

/** «Записаться» pressed in the details: the form inside the dialog. */
export const FormInDetails: Story = {
  play: async (context) => {
    await openDetails(context);
    await signUp(registrationIn(context.canvasElement)()!, { open: true });
  },
};

/** On a phone (360 px): the details and the form fill the screen. */
export const Phone: Story = {
  ...STATES.phone,
  play: async (context) => {
    await openDetails(context);
    await signUp(registrationIn(context.canvasElement)()!, { open: true });
  },
};
