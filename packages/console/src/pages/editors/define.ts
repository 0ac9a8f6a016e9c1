/**
 * Registers the content editors' elements. Loaded by `<metodika-console>` when the content page
 * is first opened: the feed's parser and schemas (zod) and the widgets for the preview are then
 * fetched as a chunk of their own, not with every page of the console.
 */
import { ConsoleEditorsPage } from './editors-page.ts';
import { ConsoleFeedPreview } from './feed-preview.ts';

if (!customElements.get('console-editors-page'))
  customElements.define('console-editors-page', ConsoleEditorsPage);
if (!customElements.get('console-feed-preview'))
  customElements.define('console-feed-preview', ConsoleFeedPreview);

declare global {
  interface HTMLElementTagNameMap {
    'console-editors-page': ConsoleEditorsPage;
    'console-feed-preview': ConsoleFeedPreview;
  }
}
