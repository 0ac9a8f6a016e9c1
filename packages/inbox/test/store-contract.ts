import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_DEPARTMENT } from '../src/db/migrations.ts';
import { consoleRequests } from '../src/repos/requests.ts';
import { contactKeys } from '../src/store/row.ts';
import type { Contact, NewRequest, RequestStore } from '../src/store/types.ts';
import { validRequest } from './helpers.ts';

/** Opens a fresh, empty store; `reopen` opens the same database again after `close`. */
export interface StoreFactory {
  open(): Promise<{
    store: RequestStore;
    reopen: () => Promise<RequestStore>;
    cleanup: () => Promise<void>;
  }>;
}

const at = (iso: string) => new Date(iso);

function input(overrides: Partial<NewRequest> = {}, request = validRequest()): NewRequest {
  return {
    request,
    receivedAt: at('2026-11-23T09:00:00Z'),
    ip: '203.0.113.7',
    spam: null,
    year: 2026,
    ...overrides,
  };
}

/** The behaviour every `RequestStore` must have; run once per implementation. */
export function storeContract(name: string, factory: StoreFactory, skip?: string): void {
  if (skip) {
    // One skipped test (not a skipped suite) so the runner's summary counts and shows it.
    test(`${name} store`, { skip }, () => {});
    return;
  }
  describe(`${name} store`, () => {
    test('numbers requests per year and stores an idempotency key once', async () => {
      const { store, cleanup } = await factory.open();
      try {
        const first = await store.insertIdempotent(input());
        const second = await store.insertIdempotent(input());
        assert.equal(first.created, true);
        assert.equal(first.record.number, 'К-2026-000001');
        assert.equal(second.record.number, 'К-2026-000002');
        const request = validRequest();
        const a = await store.insertIdempotent(input({}, request));
        const b = await store.insertIdempotent(
          input({ receivedAt: at('2026-11-23T09:05:00Z') }, request),
        );
        assert.equal(b.created, false);
        assert.equal(b.record.number, a.record.number);
        assert.equal(b.record.receivedAt, a.record.receivedAt);
        assert.equal((await store.list()).length, 3);
        const next = await store.insertIdempotent(input({ year: 2027 }));
        assert.equal(next.record.number, 'К-2027-000001');
      } finally {
        await cleanup();
      }
    });

    test('concurrent retries with one key store one row', async () => {
      const { store, cleanup } = await factory.open();
      try {
        const request = validRequest();
        const results = await Promise.all(
          Array.from({ length: 5 }, () => store.insertIdempotent(input({}, request))),
        );
        assert.equal(new Set(results.map((r) => r.record.number)).size, 1);
        assert.equal(results.filter((r) => r.created).length, 1);
        assert.equal((await store.list()).length, 1);
      } finally {
        await cleanup();
      }
    });

    test('keeps the consent log and the request, without the honeypot', async () => {
      const { store, cleanup } = await factory.open();
      try {
        const { record } = await store.insertIdempotent(input());
        assert.deepEqual(record.consent, {
          version: '2026-09',
          acceptedAt: '2026-11-23T10:00:00+03:00',
          receivedAt: '2026-11-23T09:00:00.000Z',
          ip: '203.0.113.7',
        });
        assert.equal(record.request.name, 'Иванова Мария Петровна');
        assert.equal(record.request.organization.name, 'МБОУ СОШ № 3 г. Кузнецка');
        assert.equal('website' in record.request, false);
        assert.deepEqual(await store.get(record.number), record);
        assert.equal(await store.get('К-2026-999999'), null);
      } finally {
        await cleanup();
      }
    });

    test('lists by status and hides spam unless asked', async () => {
      const { store, cleanup } = await factory.open();
      try {
        const a = await store.insertIdempotent(input());
        await store.insertIdempotent(input());
        await store.insertIdempotent(input({ spam: 'honeypot' }));
        await store.setStatus(a.record.number, 'in-progress', at('2026-11-24T08:00:00Z'));
        assert.deepEqual(
          (await store.list({ status: 'new' })).map((r) => r.number),
          ['К-2026-000002'],
        );
        assert.equal((await store.list()).length, 2);
        assert.equal((await store.list({ includeSpam: true })).length, 3);
        assert.equal((await store.list({ limit: 1 })).length, 1);
      } finally {
        await cleanup();
      }
    });

    test('records answeredAt once and clears it when reopened', async () => {
      const { store, cleanup } = await factory.open();
      try {
        const { record } = await store.insertIdempotent(input());
        const answered = await store.setStatus(
          record.number,
          'answered',
          at('2026-11-25T12:00:00Z'),
        );
        assert.equal(answered?.status, 'answered');
        assert.equal(answered?.answeredAt, '2026-11-25T12:00:00.000Z');
        const again = await store.setStatus(record.number, 'answered', at('2026-11-26T12:00:00Z'));
        assert.equal(again?.answeredAt, '2026-11-25T12:00:00.000Z');
        assert.equal(again?.updatedAt, '2026-11-26T12:00:00.000Z');
        const reopened = await store.setStatus(
          record.number,
          'in-progress',
          at('2026-11-27T12:00:00Z'),
        );
        assert.equal(reopened?.answeredAt, null);
        assert.equal(await store.setStatus('К-2026-999999', 'answered', new Date()), null);
      } finally {
        await cleanup();
      }
    });

    test('purges answered requests and spam past the cutoff only', async () => {
      const { store, cleanup } = await factory.open();
      try {
        const old = await store.insertIdempotent(input({ receivedAt: at('2025-01-10T09:00:00Z') }));
        const recent = await store.insertIdempotent(
          input({ receivedAt: at('2025-01-11T09:00:00Z') }),
        );
        const open = await store.insertIdempotent(
          input({ receivedAt: at('2024-01-01T09:00:00Z') }),
        );
        await store.insertIdempotent(
          input({ receivedAt: at('2024-06-01T09:00:00Z'), spam: 'too-fast' }),
        );
        await store.setStatus(old.record.number, 'answered', at('2025-01-12T09:00:00Z'));
        await store.setStatus(recent.record.number, 'answered', at('2026-11-20T09:00:00Z'));
        const deleted = await store.purgeAnsweredBefore(at('2025-11-23T00:00:00Z'));
        assert.equal(deleted, 2);
        const left = (await store.list({ includeSpam: true })).map((r) => r.number).sort();
        assert.deepEqual(left, [open.record.number, recent.record.number].sort());
      } finally {
        await cleanup();
      }
    });

    test('withdrawal deletes by e-mail or phone, whatever their spelling', async () => {
      const { store, cleanup } = await factory.open();
      try {
        await store.insertIdempotent(
          input({}, validRequest({ email: 'Teacher@School.ru', phone: undefined })),
        );
        await store.insertIdempotent(
          input({}, validRequest({ email: 'teacher@school.ru', phone: '8 (912) 345-67-89' })),
        );
        await store.insertIdempotent(
          input({}, validRequest({ email: undefined, phone: '+7 912 345 67 89' })),
        );
        await store.insertIdempotent(
          input({}, validRequest({ email: 'other@school.ru', phone: '+7 900 000-00-00' })),
        );
        // The withdrawal's deletion (person-data.ts) on the keys the console and the CLI make.
        const withdraw = (contact: Contact) =>
          store.db.tx((q) =>
            consoleRequests.deleteByContact(q, DEFAULT_DEPARTMENT, contactKeys(contact)),
          );
        assert.equal(await withdraw({ email: ' TEACHER@school.ru ' }), 2);
        assert.equal(await withdraw({ phone: '89123456789' }), 1);
        assert.equal(await withdraw({}), 0);
        const left = await store.list();
        assert.equal(left.length, 1);
        assert.equal(left[0]?.request.email, 'other@school.ru');
      } finally {
        await cleanup();
      }
    });

    test('a stored request survives closing and reopening the database', async () => {
      const { store, reopen, cleanup } = await factory.open();
      let second: RequestStore | null = null;
      try {
        const { record } = await store.insertIdempotent(input());
        await store.close();
        second = await reopen();
        assert.deepEqual(await second.get(record.number), record);
        const next = await second.insertIdempotent(input());
        assert.equal(next.record.number, 'К-2026-000002');
        await second.ping();
      } finally {
        await second?.close();
        await cleanup();
      }
    });
  });
}
