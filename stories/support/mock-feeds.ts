import { cacheKey } from '../../packages/feed/src/load/cache.ts';
import { loaderOptions } from '../../packages/widgets/src/base/feed-loader.ts';
import { FEEDS, type FeedName } from './feeds.ts';

/** Path under which the mock loader answers; anything else goes to the network. */
const BASE = '/mock-feeds/';

/** Feeds that do not answer with a document: a server error, no answer, a saved copy only. */
export type SpecialFeed = 'failing' | 'pending' | 'stale';

/** When the saved copy of the `stale` feed was fetched: three days before the stories' today. */
export const STALE_FETCHED_AT = Date.parse('2026-11-20T09:00:00+03:00');

/** The stories' "today", inside the sample feeds' busiest month. */
export const TODAY = '2026-11-23';

/**
 * The `src` of a mock feed. `delay` (ms) holds the answer back so the skeleton shows first (the
 * loader shares one request per URL per page, so only the first visit in a session waits).
 */
export function feedUrl(name: FeedName | SpecialFeed, options: { delay?: number } = {}): string {
  const query = options.delay ? `?delay=${options.delay}` : '';
  return `${BASE}${name}.json${query}`;
}

/** A Storage kept in memory, so no story sees another visit's saved copies. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

const unavailable = () => new Response('Service Unavailable', { status: 503 });

function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/** Answers one mock URL the way a static host would. */
async function answer(url: URL, signal: AbortSignal | null | undefined): Promise<Response> {
  const name = url.pathname.slice(BASE.length).replace(/\.json$/, '');
  // Ignores the loader's deadline on purpose: the skeleton stays up for as long as one looks.
  if (name === 'pending') return new Promise<Response>(() => {});
  await wait(Number(url.searchParams.get('delay')) || 0, signal);
  if (name === 'failing' || name === 'stale') return unavailable();
  const make = FEEDS[name as FeedName];
  return make ? json(make()) : new Response('Not Found', { status: 404 });
}

let installed = false;

/**
 * Points every widget's feed loader at the mock feeds (the loader's `loaderOptions` test seam):
 * documents from memory, an in-memory cache holding a three-day-old copy for the `stale` feed,
 * and the real network for any other URL (a designer may paste a live feed's address).
 */
export function installMockFeeds(): void {
  if (installed) return;
  installed = true;
  const storage = new MemoryStorage();
  const staleUrl = new URL(feedUrl('stale'), document.baseURI).href;
  storage.setItem(
    cacheKey(staleUrl),
    JSON.stringify({ body: JSON.stringify(FEEDS.kuznetsk()), fetchedAt: STALE_FETCHED_AT }),
  );
  const network = globalThis.fetch.bind(globalThis);
  loaderOptions.storage = storage;
  loaderOptions.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.origin === location.origin && url.pathname.startsWith(BASE)) {
      return answer(url, init?.signal);
    }
    return network(input, init);
  };
}
