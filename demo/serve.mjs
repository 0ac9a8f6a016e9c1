#!/usr/bin/env node
/**
 * `npm run demo`: the demo school site with a working consultation form, the department's
 * service with its console, and a mail catcher.
 * 1. builds packages/widgets/dist/metodika.js (and dist/frame/), the file the pages load;
 * 2. starts a local mail catcher (test/support/mail-catcher.mjs) that keeps the service's e-mail
 *    in memory; demo/mail.html shows it (JSON from `/demo/mail/messages` on the Vite server);
 * 3. starts Vite over the repository (demo/vite.config.ts) with `/api/consultations` proxied to
 * 4. a real packages/inbox on 127.0.0.1 (console at /admin/) with its SQLite file in demo/.data/
 *    (git-ignored), which allows the demo's own origins only and sends its mail to the catcher;
 * 5. creates (or resets) a demo administrator and a demo methodist with passwords made anew at
 *    each start (the service's CLI `src/user.ts add … --password-stdin`);
 * then prints where to look and how to sign in, and stops everything on Ctrl+C.
 *
 *   node demo/serve.mjs [--port=5173]
 *
 * `startDemo()` is also what demo/screenshots.mjs runs.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, createServer } from 'vite';
import { freePort } from '../test/support/free-port.mjs';
import { launchInbox } from '../test/support/inbox-process.mjs';
import { startMailCatcher } from '../test/support/mail-catcher.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WIDGETS = fileURLToPath(new URL('../packages/widgets/', import.meta.url));
const INBOX = fileURLToPath(new URL('../packages/inbox/', import.meta.url));
const DB = fileURLToPath(new URL('.data/inbox.sqlite', import.meta.url));
const INBOX_PORT = 8787;
/** Where demo/mail.html reads the caught mail (served by the Vite server, same origin). */
const MAIL_JSON = '/demo/mail/messages';
const MAIL_FROM = 'metodkab@demo.local';

/**
 * The demo's accounts. Their passwords are made anew at each start: a demo never has a fixed
 * password (anyone on the network could read one in the repository).
 */
const ACCOUNTS = [
  { email: 'admin@demo.local', name: 'Администратор демо-стенда', role: 'administrator' },
  { email: 'metodist@demo.local', name: 'Методист демо-стенда', role: 'methodist', scope: 'all' },
  // The content editor: the feed's lists and forms, import and publishing; no requests.
  { email: 'editor@demo.local', name: 'Редактор демо-стенда', role: 'editor' },
];

/** A random password of 16 URL-safe characters (96 bits). */
const newPassword = () => randomBytes(12).toString('base64url');

/** The first URL into the console in a log entry (the first start's one-time setup link). */
function consoleLink(entry) {
  for (const value of Object.values(entry))
    if (typeof value === 'string' && value.includes('/admin/#/')) return value;
  return null;
}

/** The inbox's JSON log, reduced to what someone trying the form wants to see. */
function relayLog(stream) {
  createInterface({ input: stream }).on('line', (line) => {
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      return console.log(`[inbox] ${line}`);
    }
    const link = consoleLink(entry);
    if (entry.event === 'consultation.received')
      console.log(`[inbox] заявка ${entry.number} сохранена (тема: ${entry.topic})`);
    else if (link) console.log(`[inbox] ${entry.msg ?? ''} ${link}`.replace(/\s+/g, ' '));
    else if (entry.level >= 40) console.log(`[inbox] ${entry.msg ?? line}`);
  });
}

/** The service's settings for the demo: its own origins, SQLite in demo/.data/, mail to the catcher. */
function inboxEnv(port, origins, mailPort) {
  return {
    // The script API's token; the demo prints none (the console replaces curl), so it is random.
    INBOX_TOKEN: randomBytes(24).toString('hex'),
    INBOX_ALLOWED_ORIGINS: origins.join(','),
    INBOX_DB: DB,
    INBOX_LOG_LEVEL: 'info',
    INBOX_PUBLIC_URL: `http://127.0.0.1:${port}`,
    // Topic and methodist names in the console and the notices come from the demo district's feed.
    INBOX_FEED: fileURLToPath(new URL('feeds/kuznetsk.json', import.meta.url)),
    ...(mailPort
      ? {
          INBOX_SMTP_URL: `smtp://127.0.0.1:${mailPort}`,
          INBOX_MAIL_FROM: MAIL_FROM,
          INBOX_MAIL_TO: 'metodist@demo.local',
        }
      : {}),
  };
}

/** Starts packages/inbox on `port` with `env`, its log relayed; resolves once it answers. */
async function startInbox(port, env) {
  const inbox = await launchInbox({ port, stdout: 'pipe', env });
  relayLog(inbox.child.stdout);
  return inbox;
}

/**
 * Runs the service's account CLI (`node --import tsx src/user.ts add … --password-stdin` in
 * packages/inbox, with the server's settings), which creates the account or, when it exists,
 * sets its password. Resolves to null on success, otherwise to what went wrong (the demo goes
 * on: the console's first-start setup link still works).
 */
function ensureAccount(account, password, env) {
  if (!existsSync(`${INBOX}src/user.ts`))
    return Promise.resolve('packages/inbox has no account command (src/user.ts) yet');
  const args = ['--import', 'tsx', 'src/user.ts', 'add', '--email', account.email];
  args.push('--name', account.name, '--role', account.role, '--password-stdin');
  if (account.scope) args.push('--scope', account.scope);
  const child = spawn(process.execPath, args, {
    cwd: INBOX,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  child.stdin.end(`${password}\n`);
  return new Promise((resolve) => {
    child.once('error', (error) => resolve(error.message));
    child.once('close', (code) =>
      resolve(code === 0 ? null : output.trim() || `exit code ${code}`),
    );
  });
}

/** A Vite plugin that answers GET `/demo/mail/messages` with the caught mail, newest first. */
function mailJson(catcher) {
  return {
    name: 'metodika-demo-mail',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== MAIL_JSON) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        if (!catcher) {
          res.statusCode = 503;
          return res.end(JSON.stringify({ error: 'no_catcher', messages: [] }));
        }
        res.end(JSON.stringify({ messages: catcher.messages().reverse() }));
      });
    },
  };
}

/**
 * Builds the widgets and starts the demo. `inbox: false` leaves the form without a receiver and
 * starts no mail catcher (screenshots need neither). Returns the demo's URL, the inbox's, the
 * mail page's, the accounts (`{ email, role, password, error }`) and `close()`.
 */
export async function startDemo({ port = 5173, inbox = true, logLevel = 'info' } = {}) {
  const started = Date.now();
  await build({ root: WIDGETS, configFile: `${WIDGETS}vite.config.ts`, logLevel: 'warn' });
  const built = ((Date.now() - started) / 1000).toFixed(1);
  if (logLevel !== 'silent') console.log(`built packages/widgets/dist/metodika.js in ${built} s`);

  const catcher = inbox ? await startMailCatcher() : null;
  const inboxPort = inbox ? await freePort(INBOX_PORT) : 0;
  const server = await createServer({
    configFile: fileURLToPath(new URL('vite.config.ts', import.meta.url)),
    logLevel,
    plugins: [mailJson(catcher)],
    server: {
      port,
      // The form's POST arrives here from sw.js; the inbox sees the page's Origin.
      ...(inbox
        ? {
            proxy: {
              '/api/consultations': `http://127.0.0.1:${inboxPort}`,
              '/api/registrations': `http://127.0.0.1:${inboxPort}`,
            },
          }
        : {}),
    },
  });
  await server.listen();
  const { local = [], network = [] } = server.resolvedUrls ?? {};
  const base = local[0];
  if (!base) throw new Error('Vite did not report a URL');
  let receiver;
  const accounts = [];
  if (inbox) {
    const origins = [...local, ...network].map((u) => new URL(u).origin);
    const env = inboxEnv(inboxPort, origins, catcher?.port);
    try {
      receiver = await startInbox(inboxPort, env);
      for (const account of ACCOUNTS) {
        const password = newPassword();
        const error = await ensureAccount(account, password, env);
        accounts.push({ email: account.email, role: account.role, password, error });
      }
    } catch (error) {
      await server.close();
      await receiver?.stop();
      await catcher?.stop();
      throw error;
    }
  }
  return {
    url: new URL('demo/', base).href,
    network: network.map((u) => new URL('demo/', u).href),
    inbox: receiver,
    mailUrl: new URL('demo/mail.html', base).href,
    accounts,
    close: async () => {
      await server.close();
      await receiver?.stop();
      await catcher?.stop();
    },
  };
}

/** The last non-empty line of a command's output (where a CLI says what went wrong). */
const lastLine = (text) => text.trim().split('\n').filter(Boolean).at(-1) ?? text;

/** The sign-in lines: each account with its password, or why it could not be made. */
function accountLines(accounts) {
  const label = { administrator: 'администратор', methodist: 'методист', editor: 'редактор' };
  return accounts
    .map(({ email, role, password, error }) =>
      error
        ? `  ${label[role] ?? role}: учётная запись ${email} не создана: ${lastLine(error)}`
        : `  ${`${label[role] ?? role}:`.padEnd(22)}${email}  пароль: ${password}`,
    )
    .join('\n');
}

async function main() {
  const portArg = process.argv.find((a) => a.startsWith('--port='));
  const demo = await startDemo({
    port: portArg ? Number(portArg.slice('--port='.length)) : 5173,
    logLevel: 'warn',
  });
  const failed = demo.accounts.some((a) => a.error);
  console.log(`
  Демо-сайт школы:      ${demo.url}
${demo.network.map((u) => `  в локальной сети:     ${u}\n`).join('')}  Страницы виджетов:    events.html, associations.html, practices.html, consultation.html
  Фреймы (без script):  ${new URL('../packages/widgets/dist/frame/calendar.html?src=/demo/feeds/kuznetsk.json', demo.url).href}

  Консоль методкабинета: ${demo.inbox.url}/admin/ (база ${relative(ROOT, DB)})
${accountLines(demo.accounts)}
  (пароли новые при каждом запуске)${failed ? '\n  Без учётной записи: ссылка первого входа — в журнале сервиса выше ([inbox] …/admin/#/setup/…).' : ''}

  Почта демо-стенда:    ${demo.mailUrl}

  Остановить: Ctrl+C
`);
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    await demo.close();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  void demo.inbox.exited.then(() => {
    if (stopping) return;
    console.error('packages/inbox stopped unexpectedly; stopping the demo.');
    void stop(1);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
