import { fixture, type html } from '@open-wc/testing';
import { json, stubFetch } from '../../../../test/embed/fixtures/make-feed.ts';
import { loaderOptions } from '../base/feed-loader.ts';
import type { MetodikaElement } from '../base/metodika-element.ts';

let unique = 0;

/** A URL no other test has loaded: the loader shares one request per URL per page. */
export const fresh = (name: string, folder = '/test/embed/fixtures') =>
  `${folder}/${name}?n=${++unique}`;

/** Text with ICU's no-break and narrow spaces (in dates) made plain spaces. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Loader seams back to the network, no stored copies, and no filter state in the URL hash. */
export function resetLoader(): void {
  loaderOptions.storage = null;
  delete loaderOptions.fetch;
  history.replaceState(null, '', location.pathname);
}

/** Gives the loader a stored copy of `body` for `url`, fetched at `fetchedAt` (ms). */
export function storeCopy(url: string, body: string, fetchedAt: number): void {
  const store = new Map([[`metodika:feed:${url}`, JSON.stringify({ body, fetchedAt })]]);
  loaderOptions.storage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  } as Storage;
}

/** Mounts a widget, wraps it in its page object and (unless `wait` is false) waits for its feed. */
export async function mount<E extends MetodikaElement, P extends { ready(): Promise<void> }>(
  template: ReturnType<typeof html>,
  Page: new (el: E) => P,
  wait = true,
): Promise<P> {
  const page = new Page(await fixture<E>(template));
  if (wait) await page.ready();
  return page;
}

/** Runs `body` with a hostile site stylesheet on the page, removing it afterwards. */
export async function withHostileCss(css: string, body: () => Promise<void>): Promise<void> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    await body();
  } finally {
    style.remove();
  }
}

/** Mounts a widget whose `src` (the stub answers its file name) gives `feed`, and waits for it. */
export function mountOnFeed<E extends MetodikaElement, P extends { ready(): Promise<void> }>(
  src: string,
  feed: object,
  template: ReturnType<typeof html>,
  Page: new (el: E) => P,
): Promise<P> {
  const name = src.split('?')[0]!.split('/').pop()!;
  loaderOptions.fetch = stubFetch({ [name]: () => json(feed) });
  return mount(template, Page);
}
