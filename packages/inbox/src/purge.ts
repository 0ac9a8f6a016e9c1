import { runWithStore } from './cli.ts';
import { loadConfig } from './config.ts';
import { purgeExpired } from './retention.ts';

await runWithStore(async (store) => {
  const { retentionDays } = loadConfig(process.env);
  const deleted = await purgeExpired(store, retentionDays);
  console.log(`Удалено заявок старше ${retentionDays} дн. после ответа: ${deleted}`);
});
