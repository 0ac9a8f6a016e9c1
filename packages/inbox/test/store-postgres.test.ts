import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { openPostgresStore } from '../src/store/index.ts';
import { auth, LogCapture, post, testConfig, validRequest } from './helpers.ts';
import { storeContract } from './store-contract.ts';

const url = process.env.INBOX_TEST_PG_URL;
const reason = url
  ? undefined
  : 'INBOX_TEST_PG_URL is not set: PostgreSQL store tests skipped (set it to postgres://user@host:port/db to run them)';
if (reason) console.log(reason);

storeContract(
  'postgres',
  {
    async open() {
      // Each test gets its own schema, dropped afterwards, so runs never see each other's rows.
      const schema = `inbox_test_${randomBytes(6).toString('hex')}`;
      const store = await openPostgresStore(url!, { schema });
      return {
        store,
        reopen: () => openPostgresStore(url!, { schema }),
        cleanup: async () => {
          await store.close().catch(() => {});
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          await client.end();
        },
      };
    },
  },
  reason,
);

test('the receiver runs on the PostgreSQL store', { skip: reason }, async () => {
  const schema = `inbox_test_${randomBytes(6).toString('hex')}`;
  const store = await openPostgresStore(url!, { schema });
  const logs = new LogCapture();
  const app = await buildApp({ config: testConfig(), store, logStream: logs });
  try {
    const request = validRequest();
    const first = await post(app, request);
    const retry = await post(app, request);
    assert.equal(first.statusCode, 201);
    assert.equal(retry.json().number, first.json().number);
    const health = await app.inject({ method: 'GET', url: '/health' });
    assert.deepEqual(health.json(), { ok: true, store: 'postgres' });
    const list = await app.inject({ method: 'GET', url: '/api/consultations', headers: auth });
    assert.equal(list.json().length, 1);
  } finally {
    await app.close();
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
});
