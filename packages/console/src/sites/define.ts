/** Registers the page for school webmasters (only if its tag is free). */
import { MetodikaSites } from './sites-page.ts';

if (!customElements.get('metodika-sites')) customElements.define('metodika-sites', MetodikaSites);

export { MetodikaSites };

declare global {
  interface HTMLElementTagNameMap {
    'metodika-sites': MetodikaSites;
  }
}
