/**
 * Withdrawal of consent covers everything the service keeps about a person: requests with their
 * history and answer letters, and event registrations. A confirmed place it frees goes to the
 * first person waiting, who is told, as a cancellation does; on a past event nobody moves up.
 * The record kept names no contact. On SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { type Feed, parseFeed, type RegistrationRequest } from '@metodika/feed';
import { openPostgresStore } from '../src/store/index.ts';
import { ALLOWED, post, startApp, type TestApp, validRequest } from './helpers.ts';
import { mailbox } from './mailbox.ts';
import { addUser, StaffClient } from './staff-client.ts';

const pgUrl = process.env.INBOX_TEST_PG_URL;
const ENDPOINT = 'https://rmc.example.ru/api/registrations';

/** The demo feed with two kept events: one place and a waiting list each, one soon, one later. */
function withdrawalFeed(): Feed {
  const doc = JSON.parse(
    readFileSync(new URL('../../../demo/feeds/kuznetsk.json', import.meta.url), 'utf8'),
  );
  const base = doc.events[0];
  const event = (id: string, title: string, start: string) => ({
    ...base,
    id,
    title,
    start,
    end: undefined,
    registration: { endpoint: ENDPOINT, capacity: 1, waitlist: true },
  });
  doc.events.push(
    event('wd-later', 'Семинар «Наставничество»', '2031-03-10T10:00:00+03:00'),
    event('wd-soon', 'Вебинар «Новые ФОП»', '2027-01-15T10:00:00+03:00'),
    // A weekly series begun before the tests' "now": it takes sign-ups until its last meeting.
    {
      ...event('wd-series', 'Школа молодого педагога', '2026-11-03T10:00:00+03:00'),
      recurrence: { rule: 'FREQ=WEEKLY' },
    },
  );
  const { feed } = parseFeed(doc);
  return feed!;
}

function signUp(name: string, email: string, phone?: string): RegistrationRequest {
  return {
    idempotencyKey: `wd-${randomUUID()}`,
    name,
    organization: { name: 'МБОУ СОШ № 5' },
    email,
    ...(phone ? { phone } : {}),
    consent: { given: true, version: '2026-09', acceptedAt: '2026-11-23T10:00:00+03:00' },
    locale: 'ru',
    fillMs: 30_000,
  };
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`withdrawal of consent on ${kind}`, {
    skip: kind === 'postgres' && !pgUrl ? 'INBOX_TEST_PG_URL is not set' : false,
  }, () => {
    let at = Date.parse('2026-12-04T09:00:00Z');
    const now = () => new Date(at);
    const mail = mailbox();
    let t: TestApp;
    let staff: StaffClient;

    before(async () => {
      t = await startApp(
        { mailFrom: 'rmc@example.ru', publicUrl: 'https://rmc.example.ru' },
        {
          now,
          mailTransport: mail.transport,
          feed: { feed: () => withdrawalFeed() },
          ...(kind === 'postgres'
            ? {
                store: await openPostgresStore(pgUrl!, {
                  schema: `withdrawal_test_${randomBytes(6).toString('hex')}`,
                }),
              }
            : {}),
        },
      );
      await addUser(t.store, {
        email: 'boss@rmc.example.ru',
        name: 'Руководитель',
        role: 'administrator',
      });
      staff = new StaffClient(t.app);
      await staff.login('boss@rmc.example.ru');
    });
    after(async () => t.close());

    const register = async (eventId: string, body: RegistrationRequest) => {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/registrations/${eventId}`,
        headers: { 'content-type': 'application/json', origin: ALLOWED },
        payload: JSON.stringify(body),
      });
      assert.ok(response.statusCode < 300, response.body);
      return response.json().status as string;
    };
    const list = async (eventId: string) =>
      (await staff.get(`/admin/api/events/${eventId}/registrations`))
        .json()
        .items.map((r: { name: string; status: string }) => `${r.name}: ${r.status}`);
    const rowsWith = async (sql: string, params: unknown[]) =>
      (await t.store.db.all(sql, params as never[])).length;

    test('a person who only registered for an event is found, deleted, and the next one waiting takes the place', async () => {
      assert.equal(
        await register('wd-later', signUp('Анна Только-Запись', 'anna@school.example.ru')),
        'confirmed',
      );
      assert.equal(
        await register('wd-later', signUp('Борис Ждущий', 'boris@school.example.ru')),
        'waiting',
      );
      assert.equal(
        await register('wd-later', signUp('Вера Вторая', 'vera@school.example.ru')),
        'waiting',
      );

      const search = await staff.post('/admin/api/withdrawal/search', {
        email: 'ANNA@School.example.ru',
      });
      assert.equal(search.statusCode, 200, search.body);
      const found = search.json();
      assert.deepEqual(found.items, []);
      assert.deepEqual(
        found.registrations.map((r: { eventId: string; title: string; status: string }) => [
          r.eventId,
          r.title,
          r.status,
        ]),
        [['wd-later', 'Семинар «Наставничество»', 'confirmed']],
      );

      const letters = mail.sent.length;
      const done = (
        await staff.post('/admin/api/withdrawal', { email: 'anna@school.example.ru' })
      ).json();
      assert.equal(done.deleted, 0);
      assert.equal(done.registrations, 1);
      assert.equal(done.promoted, 1);
      assert.deepEqual(await list('wd-later'), ['Борис Ждущий: confirmed', 'Вера Вторая: waiting']);
      // Boris is told, with a link of his own; Anna gets nothing, her address is gone.
      const sent = mail.sent.slice(letters);
      assert.deepEqual(
        sent.map((m) => m.to),
        ['boris@school.example.ru'],
      );
      assert.match(sent[0]!.text, /registrations\/cancel\//);
      assert.equal(
        await rowsWith('SELECT id FROM registrations WHERE email_norm = ?', [
          'anna@school.example.ru',
        ]),
        0,
      );
      const again = (
        await staff.post('/admin/api/withdrawal/search', { email: 'anna@school.example.ru' })
      ).json();
      assert.deepEqual([again.items, again.registrations], [[], []]);
    });

    test('requests (history, answer letters) and registrations go together, matched by phone too; the record names no contact', async () => {
      const phone = '+7 912 111-22-33';
      const byEmail = await post(t.app, validRequest({ email: 'gleb@school.example.ru' }));
      const byPhone = await post(
        t.app,
        validRequest({ email: undefined, phone: '8 (912) 111 22 33' }),
      );
      const numbers = [byEmail.json().number, byPhone.json().number] as string[];
      const url = (n: string) => `/admin/api/requests/${encodeURIComponent(n)}`;
      await staff.post(`${url(numbers[0]!)}/notes`, { text: 'Перезвонить после обеда' });
      const answered = await staff.post(`${url(numbers[0]!)}/answer`, {
        text: 'Документы можно сдать в четверг.',
        idempotencyKey: randomUUID(),
      });
      assert.equal(answered.statusCode, 200, answered.body);
      assert.equal(
        await rowsWith('SELECT id FROM answer_letters WHERE request_number = ?', [numbers[0]]),
        1,
      );
      // Waiting on the event the first test left full, under a different e-mail and the phone.
      assert.equal(
        await register('wd-later', signUp('Глеб Всё-Сразу', 'gleb.other@school.example.ru', phone)),
        'waiting',
      );

      const found = (
        await staff.post('/admin/api/withdrawal/search', { email: 'gleb@school.example.ru', phone })
      ).json();
      assert.deepEqual(
        found.items.map((r: { number: string }) => r.number).sort(),
        [...numbers].sort(),
      );
      assert.deepEqual(
        found.registrations.map((r: { status: string }) => r.status),
        ['waiting'],
      );

      const done = (
        await staff.post('/admin/api/withdrawal', { email: 'gleb@school.example.ru', phone })
      ).json();
      assert.deepEqual([done.deleted, done.registrations, done.promoted], [2, 1, 0]);
      for (const number of numbers) {
        for (const table of ['requests', 'request_events', 'answer_letters']) {
          const column = table === 'requests' ? 'number' : 'request_number';
          assert.equal(
            await rowsWith(`SELECT id FROM ${table} WHERE ${column} = ?`, [number]),
            0,
            `${table} of ${number}`,
          );
        }
      }
      assert.deepEqual(await list('wd-later'), ['Борис Ждущий: confirmed', 'Вера Вторая: waiting']);

      const log = (await staff.get('/admin/api/withdrawal')).json().items;
      assert.deepEqual(
        log.map((r: { deleted: number; registrations: number }) => [r.deleted, r.registrations]),
        [
          [2, 1],
          [0, 1],
        ],
      );
      const entries = await t.store.db.all<{ action: string; details: string }>(
        "SELECT * FROM audit_log WHERE action LIKE 'withdrawal.%' ORDER BY id",
      );
      assert.doesNotMatch(JSON.stringify(entries), /gleb|anna|school\.example|912/i);
      assert.deepEqual(JSON.parse(entries.at(-1)!.details), {
        deleted: 2,
        registrations: 1,
        promoted: 0,
      });
    });

    test('on an event already held nobody moves up: the person is only deleted', async () => {
      assert.equal(
        await register('wd-soon', signUp('Дарья Была', 'darya@school.example.ru')),
        'confirmed',
      );
      assert.equal(
        await register('wd-soon', signUp('Егор Не-Попал', 'egor@school.example.ru')),
        'waiting',
      );
      at = Date.parse('2027-02-01T09:00:00Z');
      await staff.login('boss@rmc.example.ru');
      const letters = mail.sent.length;
      const done = (
        await staff.post('/admin/api/withdrawal', { email: 'darya@school.example.ru' })
      ).json();
      assert.deepEqual([done.registrations, done.promoted], [1, 0]);
      assert.deepEqual(await list('wd-soon'), ['Егор Не-Попал: waiting']);
      assert.equal(mail.sent.length, letters);
    });

    test('a series under way frees the place to the first person waiting, as its sign-up is still open', async () => {
      assert.equal(
        await register('wd-series', signUp('Дина Серия', 'dina@school.example.ru')),
        'confirmed',
      );
      assert.equal(
        await register('wd-series', signUp('Егор Ждёт', 'egor@school.example.ru')),
        'waiting',
      );
      const found = (
        await staff.post('/admin/api/withdrawal/search', { email: 'dina@school.example.ru' })
      ).json();
      assert.deepEqual(
        found.registrations.map((r: { eventId: string; freesPlace: boolean }) => [
          r.eventId,
          r.freesPlace,
        ]),
        [['wd-series', true]],
      );
      const done = (
        await staff.post('/admin/api/withdrawal', { email: 'dina@school.example.ru' })
      ).json();
      assert.equal(done.promoted, 1);
      assert.deepEqual(await list('wd-series'), ['Егор Ждёт: confirmed']);
    });
  });
}
