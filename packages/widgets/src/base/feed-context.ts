import { createContext } from '@lit/context';
import type { FeedLoadError, FeedView } from '@metodika/feed';

/** Where a feed is: loading, shown fresh, shown from the last good copy, or failed. */
export type FeedStatus = 'loading' | 'ready' | 'stale' | 'error';

/** What a widget needs to render a feed, whoever loaded it. */
export interface FeedState {
  status: FeedStatus;
  /** The merged view, when `ready` or `stale`. */
  view?: FeedView;
  /** Why loading failed, when `error`. */
  error?: FeedLoadError;
  /** Loads again from the network (the Retry button). */
  retry(): void;
}

/**
 * The feed shared by `<metodika-feed>` with the widgets inside it. The key is a registered
 * symbol, so two copies of the bundle on one page still find each other's provider.
 */
export const feedContext = createContext<FeedState>(Symbol.for('metodika.feed-state'));
