import type { Queryable } from '../db/db.ts';
import { randomToken, tokenHash } from '../security/secrets.ts';

/** setup: the first administrator; invite: a new account sets its password; reset: a new password. */
export type LinkPurpose = 'setup' | 'invite' | 'reset';

/** A one-time link as read back. */
export interface OneTimeLink {
  purpose: LinkPurpose;
  departmentId: string;
  userId: number | null;
  expiresAt: string;
  usedAt: string | null;
}

interface LinkRow {
  purpose: LinkPurpose;
  department_id: string;
  user_id: number | null;
  expires_at: string;
  used_at: string | null;
}

/** One-time links: the token travels only in the URL; the table keeps its hash. */
export const links = {
  async create(
    q: Queryable,
    input: { purpose: LinkPurpose; departmentId: string; userId: number | null; ttlMs: number },
    at: Date,
  ): Promise<string> {
    const token = randomToken();
    // A new link for the same account and purpose replaces the older ones.
    if (input.userId !== null) {
      await q.run('DELETE FROM one_time_links WHERE user_id = ? AND used_at IS NULL', [
        input.userId,
      ]);
    } else {
      await q.run("DELETE FROM one_time_links WHERE purpose = 'setup' AND used_at IS NULL");
    }
    await q.run(
      `INSERT INTO one_time_links (token_hash, department_id, user_id, purpose, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [
        tokenHash(token),
        input.departmentId,
        input.userId,
        input.purpose,
        at.toISOString(),
        new Date(at.getTime() + input.ttlMs).toISOString(),
      ],
    );
    return token;
  },
  async find(q: Queryable, token: string): Promise<OneTimeLink | null> {
    const row = await q.get<LinkRow>(
      'SELECT purpose, department_id, user_id, expires_at, used_at FROM one_time_links WHERE token_hash = ?',
      [tokenHash(token)],
    );
    if (!row) return null;
    return {
      purpose: row.purpose,
      departmentId: row.department_id,
      userId: row.user_id === null ? null : Number(row.user_id),
      expiresAt: row.expires_at,
      usedAt: row.used_at,
    };
  },
  /** Marks the link used; false when it was already used (a second tab, a replay). */
  async consume(q: Queryable, token: string, at: Date): Promise<boolean> {
    const { changes } = await q.run(
      'UPDATE one_time_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?',
      [at.toISOString(), tokenHash(token), at.toISOString()],
    );
    return changes === 1;
  },
};
