import { ConfigError, loadConfig } from './config.ts';
import { openStore } from './store/index.ts';
import type { RequestStore } from './store/types.ts';

/** Opens the configured store for a one-off command, runs it, closes the store, sets the exit code. */
export async function runWithStore(command: (store: RequestStore) => Promise<void>): Promise<void> {
  let store: RequestStore | null = null;
  try {
    const config = loadConfig(process.env);
    store = await openStore(config);
    await command(store);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
  } finally {
    await store?.close();
  }
}
