import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

/** A value a query takes. */
export type Param = string | number | boolean | null;

/** The result of a statement that writes. */
export interface RunResult {
  changes: number;
}

/** What a query can run on: the database itself, or one open transaction. */
export interface Queryable {
  /** Every row; times come back as ISO strings from either database. */
  all<T>(sql: string, params?: Param[]): Promise<T[]>;
  /** The first row, or undefined. */
  get<T>(sql: string, params?: Param[]): Promise<T | undefined>;
  run(sql: string, params?: Param[]): Promise<RunResult>;
}

/**
 * One SQL database, SQLite or PostgreSQL, behind one small interface so every repository is
 * written once. Statements use `?` placeholders and the SQL both databases share (`RETURNING`,
 * `ON CONFLICT … DO UPDATE`); the few type differences are in `dialect`.
 */
export interface Db extends Queryable {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Runs `work` in one transaction that takes the write lock first (SQLite `BEGIN IMMEDIATE`;
   * PostgreSQL `BEGIN`), commits when it resolves and rolls back when it throws. The promise
   * resolves only after the commit is durable.
   */
  tx<T>(work: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Column types that differ between the two databases. */
export interface Dialect {
  id: string;
  time: string;
  json: string;
}

export const DIALECTS: Record<Db['kind'], Dialect> = {
  sqlite: { id: 'INTEGER PRIMARY KEY AUTOINCREMENT', time: 'TEXT', json: 'TEXT' },
  postgres: { id: 'BIGSERIAL PRIMARY KEY', time: 'TIMESTAMPTZ', json: 'JSONB' },
};

/** Dates from PostgreSQL's TIMESTAMPTZ become the ISO strings SQLite stores, so rows look alike. */
function normalizeRow<T>(row: Record<string, unknown>): T {
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (value instanceof Date) row[key] = value.toISOString();
  }
  return row as T;
}

/**
 * SQLite through better-sqlite3: WAL with `synchronous=FULL`, so a commit is on disk before
 * anyone is told "saved". One connection serves the process, so statements and transactions
 * take turns on a queue: an `await` inside a transaction must not let another request's
 * statement slip into it. `BEGIN IMMEDIATE` and the busy timeout cover other processes (the CLI).
 */
export function openSqliteDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');

  const cache = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let prepared = cache.get(sql);
    if (!prepared) {
      prepared = sqlite.prepare(sql);
      cache.set(sql, prepared);
    }
    return prepared;
  };
  const bind = (params: Param[]) => params.map((p) => (typeof p === 'boolean' ? Number(p) : p));
  const direct: Queryable = {
    async all<T>(sql: string, params: Param[] = []) {
      return statement(sql).all(...bind(params)) as T[];
    },
    async get<T>(sql: string, params: Param[] = []) {
      return statement(sql).get(...bind(params)) as T | undefined;
    },
    async run(sql: string, params: Param[] = []) {
      return { changes: statement(sql).run(...bind(params)).changes };
    },
  };

  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => {});
    return next;
  };

  return {
    kind: 'sqlite',
    all: (sql, params) => enqueue(() => direct.all(sql, params)),
    get: (sql, params) => enqueue(() => direct.get(sql, params)),
    run: (sql, params) => enqueue(() => direct.run(sql, params)),
    tx: (work) =>
      enqueue(async () => {
        sqlite.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(direct);
          sqlite.exec('COMMIT');
          return result;
        } catch (error) {
          if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
          throw error;
        }
      }),
    async close() {
      await queue;
      if (sqlite.open) sqlite.close();
    },
  };
}

/** `?` placeholders become PostgreSQL's `$1, $2…` (our SQL never has `?` inside a string). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Options for PostgreSQL. */
export interface PostgresOptions {
  /** Schema for the tables (created if missing); tests use a throwaway one. */
  schema?: string;
  /** Connection pool size. */
  max?: number;
}

/**
 * PostgreSQL through a `pg` pool: the choice for several service processes behind a proxy, since
 * everything they share (sessions, throttling, counters) is in these tables. A commit is durable
 * with the server's default `synchronous_commit = on`.
 */
export async function openPostgresDb(url: string, options: PostgresOptions = {}): Promise<Db> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  // Every connection works in the configured schema, so the SQL names bare tables.
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    options: `-c search_path=${schema}`,
  });
  await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);

  const on = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async all<T>(sql: string, params: Param[] = []) {
      const result = await client.query(numberPlaceholders(sql), params);
      return result.rows.map((row) => normalizeRow<T>(row));
    },
    async get<T>(sql: string, params: Param[] = []) {
      const result = await client.query(numberPlaceholders(sql), params);
      return result.rows[0] ? normalizeRow<T>(result.rows[0]) : undefined;
    },
    async run(sql: string, params: Param[] = []) {
      const result = await client.query(numberPlaceholders(sql), params);
      return { changes: result.rowCount ?? 0 };
    },
  });

  return {
    kind: 'postgres',
    ...on(pool),
    async tx(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
