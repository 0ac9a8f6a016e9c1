// The console's tests run against the real service. This gives web-test-runner:
// - a middleware that PROXIES `/admin/api/*` from the test page's origin to a packages/inbox
//   process, so the session cookie, SameSite and the CSRF token work exactly as in production
//   (same origin, no CORS);
// - one inbox per "world" (a temp SQLite file each), chosen by the `console-world` cookie the
//   test file sets: test files run in parallel in their own browser contexts, and each starts
//   from its own empty service (the first administrator's setup link works once per database);
// - helper routes under `/__console/<world>/…` that create data the way the outside world
//   would: requests POSTed to the public `/api/consultations`, sign-ups POSTed to the public
//   `/api/registrations/<event>` (the feed is the demo's plus fixtures/events.json, whose events'
//   lists the service keeps), accounts made with the service's
//   CLI (`src/user.ts add … --password-stdin`), the setup link read from the service's log, a
//   call to the script API with a token the console made, the built page for school webmasters
//   opened at the service's /sites/ (sites-built.mjs);
// - the service's public files (/feed.json, /widgets.json, /widgets/…) proxied like the API;
// - one mail catcher (test/support/mail-catcher.mjs) every inbox sends to.
// Processes and files are removed when the test server stops.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../support/chromium.mjs';
import { freePort } from '../support/free-port.mjs';
import { launchInbox } from '../support/inbox-process.mjs';
import { startMailCatcher } from '../support/mail-catcher.mjs';
import { watchedPage } from '../support/watched-page.mjs';
import { openEditorsBuilt } from './editors-built.mjs';
import { openSitesBuilt } from './sites-built.mjs';

const INBOX = fileURLToPath(new URL('../../packages/inbox/', import.meta.url));
/** The demo district's feed: the service reads topic and methodist names from it. */
const DEMO_FEED = fileURLToPath(new URL('../../demo/feeds/kuznetsk.json', import.meta.url));
/** Events whose registration the service keeps (small capacities, a waiting list). */
const KEPT_EVENTS = fileURLToPath(new URL('./fixtures/events.json', import.meta.url));
const WORLD_COOKIE = 'console-world';
const MAIL_FROM = 'metodkab@console.test';

/** Reads a request's body (the proxy passes it on as it came). */
async function bodyOf(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Starts one world's inbox; resolves once /health answers and its log is being read. A world
 * named `no-mail…` sends to a port nobody listens on, so every e-mail fails until the test
 * starts a catcher there (the `mail-up` helper).
 */
async function startWorld(name, origin, mailPort) {
  const ownMailPort = name.startsWith('no-mail') ? await freePort() : null;
  /** @type {import('../support/mail-catcher.mjs').MailCatcher | null} */
  let ownMail = null;
  const dir = mkdtempSync(join(tmpdir(), 'metodika-console-'));
  // The demo feed with the fixture's events appended, so the events pages have lists to show.
  const feed = JSON.parse(readFileSync(DEMO_FEED, 'utf8'));
  // Only the fixtures' lists are kept in these tests: the demo's own kept event is left plain.
  for (const event of feed.events) if (event.registration?.endpoint) delete event.registration;
  feed.events.push(...JSON.parse(readFileSync(KEPT_EVENTS, 'utf8')).events);
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
  const env = {
    INBOX_TOKEN: randomBytes(24).toString('hex'),
    INBOX_ALLOWED_ORIGINS: origin,
    INBOX_DB: join(dir, 'inbox.sqlite'),
    INBOX_PUBLIC_URL: origin,
    INBOX_RATE_LIMIT: '10000',
    INBOX_LOG_LEVEL: 'info',
    INBOX_SMTP_URL: `smtp://127.0.0.1:${ownMailPort ?? mailPort}`,
    INBOX_MAIL_FROM: MAIL_FROM,
    INBOX_MAIL_TO: 'office@console.test',
    INBOX_FEED: join(dir, 'feed.json'),
    // These tests import and publish through the console from an empty start.
    INBOX_FEED_SEED: 'false',
    INBOX_LOGIN_MAX_FAILURES: '3',
    INBOX_LOGIN_MAX_FAILURES_IP: '10000',
  };
  let setupUrl = null;
  let sawSetup;
  const setupSeen = new Promise((resolve) => {
    sawSetup = resolve;
  });
  try {
    const inbox = await launchInbox({ port: await freePort(), stdout: 'pipe', waitMs: 20000, env });
    createInterface({ input: inbox.child.stdout }).on('line', (line) => {
      try {
        const entry = JSON.parse(line);
        if (entry.event === 'setup.link') {
          setupUrl = entry.url;
          sawSetup();
        }
      } catch {
        // Not a JSON log line.
      }
    });
    return {
      url: inbox.url,
      env,
      /** The setup link's token, waiting briefly for the log line written after listen(). */
      async setupToken() {
        await Promise.race([setupSeen, new Promise((r) => setTimeout(r, 5000))]);
        return setupUrl ? (setupUrl.split('#/setup/')[1] ?? null) : null;
      },
      /** Mail starts working: a catcher on the port the world's service sends to. */
      async mailUp() {
        if (ownMailPort === null) throw new Error(`${name} has working mail already`);
        ownMail ??= await startMailCatcher({ port: ownMailPort });
      },
      ownMessages: () => ownMail?.messages() ?? [],
      stop: async () => {
        await inbox.stop();
        await ownMail?.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Runs the service's account CLI with the world's settings; resolves to its output or throws. */
function addAccount(world, { email, name, role, scope, person, password }) {
  const args = ['--import', 'tsx', 'src/user.ts', 'add', '--email', email, '--name', name];
  args.push('--role', role, '--password-stdin');
  if (scope) args.push('--scope', scope);
  if (person) args.push('--person', person);
  const child = spawn(process.execPath, args, {
    cwd: INBOX,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...world.env },
  });
  let output = '';
  child.stdout.on('data', (c) => {
    output += c;
  });
  child.stderr.on('data', (c) => {
    output += c;
  });
  child.stdin.end(`${password}\n`);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`user add failed (${code}): ${output}`)),
    );
  });
}

/** A consultation request as the form sends it; `overrides` replace fields (null removes one). */
function consultation(index, overrides = {}) {
  const request = {
    idempotencyKey: randomUUID(),
    topic: 'attestation',
    name: `Педагог ${index}`,
    organization: { name: `МБОУ СОШ № ${index}` },
    email: `teacher${index}@school.test`,
    message: `Вопрос номер ${index} об аттестации`,
    consent: { given: true, version: '2026-09-01', acceptedAt: new Date().toISOString() },
    locale: 'ru',
    fillMs: 60000,
    ...overrides,
  };
  // null in the overrides removes a field (JSON has no undefined).
  for (const [key, value] of Object.entries(request)) if (value === null) delete request[key];
  return request;
}

/** A sign-up as the registration form sends it (e-mail required; the fixture's question answered). */
function registration(index, overrides = {}) {
  return {
    idempotencyKey: randomUUID(),
    name: `Участник ${index}`,
    organization: { name: `МБОУ СОШ № ${index}` },
    email: `participant${index}@events.test`,
    answers: { subject: 'математика' },
    consent: { given: true, version: '2026-09-01', acceptedAt: new Date().toISOString() },
    locale: 'ru',
    fillMs: 60000,
    ...overrides,
  };
}

/**
 * Opens the BUILT console (packages/console/dist, served by the service itself at /admin/ with
 * its real CSP and headers) in a separate Chromium, at `width` CSS pixels, and reports what a
 * person would see: the heading, whether the page's stylesheet applied, horizontal overflow,
 * and every CSP violation or console error.
 */
async function openBuilt(world, width) {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const { page, problems } = await watchedPage(browser, { width, height: 800 });
    const response = await page.goto(`${world.url}/admin/`);
    await page.waitForFunction(
      () =>
        document
          .querySelector('metodika-console')
          ?.shadowRoot?.querySelector('[data-page]')
          ?.shadowRoot?.querySelector('h1')?.textContent,
      undefined,
      { timeout: 10000 },
    );
    const seen = await page.evaluate(() => ({
      heading: document
        .querySelector('metodika-console')
        .shadowRoot.querySelector('[data-page]')
        .shadowRoot.querySelector('h1')
        .textContent.trim(),
      bodyMargin: getComputedStyle(document.body).margin,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      scripts: [...document.scripts].map((s) => s.getAttribute('src')),
    }));
    return { ...seen, csp: response?.headers()['content-security-policy'] ?? null, problems };
  } finally {
    await browser.close();
  }
}

/** Passes one `/admin/api/*` request to the world's inbox and its answer back, cookies included. */
async function proxy(ctx, w) {
  const headers = { ...ctx.headers };
  delete headers.host;
  delete headers['content-length'];
  const method = ctx.method;
  const body = method === 'GET' || method === 'HEAD' ? undefined : await bodyOf(ctx.req);
  const send = () =>
    fetch(`${w.url}${ctx.url}`, {
      method,
      headers,
      body: body && body.length > 0 ? body : undefined,
      redirect: 'manual',
    });
  // A kept-alive socket the service has just closed fails a request before it is sent; a read
  // is safe to send again.
  const response = await send().catch((error) => {
    if (method === 'GET' || method === 'HEAD') return send();
    throw error;
  });
  ctx.status = response.status;
  for (const [key, value] of response.headers) {
    if (SKIPPED_HEADERS.has(key)) continue;
    ctx.set(key, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) ctx.set('set-cookie', cookies);
  const answer = Buffer.from(await response.arrayBuffer());
  if (answer.length > 0) ctx.body = answer;
}

/** The service's public files the page for school webmasters reads, proxied like the API. */
const PUBLIC_ROUTES = /^\/(feed\.json|widgets\.json|widgets\/)/;

/** Hop-by-hop and recomputed headers the proxy does not copy (cookies are copied one by one). */
const SKIPPED_HEADERS = new Set([
  'set-cookie',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
]);

/**
 * The proxy and the helper routes (see the file comment). Use `middleware` in the config's
 * `middleware` and `plugin` in its `plugins` (it stops everything when the server stops).
 */
export function consoleServer() {
  /** @type {Map<string, Promise<Awaited<ReturnType<typeof startWorld>>>>} */
  const worlds = new Map();
  /** @type {Promise<import('../support/mail-catcher.mjs').MailCatcher> | undefined} */
  let catcher;
  const mail = () => {
    catcher ??= startMailCatcher();
    return catcher;
  };
  const world = async (name, origin) => {
    if (!worlds.has(name))
      worlds.set(
        name,
        mail().then((m) => startWorld(name, origin, m.port)),
      );
    return worlds.get(name);
  };

  const helper = async (ctx, name, action) => {
    const w = await world(name, ctx.origin);
    const json = async () => JSON.parse((await bodyOf(ctx.req)).toString() || '{}');
    if (action === 'setup-token') return { token: await w.setupToken() };
    if (action === 'account' && ctx.method === 'POST') {
      await addAccount(w, await json());
      return { ok: true };
    }
    if (action === 'requests' && ctx.method === 'POST') {
      const { count = 1, start = 1, overrides = {} } = await json();
      const numbers = [];
      for (let i = start; i < start + count; i++) {
        const each = typeof overrides === 'object' ? (overrides[i] ?? overrides.all ?? {}) : {};
        const response = await fetch(`${w.url}/api/consultations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: ctx.origin },
          body: JSON.stringify(consultation(i, each)),
        });
        const answer = await response.json();
        if (!response.ok)
          throw new Error(`POST /api/consultations: ${response.status} ${JSON.stringify(answer)}`);
        numbers.push(answer.number);
      }
      return { numbers };
    }
    if (action === 'registrations' && ctx.method === 'POST') {
      // Sign-ups through the public registration API, as the calendar's form sends them.
      const { eventId, count = 1, start = 1, overrides = {} } = await json();
      const statuses = [];
      for (let i = start; i < start + count; i++) {
        const response = await fetch(`${w.url}/api/registrations/${encodeURIComponent(eventId)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: ctx.origin },
          body: JSON.stringify(registration(i, overrides[i] ?? overrides.all ?? {})),
        });
        const answer = await response.json();
        if (!response.ok)
          throw new Error(`POST /api/registrations: ${response.status} ${JSON.stringify(answer)}`);
        statuses.push(answer.status);
      }
      return { statuses };
    }
    if (action === 'mail') return { messages: [...(await mail()).messages(), ...w.ownMessages()] };
    if (action === 'mail-up' && ctx.method === 'POST') {
      await w.mailUp();
      return { ok: true };
    }
    if (action === 'built') return openBuilt(w, Number(ctx.query.width) || 1280);
    if (action === 'sites-built') {
      return openSitesBuilt(w.url, Number(ctx.query.width) || 1280, String(ctx.query.query ?? ''));
    }
    if (action === 'editors-built' && ctx.method === 'POST') {
      return openEditorsBuilt(w.url, await json());
    }
    if (action === 'script-api' && ctx.method === 'POST') {
      // What a script with this API token gets from the token API.
      const { secret } = await json();
      const response = await fetch(`${w.url}/api/consultations`, {
        headers: { authorization: `Bearer ${secret}` },
      });
      return { status: response.status };
    }
    return null;
  };

  const middleware = async (ctx, next) => {
    const name = ctx.cookies.get(WORLD_COOKIE) || 'default';
    const helperPath = /^\/__console\/([\w-]+)\/([\w-]+)$/.exec(ctx.path);
    if (helperPath) {
      try {
        const answer = await helper(ctx, helperPath[1], helperPath[2]);
        if (answer === null) return next();
        ctx.type = 'json';
        ctx.body = JSON.stringify(answer);
      } catch (error) {
        ctx.status = 500;
        ctx.type = 'text';
        ctx.body = String(error?.stack ?? error);
      }
      return;
    }
    if (!ctx.path.startsWith('/admin/api/') && !PUBLIC_ROUTES.test(ctx.path)) return next();
    try {
      await proxy(ctx, await world(name, ctx.origin));
    } catch (error) {
      // Said to the test (a 502 like a real proxy's) and in the runner's output.
      console.error(`[console-plugin] ${ctx.method} ${ctx.url}:`, error);
      ctx.status = 502;
      ctx.type = 'json';
      ctx.body = JSON.stringify({ error: 'proxy', message: String(error) });
    }
  };

  /** A module import (not a fetch) of the widgets' manifest. */
  const manifestImport = (context) =>
    context.path.endsWith('/widgets/custom-elements.json') &&
    context.get('sec-fetch-dest') === 'script';

  const plugin = {
    name: 'metodika-console-service',
    // The page for school webmasters imports custom-elements.json (Vite turns it into a module in
    // the build); the test server's esbuild drops the import attribute for es2022, so a module
    // import of it is answered as JavaScript. fetch() still gets the JSON.
    resolveMimeType(context) {
      if (manifestImport(context)) return 'js';
    },
    transform(context) {
      if (manifestImport(context)) {
        return { body: `export default ${context.body};`, transformCache: false };
      }
    },
    async serverStop() {
      for (const started of worlds.values()) await (await started.catch(() => null))?.stop();
      await (await catcher?.catch(() => null))?.stop();
    },
  };
  return { middleware, plugin };
}
