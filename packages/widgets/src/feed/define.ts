import { MetodikaFeed } from './feed-provider.ts';

export { MetodikaFeed };

// A second copy of the bundle (two script tags) finds the tag taken and leaves it be.
if (!customElements.get('metodika-feed')) customElements.define('metodika-feed', MetodikaFeed);

declare global {
  interface HTMLElementTagNameMap {
    'metodika-feed': MetodikaFeed;
  }
}
