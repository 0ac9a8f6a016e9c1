import { provide } from '@lit/context';
import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type FeedState, feedContext } from '../base/feed-context.ts';
import { FeedLoader } from '../base/feed-loader.ts';
import { closestLang, toLocale } from '../base/i18n/locale.ts';

/**
 * Loads one or several feeds once and shares them with every Metodika widget inside it.
 *
 * @summary Shares one loaded feed with the widgets inside it.
 * @slot - The widgets (and any other content).
 */
export class MetodikaFeed extends LitElement {
  /** Space-separated feed URLs; several feeds are merged. */
  @property() src = '';

  /** Language of the console's problem messages (`ru`, `en`); the nearest `lang` by default. */
  @property({ reflect: true }) override lang = '';

  /** The shared feed state the widgets consume. */
  @provide({ context: feedContext })
  @state()
  feedState: FeedState;

  private readonly loader = new FeedLoader((next) => {
    this.feedState = next;
  });
  private loadedKey: string | undefined;

  constructor() {
    super();
    this.feedState = this.loader.state;
  }

  override willUpdate(): void {
    const locale = toLocale(this.lang || closestLang(this.parentElement ?? this));
    const key = `${this.src} ${locale}`;
    if (key === this.loadedKey || !this.isConnected) return;
    this.loadedKey = key;
    this.loader.load(this.src, locale);
    this.feedState = this.loader.state;
  }

  override render() {
    return html`<slot></slot>`;
  }
}
