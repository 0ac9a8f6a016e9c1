import type { Param, Queryable } from '../db/db.ts';
import { answerLetters, type Delivery } from '../outbox/letters.ts';
import { REQUEST_COLUMNS } from '../store/requests.ts';
import { fromRow, type ReadRow } from '../store/row.ts';
import { REQUEST_STATUSES, type RequestStatus, type StoredRequest } from '../store/types.ts';
import type { User } from './users.ts';

/** Whose requests a staff member may see. */
export interface Viewer {
  departmentId: string;
  /** null: all of the department's requests. */
  own: { userId: number; personId: string | null } | null;
}

/** The viewer an account is: a methodist with scope "own" sees what is addressed or assigned to them. */
export function viewerOf(user: User): Viewer {
  return {
    departmentId: user.departmentId,
    own:
      user.role === 'methodist' && user.scope === 'own'
        ? { userId: user.id, personId: user.personId }
        : null,
  };
}

/** The console's filters. */
export interface RequestFilter {
  status?: RequestStatus;
  topic?: string;
  methodist?: string;
  assignee?: number | 'none';
  /** Received at or after (ISO). */
  from?: string;
  /** Received before (ISO). */
  to?: string;
  /** Words to find in the number, name, organization, e-mail, phone or message. */
  q?: string;
  spam?: boolean;
}

/** One line of the list. */
export interface RequestRow {
  number: string;
  receivedAt: string;
  topic: string;
  methodist: string | null;
  assignee: { id: number; name: string } | null;
  status: RequestStatus;
  organization: string;
  name: string;
  /** Nobody has opened it yet. */
  unread: boolean;
  spam: string | null;
}

/** One entry of a request's history. */
export interface HistoryEntry {
  id: number;
  at: string;
  kind: 'status' | 'note' | 'answer' | 'call' | 'assign';
  actor: { id: number; name: string } | null;
  text: string | null;
  from: string | null;
  to: string | null;
  /** An e-mail answer's letter: where its delivery is. */
  delivery?: Delivery;
}

interface ListRow extends ReadRow {
  first_viewed_at: string | null;
  assignee_id: number | null;
  assignee_name: string | null;
}

const LIKE_ESCAPE = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** WHERE clause and parameters for a viewer and a filter (without `status` when asked). */
function where(viewer: Viewer, filter: RequestFilter, withStatus: boolean) {
  const clauses = ['r.department_id = ?'];
  const params: Param[] = [viewer.departmentId];
  if (viewer.own) {
    clauses.push('(r.methodist = ? OR r.assignee_id = ?)');
    params.push(viewer.own.personId ?? '\u0000', viewer.own.userId);
  }
  clauses.push(filter.spam ? 'r.spam IS NOT NULL' : 'r.spam IS NULL');
  if (withStatus && filter.status) {
    clauses.push('r.status = ?');
    params.push(filter.status);
  }
  if (filter.topic) {
    clauses.push('r.topic = ?');
    params.push(filter.topic);
  }
  if (filter.methodist) {
    clauses.push('r.methodist = ?');
    params.push(filter.methodist);
  }
  if (filter.assignee === 'none') clauses.push('r.assignee_id IS NULL');
  else if (filter.assignee !== undefined) {
    clauses.push('r.assignee_id = ?');
    params.push(filter.assignee);
  }
  if (filter.from) {
    clauses.push('r.received_at >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    clauses.push('r.received_at < ?');
    params.push(filter.to);
  }
  for (const word of (filter.q ?? '').toLocaleLowerCase('ru').split(/\s+/).filter(Boolean)) {
    clauses.push("r.search_text LIKE ? ESCAPE '\\'");
    params.push(`%${LIKE_ESCAPE(word)}%`);
  }
  return { sql: clauses.join(' AND '), params };
}

const FROM = `FROM requests r LEFT JOIN users u ON u.id = r.assignee_id`;
/** The record's columns, named through the `r` alias of FROM. */
const ALIASED_COLUMNS = REQUEST_COLUMNS.split(', ')
  .map((c) => `r.${c}`)
  .join(', ');

function toListRow(row: ListRow): RequestRow {
  const record = fromRow(row);
  return {
    number: record.number,
    receivedAt: record.receivedAt,
    topic: record.request.topic,
    methodist: record.request.methodist ?? null,
    assignee:
      row.assignee_id === null || row.assignee_id === undefined
        ? null
        : { id: Number(row.assignee_id), name: row.assignee_name ?? '' },
    status: record.status,
    organization: record.request.organization.name,
    name: record.request.name,
    unread: row.first_viewed_at === null || row.first_viewed_at === undefined,
    spam: record.spam,
  };
}

/** The console's reads and writes of requests, always within what the viewer may see. */
export const consoleRequests = {
  async search(
    q: Queryable,
    viewer: Viewer,
    filter: RequestFilter,
    page: number,
    pageSize: number,
  ): Promise<{
    items: RequestRow[];
    total: number;
    counts: Record<RequestStatus, number>;
    topics: string[];
    methodists: string[];
  }> {
    const listed = where(viewer, filter, true);
    const rows = await q.all<ListRow>(
      `SELECT ${ALIASED_COLUMNS}, r.first_viewed_at,
         r.assignee_id, u.name AS assignee_name
       ${FROM} WHERE ${listed.sql} ORDER BY r.received_at DESC, r.id DESC LIMIT ? OFFSET ?`,
      [...listed.params, pageSize, (page - 1) * pageSize],
    );
    // Counts per status ignore the status filter, so the tabs show what each would list.
    const counted = where(viewer, filter, false);
    const countRows = await q.all<{ status: RequestStatus; n: number | string }>(
      `SELECT r.status, COUNT(*) AS n ${FROM} WHERE ${counted.sql} GROUP BY r.status`,
      counted.params,
    );
    const counts = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0])) as Record<
      RequestStatus,
      number
    >;
    for (const row of countRows) counts[row.status] = Number(row.n);
    const total = filter.status
      ? counts[filter.status]
      : REQUEST_STATUSES.reduce((sum, s) => sum + counts[s], 0);
    const scope = where(viewer, {}, false);
    const topics = await q.all<{ v: string }>(
      `SELECT DISTINCT r.topic AS v ${FROM} WHERE ${scope.sql} AND r.topic IS NOT NULL ORDER BY v`,
      scope.params,
    );
    const methodists = await q.all<{ v: string }>(
      `SELECT DISTINCT r.methodist AS v ${FROM} WHERE ${scope.sql} AND r.methodist IS NOT NULL ORDER BY v`,
      scope.params,
    );
    return {
      items: rows.map(toListRow),
      total,
      counts,
      topics: topics.map((t) => t.v),
      methodists: methodists.map((m) => m.v),
    };
  },

  /** The request with its assignee, or null when absent or not the viewer's to see. */
  async get(
    q: Queryable,
    viewer: Viewer,
    number: string,
  ): Promise<{
    request: StoredRequest;
    assignee: { id: number; name: string } | null;
    unread: boolean;
  } | null> {
    const scope = where(viewer, {}, false);
    const row = await q.get<ListRow>(
      `SELECT ${ALIASED_COLUMNS}, r.first_viewed_at,
         r.assignee_id, u.name AS assignee_name
       ${FROM} WHERE r.number = ? AND ${scope.sql.replace(/r\.spam IS NULL/, '1 = 1')}`,
      [number, ...scope.params],
    );
    if (!row) return null;
    const list = toListRow(row);
    return { request: fromRow(row), assignee: list.assignee, unread: list.unread };
  },

  async markViewed(q: Queryable, number: string, at: Date): Promise<void> {
    await q.run(
      'UPDATE requests SET first_viewed_at = ? WHERE number = ? AND first_viewed_at IS NULL',
      [at.toISOString(), number],
    );
  },

  /** Sets the status; `answered` records when, any other status clears it. Returns the old status. */
  async setStatus(
    q: Queryable,
    number: string,
    status: RequestStatus,
    at: Date,
  ): Promise<RequestStatus | null> {
    // The row is locked first, so of two concurrent changes the second reads the status the
    // first left (PostgreSQL; SQLite's write lock already orders them) and records no twin event.
    await q.run('UPDATE requests SET updated_at = updated_at WHERE number = ?', [number]);
    const old = await q.get<{ status: RequestStatus }>(
      'SELECT status FROM requests WHERE number = ?',
      [number],
    );
    if (!old) return null;
    const now = at.toISOString();
    await q.run(
      `UPDATE requests SET status = ?, updated_at = ?,
         answered_at = CASE WHEN ? = 'answered' THEN COALESCE(answered_at, ?) END
       WHERE number = ?`,
      [status, now, status, now, number],
    );
    return old.status;
  },

  async assign(q: Queryable, number: string, userId: number | null, at: Date): Promise<void> {
    await q.run('UPDATE requests SET assignee_id = ?, updated_at = ? WHERE number = ?', [
      userId,
      at.toISOString(),
      number,
    ]);
  },

  async addEvent(
    q: Queryable,
    event: {
      departmentId: string;
      number: string;
      actorId: number | null;
      kind: HistoryEntry['kind'];
      text?: string | null;
      from?: string | null;
      to?: string | null;
    },
    at: Date,
  ): Promise<void> {
    await q.run(
      `INSERT INTO request_events (department_id, request_number, at, actor_id, kind, body, from_status, to_status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        event.departmentId,
        event.number,
        at.toISOString(),
        event.actorId,
        event.kind,
        event.text ?? null,
        event.from ?? null,
        event.to ?? null,
      ],
    );
  },

  /**
   * Records an answer (or a note of a call) under the console's key for it; null when that key
   * was already used, so a repeated POST adds nothing. On PostgreSQL a concurrent insert of the
   * same key waits for the other transaction and then finds the key taken.
   */
  async addAnswer(
    q: Queryable,
    event: {
      departmentId: string;
      number: string;
      actorId: number | null;
      kind: 'answer' | 'call';
      text: string;
      idempotencyKey: string;
    },
    at: Date,
  ): Promise<number | null> {
    const row = await q.get<{ id: number | string }>(
      `INSERT INTO request_events (department_id, request_number, at, actor_id, kind, body, idempotency_key)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (department_id, idempotency_key) DO NOTHING RETURNING id`,
      [
        event.departmentId,
        event.number,
        at.toISOString(),
        event.actorId,
        event.kind,
        event.text,
        event.idempotencyKey,
      ],
    );
    return row ? Number(row.id) : null;
  },

  /** The request an answer key was used for, if any. */
  /** What an answer's key recorded: on which request, answer or call, with which text. */
  async answerByKey(
    q: Queryable,
    departmentId: string,
    idempotencyKey: string,
  ): Promise<{ number: string; kind: string; text: string | null } | null> {
    const row = await q.get<{ request_number: string; kind: string; body: string | null }>(
      `SELECT request_number, kind, body FROM request_events
       WHERE department_id = ? AND idempotency_key = ?`,
      [departmentId, idempotencyKey],
    );
    return row ? { number: row.request_number, kind: row.kind, text: row.body } : null;
  },

  async history(q: Queryable, number: string): Promise<HistoryEntry[]> {
    const rows = await q.all<{
      id: number;
      at: string;
      kind: HistoryEntry['kind'];
      actor_id: number | null;
      actor_name: string | null;
      body: string | null;
      from_status: string | null;
      to_status: string | null;
    }>(
      `SELECT e.id, e.at, e.kind, e.actor_id, u.name AS actor_name, e.body, e.from_status, e.to_status
       FROM request_events e LEFT JOIN users u ON u.id = e.actor_id
       WHERE e.request_number = ? ORDER BY e.id`,
      [number],
    );
    const deliveries = await answerLetters.deliveries(q, number);
    return rows.map((row) => ({
      id: Number(row.id),
      at: row.at,
      kind: row.kind,
      actor:
        row.actor_id === null ? null : { id: Number(row.actor_id), name: row.actor_name ?? '' },
      text: row.body,
      from: row.from_status,
      to: row.to_status,
      ...(deliveries.has(Number(row.id)) ? { delivery: deliveries.get(Number(row.id))! } : {}),
    }));
  },

  /** Full records for an export, newest first, within what the viewer may see. */
  async records(
    q: Queryable,
    viewer: Viewer,
    filter: RequestFilter,
    limit: number,
  ): Promise<StoredRequest[]> {
    const listed = where(viewer, filter, true);
    const rows = await q.all<ReadRow>(
      `SELECT ${ALIASED_COLUMNS}
       ${FROM} WHERE ${listed.sql} ORDER BY r.received_at DESC, r.id DESC LIMIT ?`,
      [...listed.params, limit],
    );
    return rows.map(fromRow);
  },

  /** Whether the department holds this number at all (to tell "not yours" from "no such"). */
  async exists(q: Queryable, departmentId: string, number: string): Promise<boolean> {
    return Boolean(
      await q.get('SELECT 1 AS x FROM requests WHERE department_id = ? AND number = ?', [
        departmentId,
        number,
      ]),
    );
  },

  /** Deletes a person's requests and their history (withdrawal of consent); returns how many. */
  async deleteByContact(
    q: Queryable,
    departmentId: string,
    keys: { email: string | null; phone: string | null },
  ): Promise<number> {
    const match =
      'SELECT number FROM requests WHERE department_id = ? AND (email_norm = ? OR phone_norm = ?)';
    const params = [departmentId, keys.email, keys.phone];
    // The letters hold the address and the answer: they go with the request.
    await q.run(`DELETE FROM answer_letters WHERE request_number IN (${match})`, params);
    await q.run(`DELETE FROM request_events WHERE request_number IN (${match})`, params);
    const { changes } = await q.run(
      'DELETE FROM requests WHERE department_id = ? AND (email_norm = ? OR phone_norm = ?)',
      params,
    );
    return changes;
  },

  /** Numbers of the requests with this e-mail or phone (normalized keys), for a withdrawal. */
  async byContact(
    q: Queryable,
    departmentId: string,
    keys: { email: string | null; phone: string | null },
  ): Promise<{ number: string; receivedAt: string; status: RequestStatus }[]> {
    return (
      await q.all<{ number: string; received_at: string; status: RequestStatus }>(
        `SELECT number, received_at, status FROM requests
         WHERE department_id = ? AND (email_norm = ? OR phone_norm = ?) ORDER BY id`,
        [departmentId, keys.email, keys.phone],
      )
    ).map((r) => ({ number: r.number, receivedAt: r.received_at, status: r.status }));
  },
};
