/** What the built-script tests share: loading a file of dist/, waiting, mounting markup. */
import { aTimeout } from '@open-wc/testing';
import type { MetodikaElement } from '../../packages/widgets/src/base/metodika-element.ts';
import { WidgetPage } from '../../packages/widgets/src/test-support/widget.page.ts';

/** Where the built scripts are served. */
export const DIST = '/packages/widgets/dist';

/** Where a built file is served; fails with the command that builds it when it is missing. */
export async function builtUrl(file: string, build: string): Promise<string> {
  const url = `${DIST}/${file}`;
  const response = await fetch(url, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${url} is missing: run \`${build}\` first`);
  return url;
}

/** Imports `dist/<file>` (`query` makes a second, separate copy of a module). */
export async function loadDist(file: string, build: string, query = ''): Promise<void> {
  await import(/* @vite-ignore */ `${await builtUrl(file, build)}${query}`);
}

/** Opens `src` in an iframe of the given size at the end of the body; resolves once it loaded. */
export async function openFrame(
  src: string,
  width: number,
  height: number,
): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = src;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** Resolves once `check()` holds; fails after `timeout` ms naming `what`. */
export async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(20);
  }
}

/** Puts `markup` in a fresh host at the end of the body, as a webmaster's page would have it. */
export function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  // The markup is our own test fixture, not feed data.
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

/** The text of a widget's rendered root. */
export const shadowText = (el: Element) => new WidgetPage(el as MetodikaElement).renderedText;
