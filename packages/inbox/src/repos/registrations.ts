import type { RegistrationRequest, RegistrationStatus } from '@metodika/feed';
import type { Param, Queryable } from '../db/db.ts';
import { randomToken, tokenHash } from '../security/secrets.ts';
import { normalizeEmail, normalizePhone } from '../store/row.ts';

/** What the service knows of an event's registration (from the feed). */
export interface RegistrationPolicy {
  departmentId: string;
  eventId: string;
  /** null: no limit. */
  capacity: number | null;
  waitlist: boolean;
}

/** One sign-up as stored. */
export interface Registration {
  id: number;
  eventId: string;
  status: RegistrationStatus;
  createdAt: string;
  promotedAt: string | null;
  cancelledAt: string | null;
  attended: boolean | null;
  request: Omit<RegistrationRequest, 'website' | 'consent' | 'idempotencyKey'>;
  consent: { version: string; acceptedAt: string };
}

interface RegistrationRow {
  id: number;
  event_id: string;
  status: RegistrationStatus;
  created_at: string;
  promoted_at: string | null;
  cancelled_at: string | null;
  attended: number | null;
  payload: string | object;
  consent_version: string;
  consent_accepted_at: string;
}

const COLUMNS =
  'id, event_id, status, created_at, promoted_at, cancelled_at, attended, payload, consent_version, consent_accepted_at';

function toRegistration(row: RegistrationRow): Registration {
  return {
    id: Number(row.id),
    eventId: row.event_id,
    status: row.status,
    createdAt: row.created_at,
    promotedAt: row.promoted_at,
    cancelledAt: row.cancelled_at,
    attended:
      row.attended === null || row.attended === undefined ? null : Boolean(Number(row.attended)),
    request:
      typeof row.payload === 'string'
        ? JSON.parse(row.payload)
        : (row.payload as Registration['request']),
    consent: { version: row.consent_version, acceptedAt: row.consent_accepted_at },
  };
}

/** The outcome of a sign-up: stored now, already stored under this key, or refused. */
export type SignUpResult =
  | { kind: 'stored'; registration: Registration; cancelToken: string; created: true }
  | { kind: 'repeat'; registration: Registration; created: false }
  | { kind: 'duplicate'; registration: Registration }
  | { kind: 'full' };

/** Counts of an event's list. */
export interface RegistrationCounts {
  confirmed: number;
  waiting: number;
}

/**
 * Registrations. A sign-up and a cancellation each run in one transaction that first bumps the
 * event's row in `registration_events`: concurrent writers for one event (in one process or
 * several on one PostgreSQL) queue there, so the count they read is the count they commit
 * against, and capacity is never exceeded.
 */
export const registrations = {
  /** Takes the event's lock for the rest of the transaction. */
  async lockEvent(q: Queryable, departmentId: string, eventId: string): Promise<void> {
    await q.run(
      `INSERT INTO registration_events (department_id, event_id, version) VALUES (?, ?, 0)
       ON CONFLICT (department_id, event_id) DO NOTHING`,
      [departmentId, eventId],
    );
    await q.run(
      'UPDATE registration_events SET version = version + 1 WHERE department_id = ? AND event_id = ?',
      [departmentId, eventId],
    );
  },

  async counts(q: Queryable, departmentId: string, eventId: string): Promise<RegistrationCounts> {
    const rows = await q.all<{ status: RegistrationStatus; n: number | string }>(
      `SELECT status, COUNT(*) AS n FROM registrations WHERE department_id = ? AND event_id = ?
       AND status <> 'cancelled' GROUP BY status`,
      [departmentId, eventId],
    );
    const counts = { confirmed: 0, waiting: 0 };
    for (const row of rows) if (row.status !== 'cancelled') counts[row.status] = Number(row.n);
    return counts;
  },

  /** Stores a sign-up as confirmed while places last, then on the waiting list when it is open. */
  async signUp(
    q: Queryable,
    policy: RegistrationPolicy,
    input: { request: RegistrationRequest; ip: string | null },
    at: Date,
  ): Promise<SignUpResult> {
    const { request } = input;
    const repeat = await q.get<RegistrationRow>(
      `SELECT ${COLUMNS} FROM registrations WHERE department_id = ? AND event_id = ? AND idempotency_key = ?`,
      [policy.departmentId, policy.eventId, request.idempotencyKey],
    );
    if (repeat) return { kind: 'repeat', registration: toRegistration(repeat), created: false };
    await registrations.lockEvent(q, policy.departmentId, policy.eventId);
    const emailNorm = normalizeEmail(request.email);
    const existing = await q.get<RegistrationRow>(
      `SELECT ${COLUMNS} FROM registrations WHERE department_id = ? AND event_id = ? AND email_norm = ?
       AND status <> 'cancelled'`,
      [policy.departmentId, policy.eventId, emailNorm],
    );
    if (existing) return { kind: 'duplicate', registration: toRegistration(existing) };
    const counts = await registrations.counts(q, policy.departmentId, policy.eventId);
    const hasPlace = policy.capacity === null || counts.confirmed < policy.capacity;
    if (!hasPlace && !policy.waitlist) return { kind: 'full' };
    const status: RegistrationStatus = hasPlace ? 'confirmed' : 'waiting';
    const cancelToken = randomToken();
    const { website: _honeypot, consent, idempotencyKey, ...payload } = request;
    const now = at.toISOString();
    const row = await q.get<RegistrationRow>(
      `INSERT INTO registrations (department_id, event_id, idempotency_key, status, email_norm, phone_norm,
         cancel_token_hash, consent_version, consent_accepted_at, client_ip, payload, created_at, updated_at, waiting_since)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
      [
        policy.departmentId,
        policy.eventId,
        idempotencyKey,
        status,
        emailNorm,
        request.phone ? normalizePhone(request.phone) : null,
        tokenHash(cancelToken),
        consent.version,
        consent.acceptedAt,
        input.ip,
        JSON.stringify(payload),
        now,
        now,
        status === 'waiting' ? now : null,
      ],
    );
    return { kind: 'stored', registration: toRegistration(row!), cancelToken, created: true };
  },

  /** The registration a cancellation token belongs to. */
  async byCancelToken(
    q: Queryable,
    token: string,
  ): Promise<(Registration & { departmentId: string }) | null> {
    const row = await q.get<RegistrationRow & { department_id: string }>(
      `SELECT ${COLUMNS}, department_id FROM registrations WHERE cancel_token_hash = ?`,
      [tokenHash(token)],
    );
    return row ? { ...toRegistration(row), departmentId: row.department_id } : null;
  },

  async byId(q: Queryable, departmentId: string, id: number): Promise<Registration | null> {
    const row = await q.get<RegistrationRow>(
      `SELECT ${COLUMNS} FROM registrations WHERE department_id = ? AND id = ?`,
      [departmentId, id],
    );
    return row ? toRegistration(row) : null;
  },

  /**
   * Cancels a live registration; when it held a place, the first person waiting takes it.
   * Returns the promoted registration (to tell them), or null. Call inside a transaction.
   */
  async cancel(
    q: Queryable,
    policy: RegistrationPolicy,
    id: number,
    at: Date,
  ): Promise<{ cancelled: boolean; promoted: Registration | null }> {
    await registrations.lockEvent(q, policy.departmentId, policy.eventId);
    const now = at.toISOString();
    const before = await registrations.byId(q, policy.departmentId, id);
    if (!before || before.status === 'cancelled') return { cancelled: false, promoted: null };
    await q.run(
      "UPDATE registrations SET status = 'cancelled', cancelled_at = ?, updated_at = ? WHERE id = ?",
      [now, now, id],
    );
    return { cancelled: true, promoted: await registrations.fillPlaces(q, policy, at) };
  },

  /**
   * Moves the first waiting people into free places; returns the first one moved, if any.
   * `except`: someone just moved to the waiting list, who must not take their place back.
   */
  async fillPlaces(
    q: Queryable,
    policy: RegistrationPolicy,
    at: Date,
    except = -1,
  ): Promise<Registration | null> {
    const counts = await registrations.counts(q, policy.departmentId, policy.eventId);
    const free =
      policy.capacity === null ? counts.waiting : Math.max(0, policy.capacity - counts.confirmed);
    if (free === 0) return null;
    const waiting = await q.all<{ id: number }>(
      `SELECT id FROM registrations WHERE department_id = ? AND event_id = ? AND status = 'waiting'
       AND id <> ? ORDER BY waiting_since, id LIMIT ?`,
      [policy.departmentId, policy.eventId, except, free],
    );
    const now = at.toISOString();
    for (const row of waiting) {
      await q.run(
        "UPDATE registrations SET status = 'confirmed', promoted_at = ?, updated_at = ? WHERE id = ?",
        [now, now, row.id],
      );
    }
    return waiting.length
      ? registrations.byId(q, policy.departmentId, Number(waiting[0]!.id))
      : null;
  },

  /** A waiting registration's place in the queue (1 = next to get a place), or null. */
  async position(
    q: Queryable,
    departmentId: string,
    eventId: string,
    id: number,
  ): Promise<number | null> {
    const row = await q.get<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM registrations w, registrations me
       WHERE me.id = ? AND me.status = 'waiting' AND w.department_id = ? AND w.event_id = ? AND w.status = 'waiting'
         AND (w.waiting_since < me.waiting_since OR (w.waiting_since = me.waiting_since AND w.id <= me.id))`,
      [id, departmentId, eventId],
    );
    const n = Number(row?.n ?? 0);
    return n > 0 ? n : null;
  },

  /** An event's list for the console: confirmed then waiting (in order), cancelled last. */
  async list(q: Queryable, departmentId: string, eventId: string): Promise<Registration[]> {
    const rows = await q.all<RegistrationRow>(
      `SELECT ${COLUMNS} FROM registrations WHERE department_id = ? AND event_id = ?
       ORDER BY CASE status WHEN 'confirmed' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END,
         CASE WHEN status = 'waiting' THEN waiting_since END, id`,
      [departmentId, eventId],
    );
    return rows.map(toRegistration);
  },

  async setStatus(
    q: Queryable,
    id: number,
    status: Exclude<RegistrationStatus, 'cancelled'>,
    at: Date,
  ): Promise<void> {
    // Moved to the waiting list: to its end, behind those already waiting.
    await q.run(
      `UPDATE registrations SET status = ?, updated_at = ?,
         waiting_since = CASE WHEN ? = 'waiting' THEN ? ELSE waiting_since END WHERE id = ?`,
      [status, at.toISOString(), status, at.toISOString(), id],
    );
  },

  async setAttended(
    q: Queryable,
    departmentId: string,
    id: number,
    attended: boolean | null,
  ): Promise<void> {
    await q.run('UPDATE registrations SET attended = ? WHERE department_id = ? AND id = ?', [
      attended === null ? null : Number(attended),
      departmentId,
      id,
    ]);
  },

  /** A person's registrations by e-mail or phone (normalized keys), for a withdrawal. */
  async byContact(
    q: Queryable,
    departmentId: string,
    keys: { email: string | null; phone: string | null },
  ): Promise<{ id: number; eventId: string; status: RegistrationStatus; createdAt: string }[]> {
    const rows = await q.all<{
      id: number;
      event_id: string;
      status: RegistrationStatus;
      created_at: string;
    }>(
      `SELECT id, event_id, status, created_at FROM registrations
       WHERE department_id = ? AND (email_norm = ? OR phone_norm = ?) ORDER BY id`,
      [departmentId, keys.email, keys.phone],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      eventId: r.event_id,
      status: r.status,
      createdAt: r.created_at,
    }));
  },

  /** Deletes a person's registrations (withdrawal of consent); returns how many. */
  async deleteByContact(
    q: Queryable,
    departmentId: string,
    keys: { email: string | null; phone: string | null },
  ): Promise<number> {
    const params: Param[] = [departmentId, keys.email, keys.phone];
    return (
      await q.run(
        'DELETE FROM registrations WHERE department_id = ? AND (email_norm = ? OR phone_norm = ?)',
        params,
      )
    ).changes;
  },
};
