/**
 * The one-script-tag file (`dist/metodika.js`): a small loader, not the widgets. It defines the
 * Metodika elements that are on the page, and those added later, by importing only their chunks,
 * in parallel. The chunks sit in `dist/chunks/` and are imported by relative URLs, which a module
 * script resolves against its own address: the file works from any folder and under a strict CSP
 * (`script-src 'self'`). Each define chunk registers its tag only when it is free, so a second
 * copy of the script, or another version of it, on one page is harmless.
 *
 * It also starts the feed requests of those elements (their `src`) at once, so the feed downloads
 * while the chunks do; the feed loader takes the responses instead of asking again.
 *
 * Projects that bundle import the ESM entries instead (`@metodika/widgets`, `…/calendar`, …).
 */

type Chunk = () => Promise<CustomElementConstructor>;

/**
 * A calendar without `limit` needs its full view (month grid, agenda, filters), a lazy part the
 * home page's strip never loads: for such a page the calendar's tag is loaded from that part,
 * which brings the element too, so both download at once rather than one after the other.
 */
const fullCalendar = (element: Element) =>
  element.localName === 'metodika-calendar' && !(Number(element.getAttribute('limit')) > 0);
let calendarChunk: Chunk = () => import('./calendar/calendar.ts').then((m) => m.MetodikaCalendar);

/** Each tag and the chunk of its class. Static `import()` calls: the bundler splits on them. */
const CHUNKS: Record<string, Chunk> = {
  'metodika-feed': () => import('./feed/feed-provider.ts').then((m) => m.MetodikaFeed),
  'metodika-calendar': () => calendarChunk(),
  'metodika-associations': () =>
    import('./associations/associations.ts').then((m) => m.MetodikaAssociations),
  'metodika-practices': () => import('./practices/practices.ts').then((m) => m.MetodikaPractices),
  'metodika-consultation': () =>
    import('./consultation/consultation.ts').then((m) => m.MetodikaConsultation),
  'metodika-registration': () =>
    import('./registration/registration.ts').then((m) => m.MetodikaRegistration),
};

/** Where the feed loader (@metodika/feed, load/load.ts) looks for requests started here. */
const PREFETCHED = Symbol.for('metodika.feed.prefetched');
/** The feed loader's own requests: a feed it has already asked for is not asked again here. */
const REQUESTS = Symbol.for('metodika.feed.requests');

type Host = { [PREFETCHED]?: Map<string, Promise<Response>>; [REQUESTS]?: Map<string, unknown> };

/**
 * Starts the requests of `element`'s feeds, resolved as the feed loader resolves them, as its
 * first request is made: a simple CORS GET without credentials (no preflight). Only for an element
 * whose tag is not defined yet: it asks for its feed once its chunk has arrived, which is when the
 * feed loader takes the response. One left untaken (the element was removed) is dropped.
 */
function prefetch(element: Element): void {
  const host = globalThis as Host;
  host[PREFETCHED] ??= new Map();
  const prefetched = host[PREFETCHED];
  for (const part of element.getAttribute('src')?.split(/\s+/) ?? []) {
    if (!part) continue;
    let url: URL;
    try {
      url = new URL(part, document.baseURI);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol)) continue;
    const href = url.href;
    if (prefetched.has(href) || host[REQUESTS]?.has(href)) continue;
    const response = fetch(href, {
      headers: { accept: 'application/json' },
      credentials: 'omit',
      mode: 'cors',
    });
    response.catch(() => {});
    prefetched.set(href, response);
    setTimeout(() => {
      if (prefetched.get(href) === response) prefetched.delete(href);
    }, 60_000);
  }
}

const FEED = 'metodika-feed';
const TAGS = Object.keys(CHUNKS);
const SELECTOR = TAGS.join(',');
const requested = new Map<string, Promise<void>>();

/**
 * Loads `tag`'s chunk and defines it, unless the tag is taken (another copy of this script).
 * A widget inside a `<metodika-feed>` asks it for the feed when it connects, so widgets are
 * defined only after the provider being loaded with them: the chunks download in parallel, the
 * provider upgrades first.
 */
function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  const provider = tag === FEED ? undefined : requested.get(FEED);
  const loaded = Promise.all([CHUNKS[tag]!(), provider?.catch(() => undefined)]).then(
    ([element]) => {
      if (!customElements.get(tag)) customElements.define(tag, element);
    },
  );
  requested.set(tag, loaded);
  loaded.catch((error: unknown) => {
    // Let a later element retry (a flaky network, say); the console names the tag.
    requested.delete(tag);
    console.error(`Metodika: could not load <${tag}>`, error);
  });
}

let intlWarmed = false;

/**
 * The first `Intl.DateTimeFormat` of a page costs 13–40 ms (Chromium loads ICU's locale and time
 * zone data then; any formatter after it costs < 1 ms), and every widget but the consultation
 * form formats dates in the publisher's zone before it paints. Made in the task after the chunk
 * and feed requests have gone out, it is paid while they download instead of after.
 */
function warmIntl(): void {
  if (intlWarmed) return;
  intlWarmed = true;
  setTimeout(() => {
    new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      timeZone: 'Europe/Moscow',
      day: 'numeric',
      month: 'long',
    }).format(0);
  }, 0);
}

/** Loads the chunk of every Metodika tag in `root` (and `root` itself), the provider first. */
function scan(root: Element | Document): void {
  const found = Array.from(root.querySelectorAll(SELECTOR));
  if (root instanceof Element && root.localName in CHUNKS) found.push(root);
  const tags = new Set<string>();
  for (const element of found) {
    tags.add(element.localName);
    if (!customElements.get(element.localName)) prefetch(element);
    if (fullCalendar(element))
      calendarChunk = () => import('./calendar/calendar-full.ts').then((m) => m.MetodikaCalendar);
  }
  if (tags.delete(FEED)) load(FEED);
  for (const tag of tags) load(tag);
  if (tags.size > 0) warmIntl();
}

scan(document);
new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node instanceof Element) scan(node);
}).observe(document, { childList: true, subtree: true });
