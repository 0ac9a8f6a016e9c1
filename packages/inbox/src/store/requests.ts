import type { Db, Queryable } from '../db/db.ts';
import { DEFAULT_DEPARTMENT, migrate } from '../db/migrations.ts';
import { formatNumber, fromRow, type ReadRow, requestSearchText, toRow } from './row.ts';
import type { InsertResult, ListQuery, NewRequest, RequestStore } from './types.ts';

/** Columns every read takes; `fromRow` builds the public record from them. */
export const REQUEST_COLUMNS =
  'number, status, spam, received_at, answered_at, updated_at, consent_version, consent_accepted_at, client_ip, payload';

/** A concurrent retry inserted the same key first: roll back and return its row. */
class KeyTaken extends Error {}

/**
 * Requests on either database. Each write that must not be lost or doubled is one transaction:
 * the idempotency check, the year's counter and the insert commit together, so a retry, a crash
 * or a second process can neither lose a request nor number it twice.
 */
export function requestStore(db: Db): RequestStore {
  const byKey = (q: Queryable, key: string) =>
    q.get<ReadRow>(`SELECT ${REQUEST_COLUMNS} FROM requests WHERE idempotency_key = ?`, [key]);

  return {
    kind: db.kind,
    db,
    async insertIdempotent(input: NewRequest): Promise<InsertResult> {
      const key = input.request.idempotencyKey;
      const department = input.departmentId ?? DEFAULT_DEPARTMENT;
      try {
        return await db.tx(async (q) => {
          const existing = await byKey(q, key);
          if (existing) return { record: fromRow(existing), created: false };
          const counter = await q.get<{ last: number }>(
            `INSERT INTO request_counters (department_id, year, last) VALUES (?, ?, 1)
             ON CONFLICT (department_id, year) DO UPDATE SET last = request_counters.last + 1
             RETURNING last`,
            [department, input.year],
          );
          const row = toRow(input, formatNumber(input.year, counter!.last));
          const inserted = await q.get<ReadRow>(
            `INSERT INTO requests (number, idempotency_key, status, spam, received_at, updated_at,
               consent_version, consent_accepted_at, client_ip, email_norm, phone_norm, payload,
               department_id, search_text, topic, methodist)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${REQUEST_COLUMNS}`,
            [
              row.number,
              row.idempotencyKey,
              row.status,
              row.spam,
              row.receivedAt,
              row.receivedAt,
              row.consentVersion,
              row.consentAcceptedAt,
              row.clientIp,
              row.emailNorm,
              row.phoneNorm,
              row.payload,
              department,
              requestSearchText(row.number, input.request),
              input.request.topic,
              input.request.methodist ?? null,
            ],
          );
          if (!inserted) throw new KeyTaken();
          return { record: fromRow(inserted), created: true };
        });
      } catch (error) {
        if (!(error instanceof KeyTaken)) throw error;
        // The rollback also gave back the counter step, so no number is skipped.
        return { record: fromRow((await byKey(db, key))!), created: false };
      }
    },
    async list(query: ListQuery = {}) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (query.status) {
        where.push('status = ?');
        params.push(query.status);
      }
      if (!query.includeSpam) where.push('spam IS NULL');
      const rows = await db.all<ReadRow>(
        `SELECT ${REQUEST_COLUMNS} FROM requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY id LIMIT ?`,
        [...params, query.limit ?? 1_000_000],
      );
      return rows.map(fromRow);
    },
    async get(number) {
      const row = await db.get<ReadRow>(
        `SELECT ${REQUEST_COLUMNS} FROM requests WHERE number = ?`,
        [number],
      );
      return row ? fromRow(row) : null;
    },
    async setStatus(number, status, at) {
      const now = at.toISOString();
      const row = await db.get<ReadRow>(
        `UPDATE requests SET status = ?, updated_at = ?,
           answered_at = CASE WHEN ? = 'answered' THEN COALESCE(answered_at, ?) END
         WHERE number = ? RETURNING ${REQUEST_COLUMNS}`,
        [status, now, status, now, number],
      );
      return row ? fromRow(row) : null;
    },
    async purgeAnsweredBefore(cutoff) {
      const iso = cutoff.toISOString();
      return db.tx(async (q) => {
        const doomed = `SELECT number FROM requests WHERE (status = 'answered' AND answered_at < ?)
          OR (spam IS NOT NULL AND received_at < ?)`;
        // Notes, answers and the answers' letters hold personal data too: they go with their request.
        await q.run(`DELETE FROM answer_letters WHERE request_number IN (${doomed})`, [iso, iso]);
        await q.run(`DELETE FROM request_events WHERE request_number IN (${doomed})`, [iso, iso]);
        const { changes } = await q.run(
          `DELETE FROM requests WHERE (status = 'answered' AND answered_at < ?)
            OR (spam IS NOT NULL AND received_at < ?)`,
          [iso, iso],
        );
        return changes;
      });
    },
    async ping() {
      await db.get('SELECT 1');
    },
    close: () => db.close(),
  };
}

/** Opens, migrates and wraps a database as the request store. */
export async function openRequestStore(db: Db): Promise<RequestStore> {
  await migrate(db);
  return requestStore(db);
}
