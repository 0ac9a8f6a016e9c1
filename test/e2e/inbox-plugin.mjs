// A web-test-runner plugin that gives end-to-end tests a real consultation receiver: the first
// request to /__inbox starts packages/inbox (its own `tsx src/main.ts`, a temp SQLite file, a free
// port) with the test page's origin as the only allowed origin, so the browser's POST goes
// through real CORS. Routes for tests:
//   GET /__inbox       → { url }              where the form should POST (`${url}/api/consultations`)
//   GET /__inbox/rows  → the department's token-protected JSON listing, spam included
// The process and its files are removed when the test server stops.
// With `{ route, feed }` a second one answers under another route with INBOX_FEED = `feed`, so it
// keeps the lists of that feed's events (`registration.endpoint`): `${url}/api/registrations`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../support/free-port.mjs';
import { launchInbox } from '../support/inbox-process.mjs';

async function startInbox(origin, env) {
  const dir = mkdtempSync(join(tmpdir(), 'metodika-inbox-'));
  const token = randomBytes(24).toString('hex');
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
        ...env,
      },
    });
    const stop = () => {
      inbox.child.kill();
      rmSync(dir, { recursive: true, force: true });
    };
    return { url: inbox.url, token, stop };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Starts the inbox on demand; see the file comment. `feed`: a feed file for INBOX_FEED. */
export function inboxPlugin({ route = '/__inbox', feed } = {}) {
  /** @type {Promise<{ url: string; token: string; stop: () => void }> | undefined} */
  let inbox;
  return {
    name: `metodika-inbox${route}`,
    async serve(context) {
      if (context.path !== route && context.path !== `${route}/rows`) return undefined;
      // The page's own origin is the one site allowed to post.
      inbox ??= startInbox(context.origin, {
        // A script fills the form in well under the usual 3 s; sign-ups must be stored.
        ...(feed ? { INBOX_FEED: resolve(feed), INBOX_MIN_FILL_MS: '0' } : {}),
      });
      const { url, token } = await inbox;
      if (context.path === route) return { body: JSON.stringify({ url }), type: 'json' };
      const response = await fetch(`${url}/api/consultations?spam=true`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return { body: await response.text(), type: 'json' };
    },
    async serverStop() {
      if (inbox) (await inbox.catch(() => undefined))?.stop();
    },
  };
}
