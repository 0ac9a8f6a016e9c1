/**
 * The real department's service for the registration end-to-end tests: the inbox plugin's second
 * process (INBOX_FEED = test/e2e/registration-feed.json, a temp SQLite file, mail to a catcher).
 * The feed names an https endpoint; `route()` sends the widget's requests for it to the local
 * service instead, so places left, CORS, validation, capacity and the waiting list are all real.
 */
import { expect } from '@open-wc/testing';
import { sendOptions } from '../../packages/widgets/src/base/form/form-send.ts';
import { REG_ENDPOINT } from '../../packages/widgets/src/registration/registration.fixtures.ts';
import {
  mountRegistration,
  type RegistrationPage,
} from '../../packages/widgets/src/registration/registration.page.ts';
import { fresh } from '../../packages/widgets/src/test-support/feeds.ts';

/** The plugin's route for this service. */
const ROUTE = '/__inbox-registration';
const FEED = '/test/e2e/registration-feed.json';

/** Where the service and its feed are, once `connect()` has run. */
export const reg = { service: '', feed: {} as object };

/** Starts (or finds) the service and reads the feed it keeps lists for. Call in `before`. */
export async function connect(): Promise<void> {
  const { url } = (await (await fetch(ROUTE)).json()) as { url: string };
  reg.service = `${url}/api/registrations`;
  reg.feed = await (await fetch(FEED)).json();
}

/** The feed's requests go to the local service; `down` makes the network fail instead. */
export function route(hooks: { down?: boolean } = {}): void {
  sendOptions.fetch = async (input, init) => {
    const url = String(input);
    expect(url.startsWith(`${REG_ENDPOINT}/`)).to.be.true;
    if (hooks.down) throw new TypeError('Failed to fetch');
    return fetch(url.replace(REG_ENDPOINT, reg.service), init);
  };
}

/** What the service says about an event's places now (no cache: straight to it). */
export async function placesOf(
  id: string,
): Promise<{ confirmed: number; waiting: number; state: string }> {
  return (await fetch(`${reg.service}/${id}?n=${Date.now()}`)).json();
}

/** A `<metodika-registration>` of `event` on the service's feed, once it knows the places. */
export async function form(event: string, lang = ''): Promise<RegistrationPage> {
  const page = await mountRegistration({
    src: fresh('registration-feed.json', '/test/e2e'),
    feed: reg.feed,
    event,
    lang,
  });
  await page.placesKnown();
  return page;
}

/** Signs someone up by the public API as another visitor's page would (this page's origin). */
export function signUpDirectly(
  event: string,
  person: { name: string; email: string },
): Promise<Response> {
  return fetch(`${reg.service}/${event}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      idempotencyKey: `e2e-${crypto.randomUUID()}`,
      name: person.name,
      organization: { name: 'МБОУ СОШ № 1' },
      email: person.email,
      consent: { given: true, version: '2026-09-01', acceptedAt: new Date().toISOString() },
      locale: 'ru',
    }),
  });
}

/** One e-mail the service sent, as the mail catcher received it. */
export interface Letter {
  to: string[];
  subject: string;
  text: string;
  attachments: { filename: string | null; contentType: string; text?: string }[];
}

/** Every e-mail the service has sent so far, oldest first. */
export async function mailbox(): Promise<Letter[]> {
  return ((await (await fetch(`${ROUTE}/mail`)).json()) as { messages: Letter[] }).messages;
}

/**
 * Waits for the letter to `email` whose subject starts with `subject` (letters go after the
 * answer, so one may still be on its way); the test's own timeout ends a wait for one never sent.
 */
export async function letterTo(email: string, subject: string): Promise<Letter> {
  for (;;) {
    const found = (await mailbox()).find(
      (letter) => letter.to.includes(email) && letter.subject.startsWith(subject),
    );
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The personal cancellation link a letter carries. */
export function cancelLinkIn(letter: Letter): string {
  const link = /Отменить запись: (\S+)/.exec(letter.text)?.[1];
  expect(link, letter.text).to.be.a('string');
  return link!;
}
