import type { ArgTypes } from '@storybook/web-components-vite';
import { containerWidth } from './host-page.ts';
import { mockService, PLACES, type Places, SIGN_UPS, type SignUp } from './registration-service.ts';
import { src, type WidgetArgs } from './widget-args.ts';

/**
 * The story controls of every story with a registration part: what the mock service
 * (registration-service.ts, its `mockService` decorator) answers about places and to a sign-up.
 */
export type ServiceArgs = { places: Places; signUp: SignUp };

/**
 * The sample feed's `registration` variant (events whose lists the service keeps), places open
 * (7 of 25), a sign-up confirmed.
 */
export const serviceArgs: ServiceArgs & Pick<WidgetArgs, 'src'> = {
  src: src('registration'),
  places: 'open',
  signUp: 'confirmed',
};

/** The host page's width control, then the mock service answering as the story's args say. */
export const serviceDecorators = [containerWidth, mockService];

export const serviceArgTypes: Partial<ArgTypes<ServiceArgs>> = {
  places: {
    control: 'select',
    options: PLACES,
    description: 'What the mock service says about places (a story control, not an attribute).',
    table: { category: 'story' },
  },
  signUp: {
    control: 'select',
    options: SIGN_UPS,
    description: 'How the mock service answers a sign-up (a story control, not an attribute).',
    table: { category: 'story' },
  },
};
