import type { Config } from '../config.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import type { RequestStore } from './types.ts';

export { openPostgresStore } from './postgres.ts';
export { openSqliteStore } from './sqlite.ts';
export * from './types.ts';

/** PostgreSQL when `INBOX_DATABASE_URL` is set, otherwise the SQLite file `INBOX_DB`. */
export async function openStore(
  config: Pick<Config, 'databaseUrl' | 'dbPath'>,
): Promise<RequestStore> {
  return config.databaseUrl
    ? openPostgresStore(config.databaseUrl)
    : openSqliteStore(config.dbPath);
}
