import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../src/store/index.ts';
import { tempDir } from './helpers.ts';
import { storeContract } from './store-contract.ts';

storeContract('sqlite', {
  async open() {
    const { dir, cleanup } = tempDir();
    const path = join(dir, 'nested', 'inbox.sqlite');
    const store = await openSqliteStore(path);
    return {
      store,
      reopen: () => openSqliteStore(path),
      cleanup: async () => {
        await store.close();
        cleanup();
      },
    };
  },
});

test('sqlite store leaves its file in WAL mode', async () => {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'inbox.sqlite');
  const store = await openSqliteStore(path);
  try {
    const db = new Database(path, { readonly: true });
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  } finally {
    await store.close();
    cleanup();
  }
});
