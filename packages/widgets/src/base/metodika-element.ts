import { type FeedView, formatDateTime } from '@metodika/feed';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { BviController, type BviSettings } from './bvi-controller.ts';
import { FeedController } from './feed-controller.ts';
import { baseStrings, closestLang, englishReady, type Locale, toLocale } from './i18n/locale.ts';
import type { BaseStrings } from './i18n/ru.ts';
import { type LazyPart, waitFor } from './lazy-part.ts';
import { baseStyles } from './styles/base.styles.ts';

/** How `renderFeedState` treats a loaded view. */
export interface FeedStateOptions {
  /** True when the view has nothing for this widget: the empty state is shown instead. */
  isEmpty?: (view: FeedView) => boolean;
  /** The empty state's text (default: the shared «Пока ничего нет.»). */
  emptyText?: string;
  /**
   * A lazy part the view needs before it can be drawn (for a feed with recurring events, the
   * code that expands them), or false: the skeleton stays until it has arrived (or failed).
   */
  needs?: (view: FeedView) => LazyPart<unknown> | false;
}

const SPACING: Record<string, string> = { normal: '0', average: '2px', big: '4px' };
const LINE_HEIGHT: Record<string, string> = { normal: '1.5', average: '2', big: '2.5' };
const FONT_FAMILY: Record<string, string> = {
  arial: 'Arial, sans-serif',
  times: '"Times New Roman", serif',
};

/**
 * Puts bvi's settings on the inner wrapper (its CSS cannot reach into our shadow roots). Through
 * the CSSOM, not a `style` attribute: a site whose Content-Security-Policy forbids inline styles
 * blocks the attribute but not the CSSOM.
 */
function applyBviStyle(root: HTMLElement, bvi: BviSettings): void {
  const size = Number(bvi.fontsize);
  root.style.fontSize = size > 0 ? `${size}px` : '';
  root.style.letterSpacing = (bvi.letterspacing && SPACING[bvi.letterspacing]) || '';
  root.style.lineHeight = (bvi.lineheight && LINE_HEIGHT[bvi.lineheight]) || '';
  root.style.fontFamily = (bvi.fontfamily && FONT_FAMILY[bvi.fontfamily]) || '';
}

/**
 * The base of every Metodika widget: feed loading (own `src` or the surrounding
 * `<metodika-feed>`), language, shared strings, bvi following and the loading / empty / error /
 * stale states. A widget implements `renderContent()` and usually calls `renderFeedState()` in it.
 *
 * @csspart root - The inner wrapper (the container-query container).
 * @cssproperty --metodika-accent - Links, selected controls, today.
 */
export abstract class MetodikaElement extends LitElement {
  static override styles = [baseStyles];

  /** Space-separated feed URLs; without it the widget uses the surrounding `<metodika-feed>`. */
  @property() src?: string;

  /** Language (`ru`, `en`); without it the nearest `lang` of the page, else Russian. */
  @property({ reflect: true }) override lang = '';

  /** The feed, with its loading state. */
  readonly feed = new FeedController(this);

  /** The page's bvi settings. */
  readonly bvi = new BviController(this);

  /** The language in use: the `lang` attribute, the page's, or `ru`. */
  get locale(): Locale {
    return toLocale(this.lang || closestLang(this.parentElement ?? this) || 'ru');
  }

  /** Shared strings in the current language. */
  get t(): BaseStrings {
    return baseStrings[this.locale];
  }

  /** Short name of this widget's part of the URL hash when it has no `id` (`cal`, `mo`, `pr`). */
  protected get hashName(): string {
    return this.localName.replace(/^metodika-/, '');
  }

  /**
   * This widget's namespace in the URL hash: its `id`; without one its short name, numbered from
   * the second id-less widget of the same tag and short name in document order (`cal`, `cal2`,
   * `cal3`), so such widgets keep apart while the first keeps the links it always had.
   */
  get hashNamespace(): string {
    if (this.id) return this.id;
    const name = this.hashName;
    const index = this.peersBefore(
      (peer) => !peer.id && peer instanceof MetodikaElement && peer.hashName === name,
    );
    return index === 0 ? name : `${name}${index + 1}`;
  }

  /**
   * A landmark's name that stays unique on the page: `name` in the first widget of this tag,
   * `name (2)` in the second and so on (two calendars on a page: two search landmarks).
   */
  uniqueName(name: string): string {
    const index = this.peersBefore(() => true);
    return index === 0 ? name : `${name} (${index + 1})`;
  }

  /** How many elements of this tag that `count` before this one in its document or shadow root. */
  private peersBefore(count: (peer: Element) => boolean): number {
    if (!this.isConnected) return 0;
    const root = this.getRootNode() as Document | ShadowRoot;
    let index = 0;
    for (const peer of root.querySelectorAll(this.localName)) {
      if (peer === this) break;
      if (count(peer)) index++;
    }
    return index;
  }

  /**
   * In English, an update waits for the English words (chunks of their own, fetched the first
   * time an element renders in English, and again for a lazy part that brings new ones).
   */
  protected override scheduleUpdate() {
    const english = this.locale === 'en' ? englishReady() : undefined;
    return english ? english.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** The widget's content inside the shared wrapper. */
  protected abstract renderContent(): unknown;

  override render(): TemplateResult {
    const bvi = this.bvi.settings;
    return html`<div
      class="root"
      part="root"
      lang=${this.locale}
      data-bvi-theme=${bvi.theme ?? nothing}
      data-bvi-images=${bvi.images ?? nothing}
      data-bvi-fontsize=${bvi.fontsize ?? nothing}
    >
      ${this.renderContent()}
    </div>`;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    if (root) applyBviStyle(root, this.bvi.settings);
  }

  /**
   * Renders the feed's state: a skeleton while loading, the error with Retry, the empty text, or
   * `ready(view)` — under a banner when the copy shown is stale. A polite live region announces
   * loading and failure without moving focus.
   */
  protected renderFeedState(
    ready: (view: FeedView) => unknown,
    options: FeedStateOptions = {},
  ): TemplateResult {
    const state = this.feed.state;
    const t = this.t;
    let body: unknown;
    let announce = '';
    const part = state.view && options.needs?.(state.view);
    if (state.status === 'loading' || (part && waitFor(part, this))) {
      announce = t.loading;
      body = html`<div class="state skeleton" part="skeleton" aria-busy="true">
        <p>${t.loading}</p>
        <div class="bar"></div>
        <div class="bar"></div>
        <div class="bar"></div>
      </div>`;
    } else if (state.status === 'error' || !state.view) {
      const config = state.error?.kind === 'bad-src' || state.error?.kind === 'invalid';
      announce = t.errorTitle;
      body = html`<div class="state error" part="error">
        <p class="title">${t.errorTitle}</p>
        <p>${config ? t.errorConfig : t.errorNetwork}</p>
        <button type="button" @click=${() => state.retry()}>${t.retry}</button>
      </div>`;
    } else {
      const view = state.view;
      const empty = options.isEmpty?.(view) ?? false;
      body = html`${state.status === 'stale' ? this.renderStaleBanner(view) : nothing}
      ${empty ? html`<p class="state empty" part="empty">${options.emptyText ?? t.empty}</p>` : ready(view)}`;
    }
    return html`<p class="vh" role="status">${announce}</p>
      ${body}`;
  }

  private renderStaleBanner(view: FeedView): TemplateResult {
    const stale = view.sources.filter((source) => source.stale);
    const fetchedAt = Math.min(...stale.map((source) => source.fetchedAt));
    return html`<p class="banner" part="stale">
      <span aria-hidden="true">⚠</span>
      <span>${this.t.stale(formatDateTime(fetchedAt, this.locale))}</span>
      <button type="button" class="link" @click=${() => this.feed.state.retry()}>${this.t.retry}</button>
    </p>`;
  }
}
