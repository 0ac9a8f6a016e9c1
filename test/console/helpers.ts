/**
 * What every console test page shares, with no element defined: the test server's helper routes,
 * the world a page talks to, text squashing, and the focus through shadow roots. Both page objects
 * (console.page.ts, sites.page.ts) build on it; the sites page must not load the console's app.
 */
import { waitUntil } from '@open-wc/testing';
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

/** A letter the test server's mail catcher caught (one catcher serves every world). */
export interface CaughtLetter {
  to: string[];
  subject: string;
  text: string;
}

/** The letters caught so far to addresses at `domain` (each test file gives its people its own). */
export async function lettersAt(world: string, domain: string): Promise<CaughtLetter[]> {
  const { messages } = await helper<{ messages: CaughtLetter[] }>(world, 'mail');
  return messages.filter((m) => m.to.some((to) => to.endsWith(`@${domain}`)));
}

/** Waits for a letter to `to` whose subject starts with `subject`, and returns it. */
export async function untilLetter(
  world: string,
  to: string,
  subject: string,
): Promise<CaughtLetter> {
  let found: CaughtLetter | undefined;
  await waitUntil(
    async () => {
      const { messages } = await helper<{ messages: CaughtLetter[] }>(world, 'mail');
      found = messages.find((m) => m.to.includes(to) && m.subject.startsWith(subject));
      return Boolean(found);
    },
    `a letter «${subject}» to ${to}`,
    { timeout: 9000, interval: 100 },
  );
  return found!;
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
