/**
 * A methodist's e-mail answer through the outbox, on SQLite and PostgreSQL: recorded with its
 * letter in one commit before anything is sent, sent once however often the console retries,
 * failures kept and swept, a dead sender's claim taken over after the lease, several processes
 * sweeping without sending twice, and the letter deleted with its request.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { type Db, openPostgresDb, openSqliteDb } from '../src/db/db.ts';
import { housekeeping } from '../src/housekeeping.ts';
import { answerLetters } from '../src/outbox/letters.ts';
import { mailProblem } from '../src/outbox/problem.ts';
import { answerSender, LEASE_MS, MAX_ATTEMPTS, retryAt } from '../src/outbox/sender.ts';
import { consoleRequests } from '../src/repos/requests.ts';
import { openPostgresStore } from '../src/store/index.ts';
import { post, startApp, type TestApp, testConfig, validRequest } from './helpers.ts';
import { mailbox } from './mailbox.ts';
import { addUser, StaffClient } from './staff-client.ts';

const pgUrl = process.env.INBOX_TEST_PG_URL;
const MINUTE = 60_000;

interface Answered {
  request: { status: string };
  history: {
    id: number;
    kind: string;
    text: string | null;
    delivery?: {
      letterId: number;
      state: string;
      attempts: number;
      problem: string | null;
      nextAttemptAt: string | null;
    };
  }[];
}

test('a failed letter waits longer each time, and not at all after a refusal or the last attempt', () => {
  const at = new Date('2026-12-04T09:00:00Z');
  const pause = (attempts: number) => (retryAt(attempts, 'unreachable', at)?.getTime() ?? 0) - +at;
  assert.equal(pause(1), MINUTE);
  assert.ok(pause(2) > pause(1) && pause(3) > pause(2));
  assert.equal(retryAt(MAX_ATTEMPTS, 'unreachable', at), null);
  assert.equal(retryAt(1, 'refused', at), null, 'a 5xx reply is final');
  assert.equal(mailProblem({ code: 'ECONNECTION' }), 'unreachable');
  assert.equal(mailProblem({ code: 'EAUTH', responseCode: 535 }), 'auth');
  assert.equal(mailProblem({ code: 'EENVELOPE', responseCode: 550 }), 'refused');
  assert.equal(mailProblem({ code: 'EENVELOPE', responseCode: 451 }), 'deferred');
  assert.equal(mailProblem(new Error('?')), 'other');
});

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`answers through the outbox on ${kind}`, {
    skip: kind === 'postgres' && !pgUrl ? 'INBOX_TEST_PG_URL is not set' : false,
  }, () => {
    let at = Date.parse('2026-12-04T09:00:00Z');
    const now = () => new Date(at);
    const mail = mailbox();
    const schema = `answers_test_${randomBytes(6).toString('hex')}`;
    let t: TestApp;
    /** A second connection, as another process of the service would have. */
    let other: Db;
    let vera: StaffClient;

    before(async () => {
      t = await startApp(
        { mailFrom: 'rmc@example.ru', publicUrl: 'https://rmc.example.ru' },
        {
          now,
          mailTransport: mail.transport,
          ...(kind === 'postgres' ? { store: await openPostgresStore(pgUrl!, { schema }) } : {}),
        },
      );
      other =
        kind === 'postgres' ? await openPostgresDb(pgUrl!, { schema }) : openSqliteDb(t.dbPath);
      for (const [email, name] of [
        ['vera@rmc.example.ru', 'Методист Вера'],
        ['olga@rmc.example.ru', 'Методист Ольга'],
      ] as const) {
        await addUser(t.store, { email, name, role: 'methodist' });
      }
      vera = new StaffClient(t.app);
      await vera.login('vera@rmc.example.ru');
    });
    after(async () => {
      await other.close();
      await t.close();
    });

    /** Moves the clock on; the session would have lapsed, so Vera signs in again. */
    const advance = async (ms: number) => {
      at += ms;
      await vera.login('vera@rmc.example.ru');
    };
    const newRequest = async (email = 'teacher@school.example.ru') => {
      const response = await post(t.app, validRequest({ email }));
      assert.equal(response.statusCode, 201, response.body);
      return response.json().number as string;
    };
    const url = (number: string) => `/admin/api/requests/${encodeURIComponent(number)}`;
    const answer = (client: StaffClient, number: string, text: string, key = randomUUID()) =>
      client.post(`${url(number)}/answer`, { text, idempotencyKey: key });
    const answersOf = (body: Answered) => body.history.filter((h) => h.kind === 'answer');
    const lettersTo = (to: string) => mail.sent.filter((m) => m.to === to);
    const sweeper = (db: Db) =>
      answerSender({ db, transport: mail.transport, now, log: t.app.log });

    test('the answer and its letter are committed before the letter leaves', async () => {
      const number = await newRequest('first@school.example.ru');
      const key = randomUUID();
      let seenAtSend: { events: number; letters: number; status: string } | null = null;
      mail.state.onSend = async () => {
        // Another connection sees only what is committed.
        seenAtSend = {
          events: (
            await other.all('SELECT id FROM request_events WHERE request_number = ? AND kind = ?', [
              number,
              'answer',
            ])
          ).length,
          letters: (
            await other.all('SELECT id FROM answer_letters WHERE request_number = ?', [number])
          ).length,
          status: (await other.get<{ status: string }>(
            'SELECT status FROM requests WHERE number = ?',
            [number],
          ))!.status,
        };
      };
      try {
        const response = await answer(vera, number, 'Ответ, записанный до отправки', key);
        assert.equal(response.statusCode, 200, response.body);
        assert.deepEqual(seenAtSend, { events: 1, letters: 1, status: 'answered' });
        const [entry] = answersOf(response.json());
        assert.equal(entry?.delivery?.state, 'sent');
        const [letter] = lettersTo('first@school.example.ru');
        assert.equal(letter?.messageId, `<answer.${key}@example.ru>`);
        assert.match(letter!.text, /Ответ, записанный до отправки\n\n— Методист Вера/);
      } finally {
        mail.state.onSend = null;
      }
    });

    test('the same key again returns the same answer and sends nothing more', async () => {
      const number = await newRequest('retry@school.example.ru');
      const key = randomUUID();
      const first = await answer(vera, number, 'Один ответ', key);
      // The console retries after a lost reply, and a double click sends two at once.
      const again = await answer(vera, number, 'Один ответ', key);
      const twice = await Promise.all([
        answer(vera, number, 'Один ответ', key),
        answer(vera, number, 'Один ответ', key),
      ]);
      for (const response of [first, again, ...twice]) {
        assert.equal(response.statusCode, 200, response.body);
        assert.equal(answersOf(response.json()).length, 1);
      }
      assert.deepEqual(answersOf(again.json()), answersOf(first.json()));
      assert.equal(lettersTo('retry@school.example.ru').length, 1);
      const elsewhere = await answer(vera, await newRequest(), 'Тот же черновик', key);
      assert.equal(elsewhere.statusCode, 409);
      assert.equal(elsewhere.json().error, 'answer_key_reused');
      // Edited after the lost reply: refused aloud, not "saved" with the first words kept.
      const edited = await answer(vera, number, 'Один ответ, дополненный', key);
      assert.equal(edited.statusCode, 409, edited.body);
      assert.equal(edited.json().error, 'answer_key_changed');
      assert.match(edited.json().message, /остался в поле/);
      assert.equal(lettersTo('retry@school.example.ru').length, 1);
    });

    test('two methodists answering at once: both answers recorded, each letter sent once', async () => {
      const number = await newRequest('both@school.example.ru');
      const olga = new StaffClient(t.app);
      await olga.login('olga@rmc.example.ru');
      const [a, b] = await Promise.all([
        answer(vera, number, 'Ответ Веры'),
        answer(olga, number, 'Ответ Ольги'),
      ]);
      assert.equal(a.statusCode, 200, a.body);
      assert.equal(b.statusCode, 200, b.body);
      const detail = (await vera.get(url(number))).json() as Answered;
      assert.deepEqual(
        answersOf(detail)
          .map((h) => h.text)
          .sort(),
        ['Ответ Веры', 'Ответ Ольги'],
      );
      assert.equal(detail.history.filter((h) => h.kind === 'status').length, 1);
      const sent = lettersTo('both@school.example.ru').map((m) => m.text.split('\n')[0]);
      assert.deepEqual(sent.sort(), ['Ответ Веры', 'Ответ Ольги']);
    });

    test('a refused send is recorded as failed and the sweep delivers it later', async () => {
      const number = await newRequest('later@school.example.ru');
      mail.state.fail = true;
      const failed = await answer(vera, number, 'Ответ, который уйдёт позже');
      mail.state.fail = false;
      assert.equal(failed.statusCode, 200, failed.body);
      assert.equal(failed.json().request.status, 'answered');
      const [entry] = answersOf(failed.json());
      assert.equal(entry?.delivery?.state, 'failed');
      assert.equal(entry?.delivery?.problem, 'unreachable');
      assert.equal(entry?.delivery?.nextAttemptAt, new Date(at + MINUTE).toISOString());
      assert.equal(lettersTo('later@school.example.ru').length, 0);

      const sender = sweeper(t.store.db);
      assert.deepEqual(await sender.sweep(), { sent: 0, failed: 0 }, 'not due yet');
      at += MINUTE;
      assert.deepEqual(await sender.sweep(), { sent: 1, failed: 0 });
      assert.equal(lettersTo('later@school.example.ru').length, 1);
      const detail = (await vera.get(`${url(number)}/deliveries`)).json();
      assert.equal(detail.items[0].state, 'sent');
      assert.equal(detail.items[0].attempts, 2);
      // A letter that went cannot be sent again: the click is a no-op, the letter stays sent.
      const again = await vera.post(`${url(number)}/letters/${entry!.delivery!.letterId}/resend`);
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(answersOf(again.json())[0]?.delivery?.state, 'sent');
      assert.equal(lettersTo('later@school.example.ru').length, 1);
    });

    test('a sweep told to stop (shutdown) claims nothing more; settled waits for it', async () => {
      mail.state.fail = true;
      for (let i = 0; i < 3; i++) {
        await answer(vera, await newRequest(`stopping${i}@school.example.ru`), `Ответ ${i}`);
      }
      mail.state.fail = false;
      at += MINUTE;
      const sender = sweeper(t.store.db);
      // The shutdown arrives while the first letter is being sent.
      mail.state.onSend = async () => {
        sender.stop();
      };
      try {
        const sweep = sender.sweep();
        await sender.settled();
        assert.deepEqual(await sweep, { sent: 1, failed: 0 });
      } finally {
        mail.state.onSend = null;
      }
      const states = await t.store.db.all<{ state: string }>(
        `SELECT l.state FROM answer_letters l JOIN requests r ON r.number = l.request_number
         WHERE r.email_norm LIKE 'stopping%'`,
      );
      assert.deepEqual(states.map((r) => r.state).sort(), ['failed', 'failed', 'sent']);
      // Not lost: the next process's sweep takes them up.
      assert.deepEqual(await sweeper(t.store.db).sweep(), { sent: 2, failed: 0 });
    });

    test('a letter the server refuses is not retried; sending it again is the methodist’s call', async () => {
      const number = await newRequest('refused@school.example.ru');
      mail.state.fail = true;
      mail.state.error = Object.assign(new Error('550 no such user'), {
        code: 'EENVELOPE',
        responseCode: 550,
      });
      const failed = await answer(vera, number, 'Ответ на ошибочный адрес');
      mail.state.fail = false;
      const [entry] = answersOf(failed.json());
      assert.equal(entry?.delivery?.problem, 'refused');
      assert.equal(entry?.delivery?.nextAttemptAt, null);
      await advance(24 * 60 * MINUTE);
      assert.deepEqual(await sweeper(t.store.db).sweep(), { sent: 0, failed: 0 });
      const resent = await vera.post(`${url(number)}/letters/${entry!.delivery!.letterId}/resend`);
      assert.equal(resent.statusCode, 200, resent.body);
      assert.equal(answersOf(resent.json())[0]?.delivery?.state, 'sent');
      assert.equal(lettersTo('refused@school.example.ru').length, 1);
    });

    test('a sender that died between claim and send: the letter goes after the lease', async () => {
      const number = await newRequest('crash@school.example.ru');
      mail.state.fail = true;
      mail.state.error = Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' });
      const failed = await answer(vera, number, 'Ответ после сбоя');
      mail.state.fail = false;
      const letterId = answersOf(failed.json())[0]!.delivery!.letterId;
      at += MINUTE;
      // Another process claims the letter and dies before sending it.
      assert.ok(await answerLetters.claim(other, letterId, now(), LEASE_MS));
      const sender = sweeper(t.store.db);
      await advance(LEASE_MS - MINUTE);
      assert.deepEqual(await sender.sweep(), { sent: 0, failed: 0 }, 'the claim still holds');
      assert.equal((await vera.get(`${url(number)}/deliveries`)).json().items[0].state, 'sending');
      at += MINUTE;
      assert.deepEqual(await sender.sweep(), { sent: 1, failed: 0 });
      assert.equal(lettersTo('crash@school.example.ru').length, 1);
    });

    test('two processes sweeping at once send each letter once', async () => {
      mail.state.fail = true;
      mail.state.error = Object.assign(new Error('refused'), { code: 'ECONNECTION' });
      const numbers: string[] = [];
      for (let i = 0; i < 4; i++) {
        const number = await newRequest(`swept${i}@school.example.ru`);
        await answer(vera, number, `Ответ ${i}`);
        numbers.push(number);
      }
      mail.state.fail = false;
      at += MINUTE;
      // Each send takes a moment, so the two sweeps overlap.
      mail.state.onSend = () => new Promise((resolve) => setTimeout(resolve, 15));
      try {
        const [a, b] = await Promise.all([sweeper(t.store.db).sweep(), sweeper(other).sweep()]);
        assert.equal(a.sent + b.sent, 4);
      } finally {
        mail.state.onSend = null;
      }
      for (let i = 0; i < 4; i++) assert.equal(lettersTo(`swept${i}@school.example.ru`).length, 1);
    });

    test('retention deletes the letters with their requests', async () => {
      const kept = await newRequest('purged@school.example.ru');
      await answer(vera, kept, 'Ответ, который удалят по сроку');
      const lettersFor = async (number: string) =>
        (await t.store.db.all('SELECT id FROM answer_letters WHERE request_number = ?', [number]))
          .length;
      assert.equal(await lettersFor(kept), 1);

      const config = testConfig({ retentionDays: 30 });
      await housekeeping(t.store, config, new Date(at + 31 * 24 * 60 * MINUTE));
      assert.equal(await lettersFor(kept), 0);
      const left = await t.store.db.get<{ n: number | string }>(
        'SELECT COUNT(*) AS n FROM answer_letters',
      );
      assert.equal(Number(left!.n), 0, 'every answered request was past retention');
    });

    test('a withdrawal deletes the letters with their requests', async () => {
      const number = await newRequest('console-withdrawn@school.example.ru');
      await answer(vera, number, 'Ответ');
      await t.store.db.tx((q) =>
        consoleRequests.deleteByContact(q, 'default', {
          email: 'console-withdrawn@school.example.ru',
          phone: null,
        }),
      );
      const row = await t.store.db.get('SELECT id FROM answer_letters WHERE request_number = ?', [
        number,
      ]);
      assert.equal(row, undefined);
    });
  });
}

describe('answers without mail', () => {
  let t: TestApp;
  before(async () => {
    t = await startApp({ mailFrom: null, smtpUrl: null });
    await addUser(t.store, { email: 'vera@rmc.example.ru', name: 'Вера', role: 'methodist' });
  });
  after(async () => t.close());

  test('are refused before anything is recorded, so no letter waits for a sender', async () => {
    const response = await post(t.app, validRequest({ email: 'nomail@school.example.ru' }));
    const number = response.json().number as string;
    const client = new StaffClient(t.app);
    await client.login('vera@rmc.example.ru');
    const refused = await client.post(`/admin/api/requests/${encodeURIComponent(number)}/answer`, {
      text: 'Ответ',
      idempotencyKey: randomUUID(),
    });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error, 'mail_not_configured');
    assert.equal(await t.store.db.get('SELECT id FROM answer_letters'), undefined);
    assert.equal(
      await t.store.db.get("SELECT id FROM request_events WHERE kind = 'answer'"),
      undefined,
    );
  });
});
