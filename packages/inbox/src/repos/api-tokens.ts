import type { Queryable } from '../db/db.ts';
import { randomToken, tokenHash } from '../security/secrets.ts';

/** A token for scripts (the `/api/consultations` listing and status changes), as listed. */
export interface ApiToken {
  id: number;
  name: string;
  createdAt: string;
  createdBy: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface TokenRow {
  id: number;
  name: string;
  created_at: string;
  created_by_name: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  department_id?: string;
}

const toToken = (row: TokenRow): ApiToken => ({
  id: Number(row.id),
  name: row.name,
  createdAt: row.created_at,
  createdBy: row.created_by_name,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

const SELECT = `SELECT t.id, t.name, t.created_at, u.name AS created_by_name, t.last_used_at,
  t.revoked_at, t.department_id FROM api_tokens t LEFT JOIN users u ON u.id = t.created_by`;

/** Script tokens an administrator creates and revokes; the secret is shown once, stored hashed. */
export const apiTokens = {
  async create(
    q: Queryable,
    input: { departmentId: string; name: string; createdBy: number },
    at: Date,
  ): Promise<{ token: ApiToken; secret: string }> {
    const secret = `mtk_${randomToken()}`;
    const row = await q.get<{ id: number }>(
      `INSERT INTO api_tokens (department_id, name, token_hash, created_by, created_at)
       VALUES (?, ?, ?, ?, ?) RETURNING id`,
      [input.departmentId, input.name.trim(), tokenHash(secret), input.createdBy, at.toISOString()],
    );
    const token = await q.get<TokenRow>(`${SELECT} WHERE t.id = ?`, [row!.id]);
    return { token: toToken(token!), secret };
  },
  async list(q: Queryable, departmentId: string): Promise<ApiToken[]> {
    return (
      await q.all<TokenRow>(`${SELECT} WHERE t.department_id = ? ORDER BY t.id DESC`, [
        departmentId,
      ])
    ).map(toToken);
  },
  async revoke(q: Queryable, departmentId: string, id: number, at: Date): Promise<ApiToken | null> {
    await q.run(
      'UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND department_id = ?',
      [at.toISOString(), id, departmentId],
    );
    const row = await q.get<TokenRow>(`${SELECT} WHERE t.id = ? AND t.department_id = ?`, [
      id,
      departmentId,
    ]);
    return row ? toToken(row) : null;
  },
  /** The department a live token belongs to, or null; notes its use at most once a minute. */
  async verify(
    q: Queryable,
    secret: string,
    at: Date,
  ): Promise<{ id: number; departmentId: string } | null> {
    const row = await q.get<{ id: number; department_id: string; last_used_at: string | null }>(
      'SELECT id, department_id, last_used_at FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL',
      [tokenHash(secret)],
    );
    if (!row) return null;
    if (!row.last_used_at || at.getTime() - Date.parse(row.last_used_at) > 60_000) {
      await q.run('UPDATE api_tokens SET last_used_at = ? WHERE id = ?', [
        at.toISOString(),
        row.id,
      ]);
    }
    return { id: Number(row.id), departmentId: row.department_id };
  },
};
