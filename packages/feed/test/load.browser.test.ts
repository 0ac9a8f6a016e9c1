import { expect } from '@open-wc/testing';
import { FeedLoadError, type LoadedFeed, loadFeed, loadFeeds, parseSrcList } from '../src/index.ts';
import {
  type CachedFeed,
  cacheKey,
  cacheWriteOptions,
  flushCacheWrites,
} from '../src/load/cache.ts';

// Mocha's globals, typed here because the workspace has no @types/mocha.
declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => void | Promise<void>): void;
declare function beforeEach(body: () => void): void;

const DIR = '/packages/feed/test/load-fixtures/';
const abs = (name: string) => new URL(DIR + name, document.baseURI).href;
const REQUESTS = Symbol.for('metodika.feed.requests');
const PREFETCHED = Symbol.for('metodika.feed.prefetched');

interface Call {
  url: string;
  headers: Record<string, string>;
  init: RequestInit;
}

/** A fetch that records each call and answers with `respond` (the real fetch by default). */
function recorder(
  respond: (url: string, init: RequestInit) => Promise<Response> = (url, init) => fetch(url, init),
) {
  const calls: Call[] = [];
  const fake = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, headers: Object.fromEntries(new Headers(init.headers).entries()), init });
    return respond(url, init);
  }) as typeof fetch;
  return { calls, fetch: fake };
}

/** A Storage kept in memory, for tests that must not touch localStorage. */
class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    this.#items.set(key, value);
  }
}

/** The stored copy of `url`, once any copy waiting for an idle moment is written. */
function cached(url: string, storage: Storage = localStorage): CachedFeed | null {
  flushCacheWrites();
  const text = storage.getItem(cacheKey(url));
  return text === null ? null : (JSON.parse(text) as CachedFeed);
}

async function rejection(promise: Promise<unknown>): Promise<FeedLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedLoadError);
    return error as FeedLoadError;
  }
  throw new Error('expected the load to fail');
}

const networkDown = () => Promise.reject(new TypeError('Failed to fetch'));

describe('loadFeed / loadFeeds', () => {
  beforeEach(() => {
    (globalThis as { [REQUESTS]?: Map<string, unknown> })[REQUESTS]?.clear();
    // A request a test left for the script-tag loader's hand-over would answer the next test.
    (globalThis as { [PREFETCHED]?: Map<string, unknown> })[PREFETCHED]?.clear();
    // A copy an earlier test left waiting for an idle moment would otherwise land after the
    // clean-up below and make this test's first load a conditional one.
    flushCacheWrites();
    for (const key of Object.keys(localStorage))
      if (key.startsWith('metodika:feed:')) localStorage.removeItem(key);
    performance.clearResourceTimings();
  });

  it('loads a feed from the dev server, keeps the valid part and reports the rest', async () => {
    const loaded = await loadFeed(`${DIR}kuz.json`, { now: () => 5000 });
    expect(loaded.url).to.equal(abs('kuz.json'));
    expect(loaded.feed.publisher.id).to.equal('kuz');
    expect(loaded.feed.events.map((e) => e.id)).to.deep.equal(['e1']);
    expect(loaded.problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['events[1].title', 'required'],
    ]);
    expect(loaded.problems[0]!.message).to.match(/заполните/);
    expect(loaded.stale).to.equal(false);
    expect(loaded.fetchedAt).to.equal(5000);
  });

  it('takes the request the script-tag loader started, once; a Retry asks anew', async () => {
    const prefetched = new Map<string, Promise<Response>>();
    (globalThis as { [PREFETCHED]?: typeof prefetched })[PREFETCHED] = prefetched;
    const url = abs('kuz.json');
    // The loader's request, answered with a feed the server's file is not: taken, not fetched.
    const body = JSON.stringify({ ...(await (await fetch(url)).json()), events: [] });
    prefetched.set(url, Promise.resolve(new Response(body, { status: 200 })));
    performance.clearResourceTimings();
    const loaded = await loadFeed(url, { storage: null });
    expect(loaded.feed.events).to.deep.equal([]);
    expect(prefetched.has(url)).to.equal(false);
    expect(performance.getEntriesByName(url)).to.deep.equal([]);
    const { calls, fetch: fake } = recorder();
    const again = await loadFeed(url, { fetch: fake, storage: null, reload: true });
    expect(calls.map((call) => call.url)).to.deep.equal([url]);
    expect(again.feed.events.map((e) => e.id)).to.deep.equal(['e1']);
  });

  it('after the loader’s request the copy is stored when idle, and read only if it fails', async () => {
    const url = abs('kuz.json');
    const text = await (await fetch(url)).text();
    const prefetched = new Map([[url, Promise.resolve(new Response(text, { status: 200 }))]]);
    (globalThis as { [PREFETCHED]?: typeof prefetched })[PREFETCHED] = prefetched;
    const reads: string[] = [];
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (this: Storage, key: string) {
      reads.push(key);
      return getItem.call(this, key);
    };
    let first: LoadedFeed;
    try {
      first = await loadFeed(url, { now: () => 5000 });
    } finally {
      Storage.prototype.getItem = getItem;
    }
    expect(reads).to.deep.equal([]);
    expect(first.stale).to.equal(false);
    expect(cached(url)?.body).to.equal(text);
    // The next page: the loader's request fails, the stored copy is shown.
    (globalThis as { [REQUESTS]?: Map<string, unknown> })[REQUESTS]?.clear();
    const refused = Promise.reject(new TypeError('Failed to fetch'));
    refused.catch(() => {});
    prefetched.set(url, refused);
    const second = await loadFeed(url);
    expect(second.stale).to.equal(true);
    expect(second.fetchedAt).to.equal(5000);
    expect(second.feed.events.map((e) => e.id)).to.deep.equal(['e1']);
  });

  it('an injected fetch is asked even when the loader started a request', async () => {
    const url = abs('kuz.json');
    const prefetched = new Map([[url, Promise.resolve(new Response('{}', { status: 200 }))]]);
    (globalThis as { [PREFETCHED]?: typeof prefetched })[PREFETCHED] = prefetched;
    const { calls, fetch: fake } = recorder();
    const loaded = await loadFeed(url, { fetch: fake, storage: null });
    expect(calls.map((call) => call.url)).to.deep.equal([url]);
    expect(loaded.feed.events.map((e) => e.id)).to.deep.equal(['e1']);
  });

  it('the loader’s request that never answers times out like its own', async () => {
    const prefetched = new Map([[abs('kuz.json'), new Promise<Response>(() => {})]]);
    (globalThis as { [PREFETCHED]?: typeof prefetched })[PREFETCHED] = prefetched;
    const error = await rejection(loadFeed(`${DIR}kuz.json`, { storage: null, timeoutMs: 20 }));
    expect(error.kind).to.equal('timeout');
  });

  it('writes the last good copy with its ETag after a success', async () => {
    await loadFeed(`${DIR}kuz.json`, { now: () => 5000 });
    const entry = cached(abs('kuz.json'));
    expect(entry?.fetchedAt).to.equal(5000);
    expect(entry?.etag).to.match(/^"/);
    expect(JSON.parse(entry!.body).publisher.id).to.equal('kuz');
  });

  it('stores the copy when the browser is idle after a settling time, not before the widgets can render', async () => {
    const { settleMs } = cacheWriteOptions;
    cacheWriteOptions.settleMs = 60;
    try {
      await loadFeed(`${DIR}kuz.json`, { now: () => 6000 });
      const stored = () => localStorage.getItem(cacheKey(abs('kuz.json')));
      expect(stored()).to.equal(null);
      // Idle now, but within the settling time: not yet.
      await new Promise((idle) => requestIdleCallback(idle));
      expect(stored()).to.equal(null);
      await new Promise((wait) => setTimeout(wait, 80));
      // Idle callbacks run in the order they were asked for: the loader's came first.
      await new Promise((idle) => requestIdleCallback(idle));
      expect((JSON.parse(stored()!) as CachedFeed).fetchedAt).to.equal(6000);
    } finally {
      cacheWriteOptions.settleMs = settleMs;
    }
  });

  it('makes one request for three concurrent loads of one URL, however it is written', async () => {
    const { calls, fetch } = recorder();
    const results = await Promise.all([
      loadFeed(`${DIR}amur.json`, { fetch }),
      loadFeed(abs('amur.json'), { fetch }),
      loadFeed(`${DIR}../load-fixtures/amur.json`, { fetch }),
    ]);
    expect(calls.length).to.equal(1);
    expect(performance.getEntriesByName(abs('amur.json')).length).to.equal(1);
    expect(results[1]).to.equal(results[0]);
    expect(results[2]).to.equal(results[0]);
  });

  it('shares requests through a global registry, so a second copy of the bundle reuses them', async () => {
    const promise = loadFeed(`${DIR}amur.json`);
    const registry = (globalThis as { [REQUESTS]?: Map<string, { promise: Promise<LoadedFeed> }> })[
      REQUESTS
    ];
    expect(registry?.get(abs('amur.json'))?.promise).to.equal(promise);
    await promise;
  });

  it('gives each caller problems in its own language from the one request', async () => {
    const { calls, fetch } = recorder();
    const [ru, en] = await Promise.all([
      loadFeed(`${DIR}kuz.json`, { fetch }),
      loadFeed(`${DIR}kuz.json`, { fetch, lang: 'en' }),
    ]);
    expect(calls.length).to.equal(1);
    expect(ru.problems[0]!.message).to.match(/заполните/);
    expect(en.problems[0]!.message).to.match(/Required field/);
  });

  it('makes a new request with reload: true and replaces the shared one', async () => {
    const { calls, fetch } = recorder();
    const first = await loadFeed(`${DIR}amur.json`, { fetch });
    const again = await loadFeed(`${DIR}amur.json`, { fetch });
    const reloaded = await loadFeed(`${DIR}amur.json`, { fetch, reload: true });
    expect(calls.length).to.equal(2);
    expect(again).to.equal(first);
    expect(reloaded).not.to.equal(first);
    expect(await loadFeed(`${DIR}amur.json`, { fetch })).to.equal(reloaded);
  });

  it('sends If-None-Match on the next load and serves the cached copy as fresh on a real 304', async () => {
    const { calls, fetch } = recorder(async (url, init) => {
      const response = await globalThis.fetch(url, init);
      statuses.push(response.status);
      return response;
    });
    const statuses: number[] = [];
    await loadFeed(`${DIR}kuz.json`, { fetch, now: () => 1000 });
    const etag = cached(abs('kuz.json'))!.etag!;
    expect(calls[0]!.headers['if-none-match']).to.equal(undefined);

    const second = await loadFeed(`${DIR}kuz.json`, { fetch, now: () => 9000, reload: true });
    expect(calls[1]!.headers['if-none-match']).to.equal(etag);
    expect(statuses).to.deep.equal([200, 304]);
    expect(second.stale).to.equal(false);
    expect(second.fetchedAt).to.equal(9000);
    expect(second.feed.publisher.id).to.equal('kuz');
    expect(cached(abs('kuz.json'))!.fetchedAt).to.equal(9000);
  });

  it('sends If-Modified-Since when the server gave Last-Modified', async () => {
    const storage = new MemoryStorage();
    const url = abs('kuz.json');
    const body = await (await fetch(url)).text();
    const lastModified = 'Fri, 20 Nov 2026 06:00:00 GMT';
    const { calls, fetch: fake } = recorder(async (_url, init) => {
      const since = new Headers(init.headers).get('if-modified-since');
      return since === lastModified
        ? new Response(null, { status: 304 })
        : new Response(body, { headers: { 'last-modified': lastModified } });
    });
    await loadFeed(url, { fetch: fake, storage, now: () => 1 });
    const second = await loadFeed(url, { fetch: fake, storage, now: () => 2, reload: true });
    expect(calls.map((c) => c.headers['if-modified-since'])).to.deep.equal([
      undefined,
      lastModified,
    ]);
    expect([second.stale, second.fetchedAt]).to.deep.equal([false, 2]);
  });

  it('asks with credentials omitted, in CORS mode, with a deadline', async () => {
    const { calls, fetch } = recorder();
    await loadFeed(`${DIR}amur.json`, { fetch });
    expect(calls[0]!.init.credentials).to.equal('omit');
    expect(calls[0]!.init.mode).to.equal('cors');
    expect(calls[0]!.init.signal).to.be.instanceOf(AbortSignal);
  });

  it('serves the cached copy, stale and with its age, when the network fails', async () => {
    await loadFeed(`${DIR}kuz.json`, { now: () => 1000 });
    const { calls, fetch } = recorder(networkDown);
    const loaded = await loadFeed(`${DIR}kuz.json`, { fetch, now: () => 99_000, reload: true });
    expect(calls.length).to.equal(1);
    expect(loaded.stale).to.equal(true);
    expect(loaded.fetchedAt).to.equal(1000);
    expect(loaded.error?.kind).to.equal('network');
    expect(loaded.feed.events[0]!.title).to.equal('Семинар учителей математики');
    expect(cached(abs('kuz.json'))!.fetchedAt).to.equal(1000);
  });

  it('serves the cached copy stale on an HTTP error and on an unusable feed', async () => {
    await loadFeed(`${DIR}kuz.json`, { now: () => 1000 });
    const failing = recorder(async () => new Response('oops', { status: 503 }));
    const onError = await loadFeed(`${DIR}kuz.json`, { fetch: failing.fetch, reload: true });
    expect([
      onError.stale,
      onError.fetchedAt,
      onError.error?.kind,
      onError.error?.status,
    ]).to.deep.equal([true, 1000, 'http', 503]);
    const garbage = recorder(async () => new Response('{"version": 1}'));
    const onGarbage = await loadFeed(`${DIR}kuz.json`, { fetch: garbage.fetch, reload: true });
    expect([onGarbage.stale, onGarbage.fetchedAt, onGarbage.error?.kind]).to.deep.equal([
      true,
      1000,
      'invalid',
    ]);
    expect(cached(abs('kuz.json'))!.fetchedAt).to.equal(1000);
  });

  it('rejects with kind network when the network fails and nothing is cached', async () => {
    const error = await rejection(loadFeed(`${DIR}kuz.json`, recorder(networkDown)));
    expect(error.kind).to.equal('network');
    expect(error.url).to.equal(abs('kuz.json'));
  });

  it('rejects with kind timeout when the server does not answer in time and nothing is cached', async () => {
    const hanging = recorder(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal!.addEventListener('abort', () => reject(init.signal!.reason));
        }),
    );
    const started = performance.now();
    const error = await rejection(
      loadFeed(`${DIR}kuz.json`, { fetch: hanging.fetch, timeoutMs: 50 }),
    );
    expect(error.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.below(2000);
    expect(hanging.calls[0]!.init.signal!.aborted).to.equal(true);
  });

  it('rejects with kind http and the status for a missing feed on the dev server', async () => {
    const error = await rejection(loadFeed(`${DIR}missing.json`));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
  });

  it('rejects with kind invalid and the problems for broken JSON on the dev server', async () => {
    const error = await rejection(loadFeed(`${DIR}broken.txt`, { lang: 'en' }));
    expect(error.kind).to.equal('invalid');
    expect(error.problems?.map((p) => p.code)).to.deep.equal(['not_json']);
    expect(error.problems?.[0]?.message).to.match(/not valid JSON/);
    expect(cached(abs('broken.txt'))).to.equal(null);
  });

  it('rejects with kind invalid when the JSON is not a usable feed', async () => {
    const error = await rejection(loadFeed(`${DIR}not-a-feed.json`));
    expect(error.kind).to.equal('invalid');
    expect(error.problems?.some((p) => p.path.startsWith('publisher'))).to.equal(true);
  });

  it('still loads when the storage is full', async () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const loaded = await loadFeed(`${DIR}amur.json`, { storage: full });
    expect(loaded.feed.publisher.id).to.equal('amur');
    expect(full.length).to.equal(0);
  });

  it('retries a cross-origin conditional request as a simple one when the preflight fails', async () => {
    const storage = new MemoryStorage();
    const url = 'https://feeds.example/kuz.json';
    const body = await (await fetch(abs('kuz.json'))).text();
    storage.setItem(cacheKey(url), JSON.stringify({ body, etag: '"v1"', fetchedAt: 1 }));
    // Like a static host that answers GET but not OPTIONS: any conditional header fails.
    const { calls, fetch: fake } = recorder(async (_url, init) =>
      new Headers(init.headers).has('if-none-match') ? networkDown() : new Response(body),
    );
    const loaded = await loadFeed(url, { fetch: fake, storage, now: () => 2 });
    expect([loaded.stale, loaded.fetchedAt]).to.deep.equal([false, 2]);
    expect(calls.map((c) => c.headers['if-none-match'])).to.deep.equal(['"v1"', undefined]);
    expect(cached(url, storage)?.plain).to.equal(true);
    await loadFeed(url, { fetch: fake, storage, reload: true });
    expect(calls.length).to.equal(3);
    expect(calls[2]!.headers['if-none-match']).to.equal(undefined);
  });

  it('merges two feeds from the dev server with namespaced ids', async () => {
    const view = await loadFeeds([`${DIR}kuz.json`, `${DIR}amur.json`]);
    expect(view.sources.map((s) => [s.key, s.url])).to.deep.equal([
      ['kuz', abs('kuz.json')],
      ['amur', abs('amur.json')],
    ]);
    expect(view.events.map((e) => [e.id, e.responsible, e.source])).to.deep.equal([
      ['kuz:e1', 'kuz:p1', 'kuz'],
      ['amur:e1', 'amur:p1', 'amur'],
    ]);
    expect(view.taxonomies.subjects.map((s) => s.id)).to.deep.equal(['math', 'phys']);
    expect(view.failed).to.equal(undefined);
  });

  it('shows the feeds that loaded and lists the ones that did not', async () => {
    const view = await loadFeeds([`${DIR}amur.json`, `${DIR}missing.json`]);
    expect(view.sources.map((s) => s.key)).to.deep.equal(['']);
    expect(view.failed?.map((e) => [e.kind, e.url])).to.deep.equal([['http', abs('missing.json')]]);
    const error = await rejection(loadFeeds([`${DIR}missing.json`, `${DIR}broken.txt`]));
    expect(error.kind).to.equal('http');
  });
});

describe('parseSrcList', () => {
  it('splits on whitespace, resolves against the base URI and removes duplicates', () => {
    expect(
      parseSrcList(`  ${DIR}kuz.json\n ${abs('kuz.json')}\thttps://amur.example/feed.json `),
    ).to.deep.equal([abs('kuz.json'), 'https://amur.example/feed.json']);
    expect(parseSrcList('   ')).to.deep.equal([]);
  });

  it('rejects a URL that is not http(s) with a Russian and English message', () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
      let error: unknown;
      try {
        parseSrcList(`${DIR}kuz.json ${src}`);
      } catch (caught) {
        error = caught;
      }
      expect(error, src).to.be.instanceOf(FeedLoadError);
      expect((error as FeedLoadError).kind).to.equal('bad-src');
      expect((error as FeedLoadError).message)
        .to.match(/Недопустимый адрес ленты/)
        .and.match(/Invalid feed URL/);
    }
  });

  it('makes loadFeed reject a bad URL without a request', async () => {
    const { calls, fetch } = recorder();
    const error = await rejection(loadFeed('javascript:alert(1)', { fetch }));
    expect(error.kind).to.equal('bad-src');
    expect(calls.length).to.equal(0);
  });
});
