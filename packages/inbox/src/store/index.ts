import type { Config } from '../config.ts';
import { openPostgresDb, openSqliteDb, type PostgresOptions } from '../db/db.ts';
import { openRequestStore } from './requests.ts';
import type { RequestStore } from './types.ts';

export * from './types.ts';

/** The SQLite file at `path`, migrated, as the store. */
export function openSqliteStore(path: string): Promise<RequestStore> {
  return openRequestStore(openSqliteDb(path));
}

/** A PostgreSQL database (optionally one schema of it), migrated, as the store. */
export async function openPostgresStore(
  url: string,
  options: PostgresOptions = {},
): Promise<RequestStore> {
  return openRequestStore(await openPostgresDb(url, options));
}

/** PostgreSQL when `INBOX_DATABASE_URL` is set, otherwise the SQLite file `INBOX_DB`. */
export function openStore(config: Pick<Config, 'databaseUrl' | 'dbPath'>): Promise<RequestStore> {
  return config.databaseUrl
    ? openPostgresStore(config.databaseUrl)
    : openSqliteStore(config.dbPath);
}
