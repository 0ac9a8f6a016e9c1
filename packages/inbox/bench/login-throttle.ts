/**
 * How many sign-in attempts the throttle lets through: one guess per second for an hour of
 * simulated time, against one account from one address, then against many accounts from one
 * address. `node --import tsx bench/login-throttle.ts` — prints, asserts nothing.
 */
import { buildApp } from '../src/app.ts';
import { DEFAULTS } from '../src/config.ts';
import { openSqliteStore } from '../src/store/index.ts';
import { LogCapture, tempDir } from '../test/helpers.ts';
import { addUser, StaffClient } from '../test/staff-client.ts';

async function measure(accounts: number): Promise<{ allowed: number; perMinute: number }> {
  const { dir, cleanup } = tempDir();
  let at = Date.parse('2026-12-04T09:00:00Z');
  const store = await openSqliteStore(`${dir}/t.sqlite`);
  const app = await buildApp({
    config: { ...DEFAULTS },
    store,
    now: () => new Date(at),
    logStream: new LogCapture(),
  });
  for (let i = 0; i < accounts; i++)
    await addUser(store, { email: `u${i}@example.ru`, name: `U${i}`, role: 'methodist' });
  const client = new StaffClient(app, { 'x-forwarded-for': '203.0.113.9' });
  await client.get('/admin/api/session');
  let allowed = 0;
  const seconds = 3600;
  for (let s = 0; s < seconds; s++) {
    const response = await client.post('/admin/api/login', {
      email: `u${s % accounts}@example.ru`,
      password: `guess-${s}-wrong`,
    });
    if (response.statusCode !== 429) allowed += 1;
    at += 1000;
  }
  await app.close();
  await store.close();
  cleanup();
  return { allowed, perMinute: Math.round((allowed / (seconds / 60)) * 100) / 100 };
}

const one = await measure(1);
const many = await measure(50);
console.log(
  JSON.stringify({ oneAccountOneAddress: one, fiftyAccountsOneAddress: many, guessesTried: 3600 }),
);
