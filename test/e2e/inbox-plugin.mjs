// A web-test-runner plugin that gives end-to-end tests a real consultation receiver: the first
// request to /__inbox starts packages/inbox (its own `tsx src/main.ts`, a temp SQLite file, a free
// port) with the test page's origin as the only allowed origin, so the browser's POST goes
// through real CORS. Its e-mail goes over SMTP to a mail catcher (test/support/mail-catcher.mjs).
// Routes for tests:
//   GET /__inbox           → { url }              where the form should POST (`${url}/api/consultations`)
//   GET /__inbox/rows      → the department's token-protected JSON listing, spam included
//   GET /__inbox/mail      → { messages }         the e-mail the service has sent, oldest first
// and a server command, `metodika-service-page` (see servicePages below), that opens a link from a
// letter in a tab of the test's browser, as a person would: the service's own pages may not be
// framed and cut off their opener, so only the test runner's Playwright can read and press them.
// The processes, files and tabs are removed when the test server stops.
// With `{ route, feed }` a second one answers under another route with INBOX_FEED = `feed`, so it
// keeps the lists of that feed's events (`registration.endpoint`): `${url}/api/registrations`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../support/free-port.mjs';
import { launchInbox } from '../support/inbox-process.mjs';
import { startMailCatcher } from '../support/mail-catcher.mjs';
import { watchedPage } from '../support/watched-page.mjs';

async function startInbox(origin, env) {
  const dir = mkdtempSync(join(tmpdir(), 'metodika-inbox-'));
  const token = randomBytes(24).toString('hex');
  const catcher = await startMailCatcher();
  try {
    const inbox = await launchInbox({
      port: await freePort(),
      waitMs: 45000,
      env: {
        INBOX_TOKEN: token,
        INBOX_ALLOWED_ORIGINS: origin,
        INBOX_DB: join(dir, 'inbox.sqlite'),
        INBOX_RATE_LIMIT: '1000',
        INBOX_RESPONSE_DAYS: '3',
        INBOX_LOG_LEVEL: 'warn',
        INBOX_SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
        INBOX_MAIL_FROM: 'metodkab@e2e.test',
        INBOX_MAIL_TO: 'metodist@e2e.test',
        ...env,
      },
    });
    const stop = async () => {
      await inbox.stop();
      await catcher.stop();
      rmSync(dir, { recursive: true, force: true });
    };
    return { url: inbox.url, token, catcher, stop };
  } catch (error) {
    await catcher.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The service's response headers a test may check on its pages. */
const PAGE_HEADERS = ['cache-control', 'content-security-policy', 'x-frame-options'];

/**
 * Tabs opened by `metodika-service-page`, by id. Payloads: `{ open: url }` → a new tab in the test
 * page's browser context (its locale); `{ id, press: true }` → presses the tab's button and waits
 * for the page its form answers with; `{ id, axe: true }` → axe-core's violations in the tab
 * (`{ id, help, targets }`; evaluated by Playwright, which the page's CSP does not stop);
 * `{ id, close: true }`. `open` and `press` answer with what the tab shows: `{ id, status,
 * headers, heading, text, button, problems }`, `problems` as watched-page.mjs records
 * them (console errors, uncaught ones, failed loads, CSP violations).
 */
function servicePages() {
  /** @type {Map<number, { page: import('playwright').Page; problems: string[] }>} */
  const tabs = new Map();
  let nextId = 1;
  /** @param {number} id @param {import('playwright').Response | null} response */
  const shown = async (id, response) => {
    const tab = tabs.get(id);
    if (!tab || !response) throw new Error('no such tab, or it loaded nothing');
    const headers = response.headers();
    return {
      id,
      status: response.status(),
      headers: Object.fromEntries(PAGE_HEADERS.map((name) => [name, headers[name] ?? null])),
      ...(await tab.page.evaluate(() => ({
        heading: document.querySelector('h1')?.textContent ?? '',
        text: document.querySelector('main')?.textContent ?? '',
        button: document.querySelector('button')?.textContent ?? null,
      }))),
      problems: [...tab.problems],
    };
  };
  return {
    /** @param {{ command: string; payload: any; session: any }} args */
    async command({ command, payload, session }) {
      if (command !== 'metodika-service-page') return undefined;
      if (payload.open) {
        /** @type {import('playwright').Page} */
        const opener = session.browser.getPage(session.id);
        const { page, problems } = await watchedPage(opener.context());
        const id = nextId++;
        tabs.set(id, { page, problems });
        return shown(id, await page.goto(payload.open));
      }
      const tab = tabs.get(payload.id);
      if (!tab) throw new Error(`no tab ${payload.id}`);
      if (payload.press) {
        const answer = tab.page.waitForResponse((r) => r.request().isNavigationRequest());
        await tab.page.click('button');
        const response = await answer;
        await tab.page.waitForLoadState('load');
        return shown(payload.id, response);
      }
      if (payload.axe) {
        await tab.page.evaluate(AXE);
        return tab.page.evaluate(async () => {
          // @ts-expect-error axe-core was just evaluated into the page.
          const { violations } = await window.axe.run(document);
          return violations.map((/** @type {any} */ v) => ({
            id: v.id,
            help: v.help,
            targets: v.nodes.map((/** @type {any} */ n) => String(n.target)),
          }));
        });
      }
      if (payload.close) {
        tabs.delete(payload.id);
        await tab.page.close();
        return true;
      }
      throw new Error('unknown service-page payload');
    },
    async closeAll() {
      for (const { page } of tabs.values()) await page.close().catch(() => {});
      tabs.clear();
    },
  };
}

/** One set of tabs for the run, whichever inbox plugin answers the command first. */
const pages = servicePages();

/** Starts the inbox on demand; see the file comment. `feed`: a feed file for INBOX_FEED. */
export function inboxPlugin({ route = '/__inbox', feed } = {}) {
  /** @type {Promise<Awaited<ReturnType<typeof startInbox>>> | undefined} */
  let inbox;
  return {
    name: `metodika-inbox${route}`,
    async serve(context) {
      if (![route, `${route}/rows`, `${route}/mail`].includes(context.path)) return undefined;
      // The page's own origin is the one site allowed to post.
      inbox ??= startInbox(context.origin, {
        // A script fills the form in well under the usual 3 s; sign-ups must be stored.
        ...(feed ? { INBOX_FEED: resolve(feed), INBOX_MIN_FILL_MS: '0' } : {}),
      });
      const { url, token, catcher } = await inbox;
      if (context.path === route) return { body: JSON.stringify({ url }), type: 'json' };
      if (context.path === `${route}/mail`) {
        return { body: JSON.stringify({ messages: catcher.messages() }), type: 'json' };
      }
      const response = await fetch(`${url}/api/consultations?spam=true`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return { body: await response.text(), type: 'json' };
    },
    executeCommand: pages.command,
    async serverStop() {
      await pages.closeAll();
      if (inbox) await (await inbox.catch(() => undefined))?.stop();
    },
  };
}
