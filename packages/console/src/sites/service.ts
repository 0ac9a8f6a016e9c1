/**
 * What the page reads from the department's service: the published feed (`/feed.json`) for the
 * presets' options and the no-JavaScript link, and the widgets' build (`/widgets.json`) for the
 * script's address. Each answer is one of a few states the page says in words.
 */

/** The parts of the feed the page uses (read defensively: the feed is the department's). */
export interface FeedSummary {
  publisher: { name: string; shortName?: string; site?: string; eventsPage?: string };
  taxonomies: Record<string, { id: string; label: string; labelEn?: string }[]>;
  associations: { id: string; name: string; kind?: string }[];
  events: { id: string; title: string; kind?: string; registration?: { endpoint?: string } }[];
  practices: { id: string; title: string; kind?: string }[];
  topics: { id: string; label: string; labelEn?: string }[];
  methodists: { id: string; name: string }[];
}

export type FeedState =
  | { state: 'loading' }
  | { state: 'ok'; feed: FeedSummary }
  /** Nothing published yet (404). */
  | { state: 'none' }
  | { state: 'error'; status: number | null };

export type ScriptState =
  | { state: 'loading' }
  | { state: 'ok'; build: string; script: string }
  /** The service has no widget build to serve (404). */
  | { state: 'none' }
  | { state: 'error'; status: number | null };

/**
 * Both are revalidated on every visit (a 304 when unchanged): the page shows what is published
 * now, and the widgets' loader then reads the fresh copy from the HTTP cache.
 */
const FRESH: RequestCache = 'no-cache';

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** The feed's parts the page uses; anything missing becomes empty. */
export function summarize(json: unknown): FeedSummary {
  const feed = record(json);
  const consultation = record(feed.consultation);
  const people = new Map(
    list<{ id: string; name: string }>(feed.people).map((person) => [person.id, person.name]),
  );
  const taxonomies: FeedSummary['taxonomies'] = {};
  for (const [name, items] of Object.entries(record(feed.taxonomies))) {
    taxonomies[name] = list(items);
  }
  return {
    publisher: record(feed.publisher) as FeedSummary['publisher'],
    taxonomies,
    associations: list(feed.associations),
    events: list(feed.events),
    practices: list(feed.practices),
    topics: list(consultation.topics),
    methodists: list<string>(consultation.methodists).map((id) => ({
      id,
      name: people.get(id) ?? id,
    })),
  };
}

/** `/feed.json` of the service at `base`. */
export async function loadFeed(base: string, signal?: AbortSignal): Promise<FeedState> {
  try {
    const response = await fetch(new URL('/feed.json', base), { signal, cache: FRESH });
    if (response.status === 404) return { state: 'none' };
    if (!response.ok) return { state: 'error', status: response.status };
    return { state: 'ok', feed: summarize(await response.json()) };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { state: 'error', status: null };
  }
}

/** `/widgets.json` of the service at `base`, the script's address made absolute. */
export async function loadScriptInfo(base: string, signal?: AbortSignal): Promise<ScriptState> {
  try {
    const response = await fetch(new URL('/widgets.json', base), { signal, cache: FRESH });
    if (response.status === 404) return { state: 'none' };
    if (!response.ok) return { state: 'error', status: response.status };
    const info = record(await response.json());
    if (typeof info.script !== 'string' || typeof info.build !== 'string') {
      return { state: 'error', status: response.status };
    }
    return { state: 'ok', build: info.build, script: new URL(info.script, base).href };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { state: 'error', status: null };
  }
}

/**
 * Adds the widgets' loader to the page once, as a module script made from code (the page's CSP
 * allows no inline script). Resolves when it has run, rejects when it could not load.
 */
export function addWidgetScript(src: string): Promise<void> {
  const existing = document.querySelector<HTMLScriptElement>('script[data-metodika-widgets]');
  if (existing?.dataset.metodikaWidgets === src && existing.dataset.state === 'loaded') {
    return Promise.resolve();
  }
  existing?.remove();
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  script.dataset.metodikaWidgets = src;
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => {
      script.dataset.state = 'loaded';
      resolve();
    });
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}
