/**
 * What every console test page shares, with no element defined: the test server's helper routes,
 * the world a page talks to, text squashing, and the focus through shadow roots. Both page objects
 * (console.page.ts, sites.page.ts) build on it; the sites page must not load the console's app.
 */
import { sendKeys } from '@web/test-runner-commands';

/** Calls a helper route of this file's world (GET without a body, else POST of it as JSON). */
export async function helper<T>(world: string, action: string, body?: unknown): Promise<T> {
  const response = await fetch(`/__console/${world}/${action}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${action}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Sends this page's requests to `world`'s service (each test file has its own). */
export function useWorld(world: string): void {
  // biome-ignore lint/suspicious/noDocumentCookie: the proxy picks the test file's service by a plain cookie.
  document.cookie = `console-world=${world}; path=/`;
}

/** Text with runs of white space collapsed. */
export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The focused element, through every shadow root. */
export function focused(): Element | null {
  let element: Element | null = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** Presses Tab until `predicate` holds for the focused element (at most `limit` times). */
export async function tabTo(
  predicate: (element: Element) => boolean,
  what: string,
  limit = 25,
): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const element = focused();
    if (element && predicate(element)) return element;
  }
  throw new Error(`Tab never reached ${what}`);
}
