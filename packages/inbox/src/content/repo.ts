import { createHash } from 'node:crypto';
import type { Queryable } from '../db/db.ts';

/** The draft as stored. */
export interface Draft {
  document: Record<string, unknown>;
  revision: number;
  updatedAt: string;
  updatedBy: string | null;
}

/** A published version (without its document unless asked). */
export interface Version {
  number: number;
  etag: string;
  publishedAt: string;
  publishedBy: string | null;
  note: string | null;
}

/** The bytes served for a document: what the ETag hashes. */
export const serialize = (document: unknown) => JSON.stringify(document, null, 2);

/** A strong ETag of the served bytes. */
export const etagOf = (text: string) =>
  `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;

interface VersionRow {
  number: number;
  etag: string;
  published_at: string;
  published_by: string | null;
  note: string | null;
}

const toVersion = (row: VersionRow): Version => ({
  number: Number(row.number),
  etag: row.etag,
  publishedAt: row.published_at,
  publishedBy: row.published_by,
  note: row.note,
});

/** The department's feed content: one draft, and every version published. */
export const content = {
  async draft(q: Queryable, departmentId: string): Promise<Draft | null> {
    const row = await q.get<{
      document: string;
      revision: number;
      updated_at: string;
      updated_by: string | null;
    }>(
      'SELECT document, revision, updated_at, updated_by FROM feed_drafts WHERE department_id = ?',
      [departmentId],
    );
    return row
      ? {
          document: JSON.parse(row.document),
          revision: Number(row.revision),
          updatedAt: row.updated_at,
          updatedBy: row.updated_by,
        }
      : null;
  },

  /**
   * Saves the draft when `baseRevision` is the stored one (0 for the first save); otherwise
   * returns null, so the caller can tell the editor a colleague saved first.
   */
  async saveDraft(
    q: Queryable,
    departmentId: string,
    document: Record<string, unknown>,
    baseRevision: number,
    by: string,
    at: Date,
  ): Promise<Draft | null> {
    const text = JSON.stringify(document);
    const now = at.toISOString();
    if (baseRevision === 0) {
      const inserted = await q.run(
        `INSERT INTO feed_drafts (department_id, document, revision, updated_at, updated_by) VALUES (?, ?, 1, ?, ?)
         ON CONFLICT (department_id) DO NOTHING`,
        [departmentId, text, now, by],
      );
      if (inserted.changes !== 1) return null;
    } else {
      const updated = await q.run(
        `UPDATE feed_drafts SET document = ?, revision = revision + 1, updated_at = ?, updated_by = ?
         WHERE department_id = ? AND revision = ?`,
        [text, now, by, departmentId, baseRevision],
      );
      if (updated.changes !== 1) return null;
    }
    return content.draft(q, departmentId);
  },

  /** Stores a new published version numbered after the last. */
  async publish(
    q: Queryable,
    departmentId: string,
    document: unknown,
    by: string,
    note: string | null,
    at: Date,
  ): Promise<Version> {
    const last = await q.get<{ n: number | null }>(
      'SELECT MAX(number) AS n FROM feed_versions WHERE department_id = ?',
      [departmentId],
    );
    const text = serialize(document);
    const row = await q.get<VersionRow>(
      `INSERT INTO feed_versions (department_id, number, document, etag, published_at, published_by, note)
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING number, etag, published_at, published_by, note`,
      [departmentId, Number(last?.n ?? 0) + 1, text, etagOf(text), at.toISOString(), by, note],
    );
    return toVersion(row!);
  },

  async versions(q: Queryable, departmentId: string): Promise<Version[]> {
    return (
      await q.all<VersionRow>(
        'SELECT number, etag, published_at, published_by, note FROM feed_versions WHERE department_id = ? ORDER BY number DESC',
        [departmentId],
      )
    ).map(toVersion);
  },

  /**
   * The newest version's ETag alone: what every request for the public feed asks, most of them
   * to be told 304, so the document's bytes are read only when a new version appears.
   */
  async latestEtag(q: Queryable, departmentId: string): Promise<string | null> {
    const row = await q.get<{ etag: string }>(
      'SELECT etag FROM feed_versions WHERE department_id = ? ORDER BY number DESC LIMIT 1',
      [departmentId],
    );
    return row?.etag ?? null;
  },

  /** One version with its exact bytes; the newest when `number` is omitted. */
  async version(
    q: Queryable,
    departmentId: string,
    number?: number,
  ): Promise<(Version & { text: string }) | null> {
    const row = await q.get<VersionRow & { document: string }>(
      `SELECT number, etag, published_at, published_by, note, document FROM feed_versions WHERE department_id = ?
       ${number === undefined ? '' : 'AND number = ?'} ORDER BY number DESC LIMIT 1`,
      number === undefined ? [departmentId] : [departmentId, number],
    );
    return row ? { ...toVersion(row), text: row.document } : null;
  },
};
