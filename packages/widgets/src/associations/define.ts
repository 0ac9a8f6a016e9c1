import { MetodikaAssociations } from './associations.ts';

export { MetodikaAssociations };

// A second copy of the bundle (two script tags) finds the tag taken and leaves it be.
if (!customElements.get('metodika-associations'))
  customElements.define('metodika-associations', MetodikaAssociations);

declare global {
  interface HTMLElementTagNameMap {
    'metodika-associations': MetodikaAssociations;
  }
}
