import { type FeedEvent, type FeedView, formatWhen, type Sourced } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { openDialog } from '../dialog.ts';
import type { Locale } from '../i18n/locale.ts';
import { widgetLink } from '../widget-links.ts';
import type { CollectionController } from './collection.ts';

/**
 * An entry's details as the directory and the practice feed draw them: the dialog over the
 * collection controller's open entry, and a link to an event of the same feed. Their rows are
 * rows.ts, which the calendar's details draw too.
 */

/**
 * The details dialog of the controller's open entry (`title` undefined: an empty closed dialog).
 * Closing it clears the open entry; a link into another widget on the page (a `#…` link, e.g. the
 * calendar's event) closes it so that widget's own details take over.
 */
export function renderEntryDialog(
  c: CollectionController,
  title: string | undefined,
  body: () => unknown,
  closeLabel: string,
): TemplateResult {
  const close = (event: Event) => (event.currentTarget as Element).closest('dialog')?.close();
  return html`<dialog
    part="dialog"
    aria-labelledby="details-title"
    @close=${() => c.show('')}
    @click=${(event: MouseEvent) => {
      const link = (event.target as Element).closest('a[href^="#"]');
      if (!link) return;
      close(event);
      // A new tab gets the link as it is; here our own open entry leaves it, or the hashchange
      // it causes would open this dialog again over the other widget's.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      c.open = '';
      location.hash = withoutKey(link.getAttribute('href')!, c.openHashKey);
    }}
  >
    ${
      title === undefined
        ? nothing
        : html`<div class="dialog-head">
            <h2 id="details-title">${title}</h2>
            <button type="button" aria-label=${closeLabel} @click=${close}><span aria-hidden="true">×</span></button>
          </div>
          ${body()}`
    }
  </dialog>`;
}

/** A `#a=1&b=2` hash without the `key` pair. */
function withoutKey(hash: string, key: string): string {
  const decode = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  };
  const parts = hash.slice(1).split('&');
  return `#${parts.filter((part) => decode(part.split('=')[0] ?? '') !== key).join('&')}`;
}

/** Opens the modal `dialog` if `wanted` and it is closed; focus returns per `openDialog`. */
export function syncDialog(
  dialog: HTMLDialogElement | null,
  wanted: boolean,
  fallback: () => HTMLElement | null,
): void {
  if (dialog && wanted && !dialog.open) openDialog(dialog, fallback);
}

/**
 * An event of the same feed: its title — linked to the page's calendar when there is one — and
 * its date in the publisher's zone.
 */
export function renderEventRef(
  event: Sourced<FeedEvent>,
  view: FeedView,
  locale: Locale,
): TemplateResult {
  const zone =
    view.sources.find((source) => source.key === event.source)?.publisher.timeZone ?? 'UTC';
  const href = widgetLink('event', event.id);
  return html`${href ? html`<a href=${href}>${event.title}</a>` : event.title}
    <span class="muted">— ${formatWhen(event, zone, locale)}</span>`;
}
