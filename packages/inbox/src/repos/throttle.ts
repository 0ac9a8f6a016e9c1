import type { Queryable } from '../db/db.ts';

/** How many failed logins are allowed in a window, per account and per client IP. */
export interface ThrottlePolicy {
  windowMs: number;
  perAccount: number;
  perIp: number;
}

/**
 * Login throttling (ASVS V2.2.1) kept in the database so every process counts the same
 * failures. A key is locked once it has `limit` failures in the window; it opens again when the
 * oldest of them leaves the window, which is the time the message tells the person.
 */
export const loginThrottle = {
  /** Seconds until a login may be tried again for these keys; 0 when it may be tried now. */
  async retryAfter(
    q: Queryable,
    keys: { account: string; ip: string },
    at: Date,
    policy: ThrottlePolicy,
  ): Promise<number> {
    const since = new Date(at.getTime() - policy.windowMs).toISOString();
    let wait = 0;
    for (const [key, limit] of [
      [`account:${keys.account}`, policy.perAccount],
      [`ip:${keys.ip}`, policy.perIp],
    ] as const) {
      const rows = await q.all<{ at: string }>(
        'SELECT at FROM login_failures WHERE key = ? AND at > ? ORDER BY at DESC LIMIT ?',
        [key, since, limit],
      );
      if (rows.length < limit) continue;
      const oldest = Date.parse(rows[rows.length - 1]!.at);
      wait = Math.max(wait, Math.ceil((oldest + policy.windowMs - at.getTime()) / 1000));
    }
    return wait;
  },
  async recordFailure(
    q: Queryable,
    keys: { account: string; ip: string },
    at: Date,
  ): Promise<void> {
    const now = at.toISOString();
    await q.run('INSERT INTO login_failures (key, at) VALUES (?, ?), (?, ?)', [
      `account:${keys.account}`,
      now,
      `ip:${keys.ip}`,
      now,
    ]);
  },
  /** A successful login forgets the account's failures (not the IP's). */
  async clearAccount(q: Queryable, account: string): Promise<void> {
    await q.run('DELETE FROM login_failures WHERE key = ?', [`account:${account}`]);
  },
  async purgeBefore(q: Queryable, cutoff: Date): Promise<void> {
    await q.run('DELETE FROM login_failures WHERE at < ?', [cutoff.toISOString()]);
  },
};
