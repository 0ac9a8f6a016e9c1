import type { Param, Queryable } from '../db/db.ts';

export const ROLES = ['administrator', 'editor', 'methodist'] as const;
/** administrator: accounts, settings, audit; editor: content and publishing; methodist: requests. */
export type Role = (typeof ROLES)[number];
/** A methodist sees every request, or only those addressed or assigned to them. */
export type Scope = 'all' | 'own';

/** A staff account as the console sees it (never the password hash). */
export interface User {
  id: number;
  departmentId: string;
  email: string;
  name: string;
  role: Role;
  scope: Scope;
  /** The feed's person id the form sends as `methodist` when a teacher addresses them. */
  personId: string | null;
  disabled: boolean;
  lastLoginAt: string | null;
}

interface UserRow {
  id: number;
  department_id: string;
  email: string;
  name: string;
  role: Role;
  scope: Scope;
  person_id: string | null;
  disabled: number | boolean;
  last_login_at: string | null;
  password_hash?: string | null;
}

const COLUMNS =
  'id, department_id, email, name, role, scope, person_id, disabled, last_login_at, password_hash';

function toUser(row: UserRow): User {
  return {
    id: Number(row.id),
    departmentId: row.department_id,
    email: row.email,
    name: row.name,
    role: row.role,
    scope: row.scope,
    personId: row.person_id,
    disabled: Boolean(row.disabled),
    lastLoginAt: row.last_login_at,
  };
}

/** Logins compare e-mails without case or surrounding spaces. */
export function normalizeLogin(email: string): string {
  return email.trim().toLowerCase();
}

/** Fields an account is created with. */
export interface NewUser {
  departmentId: string;
  email: string;
  name: string;
  role: Role;
  scope?: Scope;
  personId?: string | null;
  passwordHash?: string | null;
}

/** Staff accounts. */
export const users = {
  async count(q: Queryable): Promise<number> {
    const row = await q.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM users');
    return Number(row?.n ?? 0);
  },
  async create(q: Queryable, input: NewUser, at: Date): Promise<User> {
    const now = at.toISOString();
    const row = await q.get<UserRow>(
      `INSERT INTO users (department_id, email, name, role, scope, person_id, password_hash,
         disabled, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
      [
        input.departmentId,
        normalizeLogin(input.email),
        input.name.trim(),
        input.role,
        input.scope ?? 'all',
        input.personId ?? null,
        input.passwordHash ?? null,
        0,
        now,
        now,
      ],
    );
    return toUser(row!);
  },
  async byEmail(
    q: Queryable,
    email: string,
  ): Promise<(User & { passwordHash: string | null }) | null> {
    const row = await q.get<UserRow>(`SELECT ${COLUMNS} FROM users WHERE email = ?`, [
      normalizeLogin(email),
    ]);
    return row ? { ...toUser(row), passwordHash: row.password_hash ?? null } : null;
  },
  async byId(q: Queryable, id: number): Promise<(User & { passwordHash: string | null }) | null> {
    const row = await q.get<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`, [id]);
    return row ? { ...toUser(row), passwordHash: row.password_hash ?? null } : null;
  },
  /** The active methodist who is this feed person, if they have an account. */
  async byPerson(q: Queryable, departmentId: string, personId: string): Promise<User | null> {
    const row = await q.get<UserRow>(
      `SELECT ${COLUMNS} FROM users WHERE department_id = ? AND person_id = ? AND disabled = 0
       ORDER BY id LIMIT 1`,
      [departmentId, personId],
    );
    return row ? toUser(row) : null;
  },
  async list(q: Queryable, departmentId: string): Promise<User[]> {
    const rows = await q.all<UserRow>(
      `SELECT ${COLUMNS} FROM users WHERE department_id = ? ORDER BY name, id`,
      [departmentId],
    );
    return rows.map(toUser);
  },
  async update(
    q: Queryable,
    id: number,
    changes: Partial<Pick<User, 'name' | 'role' | 'scope' | 'personId' | 'disabled'>>,
    at: Date,
  ): Promise<User | null> {
    const sets: string[] = [];
    const params: Param[] = [];
    const column = {
      name: 'name',
      role: 'role',
      scope: 'scope',
      personId: 'person_id',
      disabled: 'disabled',
    } as const;
    for (const key of Object.keys(column) as (keyof typeof column)[]) {
      if (changes[key] === undefined) continue;
      sets.push(`${column[key]} = ?`);
      const value = changes[key];
      params.push(typeof value === 'boolean' ? Number(value) : (value as Param));
    }
    sets.push('updated_at = ?');
    params.push(at.toISOString(), id);
    const row = await q.get<UserRow>(
      `UPDATE users SET ${sets.join(', ')} WHERE id = ? RETURNING ${COLUMNS}`,
      params,
    );
    return row ? toUser(row) : null;
  },
  async setPassword(q: Queryable, id: number, passwordHash: string, at: Date): Promise<void> {
    await q.run('UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?', [
      passwordHash,
      at.toISOString(),
      id,
    ]);
  },
  async recordLogin(q: Queryable, id: number, at: Date): Promise<void> {
    await q.run('UPDATE users SET last_login_at = ? WHERE id = ?', [at.toISOString(), id]);
  },
};
