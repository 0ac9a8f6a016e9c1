import { MetodikaPractices } from './practices.ts';

export { MetodikaPractices };

// A second copy of the bundle (two script tags) finds the tag taken and leaves it be.
if (!customElements.get('metodika-practices'))
  customElements.define('metodika-practices', MetodikaPractices);

declare global {
  interface HTMLElementTagNameMap {
    'metodika-practices': MetodikaPractices;
  }
}
