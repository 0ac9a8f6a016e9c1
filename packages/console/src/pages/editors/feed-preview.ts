/**
 * The real widget beside an editor's form, fed the draft being edited. The widgets take their
 * feed from the nearest `<metodika-feed>` through the context community protocol (a bubbling,
 * composed `context-request` event keyed by `Symbol.for('metodika.feed-state')`); this element
 * answers those requests itself with a view of the document it is given, so nothing is fetched
 * and no URL (or `blob:` the console's CSP would refuse) is needed. The widgets' code is loaded
 * on first use as a chunk of the console (same origin, no inline script).
 */
import { type Lang, parseFeed, toFeedView } from '@metodika/feed';
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type FeedState, feedContext } from '../../../../widgets/src/base/feed-context.ts';
import type { FeedDocument } from '../content/content-api.ts';
import type { PreviewKind } from './editor-descriptors.ts';

/** The part of the protocol's request event this provider reads. */
interface ContextRequest extends Event {
  context: unknown;
  callback: (value: unknown, unsubscribe?: () => void) => void;
  subscribe?: boolean;
}

/**
 * The widgets as the package defines them, from its sources (as the console's styles are, see
 * styles/widget-base.ts): the built entry points would declare the same tags a second time for
 * the type checker. Each is a chunk of its own, loaded on first use.
 */
const WIDGETS: Record<PreviewKind, () => Promise<unknown>> = {
  calendar: () => import('../../../../widgets/src/calendar/define.ts'),
  associations: () => import('../../../../widgets/src/associations/define.ts'),
  practices: () => import('../../../../widgets/src/practices/define.ts'),
};

/**
 * @summary A live widget showing one item of a draft feed.
 */
export class ConsoleFeedPreview extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .frame {
      border: 1px dashed var(--m-border, currentColor);
      border-radius: var(--m-radius, 0.25em);
      padding: 0.5em;
      min-width: 0;
      overflow-x: auto;
    }
    /* A widget is as wide as the preview, not as its longest line. */
    .frame > * {
      display: block;
      max-width: 100%;
    }
  `;

  @property({ attribute: false }) document: FeedDocument | null = null;
  @property() kind: PreviewKind = 'calendar';
  /** The edited item's id and the collection it is in. */
  @property({ attribute: 'item-id' }) itemId = '';
  @property() override lang: Lang = 'ru';
  /** Words for the states (set by the page in its language). */
  @property({ attribute: false }) words = { invalid: '', loading: '', failed: '' };

  @state() private loaded: 'loading' | 'ok' | 'failed' = 'loading';
  /**
   * Subscribed widgets and the one unsubscribe function each was given: a consumer that gets a
   * different function with a later value takes it as a new provider and unsubscribes the old.
   */
  private readonly subscribers = new Map<
    (value: unknown, unsubscribe?: () => void) => void,
    () => void
  >();
  private value: FeedState | null = null;

  constructor() {
    super();
    this.addEventListener('context-request', (event) => {
      const request = event as ContextRequest;
      if (request.context !== feedContext) return;
      event.stopPropagation();
      const callback = request.callback;
      if (request.subscribe) {
        const unsubscribe = () => this.subscribers.delete(callback);
        this.subscribers.set(callback, unsubscribe);
        callback(this.value, unsubscribe);
      } else callback(this.value);
    });
  }

  /** Loads the widget of `kind` (again when the page reuses this element for another kind). */
  private async load(kind: PreviewKind): Promise<void> {
    this.loaded = 'loading';
    try {
      await WIDGETS[kind]();
      if (kind === this.kind) this.loaded = 'ok';
    } catch {
      if (kind === this.kind) this.loaded = 'failed';
    }
  }

  /** The feed as the widget gets it: only the edited item of its collection, the rest as is. */
  private view(): FeedState | null {
    const doc = this.document;
    if (!doc || !this.itemId) return null;
    const collection = this.kind === 'calendar' ? 'events' : this.kind;
    const items = Array.isArray(doc[collection]) ? (doc[collection] as { id?: unknown }[]) : [];
    const only = items.filter((item) => item?.id === this.itemId);
    const result = parseFeed({ ...doc, [collection]: only }, { lang: this.lang });
    if (!result.feed?.[collection].some((item) => item.id === this.itemId)) return null;
    const view = toFeedView([
      { url: location.href, feed: result.feed, problems: [], stale: false, fetchedAt: Date.now() },
    ]);
    return { status: 'ready', view, retry: () => {} };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind')) void this.load(this.kind);
    this.value = this.view();
    // Widgets always expect a state: an invalid form removes the widget rather than send none.
    const value = this.value;
    if (value) for (const [callback, unsubscribe] of this.subscribers) callback(value, unsubscribe);
  }

  /** The first day of the edited event, so the calendar's strip starts with it. */
  private today(): string {
    const events = (this.document?.events ?? []) as { id?: unknown; start?: unknown }[];
    const start = events.find((e) => e.id === this.itemId)?.start;
    return typeof start === 'string' ? start.slice(0, 10) : '';
  }

  private widget(): TemplateResult {
    switch (this.kind) {
      case 'associations':
        return html`<metodika-associations lang=${this.lang} association-id=${this.itemId} today=${new Date().toISOString().slice(0, 10)}></metodika-associations>`;
      case 'practices':
        return html`<metodika-practices lang=${this.lang} limit="1"></metodika-practices>`;
      default:
        return html`<metodika-calendar lang=${this.lang} limit="3" today=${this.today()} no-jsonld></metodika-calendar>`;
    }
  }

  protected override render(): TemplateResult {
    if (this.loaded === 'failed') return html`<p role="status">${this.words.failed}</p>`;
    if (this.loaded === 'loading') return html`<p role="status">${this.words.loading}</p>`;
    if (!this.value) return html`<p role="status">${this.words.invalid}</p>`;
    return html`<div class="frame">${this.widget()}</div>${nothing}`;
  }
}
