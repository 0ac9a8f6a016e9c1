import type { Param, Queryable } from '../db/db.ts';

/**
 * What the audit log records. It names requests by number only: no teacher's name, e-mail,
 * phone or text is ever written here, so the log can outlive the requests (152-ФЗ).
 */
export const AUDIT_ACTIONS = [
  'session.login',
  'session.login_failed',
  'session.logout',
  'session.logout_everywhere',
  'account.setup',
  'account.create',
  'account.update',
  'account.password',
  'account.reset_link',
  'request.view',
  'request.status',
  'request.assign',
  'request.note',
  'request.answer',
  /** A methodist sent a failed answer letter again. */
  'request.answer_resend',
  'requests.export',
  'withdrawal.search',
  'withdrawal.delete',
  'retention.purge',
  'settings.update',
  'token.create',
  'token.revoke',
  'registrations.view',
  'registrations.export',
  'registration.move',
  'registration.attendance',
  'registrations.message',
  'content.save',
  'content.import',
  /** The first draft and version taken from INBOX_FEED when the service first starts. */
  'content.seed',
  'feed.publish',
  'feed.rollback',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who did it: a staff account, or the system (retention, a script token). */
export interface Actor {
  id: number | null;
  name: string;
}

/** One entry to record. */
export interface AuditEntry {
  departmentId: string;
  actor: Actor | null;
  action: AuditAction;
  /** A request number, an account's e-mail, a token's name — never a teacher's data. */
  target?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

/** An entry as read back. */
export interface AuditRecord {
  id: number;
  at: string;
  actor: Actor | null;
  action: AuditAction;
  target: string | null;
  details: Record<string, unknown> | null;
}

/** Filters of the administrator's audit page. */
export interface AuditQuery {
  action?: string;
  actorId?: number;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

interface AuditRow {
  id: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  action: AuditAction;
  target: string | null;
  details: string | null;
}

export const audit = {
  /** Writes an entry; called inside the same transaction as the change it records. */
  async record(q: Queryable, entry: AuditEntry, at: Date): Promise<void> {
    await q.run(
      `INSERT INTO audit_log (department_id, at, actor_id, actor_name, action, target, details)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        entry.departmentId,
        at.toISOString(),
        entry.actor?.id ?? null,
        entry.actor?.name ?? null,
        entry.action,
        entry.target ?? null,
        entry.details ? JSON.stringify(entry.details) : null,
      ],
    );
  },
  async list(
    q: Queryable,
    departmentId: string,
    query: AuditQuery,
  ): Promise<{ items: AuditRecord[]; total: number }> {
    const where = ['department_id = ?'];
    const params: Param[] = [departmentId];
    if (query.action) {
      where.push('action = ?');
      params.push(query.action);
    }
    if (query.actorId !== undefined) {
      where.push('actor_id = ?');
      params.push(query.actorId);
    }
    if (query.from) {
      where.push('at >= ?');
      params.push(query.from);
    }
    if (query.to) {
      where.push('at < ?');
      params.push(query.to);
    }
    const clause = where.join(' AND ');
    const total = await q.get<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM audit_log WHERE ${clause}`,
      params,
    );
    const rows = await q.all<AuditRow>(
      `SELECT id, at, actor_id, actor_name, action, target, details FROM audit_log
       WHERE ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      total: Number(total?.n ?? 0),
      items: rows.map((row) => ({
        id: Number(row.id),
        at: row.at,
        actor:
          row.actor_name === null
            ? null
            : { id: row.actor_id === null ? null : Number(row.actor_id), name: row.actor_name },
        action: row.action,
        target: row.target,
        details: row.details ? JSON.parse(row.details) : null,
      })),
    };
  },
};
