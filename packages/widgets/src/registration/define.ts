import { MetodikaRegistration } from './registration.ts';

export { RegistrationSentEvent } from './registration-sent-event.ts';
export { MetodikaRegistration };

// A second copy of the bundle, or the calendar's details loading it, finds the tag taken.
if (!customElements.get('metodika-registration'))
  customElements.define('metodika-registration', MetodikaRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'metodika-registration': MetodikaRegistration;
  }
}
