import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { contactKeys, formatNumber, fromRow, type ReadRow, toRow } from './row.ts';
import type {
  Contact,
  InsertResult,
  ListQuery,
  NewRequest,
  RequestStatus,
  RequestStore,
  StoredRequest,
} from './types.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  number TEXT NOT NULL UNIQUE,
  idempotency_key TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL,
  spam TEXT,
  received_at TEXT NOT NULL,
  answered_at TEXT,
  updated_at TEXT NOT NULL,
  consent_version TEXT NOT NULL,
  consent_accepted_at TEXT NOT NULL,
  client_ip TEXT,
  email_norm TEXT,
  phone_norm TEXT,
  payload TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS requests_status ON requests (status, spam);
CREATE INDEX IF NOT EXISTS requests_email ON requests (email_norm);
CREATE INDEX IF NOT EXISTS requests_phone ON requests (phone_norm);
CREATE TABLE IF NOT EXISTS counters (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
);
`;

const COLUMNS =
  'number, status, spam, received_at, answered_at, updated_at, consent_version, consent_accepted_at, client_ip, payload';

/**
 * The default store: one SQLite file in WAL mode with `synchronous=FULL`, so a request is on
 * disk before the receiver says "accepted". better-sqlite3 is synchronous, which keeps the
 * read-check-insert of idempotency free of races within the process; `BEGIN IMMEDIATE` covers
 * a second process (the CLI) writing at the same time.
 */
export function openSqliteStore(path: string): RequestStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const byKey = db.prepare(`SELECT ${COLUMNS} FROM requests WHERE idempotency_key = ?`);
  const byNumber = db.prepare(`SELECT ${COLUMNS} FROM requests WHERE number = ?`);
  const nextNumber = db.prepare(
    'INSERT INTO counters (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last',
  );
  const insert =
    db.prepare(`INSERT INTO requests (number, idempotency_key, status, spam, received_at,
    updated_at, consent_version, consent_accepted_at, client_ip, email_norm, phone_norm, payload)
    VALUES (@number, @idempotencyKey, @status, @spam, @receivedAt, @receivedAt, @consentVersion,
    @consentAcceptedAt, @clientIp, @emailNorm, @phoneNorm, @payload)`);
  const updateStatus = db.prepare(
    `UPDATE requests SET status = @status, updated_at = @now,
      answered_at = CASE WHEN @status = 'answered' THEN COALESCE(answered_at, @now) END
      WHERE number = @number`,
  );
  const purge = db.prepare(
    `DELETE FROM requests WHERE (status = 'answered' AND answered_at < @cutoff)
      OR (spam IS NOT NULL AND received_at < @cutoff)`,
  );

  const insertTx = db.transaction((input: NewRequest): InsertResult => {
    const existing = byKey.get(input.request.idempotencyKey) as ReadRow | undefined;
    if (existing) return { record: fromRow(existing), created: false };
    const { last } = nextNumber.get(input.year) as { last: number };
    insert.run(toRow(input, formatNumber(input.year, last)));
    const row = byKey.get(input.request.idempotencyKey) as ReadRow;
    return { record: fromRow(row), created: true };
  });

  return {
    kind: 'sqlite',
    async insertIdempotent(input) {
      return insertTx.immediate(input);
    },
    async list(query: ListQuery = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.status) {
        where.push('status = ?');
        params.push(query.status);
      }
      if (!query.includeSpam) where.push('spam IS NULL');
      const sql = `SELECT ${COLUMNS} FROM requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY id LIMIT ?`;
      params.push(query.limit ?? -1);
      return (db.prepare(sql).all(...params) as ReadRow[]).map(fromRow);
    },
    async get(number) {
      const row = byNumber.get(number) as ReadRow | undefined;
      return row ? fromRow(row) : null;
    },
    async setStatus(
      number: string,
      status: RequestStatus,
      at: Date,
    ): Promise<StoredRequest | null> {
      const result = updateStatus.run({ status, now: at.toISOString(), number });
      if (result.changes === 0) return null;
      return fromRow(byNumber.get(number) as ReadRow);
    },
    async purgeAnsweredBefore(cutoff) {
      return purge.run({ cutoff: cutoff.toISOString() }).changes;
    },
    async deleteByContact(contact: Contact) {
      const { email, phone } = contactKeys(contact);
      if (!email && !phone) return 0;
      return db
        .prepare('DELETE FROM requests WHERE email_norm = ? OR phone_norm = ?')
        .run(email, phone).changes;
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
