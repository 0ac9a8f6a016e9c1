import { MetodikaCalendar } from './calendar.ts';

export { MetodikaCalendar };

// A second copy of the bundle (two script tags) finds the tag taken and leaves it be.
if (!customElements.get('metodika-calendar'))
  customElements.define('metodika-calendar', MetodikaCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'metodika-calendar': MetodikaCalendar;
  }
}
