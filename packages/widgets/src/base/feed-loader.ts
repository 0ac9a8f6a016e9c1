import { FeedLoadError, type FeedView, loadFeeds, parseSrcList } from '@metodika/feed';
import type { FeedState } from './feed-context.ts';
import type { Locale } from './i18n/locale.ts';
import { lazyPart } from './lazy-part.ts';

/**
 * The console reports for the site's webmaster (webmaster-log.ts, mostly words): a chunk of
 * their own, fetched only when there is something to report, so a page with a good feed never
 * loads them.
 */
const webmasterLog = lazyPart(() => import('./webmaster-log.ts'));

/** Reports to the console once the reports' chunk is there (nothing, should it fail to load). */
export function tellWebmaster(report: (log: typeof import('./webmaster-log.ts')) => void): void {
  webmasterLog.load().then(report, () => {});
}

/** Test seam: options every load passes to the loader (a stub fetch, no storage). */
export const loaderOptions: { fetch?: typeof fetch; storage?: Storage | null; timeoutMs?: number } =
  {};

/**
 * Loads a `src` list and reports each state change. The provider and a widget with its own `src`
 * both use it; answers to an older `src` are ignored, so a quick change never shows stale data.
 */
export class FeedLoader {
  /** The current state. */
  state: FeedState;
  private generation = 0;
  private src = '';
  private lang: Locale = 'ru';

  constructor(private readonly onChange: (state: FeedState) => void) {
    this.state = { status: 'loading', retry: () => this.load(this.src, this.lang, true) };
  }

  /** Starts loading `src` (space-separated URLs); `reload` skips the page's earlier request. */
  load(src: string, lang: Locale, reload = false): void {
    this.src = src;
    this.lang = lang;
    const generation = ++this.generation;
    const retry = () => this.load(src, lang, true);
    const set = (state: Omit<FeedState, 'retry'>) => {
      if (generation !== this.generation) return;
      this.state = { ...state, retry };
      this.onChange(this.state);
    };
    set({ status: 'loading' });
    let urls: string[];
    try {
      urls = parseSrcList(src);
      if (urls.length === 0) throw new FeedLoadError('bad-src', src, 'empty src');
    } catch (error) {
      const loadError = asLoadError(error, src);
      tellWebmaster((log) => log.reportLoadError(loadError));
      set({ status: 'error', error: loadError });
      return;
    }
    loadFeeds(urls, { ...loaderOptions, lang, reload }).then(
      (view: FeedView) => {
        if (view.failed?.length || view.sources.some((source) => source.problems.length > 0))
          tellWebmaster((log) => log.reportFeedProblems(view));
        set({ status: view.stale ? 'stale' : 'ready', view });
      },
      (error: unknown) => {
        const loadError = asLoadError(error, src);
        tellWebmaster((log) => log.reportLoadError(loadError));
        set({ status: 'error', error: loadError });
      },
    );
  }

  /** Forgets pending answers (the element left the page). */
  cancel(): void {
    this.generation++;
  }
}

function asLoadError(error: unknown, src: string): FeedLoadError {
  return error instanceof FeedLoadError
    ? error
    : new FeedLoadError('network', src, String(error), { cause: error });
}
