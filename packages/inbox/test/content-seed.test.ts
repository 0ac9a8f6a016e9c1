import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ConfigError, loadConfig } from '../src/config.ts';
import { content } from '../src/content/repo.ts';
import { SEED_AUTHOR, seedContent } from '../src/content/seed.ts';
import { DEFAULT_DEPARTMENT } from '../src/db/migrations.ts';
import { feedLabels } from '../src/labels.ts';
import { audit } from '../src/repos/audit.ts';
import { openPostgresStore, openSqliteStore } from '../src/store/index.ts';
import type { RequestStore } from '../src/store/types.ts';
import { startApp, tempDir } from './helpers.ts';

const DEMO_FEED = fileURLToPath(new URL('../../../demo/feeds/kuznetsk.json', import.meta.url));
const demoFeed = () => JSON.parse(readFileSync(DEMO_FEED, 'utf8')) as Record<string, unknown>;
const AT = new Date('2026-12-04T09:00:00Z');
const pgUrl = process.env.INBOX_TEST_PG_URL;

/** One database, and a way to open it again as a second process would. */
interface Fixture {
  store: RequestStore;
  open(): Promise<RequestStore>;
  dir: string;
  cleanup(): Promise<void>;
}

async function fixture(kind: 'sqlite' | 'postgres'): Promise<Fixture> {
  const temp = tempDir();
  const opened: RequestStore[] = [];
  const schema = `content_seed_${randomBytes(6).toString('hex')}`;
  const open = async () => {
    const store =
      kind === 'postgres'
        ? await openPostgresStore(pgUrl!, { schema })
        : await openSqliteStore(join(temp.dir, 'inbox.sqlite'));
    opened.push(store);
    return store;
  };
  const store = await open();
  return {
    store,
    open,
    dir: temp.dir,
    cleanup: async () => {
      for (const each of opened) await each.close().catch(() => {});
      if (kind === 'postgres') {
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
      temp.cleanup();
    },
  };
}

const seedActions = async (store: RequestStore) =>
  (await audit.list(store.db, DEFAULT_DEPARTMENT, { page: 1, pageSize: 100 })).items.filter(
    (entry) => entry.action === 'content.seed',
  );

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`seeding the content from INBOX_FEED on ${kind}`, {
    skip: kind === 'postgres' && !pgUrl ? 'INBOX_TEST_PG_URL is not set' : false,
  }, () => {
    let f: Fixture;
    beforeEach(async () => {
      f = await fixture(kind);
    });
    afterEach(async () => {
      await f.cleanup();
    });

    test('an empty department takes the feed as its draft and version 1, audited as the system', async () => {
      const result = await seedContent(f.store.db, DEFAULT_DEPARTMENT, DEMO_FEED, AT);
      assert.equal(result.outcome, 'seeded');
      const draft = await content.draft(f.store.db, DEFAULT_DEPARTMENT);
      assert.deepEqual(draft?.document, demoFeed());
      assert.deepEqual([draft?.revision, draft?.updatedBy], [1, SEED_AUTHOR]);
      const versions = await content.versions(f.store.db, DEFAULT_DEPARTMENT);
      assert.deepEqual(
        versions.map((v) => [v.number, v.publishedBy, v.note]),
        [[1, SEED_AUTHOR, DEMO_FEED]],
      );
      const [entry, ...more] = await seedActions(f.store);
      assert.equal(more.length, 0);
      assert.equal(entry?.actor, null, 'done by the system, not a staff account');
      assert.equal(entry?.target, 'v1');
      assert.deepEqual(entry?.details, { source: DEMO_FEED });
    });

    test('a second start, and a second process starting at once, change nothing', async () => {
      const other = await f.open();
      const both = await Promise.all([
        seedContent(f.store.db, DEFAULT_DEPARTMENT, DEMO_FEED, AT),
        seedContent(other.db, DEFAULT_DEPARTMENT, DEMO_FEED, AT),
      ]);
      assert.deepEqual(both.map((r) => r.outcome).sort(), ['exists', 'seeded']);
      const restart = await f.open();
      const again = await seedContent(restart.db, DEFAULT_DEPARTMENT, DEMO_FEED, AT);
      assert.equal(again.outcome, 'exists');
      assert.equal((await content.versions(f.store.db, DEFAULT_DEPARTMENT)).length, 1);
      assert.equal((await content.draft(f.store.db, DEFAULT_DEPARTMENT))?.revision, 1);
      assert.equal((await seedActions(f.store)).length, 1);
    });

    test('an existing draft is never overwritten, nor is a published feed without a draft', async () => {
      const own = { title: 'Черновик методиста' };
      await content.saveDraft(f.store.db, DEFAULT_DEPARTMENT, own, 0, 'Ирина', AT);
      const result = await seedContent(f.store.db, DEFAULT_DEPARTMENT, DEMO_FEED, AT);
      assert.equal(result.outcome, 'exists');
      assert.deepEqual((await content.draft(f.store.db, DEFAULT_DEPARTMENT))?.document, own);
      assert.equal((await content.versions(f.store.db, DEFAULT_DEPARTMENT)).length, 0);

      const published = await f.open();
      await published.db.run('DELETE FROM feed_drafts');
      await content.publish(published.db, DEFAULT_DEPARTMENT, own, 'Ирина', null, AT);
      const after = await seedContent(published.db, DEFAULT_DEPARTMENT, DEMO_FEED, AT);
      assert.equal(after.outcome, 'exists');
      assert.equal(await content.draft(published.db, DEFAULT_DEPARTMENT), null);
      assert.equal((await content.versions(published.db, DEFAULT_DEPARTMENT)).length, 1);
    });

    test('an invalid, unparsable or missing feed seeds nothing and says why', async () => {
      const broken = demoFeed();
      (broken.events as Record<string, unknown>[])[0]!.kind = 'party';
      const invalidFile = join(f.dir, 'invalid.json');
      writeFileSync(invalidFile, JSON.stringify(broken));
      const notJson = join(f.dir, 'not.json');
      writeFileSync(notJson, '{ "events": [');
      const invalid = await seedContent(f.store.db, DEFAULT_DEPARTMENT, invalidFile, AT);
      assert.equal(invalid.outcome, 'invalid');
      assert.match('reason' in invalid ? invalid.reason : '', /events\[0\]\.kind/);
      const unparsable = await seedContent(f.store.db, DEFAULT_DEPARTMENT, notJson, AT);
      assert.equal(unparsable.outcome, 'unreadable');
      const missing = await seedContent(f.store.db, DEFAULT_DEPARTMENT, join(f.dir, 'no.json'), AT);
      assert.equal(missing.outcome, 'unreadable');
      assert.match('reason' in missing ? missing.reason : '', /ENOENT/);
      assert.equal(await content.draft(f.store.db, DEFAULT_DEPARTMENT), null);
      assert.equal((await content.versions(f.store.db, DEFAULT_DEPARTMENT)).length, 0);
      assert.equal((await seedActions(f.store)).length, 0);
    });

    test('/feed.json serves the seeded feed with its ETag', async () => {
      const result = await seedContent(f.store.db, DEFAULT_DEPARTMENT, DEMO_FEED, AT);
      assert.equal(result.outcome, 'seeded');
      const t = await startApp({}, { store: await f.open() });
      try {
        const feed = await t.app.inject({ method: 'GET', url: '/feed.json' });
        assert.equal(feed.statusCode, 200);
        assert.deepEqual(feed.json(), demoFeed());
        assert.equal(feed.headers.etag, 'etag' in result ? result.etag : undefined);
        const unchanged = await t.app.inject({
          method: 'GET',
          url: '/feed.json',
          headers: { 'if-none-match': String(feed.headers.etag) },
        });
        assert.equal(unchanged.statusCode, 304);
      } finally {
        await t.app.close();
      }
    });
  });
}

test('the labels read the newest published version before INBOX_FEED', async () => {
  const published = {
    consultation: { topics: [{ id: 'attestation', label: 'Аттестация (опубликовано)' }] },
    people: [{ id: 'ivanova', name: 'Иванова И. И.' }],
  };
  const errors: unknown[] = [];
  const fromDb = feedLabels(
    DEMO_FEED,
    (e) => errors.push(e),
    async () => JSON.stringify(published),
  );
  const fromFile = feedLabels(
    DEMO_FEED,
    (e) => errors.push(e),
    async () => null,
  );
  try {
    await Promise.all([fromDb.refresh(), fromFile.refresh()]);
    assert.deepEqual(errors, []);
    assert.equal(fromDb.topic('attestation'), 'Аттестация (опубликовано)');
    assert.deepEqual(fromDb.all().people, [{ id: 'ivanova', label: 'Иванова И. И.' }]);
    assert.ok(fromFile.all().people.length > 1, 'without a version, INBOX_FEED is read');
    assert.ok((fromFile.feed()?.events.length ?? 0) > 0);
  } finally {
    fromDb.stop();
    fromFile.stop();
  }
});

test('the labels follow a version published by any process at the next check', async () => {
  const version = (label: string) =>
    JSON.stringify({ consultation: { topics: [{ id: 'attestation', label }] } });
  let text = version('Аттестация (версия 1)');
  let tag = '"v1"';
  let reads = 0;
  const errors: unknown[] = [];
  const labels = feedLabels(
    null,
    (e) => errors.push(e),
    async () => {
      reads++;
      return text;
    },
    async () => tag,
  );
  try {
    await labels.check();
    assert.equal(labels.topic('attestation'), 'Аттестация (версия 1)');
    await labels.check();
    assert.equal(reads, 1, 'the same version is not read again');
    // Another process publishes version 2.
    text = version('Аттестация (версия 2)');
    tag = '"v2"';
    await labels.check();
    assert.equal(labels.topic('attestation'), 'Аттестация (версия 2)');
    assert.equal(reads, 2);
    assert.deepEqual(errors, []);
  } finally {
    labels.stop();
  }
});

test('INBOX_FEED_SEED turns the seeding off, and only true or false is accepted', () => {
  assert.equal(loadConfig({}).seedFeed, true);
  assert.equal(loadConfig({ INBOX_FEED_SEED: 'false' }).seedFeed, false);
  assert.equal(loadConfig({ INBOX_FEED_SEED: 'TRUE' }).seedFeed, true);
  assert.throws(
    () => loadConfig({ INBOX_FEED_SEED: 'no' }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /INBOX_FEED_SEED: expected true or false/);
      return true;
    },
  );
});
