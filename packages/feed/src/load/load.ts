// The compact validator: parseFeed's results (test/compact.test.ts) without zod in the bundle,
// and without the problems' words until a feed has problems (wordProblems below).
import { parseFeedUnworded as parseFeed } from '../compact/engine.ts';
import type { Lang, Problem } from '../problems.ts';
import type { FeedView } from '../view.ts';
import { type CachedFeed, defaultStorage, readCache, writeCacheSoon } from './cache.ts';
import { FeedLoadError, type LoadErrorKind, loadErrorMessage } from './errors.ts';
import { type LoadedFeed, toFeedView } from './merge.ts';
import { resolveFeedUrl } from './src-list.ts';

/** How feeds are fetched; everything is optional. */
export interface LoadOptions {
  /** Give up after this many milliseconds (default 10000). */
  timeoutMs?: number;
  /** The fetch to use (tests inject one). */
  fetch?: typeof fetch;
  /** Where the last good copy lives (default localStorage if available; null: nowhere). */
  storage?: Storage | null;
  /** Language of the problem messages (default ru). */
  lang?: Lang;
  /** Make a fresh request instead of sharing the page's earlier one (the Retry button). */
  reload?: boolean;
  /** The clock (tests freeze it). */
  now?: () => number;
}

interface Settled {
  lang: Lang;
  promise: Promise<LoadedFeed>;
}

const REQUESTS = Symbol.for('metodika.feed.requests');
/**
 * Requests the widgets' script-tag loader (packages/widgets/src/loader.ts) started for feeds of
 * elements whose code was still downloading: the same first request as `request` makes (a simple
 * GET without credentials). Each is taken once, by the first load of its URL.
 */
const PREFETCHED = Symbol.for('metodika.feed.prefetched');

function takePrefetched(url: string): Promise<Response> | undefined {
  const prefetched = (globalThis as { [PREFETCHED]?: Map<string, Promise<Response>> })[PREFETCHED];
  const response = prefetched?.get(url);
  prefetched?.delete(url);
  return response;
}

/**
 * One request per feed per page, however many widgets ask. The map lives on globalThis under a
 * registered symbol so two copies of the bundle on one page (two script tags) share it too.
 */
function requests(): Map<string, Settled> {
  const host = globalThis as { [REQUESTS]?: Map<string, Settled> };
  host[REQUESTS] ??= new Map();
  return host[REQUESTS];
}

/**
 * Words problems in `lang`. The messages (problems.ts, both languages) are a chunk of their own,
 * loaded the first time a feed has problems: a valid feed's page never loads them. Should that
 * chunk fail to load, each problem is worded by its code rather than failing the feed.
 */
async function wordProblems(problems: Problem[], lang: Lang): Promise<Problem[]> {
  if (problems.length === 0) return problems;
  const words = await import('../problems.ts').catch(() => undefined);
  return words
    ? words.translateProblems(problems, lang)
    : problems.map((problem) => ({ ...problem, message: problem.code }));
}

/** A load whose problems (in the feed, or in the error of an unusable one) are worded in `lang`. */
function worded(promise: Promise<LoadedFeed>, lang: Lang): Promise<LoadedFeed> {
  return promise.then(
    async (loaded) => ({ ...loaded, problems: await wordProblems(loaded.problems, lang) }),
    async (error: unknown) => {
      if (error instanceof FeedLoadError && error.problems) {
        throw new FeedLoadError(error.kind, error.url, error.message, {
          problems: await wordProblems(error.problems, lang),
          cause: error.cause,
        });
      }
      throw error;
    },
  );
}

function withLang(settled: Settled, lang: Lang): Promise<LoadedFeed> {
  return settled.lang === lang ? settled.promise : worded(settled.promise, lang);
}

/**
 * Loads, validates and caches one feed. A failure falls back to the last good copy
 * (`stale: true`); without one it rejects with a FeedLoadError.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  const lang = options.lang ?? 'ru';
  let absolute: string;
  try {
    absolute = resolveFeedUrl(url);
  } catch (error) {
    return Promise.reject(error);
  }
  const map = requests();
  const known = map.get(absolute);
  if (known && !options.reload) return withLang(known, lang);
  const promise = worded(fetchFeed(absolute, options), lang);
  // A rejection is handled by the caller; the stored copy must not count as unhandled too.
  promise.catch(() => {});
  map.set(absolute, { lang, promise });
  return promise;
}

/**
 * Loads several feeds and merges them. Sources that fail without a cached copy are left out
 * and listed in `failed`; when every source fails, rejects with the first error.
 */
export async function loadFeeds(urls: string[], options: LoadOptions = {}): Promise<FeedView> {
  if (urls.length === 0) throw new FeedLoadError('bad-src', '', loadErrorMessage('bad-src', ''));
  const unique = [...new Set(urls.map((url) => resolveFeedUrl(url)))];
  const results = await Promise.allSettled(unique.map((url) => loadFeed(url, options)));
  const loaded: LoadedFeed[] = [];
  const failed: FeedLoadError[] = [];
  for (const result of results) {
    if (result.status === 'fulfilled') loaded.push(result.value);
    else failed.push(asLoadError(result.reason));
  }
  if (loaded.length === 0) throw failed[0]!;
  const view = toFeedView(loaded);
  if (failed.length > 0) view.failed = failed;
  return view;
}

function asLoadError(error: unknown): FeedLoadError {
  if (error instanceof FeedLoadError) return error;
  return new FeedLoadError('network', '', String(error), { cause: error });
}

const DEFAULT_TIMEOUT_MS = 10_000;

async function fetchFeed(url: string, options: LoadOptions): Promise<LoadedFeed> {
  const now = options.now ?? Date.now;
  // A Retry asks anew, and an injected fetch (tests) is always the one asked; otherwise the
  // loader's request, if it started one, stands for the first (unconditional: the browser's HTTP
  // cache still revalidates it).
  const prefetched = options.reload || options.fetch ? undefined : takePrefetched(url);
  // localStorage opens on first use, several milliseconds of a cold page's first paint. With the
  // loader's request in hand no conditional request is made, so the stored copy is read only if
  // that request fails, and written when the browser is idle.
  let storage: Storage | null | undefined;
  const store = (): Storage | null => {
    storage ??= options.storage === undefined ? defaultStorage() : options.storage;
    return storage;
  };
  let cached = prefetched ? undefined : readCache(store(), url);
  const copy = (): CachedFeed | null => {
    cached ??= readCache(store(), url);
    return cached;
  };
  const fail = (kind: LoadErrorKind, details: { status?: number; cause?: unknown } = {}) =>
    fallback(
      copy(),
      new FeedLoadError(kind, url, loadErrorMessage(kind, url, details.status), details),
    );

  let response: Response;
  let body: string;
  let plain = cached?.plain ?? false;
  try {
    ({ response, body } = await request(
      url,
      options,
      cached && !plain ? cached : null,
      prefetched,
    ));
  } catch (error) {
    if (isTimeout(error)) return fail('timeout', { cause: error });
    if (!(cached && !plain && isCrossOrigin(url))) return fail('network', { cause: error });
    // If-None-Match / If-Modified-Since make a cross-origin request need a CORS preflight,
    // which many static hosts do not answer: try once more as a simple request.
    try {
      ({ response, body } = await request(url, options, null));
      plain = true;
    } catch (retryError) {
      return fail(isTimeout(retryError) ? 'timeout' : 'network', { cause: retryError });
    }
  }

  if (response.status === 304 && cached) {
    const fetchedAt = now();
    const parsed = parseFeed(cached.body, { mode: 'tolerant' });
    if (parsed.feed) {
      writeCacheSoon(store(), url, { ...cached, ...validators(response, cached), fetchedAt });
      return { url, feed: parsed.feed, problems: parsed.problems, stale: false, fetchedAt };
    }
  }
  if (!response.ok) return fail('http', { status: response.status });

  const parsed = parseFeed(body, { mode: 'tolerant' });
  if (!parsed.feed) {
    const error = new FeedLoadError('invalid', url, loadErrorMessage('invalid', url), {
      problems: parsed.problems,
    });
    return fallback(copy(), error);
  }
  const fetchedAt = now();
  const entry: CachedFeed = { body, ...validators(response), fetchedAt };
  // After the loader's request `plain` is not known without reading the copy: left out, a later
  // conditional request finds it out again (one refused preflight, then a simple request).
  if (plain) entry.plain = true;
  writeCacheSoon(store, url, entry);
  return { url, feed: parsed.feed, problems: parsed.problems, stale: false, fetchedAt };
}

/** Fetches with a deadline that also covers reading the body. */
async function request(
  url: string,
  options: LoadOptions,
  conditional: CachedFeed | null,
  prefetched?: Promise<Response>,
): Promise<{ response: Response; body: string }> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new TimeoutError()),
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  const headers: Record<string, string> = { accept: 'application/json' };
  if (conditional?.etag) headers['if-none-match'] = conditional.etag;
  if (conditional?.lastModified) headers['if-modified-since'] = conditional.lastModified;
  try {
    if (prefetched) {
      // Started without our signal: the deadline rejects the wait instead of the request.
      const response = await untilAborted(prefetched, controller.signal);
      const body = response.ok ? await untilAborted(response.text(), controller.signal) : '';
      return { response, body };
    }
    const doFetch = options.fetch ?? globalThis.fetch;
    const response = await doFetch(url, {
      headers,
      credentials: 'omit',
      mode: 'cors',
      signal: controller.signal,
    });
    const body = response.ok ? await response.text() : '';
    return { response, body };
  } finally {
    clearTimeout(timer);
  }
}

/** `promise`, or a rejection with the signal's reason once it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

function isTimeout(error: unknown): boolean {
  return error instanceof TimeoutError || (error instanceof Error && error.name === 'TimeoutError');
}

function isCrossOrigin(url: string): boolean {
  const origin = globalThis.location?.origin;
  return origin === undefined || new URL(url).origin !== origin;
}

/** ETag is readable cross-origin only when the server exposes it; Last-Modified always is. */
function validators(
  response: Response,
  previous?: CachedFeed,
): Pick<CachedFeed, 'etag' | 'lastModified'> {
  const etag = response.headers.get('etag') ?? previous?.etag;
  const lastModified = response.headers.get('last-modified') ?? previous?.lastModified;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

/** Serves the last good copy as stale, or rejects with the error when there is none. */
function fallback(cached: CachedFeed | null, error: FeedLoadError): LoadedFeed {
  if (cached) {
    const parsed = parseFeed(cached.body, { mode: 'tolerant' });
    if (parsed.feed) {
      return {
        url: error.url,
        feed: parsed.feed,
        problems: parsed.problems,
        stale: true,
        fetchedAt: cached.fetchedAt,
        error,
      };
    }
  }
  throw error;
}
