import { runWithStore } from './cli.ts';
import { loadConfig } from './config.ts';
import { housekeeping } from './housekeeping.ts';

await runWithStore(async (store) => {
  const config = loadConfig(process.env);
  const deleted = await housekeeping(store, config);
  console.log(`Удалено заявок старше ${config.retentionDays} дн. после ответа: ${deleted}`);
});
