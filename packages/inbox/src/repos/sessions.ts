import type { Queryable } from '../db/db.ts';
import { randomToken, tokenHash } from '../security/secrets.ts';

/** How long a session lives without use, and at most (ASVS V3.3: idle and absolute timeouts). */
export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

/** A live session: who, and since when. */
export interface Session {
  idHash: string;
  userId: number;
  departmentId: string;
  createdAt: string;
}

interface SessionRow {
  id_hash: string;
  user_id: number;
  department_id: string;
  created_at: string;
  last_seen_at: string;
  absolute_expires_at: string;
}

/**
 * Sessions live in the database, so every service process behind a proxy knows them and
 * "log out everywhere" reaches them all. The cookie holds a random id; the table holds its hash.
 * `last_seen_at` is written at most once a minute, so reading pages does not mean writing rows.
 */
export const sessions = {
  async create(
    q: Queryable,
    user: { id: number; departmentId: string },
    at: Date,
    limits: SessionLimits,
  ): Promise<{ id: string; session: Session }> {
    const id = randomToken();
    const now = at.toISOString();
    const idHash = tokenHash(id);
    await q.run(
      `INSERT INTO sessions (id_hash, department_id, user_id, created_at, last_seen_at, absolute_expires_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [
        idHash,
        user.departmentId,
        user.id,
        now,
        now,
        new Date(at.getTime() + limits.absoluteMs).toISOString(),
      ],
    );
    return {
      id,
      session: { idHash, userId: user.id, departmentId: user.departmentId, createdAt: now },
    };
  },
  /** The session for a cookie value, or null when unknown, idle too long or past its end. */
  async resolve(
    q: Queryable,
    id: string,
    at: Date,
    limits: SessionLimits,
  ): Promise<Session | null> {
    const idHash = tokenHash(id);
    const row = await q.get<SessionRow>(
      `SELECT id_hash, user_id, department_id, created_at, last_seen_at, absolute_expires_at
       FROM sessions WHERE id_hash = ?`,
      [idHash],
    );
    if (!row) return null;
    const now = at.getTime();
    const lastSeen = Date.parse(row.last_seen_at);
    if (now >= Date.parse(row.absolute_expires_at) || now - lastSeen >= limits.idleMs) {
      await q.run('DELETE FROM sessions WHERE id_hash = ?', [idHash]);
      return null;
    }
    if (now - lastSeen > 60_000) {
      await q.run('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?', [
        at.toISOString(),
        idHash,
      ]);
    }
    return {
      idHash,
      userId: Number(row.user_id),
      departmentId: row.department_id,
      createdAt: row.created_at,
    };
  },
  async destroy(q: Queryable, idHash: string): Promise<void> {
    await q.run('DELETE FROM sessions WHERE id_hash = ?', [idHash]);
  },
  /** Ends every session of a user: "log out everywhere", a password reset, a disabled account. */
  async destroyAllFor(q: Queryable, userId: number): Promise<number> {
    return (await q.run('DELETE FROM sessions WHERE user_id = ?', [userId])).changes;
  },
  async purgeExpired(q: Queryable, at: Date, limits: SessionLimits): Promise<number> {
    const idleCutoff = new Date(at.getTime() - limits.idleMs).toISOString();
    return (
      await q.run('DELETE FROM sessions WHERE absolute_expires_at <= ? OR last_seen_at <= ?', [
        at.toISOString(),
        idleCutoff,
      ])
    ).changes;
  },
};
