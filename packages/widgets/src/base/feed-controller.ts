import { ContextConsumer } from '@lit/context';
import { FeedLoadError } from '@metodika/feed';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type FeedState, feedContext } from './feed-context.ts';
import { FeedLoader, tellWebmaster } from './feed-loader.ts';
import type { Locale } from './i18n/locale.ts';

/** The provider's tag. */
const PROVIDER = 'metodika-feed';

/** What the controller reads from its widget. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** The widget's own feed URLs; empty means "use the surrounding `<metodika-feed>`". */
  src?: string | undefined;
  readonly locale: Locale;
}

/**
 * Gives a widget its feed: loads it when the widget has its own `src`, otherwise takes it from the
 * nearest `<metodika-feed>` through context. Either way `state` follows loading / ready / stale /
 * error and the widget re-renders on each change.
 */
export class FeedController implements ReactiveController {
  /** What to render. */
  state: FeedState;
  private readonly loader: FeedLoader;
  private readonly consumer: ContextConsumer<typeof feedContext, FeedHost>;
  private loadedKey: string | undefined;
  private orphanTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: FeedHost) {
    this.loader = new FeedLoader((state) => this.set(state));
    this.state = this.loader.state;
    this.consumer = new ContextConsumer(host, {
      context: feedContext,
      subscribe: true,
      callback: (state) => {
        if (!this.host.src) this.set(state);
      },
    });
    host.addController(this);
  }

  /** Loads on connect, and again whenever `src` or the language changes. */
  hostUpdate(): void {
    const src = this.host.src?.trim();
    if (!src) {
      this.loadedKey = undefined;
      if (this.consumer.value && this.state !== this.consumer.value)
        this.set(this.consumer.value, false);
      return;
    }
    const key = `${src} ${this.host.locale}`;
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    this.loader.load(src, this.host.locale);
    this.state = this.loader.state;
  }

  hostConnected(): void {
    // A `<metodika-feed>` around the widget whose code is still loading (the script tag's loader
    // fetches chunks as elements appear) cannot answer yet: ask again once it is defined.
    const waiting = !customElements.get(PROVIDER) && this.host.closest(PROVIDER) !== null;
    if (waiting)
      void customElements.whenDefined(PROVIDER).then(() => {
        if (this.host.isConnected && !this.consumer.value) this.consumer.hostConnected();
      });
    // Without src and without a provider the widget would wait forever: say what is missing.
    clearTimeout(this.orphanTimer);
    this.orphanTimer = setTimeout(() => {
      if (waiting || this.host.src?.trim() || this.consumer.value) return;
      if (this.state.status !== 'loading') return;
      const error = new FeedLoadError(
        'bad-src',
        '',
        `<${this.host.localName}> has no src and no <metodika-feed> around it.`,
      );
      tellWebmaster((log) => log.reportLoadError(error));
      this.set({ status: 'error', error, retry: () => this.host.requestUpdate() });
    }, 0);
  }

  hostDisconnected(): void {
    clearTimeout(this.orphanTimer);
  }

  private set(state: FeedState, update = true): void {
    this.state = state;
    if (update) this.host.requestUpdate();
  }
}
