import { requestSearchText } from '../store/row.ts';
import { type Db, DIALECTS, type Dialect, type Queryable } from './db.ts';

/** The department every row belongs to until the service hosts several. */
export const DEFAULT_DEPARTMENT = 'default';

interface Migration {
  version: number;
  /** What it does, for the log. */
  name: string;
  up(q: Queryable, d: Dialect, kind: Db['kind']): Promise<void>;
}

const exec = async (q: Queryable, statements: string[]) => {
  for (const sql of statements) await q.run(sql);
};

/**
 * The schema, in order. A database of the receiver before the console (no migrations table)
 * takes version 1 as a no-op: its statements only create what is missing.
 */
const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'requests and their yearly counters',
    up: (q, d) =>
      exec(q, [
        `CREATE TABLE IF NOT EXISTS requests (
          id ${d.id},
          number TEXT NOT NULL UNIQUE,
          idempotency_key TEXT NOT NULL UNIQUE,
          status TEXT NOT NULL,
          spam TEXT,
          received_at ${d.time} NOT NULL,
          answered_at ${d.time},
          updated_at ${d.time} NOT NULL,
          consent_version TEXT NOT NULL,
          consent_accepted_at TEXT NOT NULL,
          client_ip TEXT,
          email_norm TEXT,
          phone_norm TEXT,
          payload ${d.json} NOT NULL
        )`,
        'CREATE INDEX IF NOT EXISTS requests_status ON requests (status, spam)',
        'CREATE INDEX IF NOT EXISTS requests_email ON requests (email_norm)',
        'CREATE INDEX IF NOT EXISTS requests_phone ON requests (phone_norm)',
        'CREATE TABLE IF NOT EXISTS counters (year INTEGER PRIMARY KEY, last INTEGER NOT NULL)',
      ]),
  },
  {
    version: 2,
    name: 'departments, accounts, sessions, audit, request history',
    async up(q, d) {
      await exec(q, [
        `CREATE TABLE departments (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          created_at ${d.time} NOT NULL
        )`,
        `INSERT INTO departments (id, name, created_at) VALUES ('${DEFAULT_DEPARTMENT}', 'Методическая служба', '${new Date().toISOString()}')`,
        `ALTER TABLE requests ADD COLUMN department_id TEXT NOT NULL DEFAULT '${DEFAULT_DEPARTMENT}'`,
        'ALTER TABLE requests ADD COLUMN assignee_id INTEGER',
        'ALTER TABLE requests ADD COLUMN search_text TEXT',
        'ALTER TABLE requests ADD COLUMN topic TEXT',
        'ALTER TABLE requests ADD COLUMN methodist TEXT',
        `ALTER TABLE requests ADD COLUMN first_viewed_at ${d.time}`,
        'CREATE INDEX requests_department ON requests (department_id, status, received_at)',
        // Request numbers restart every year per department.
        `CREATE TABLE request_counters (
          department_id TEXT NOT NULL,
          year INTEGER NOT NULL,
          last INTEGER NOT NULL,
          PRIMARY KEY (department_id, year)
        )`,
        `INSERT INTO request_counters (department_id, year, last)
          SELECT '${DEFAULT_DEPARTMENT}', year, last FROM counters`,
        `CREATE TABLE users (
          id ${d.id},
          department_id TEXT NOT NULL,
          email TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL,
          role TEXT NOT NULL,
          scope TEXT NOT NULL DEFAULT 'all',
          person_id TEXT,
          password_hash TEXT,
          disabled INTEGER NOT NULL DEFAULT 0,
          created_at ${d.time} NOT NULL,
          updated_at ${d.time} NOT NULL,
          last_login_at ${d.time}
        )`,
        `CREATE TABLE sessions (
          id_hash TEXT PRIMARY KEY,
          department_id TEXT NOT NULL,
          user_id INTEGER NOT NULL,
          created_at ${d.time} NOT NULL,
          last_seen_at ${d.time} NOT NULL,
          absolute_expires_at ${d.time} NOT NULL
        )`,
        'CREATE INDEX sessions_user ON sessions (user_id)',
        `CREATE TABLE login_failures (
          id ${d.id},
          key TEXT NOT NULL,
          at ${d.time} NOT NULL
        )`,
        'CREATE INDEX login_failures_key ON login_failures (key, at)',
        `CREATE TABLE one_time_links (
          token_hash TEXT PRIMARY KEY,
          department_id TEXT NOT NULL,
          user_id INTEGER,
          purpose TEXT NOT NULL,
          created_at ${d.time} NOT NULL,
          expires_at ${d.time} NOT NULL,
          used_at ${d.time}
        )`,
        `CREATE TABLE api_tokens (
          id ${d.id},
          department_id TEXT NOT NULL,
          name TEXT NOT NULL,
          token_hash TEXT NOT NULL UNIQUE,
          created_by INTEGER,
          created_at ${d.time} NOT NULL,
          last_used_at ${d.time},
          revoked_at ${d.time}
        )`,
        `CREATE TABLE audit_log (
          id ${d.id},
          department_id TEXT NOT NULL,
          at ${d.time} NOT NULL,
          actor_id INTEGER,
          actor_name TEXT,
          action TEXT NOT NULL,
          target TEXT,
          details TEXT
        )`,
        'CREATE INDEX audit_log_department ON audit_log (department_id, at)',
        `CREATE TABLE request_events (
          id ${d.id},
          department_id TEXT NOT NULL,
          request_number TEXT NOT NULL,
          at ${d.time} NOT NULL,
          actor_id INTEGER,
          kind TEXT NOT NULL,
          body TEXT,
          from_status TEXT,
          to_status TEXT
        )`,
        'CREATE INDEX request_events_request ON request_events (request_number)',
        `CREATE TABLE settings (
          department_id TEXT NOT NULL,
          key TEXT NOT NULL,
          value TEXT NOT NULL,
          PRIMARY KEY (department_id, key)
        )`,
        // Counters of the public form's rate limit, shared by every process.
        `CREATE TABLE rate_hits (
          key TEXT NOT NULL,
          window_start BIGINT NOT NULL,
          count INTEGER NOT NULL,
          PRIMARY KEY (key, window_start)
        )`,
      ]);
      // Search matches case-insensitively in any script: the text is lower-cased once, here.
      const rows = await q.all<{ number: string; payload: unknown }>(
        'SELECT number, payload FROM requests',
      );
      for (const row of rows) {
        const payload = typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload;
        await q.run(
          'UPDATE requests SET search_text = ?, topic = ?, methodist = ? WHERE number = ?',
          [
            requestSearchText(row.number, payload),
            payload.topic ?? null,
            payload.methodist ?? null,
            row.number,
          ],
        );
      }
    },
  },
  {
    version: 3,
    name: 'event registrations',
    async up(q, d) {
      await exec(q, [
        // One row per event with sign-ups: every registration for the event first updates it,
        // which queues concurrent registrations for one event behind each other (a row lock on
        // PostgreSQL, the write lock on SQLite) so capacity is never exceeded.
        `CREATE TABLE registration_events (
          department_id TEXT NOT NULL REFERENCES departments (id),
          event_id TEXT NOT NULL,
          version INTEGER NOT NULL DEFAULT 0,
          -- When participants were told that the event is cancelled (once).
          cancel_notified_at ${d.time},
          PRIMARY KEY (department_id, event_id)
        )`,
        `CREATE TABLE registrations (
          id ${d.id},
          department_id TEXT NOT NULL REFERENCES departments (id),
          event_id TEXT NOT NULL,
          idempotency_key TEXT NOT NULL,
          status TEXT NOT NULL,
          email_norm TEXT NOT NULL,
          phone_norm TEXT,
          cancel_token_hash TEXT NOT NULL UNIQUE,
          consent_version TEXT NOT NULL,
          consent_accepted_at TEXT NOT NULL,
          client_ip TEXT,
          payload ${d.json} NOT NULL,
          created_at ${d.time} NOT NULL,
          updated_at ${d.time} NOT NULL,
          promoted_at ${d.time},
          -- Place in the waiting list: when the person joined it (again).
          waiting_since ${d.time},
          cancelled_at ${d.time},
          reminded_at ${d.time},
          attended INTEGER,
          UNIQUE (department_id, event_id, idempotency_key)
        )`,
        // One live registration per e-mail per event; a cancelled one does not block a new one.
        `CREATE UNIQUE INDEX registrations_one_per_email ON registrations (department_id, event_id, email_norm)
           WHERE status <> 'cancelled'`,
        'CREATE INDEX registrations_event ON registrations (department_id, event_id, status, id)',
        'CREATE INDEX registrations_phone ON registrations (phone_norm)',
      ]);
    },
  },
  {
    version: 4,
    name: 'feed content: the draft and published versions',
    async up(q, d) {
      await exec(q, [
        // The draft editors change; `revision` grows with each save, so a save based on an older
        // revision is refused instead of silently overwriting a colleague's work.
        `CREATE TABLE feed_drafts (
          department_id TEXT PRIMARY KEY REFERENCES departments (id),
          document TEXT NOT NULL,
          revision INTEGER NOT NULL,
          updated_at ${d.time} NOT NULL,
          updated_by TEXT
        )`,
        // Every published feed, kept whole as the exact bytes served (TEXT, not JSONB, which would
        // reorder keys): the public URLs serve the newest; rollback republishes one.
        `CREATE TABLE feed_versions (
          id ${d.id},
          department_id TEXT NOT NULL REFERENCES departments (id),
          number INTEGER NOT NULL,
          document TEXT NOT NULL,
          etag TEXT NOT NULL,
          published_at ${d.time} NOT NULL,
          published_by TEXT,
          note TEXT,
          UNIQUE (department_id, number)
        )`,
      ]);
    },
  },
  {
    version: 5,
    name: 'answer letters: an outbox written with the answer',
    async up(q, d) {
      await exec(q, [
        // The console's key for one answer, so a retried POST finds the answer it already made.
        'ALTER TABLE request_events ADD COLUMN idempotency_key TEXT',
        `CREATE UNIQUE INDEX request_events_key ON request_events (department_id, idempotency_key)`,
        // One e-mail to a teacher, written in the transaction that records the answer and sent
        // after the commit (see src/outbox/). It carries personal data (the address, the text)
        // and is deleted with its request (retention, withdrawal).
        `CREATE TABLE answer_letters (
          id ${d.id},
          department_id TEXT NOT NULL,
          request_number TEXT NOT NULL,
          event_id BIGINT NOT NULL UNIQUE,
          message_id TEXT NOT NULL,
          from_address TEXT NOT NULL,
          to_address TEXT NOT NULL,
          reply_to TEXT,
          subject TEXT NOT NULL,
          body TEXT NOT NULL,
          -- pending → sending → sent, or failed (tried again at next_attempt_at unless null).
          state TEXT NOT NULL,
          attempts INTEGER NOT NULL DEFAULT 0,
          next_attempt_at ${d.time},
          -- While sending: the claim's id and until when it holds.
          claim_id TEXT,
          lease_until ${d.time},
          -- What went wrong, as a category (SMTP replies can quote addresses).
          problem TEXT,
          created_at ${d.time} NOT NULL,
          updated_at ${d.time} NOT NULL,
          sent_at ${d.time}
        )`,
        'CREATE INDEX answer_letters_request ON answer_letters (request_number)',
        'CREATE INDEX answer_letters_due ON answer_letters (state, next_attempt_at)',
      ]);
    },
  },
  {
    version: 6,
    name: 'reminders for each meeting of a series',
    async up(q) {
      await exec(q, [
        // A series keeps one list but reminds before each meeting: the start (UTC ISO) of the
        // last meeting this registration was reminded of, claimed by a conditional update.
        'ALTER TABLE registrations ADD COLUMN reminded_for TEXT',
      ]);
    },
  },
];

/** The newest schema version this code knows. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/**
 * Brings the database to the newest schema, each migration in its own transaction. Several
 * processes may start at once: the transaction's write lock (SQLite) or an advisory lock
 * (PostgreSQL) lets one migrate while the others wait, then find nothing left to do.
 */
export async function migrate(db: Db): Promise<void> {
  const dialect = DIALECTS[db.kind];
  await db.tx(async (q) => {
    if (db.kind === 'postgres') await q.get('SELECT pg_advisory_xact_lock(872301)');
    await q.run(
      `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at ${dialect.time} NOT NULL)`,
    );
  });
  for (const migration of MIGRATIONS) {
    await db.tx(async (q) => {
      if (db.kind === 'postgres') await q.get('SELECT pg_advisory_xact_lock(872301)');
      const done = await q.get('SELECT version FROM schema_migrations WHERE version = ?', [
        migration.version,
      ]);
      if (done) return;
      await migration.up(q, dialect, db.kind);
      await q.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [
        migration.version,
        new Date().toISOString(),
      ]);
    });
  }
}
