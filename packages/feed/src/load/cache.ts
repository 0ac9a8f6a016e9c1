/** The last good copy of a feed, kept across page views in localStorage. */
export interface CachedFeed {
  /** The response body exactly as received; re-parsed on use so a newer parser re-checks it. */
  body: string;
  etag?: string;
  lastModified?: string;
  /** When this copy was fetched or last confirmed by a 304 (ms since epoch). */
  fetchedAt: number;
  /** The server rejected conditional requests (a CORS preflight it does not answer): send none. */
  plain?: boolean;
}

const PREFIX = 'metodika:feed:';

/** The storage key of a feed's cached copy. */
export function cacheKey(url: string): string {
  return PREFIX + url;
}

/** localStorage when the page may use it; reading it throws in sandboxed frames and with cookies blocked. */
export function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The cached copy of `url`, or null when there is none or it is unreadable. */
export function readCache(storage: Storage | null, url: string): CachedFeed | null {
  if (!storage) return null;
  pending.get(url)?.();
  try {
    const text = storage.getItem(cacheKey(url));
    if (text === null) return null;
    const entry = JSON.parse(text) as Partial<CachedFeed> | null;
    if (!entry || typeof entry.body !== 'string' || typeof entry.fetchedAt !== 'number')
      return null;
    return entry as CachedFeed;
  } catch {
    return null;
  }
}

/** Stores the copy; a full or forbidden storage only costs the offline fallback, never the load. */
export function writeCache(storage: Storage | null, url: string, entry: CachedFeed): boolean {
  if (!storage) return false;
  try {
    storage.setItem(cacheKey(url), JSON.stringify(entry));
    return true;
  } catch {
    // QuotaExceededError (a big feed, a full origin) or SecurityError: carry on without a copy.
    return false;
  }
}

/** Copies waiting for an idle moment, by URL: each writes itself and leaves the map. */
const pending = new Map<string, () => void>();

/**
 * Stores the copy a few seconds after the load, once the browser is idle (at the latest
 * `IDLE_TIMEOUT_MS` later), not before the widgets' first render nor during the visitor's first
 * taps (`storage` may be a function that opens it then): serialising and storing a 1 MB feed
 * takes tens of milliseconds on a phone. A read of the same URL or the page being hidden writes
 * it at once.
 */
export function writeCacheSoon(
  storage: Storage | null | (() => Storage | null),
  url: string,
  entry: CachedFeed,
): void {
  if (!storage) return;
  const write = () => {
    if (pending.get(url) !== write) return;
    pending.delete(url);
    // A function: the storage is opened only now (see fetchFeed).
    writeCache(typeof storage === 'function' ? storage() : storage, url, entry);
  };
  if (pending.size === 0) {
    // A visitor who leaves before the idle moment still leaves a copy behind.
    globalThis.addEventListener?.('pagehide', flushCacheWrites, { once: true });
  }
  pending.set(url, write);
  whenIdle(write);
}

/** Writes every copy still waiting (tests; the page going away). */
export function flushCacheWrites(): void {
  for (const write of [...pending.values()]) write();
}

const IDLE_TIMEOUT_MS = 2000;

/**
 * How long a copy waits before it looks for an idle moment (ms; tests shorten it). Right after
 * the widgets paint the browser is idle, and that is when a visitor first taps a filter: a
 * 1 MB copy stored then (4–37 ms) would delay the tap's answer.
 */
export const cacheWriteOptions = { settleMs: 3000 };

function whenIdle(task: () => void): void {
  const host = globalThis as {
    requestIdleCallback?: (task: () => void, options: { timeout: number }) => number;
  };
  setTimeout(() => {
    if (host.requestIdleCallback) host.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    else task();
  }, cacheWriteOptions.settleMs);
}
