#!/usr/bin/env node
/**
 * `npm run demo`: the demo school site with a working consultation form.
 * 1. builds packages/widgets/dist/metodika.js (and dist/frame/), the file the pages load;
 * 2. starts Vite over the repository (demo/vite.config.ts) with `/api/consultations` proxied to
 * 3. a real packages/inbox on 127.0.0.1 with its SQLite file in demo/.data/ (git-ignored), which
 *    allows the demo's own origins only;
 * then prints where to look, and stops both on Ctrl+C.
 *
 *   node demo/serve.mjs [--port=5173]
 *
 * `startDemo()` is also what demo/screenshots.mjs runs.
 */
import { relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, createServer } from 'vite';
import { freePort } from '../test/support/free-port.mjs';
import { launchInbox } from '../test/support/inbox-process.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WIDGETS = fileURLToPath(new URL('../packages/widgets/', import.meta.url));
const DB = fileURLToPath(new URL('.data/inbox.sqlite', import.meta.url));
/** The demo inbox's token; a real one is secret (`openssl rand -hex 24`). */
export const DEMO_TOKEN = 'demo-token-for-the-local-inbox-only';
const INBOX_PORT = 8787;

/** The inbox's JSON log, reduced to what someone trying the form wants to see. */
function relayLog(stream) {
  createInterface({ input: stream }).on('line', (line) => {
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      return console.log(`[inbox] ${line}`);
    }
    if (entry.event === 'consultation.received')
      console.log(`[inbox] заявка ${entry.number} сохранена (тема: ${entry.topic})`);
    else if (entry.level >= 40) console.log(`[inbox] ${entry.msg ?? line}`);
  });
}

/** Starts packages/inbox on `port`, allowing `origins`, its log relayed; resolves once it answers. */
async function startInbox(port, origins) {
  const inbox = await launchInbox({
    port,
    stdout: 'pipe',
    env: {
      INBOX_TOKEN: DEMO_TOKEN,
      INBOX_ALLOWED_ORIGINS: origins.join(','),
      INBOX_DB: DB,
      INBOX_LOG_LEVEL: 'info',
    },
  });
  relayLog(inbox.child.stdout);
  return inbox;
}

/**
 * Builds the widgets and starts the demo. `inbox: false` leaves the form without a receiver
 * (screenshots need none). Returns the demo's URL, the inbox's, and `close()`.
 */
export async function startDemo({ port = 5173, inbox = true, logLevel = 'info' } = {}) {
  const started = Date.now();
  await build({ root: WIDGETS, configFile: `${WIDGETS}vite.config.ts`, logLevel: 'warn' });
  const built = ((Date.now() - started) / 1000).toFixed(1);
  if (logLevel !== 'silent') console.log(`built packages/widgets/dist/metodika.js in ${built} s`);

  const inboxPort = inbox ? await freePort(INBOX_PORT) : 0;
  const server = await createServer({
    configFile: fileURLToPath(new URL('vite.config.ts', import.meta.url)),
    logLevel,
    server: {
      port,
      // The form's POST arrives here from sw.js; the inbox sees the page's Origin.
      ...(inbox ? { proxy: { '/api/consultations': `http://127.0.0.1:${inboxPort}` } } : {}),
    },
  });
  await server.listen();
  const { local = [], network = [] } = server.resolvedUrls ?? {};
  const base = local[0];
  if (!base) throw new Error('Vite did not report a URL');
  let receiver;
  if (inbox) {
    const origins = [...local, ...network].map((u) => new URL(u).origin);
    try {
      receiver = await startInbox(inboxPort, origins);
    } catch (error) {
      await server.close();
      throw error;
    }
  }
  return {
    url: new URL('demo/', base).href,
    network: network.map((u) => new URL('demo/', u).href),
    inbox: receiver,
    close: async () => {
      await server.close();
      await receiver?.stop();
    },
  };
}

async function main() {
  const portArg = process.argv.find((a) => a.startsWith('--port='));
  const demo = await startDemo({
    port: portArg ? Number(portArg.slice('--port='.length)) : 5173,
    logLevel: 'warn',
  });
  const list = `${demo.inbox.url}/api/consultations`;
  console.log(`
  Демо-сайт школы:      ${demo.url}
${demo.network.map((u) => `  в локальной сети:     ${u}\n`).join('')}  Страницы виджетов:    events.html, associations.html, practices.html, consultation.html
  Фреймы (без script):  ${new URL('../packages/widgets/dist/frame/calendar.html?src=/demo/feeds/kuznetsk.json', demo.url).href}

  Приёмник заявок:      ${demo.inbox.url} (база ${relative(ROOT, DB)})
  Список заявок:        curl -H "Authorization: Bearer ${DEMO_TOKEN}" ${list}
  В Excel (CSV):        curl -H "Authorization: Bearer ${DEMO_TOKEN}" -o zayavki.csv ${demo.inbox.url}/api/consultations.csv

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
