// A web-test-runner plugin that gives end-to-end tests a real consultation receiver: the first
// request to /__inbox starts packages/inbox (its own `tsx src/main.ts`, a temp SQLite file, a free
// port) with the test page's origin as the only allowed origin, so the browser's POST goes
// through real CORS. Routes for tests:
//   GET /__inbox       → { url }              where the form should POST (`${url}/api/consultations`)
//   GET /__inbox/rows  → the department's token-protected JSON listing, spam included
// The process and its files are removed when the test server stops.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/free-port.mjs';
import { launchInbox } from '../support/inbox-process.mjs';

async function startInbox(origin) {
  const dir = mkdtempSync(join(tmpdir(), 'metodika-inbox-'));
  const token = randomBytes(24).toString('hex');
  try {
    const inbox = await launchInbox({
      port: await freePort(),
      waitMs: 15000,
      env: {
        INBOX_TOKEN: token,
        INBOX_ALLOWED_ORIGINS: origin,
        INBOX_DB: join(dir, 'inbox.sqlite'),
        INBOX_RATE_LIMIT: '1000',
        INBOX_RESPONSE_DAYS: '3',
        INBOX_LOG_LEVEL: 'warn',
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

/** Starts the inbox on demand; see the file comment. */
export function inboxPlugin() {
  /** @type {Promise<{ url: string; token: string; stop: () => void }> | undefined} */
  let inbox;
  return {
    name: 'metodika-inbox',
    async serve(context) {
      if (context.path !== '/__inbox' && context.path !== '/__inbox/rows') return undefined;
      // The page's own origin is the one site allowed to post.
      inbox ??= startInbox(context.origin);
      const { url, token } = await inbox;
      if (context.path === '/__inbox') return { body: JSON.stringify({ url }), type: 'json' };
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
