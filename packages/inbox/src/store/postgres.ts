import pg from 'pg';
import { contactKeys, formatNumber, fromRow, type ReadRow, toRow } from './row.ts';
import type { InsertResult, ListQuery, RequestStore, StoredRequest } from './types.ts';

/** Options for the PostgreSQL store. */
export interface PostgresOptions {
  /** Schema to keep the tables in (created if missing); tests use a throwaway one. */
  schema?: string;
  /** Connection pool size. */
  max?: number;
}

interface PgRow extends Omit<ReadRow, 'received_at' | 'answered_at' | 'updated_at'> {
  received_at: Date;
  answered_at: Date | null;
  updated_at: Date;
}

const COLUMNS =
  'number, status, spam, received_at, answered_at, updated_at, consent_version, consent_accepted_at, client_ip, payload';

function read(row: PgRow): StoredRequest {
  return fromRow({
    ...row,
    received_at: row.received_at.toISOString(),
    answered_at: row.answered_at?.toISOString() ?? null,
    updated_at: row.updated_at.toISOString(),
  });
}

/**
 * PostgreSQL store for departments that already run a database server. A commit is durable
 * with the server's default `synchronous_commit = on`, so the receiver answers after it.
 */
export async function openPostgresStore(
  url: string,
  options: PostgresOptions = {},
): Promise<RequestStore> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const t = (table: string) => `"${schema}".${table}`;
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });

  await pool.query(`
    CREATE SCHEMA IF NOT EXISTS "${schema}";
    CREATE TABLE IF NOT EXISTS ${t('requests')} (
      id BIGSERIAL PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      idempotency_key TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL,
      spam TEXT,
      received_at TIMESTAMPTZ NOT NULL,
      answered_at TIMESTAMPTZ,
      updated_at TIMESTAMPTZ NOT NULL,
      consent_version TEXT NOT NULL,
      consent_accepted_at TEXT NOT NULL,
      client_ip TEXT,
      email_norm TEXT,
      phone_norm TEXT,
      payload JSONB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS requests_status ON ${t('requests')} (status, spam);
    CREATE INDEX IF NOT EXISTS requests_email ON ${t('requests')} (email_norm);
    CREATE INDEX IF NOT EXISTS requests_phone ON ${t('requests')} (phone_norm);
    CREATE TABLE IF NOT EXISTS ${t('counters')} (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
  `);

  const selectByKey = `SELECT ${COLUMNS} FROM ${t('requests')} WHERE idempotency_key = $1`;

  return {
    kind: 'postgres',
    async insertIdempotent(input): Promise<InsertResult> {
      const key = input.request.idempotencyKey;
      const client = await pool.connect();
      try {
        const existing = await client.query<PgRow>(selectByKey, [key]);
        if (existing.rows[0]) return { record: read(existing.rows[0]), created: false };
        await client.query('BEGIN');
        const counter = await client.query<{ last: number }>(
          `INSERT INTO ${t('counters')} (year, last) VALUES ($1, 1)
           ON CONFLICT (year) DO UPDATE SET last = ${t('counters')}.last + 1 RETURNING last`,
          [input.year],
        );
        const row = toRow(input, formatNumber(input.year, counter.rows[0]!.last));
        const inserted = await client.query<PgRow>(
          `INSERT INTO ${t('requests')} (number, idempotency_key, status, spam, received_at,
             updated_at, consent_version, consent_accepted_at, client_ip, email_norm, phone_norm, payload)
           VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9, $10, $11)
           ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${COLUMNS}`,
          [
            row.number,
            row.idempotencyKey,
            row.status,
            row.spam,
            row.receivedAt,
            row.consentVersion,
            row.consentAcceptedAt,
            row.clientIp,
            row.emailNorm,
            row.phoneNorm,
            row.payload,
          ],
        );
        if (inserted.rows[0]) {
          await client.query('COMMIT');
          return { record: read(inserted.rows[0]), created: true };
        }
        // A concurrent retry won the race: give its number back, and the counter step too.
        await client.query('ROLLBACK');
        const winner = await client.query<PgRow>(selectByKey, [key]);
        return { record: read(winner.rows[0]!), created: false };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async list(query: ListQuery = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.status) {
        params.push(query.status);
        where.push(`status = $${params.length}`);
      }
      if (!query.includeSpam) where.push('spam IS NULL');
      params.push(query.limit ?? null);
      const result = await pool.query<PgRow>(
        `SELECT ${COLUMNS} FROM ${t('requests')} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY id LIMIT $${params.length}`,
        params,
      );
      return result.rows.map(read);
    },
    async get(number) {
      const result = await pool.query<PgRow>(
        `SELECT ${COLUMNS} FROM ${t('requests')} WHERE number = $1`,
        [number],
      );
      return result.rows[0] ? read(result.rows[0]) : null;
    },
    async setStatus(number, status, at) {
      const result = await pool.query<PgRow>(
        `UPDATE ${t('requests')} SET status = $1, updated_at = $2,
           answered_at = CASE WHEN $1 = 'answered' THEN COALESCE(answered_at, $2) END
         WHERE number = $3 RETURNING ${COLUMNS}`,
        [status, at.toISOString(), number],
      );
      return result.rows[0] ? read(result.rows[0]) : null;
    },
    async purgeAnsweredBefore(cutoff) {
      const result = await pool.query(
        `DELETE FROM ${t('requests')} WHERE (status = 'answered' AND answered_at < $1)
           OR (spam IS NOT NULL AND received_at < $1)`,
        [cutoff.toISOString()],
      );
      return result.rowCount ?? 0;
    },
    async deleteByContact(contact) {
      const { email, phone } = contactKeys(contact);
      if (!email && !phone) return 0;
      const result = await pool.query(
        `DELETE FROM ${t('requests')} WHERE email_norm = $1 OR phone_norm = $2`,
        [email, phone],
      );
      return result.rowCount ?? 0;
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
