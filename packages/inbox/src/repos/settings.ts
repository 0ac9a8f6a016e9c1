import type { Queryable } from '../db/db.ts';

/** What an administrator changes in the console; the rest of the settings come from the environment. */
export interface DepartmentSettings {
  /** Where new-request notices go when a request is not addressed to a methodist with an account. */
  notifyTo: string[];
  /** Whether the notice carries the teacher's message (otherwise only a link into the console). */
  notifyIncludeMessage: boolean;
  /** The last retention run: when, and how many requests it deleted. */
  lastPurge: { at: string; deleted: number } | null;
}

/** Per-department key/value settings, each value JSON. */
export const settings = {
  async read(
    q: Queryable,
    departmentId: string,
    defaults: DepartmentSettings,
  ): Promise<DepartmentSettings> {
    const rows = await q.all<{ key: string; value: string }>(
      'SELECT key, value FROM settings WHERE department_id = ?',
      [departmentId],
    );
    const result: DepartmentSettings = { ...defaults };
    for (const row of rows) {
      if (row.key in result)
        (result as unknown as Record<string, unknown>)[row.key] = JSON.parse(row.value);
    }
    return result;
  },
  async write(
    q: Queryable,
    departmentId: string,
    changes: Partial<DepartmentSettings>,
  ): Promise<void> {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      await q.run(
        `INSERT INTO settings (department_id, key, value) VALUES (?, ?, ?)
         ON CONFLICT (department_id, key) DO UPDATE SET value = excluded.value`,
        [departmentId, key, JSON.stringify(value)],
      );
    }
  },
  /**
   * A service-wide secret (cookie signing, CSRF HMAC): made once by whichever process starts
   * first, then read by all, so every process accepts every other's cookies.
   */
  async secret(q: Queryable, name: string, make: () => string): Promise<string> {
    await q.run(
      `INSERT INTO settings (department_id, key, value) VALUES ('*', ?, ?)
       ON CONFLICT (department_id, key) DO NOTHING`,
      [name, JSON.stringify(make())],
    );
    const row = await q.get<{ value: string }>(
      "SELECT value FROM settings WHERE department_id = '*' AND key = ?",
      [name],
    );
    return JSON.parse(row!.value) as string;
  },
};
