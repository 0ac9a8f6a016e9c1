import { fileURLToPath } from 'node:url';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { logSeed, seedContent } from './content/seed.ts';
import { DEFAULT_DEPARTMENT } from './db/migrations.ts';
import { departmentFeed } from './department-feed.ts';
import { scheduleHousekeeping, setupLink } from './housekeeping.ts';
import { mailTransport } from './notify.ts';
import { scheduleAnswerSweep } from './outbox/sender.ts';
import { scheduleRegistrationNotices } from './registration/notices.ts';
import { openStore } from './store/index.ts';

/** Where `pnpm --filter @metodika/console run build` puts the console. */
const BUILT_CONSOLE = fileURLToPath(new URL('../../console/dist', import.meta.url));
/** Where `pnpm --filter @metodika/widgets run build` puts the widgets. */
const BUILT_WIDGETS = fileURLToPath(new URL('../../widgets/dist', import.meta.url));

/** Starts the service: config, store, routes, the daily housekeeping, graceful shutdown. */
async function main(): Promise<void> {
  const loaded = loadConfig(process.env);
  const config = {
    ...loaded,
    consoleDir: loaded.consoleDir ?? BUILT_CONSOLE,
    widgetsDir: loaded.widgetsDir ?? BUILT_WIDGETS,
  };
  const store = await openStore(config);
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  const labels = departmentFeed(config, store.db, (error) =>
    app?.log.warn({ event: 'feed.unreadable', err: String(error) }, 'feed labels unavailable'),
  );
  app = await buildApp({ config, store, labels, feed: labels });
  const log = app.log;
  // Before the labels load, so a department's first start already reads its seeded version.
  if (config.seedFeed) {
    logSeed(log, await seedContent(store.db, DEFAULT_DEPARTMENT, config.feed, new Date()));
  }
  await labels.refresh();
  const stopHousekeeping = scheduleHousekeeping(store, config, (result) => {
    if (result instanceof Error) log.error({ event: 'purge.failed', err: result }, 'purge failed');
    else log.info({ event: 'purge.done', deleted: result }, 'retention purge');
  });
  const stopNotices = scheduleRegistrationNotices({
    db: store.db,
    feed: labels,
    transport: mailTransport(config),
    mailFrom: config.mailFrom,
    log,
    departmentId: DEFAULT_DEPARTMENT,
  });
  // Answer letters left by a failed send or a stopped process, every minute (the daily
  // housekeeping would leave a teacher waiting a day).
  const stopSweep = scheduleAnswerSweep(app.answerLetters, log);
  app.addHook('onClose', async () => {
    stopSweep();
    stopNotices();
    stopHousekeeping();
    labels.stop();
    // Fastify runs this hook before the app's own: a letter on its way writes "sent" first, and
    // a new request's notice, which reads the settings and the methodist's address, gets them.
    await app.mailSettled();
    await store.close();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log.info({ event: 'shutdown', signal }, 'shutting down');
      void app.close().then(() => process.exit(0));
    });
  }
  await app.listen({ port: config.port, host: config.host });
  log.info({ event: 'started', store: store.kind }, 'inbox ready');
  const setup = await setupLink(store.db, config);
  if (setup) {
    log.info(
      { event: 'setup.link', url: setup },
      'no accounts yet: open this one-time link (valid 24 h) to create the first administrator',
    );
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
