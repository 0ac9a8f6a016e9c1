import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { schedulePurge } from './retention.ts';
import { openStore } from './store/index.ts';

/** Starts the receiver: config, store, routes, the daily retention purge, graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig(process.env, { requireToken: true });
  const store = await openStore(config);
  const app = await buildApp({ config, store });
  const stopPurge = schedulePurge(store, config.retentionDays, (result) => {
    if (result instanceof Error)
      app.log.error({ event: 'purge.failed', err: result }, 'purge failed');
    else app.log.info({ event: 'purge.done', deleted: result }, 'retention purge');
  });
  app.addHook('onClose', async () => {
    stopPurge();
    await store.close();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ event: 'shutdown', signal }, 'shutting down');
      void app.close().then(() => process.exit(0));
    });
  }
  await app.listen({ port: config.port, host: config.host });
  app.log.info({ event: 'started', store: store.kind }, 'inbox ready');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
