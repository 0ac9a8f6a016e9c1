import type { Config } from './config.ts';
import type { Db } from './db/db.ts';
import { DEFAULT_DEPARTMENT } from './db/migrations.ts';
import { purgeRateHits } from './plugins/db-rate-store.ts';
import { sessionLimits } from './plugins/staff-auth.ts';
import { audit } from './repos/audit.ts';
import { links } from './repos/links.ts';
import { sessions } from './repos/sessions.ts';
import { settings } from './repos/settings.ts';
import { loginThrottle } from './repos/throttle.ts';
import { users } from './repos/users.ts';
import { purgeExpired } from './retention.ts';
import type { RequestStore } from './store/types.ts';

const DAY_MS = 86_400_000;
const SETUP_TTL_MS = DAY_MS;

/**
 * The daily clean-up: requests past retention (152-ФЗ), ended sessions, old sign-in failures,
 * rate-limit counters and spent links. The result is kept for the settings page and the audit
 * log, so the department can show the purge runs. Safe to run from several processes at once.
 */
export async function housekeeping(
  store: RequestStore,
  config: Config,
  at = new Date(),
): Promise<number> {
  const deleted = await purgeExpired(store, config.retentionDays, at);
  const db = store.db;
  // Event registrations follow the same retention, counted from the sign-up.
  const registrationsDeleted = (
    await db.run('DELETE FROM registrations WHERE created_at < ?', [
      new Date(at.getTime() - config.retentionDays * DAY_MS).toISOString(),
    ])
  ).changes;
  await db.tx(async (q) => {
    await settings.write(q, DEFAULT_DEPARTMENT, { lastPurge: { at: at.toISOString(), deleted } });
    await audit.record(
      q,
      {
        departmentId: DEFAULT_DEPARTMENT,
        actor: null,
        action: 'retention.purge',
        details: { deleted, registrations: registrationsDeleted },
      },
      at,
    );
    await sessions.purgeExpired(q, at, sessionLimits(config));
    await loginThrottle.purgeBefore(q, new Date(at.getTime() - DAY_MS));
    await q.run('DELETE FROM one_time_links WHERE expires_at < ? OR used_at IS NOT NULL', [
      new Date(at.getTime() - DAY_MS).toISOString(),
    ]);
  });
  await purgeRateHits(db, new Date(at.getTime() - DAY_MS));
  return deleted;
}

/** Runs the housekeeping now and then daily; returns a function that stops the schedule. */
export function scheduleHousekeeping(
  store: RequestStore,
  config: Config,
  onResult: (deleted: number | Error) => void,
): () => void {
  const run = () => housekeeping(store, config).then(onResult, onResult);
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * With no account yet, a one-time link for creating the first administrator (valid 24 hours);
 * null once anyone has an account. Never a default password.
 */
export async function setupLink(db: Db, config: Config, at = new Date()): Promise<string | null> {
  return db.tx(async (q) => {
    if ((await users.count(q)) > 0) return null;
    const token = await links.create(
      q,
      { purpose: 'setup', departmentId: DEFAULT_DEPARTMENT, userId: null, ttlMs: SETUP_TTL_MS },
      at,
    );
    return `${config.publicUrl}/admin/#/setup/${token}`;
  });
}
