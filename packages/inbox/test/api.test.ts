import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import nodemailer from 'nodemailer';
import type { Notifier } from '../src/notify.ts';
import { openSqliteStore } from '../src/store/index.ts';
import type { StoredRequest } from '../src/store/types.ts';
import { ALLOWED, auth, post, startApp, validRequest } from './helpers.ts';

/** A notifier that remembers what it was asked to send. */
function recordingNotifier(): Notifier & { sent: StoredRequest[] } {
  const sent: StoredRequest[] = [];
  return {
    sent,
    async notify(record) {
      sent.push(record);
    },
  };
}

describe('POST /api/consultations', () => {
  test('stores a valid request and answers with its number', async () => {
    const notifier = recordingNotifier();
    const t = await startApp({}, { notifier });
    try {
      const response = await post(t.app, validRequest());
      assert.equal(response.statusCode, 201);
      const body = response.json();
      assert.match(body.number, /^К-\d{4}-\d{6}$/);
      assert.deepEqual(body, { number: body.number, status: 'new', expectedResponseDays: 7 });
      const stored = await t.store.get(body.number);
      assert.equal(stored?.request.name, 'Иванова Мария Петровна');
      assert.equal(stored?.consent.ip, '127.0.0.1');
      assert.equal(stored?.consent.version, '2026-09');
      assert.equal(stored?.spam, null);
      await t.app.notificationsSettled();
      assert.deepEqual(
        notifier.sent.map((r) => r.number),
        [body.number],
      );
    } finally {
      await t.close();
    }
  });

  test('shutdown waits for a notice still on its way (mailSettled)', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const delivered: string[] = [];
    const notifier: Notifier = {
      async notify(record) {
        await held;
        delivered.push(record.number);
      },
    };
    const t = await startApp({}, { notifier });
    try {
      const response = await post(t.app, validRequest());
      assert.equal(response.statusCode, 201);
      let settled = false;
      const waiting = t.app.mailSettled().then(() => {
        settled = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(settled, false, 'not before the notice went');
      release();
      await waiting;
      assert.deepEqual(delivered, [response.json().number]);
    } finally {
      await t.close();
    }
  });

  test('answers 422 with a Russian message per field', async () => {
    const t = await startApp();
    try {
      const bad = validRequest({ email: 'не-почта', name: '   ', topic: 'два слова' });
      const response = await post(t.app, bad);
      assert.equal(response.statusCode, 422);
      const body = response.json();
      assert.equal(body.error, 'validation');
      assert.match(body.fields.email, /Неверный адрес электронной почты «не-почта»/);
      assert.match(body.fields.name, /Обязательное поле/);
      assert.match(body.fields.topic, /«два слова»/);
      assert.equal((await t.store.list({ includeSpam: true })).length, 0);
    } finally {
      await t.close();
    }
  });

  test('asks for a contact when neither e-mail nor phone is given', async () => {
    const t = await startApp();
    try {
      const response = await post(t.app, validRequest({ email: undefined, phone: undefined }));
      assert.equal(response.statusCode, 422);
      assert.match(response.json().fields.email, /электронную почту или телефон/);
    } finally {
      await t.close();
    }
  });

  test('answers in English for locale en or an English Accept-Language', async () => {
    const t = await startApp();
    try {
      const en = await post(t.app, validRequest({ locale: 'en', message: '' }));
      assert.match(en.json().fields.message, /Required field/);
      const { locale: _drop, ...noLocale } = validRequest({ message: '' });
      const header = await post(t.app, noLocale, { 'accept-language': 'en-GB,en;q=0.9,ru;q=0.5' });
      assert.match(header.json().fields.message, /Required field/);
      assert.match(header.json().fields.locale, /Required field/);
      const russian = await post(t.app, noLocale, { 'accept-language': 'ru-RU,en;q=0.5' });
      assert.match(russian.json().fields.message, /Обязательное поле/);
    } finally {
      await t.close();
    }
  });

  test('a retry with the same idempotency key returns the same number and stores one row', async () => {
    const notifier = recordingNotifier();
    const t = await startApp({}, { notifier });
    try {
      const request = validRequest();
      const first = await post(t.app, request);
      const retry = await post(t.app, request);
      assert.equal(first.statusCode, 201);
      assert.equal(retry.statusCode, 200);
      assert.equal(retry.json().number, first.json().number);
      assert.equal((await t.store.list({ includeSpam: true })).length, 1);
      await t.app.notificationsSettled();
      assert.equal(notifier.sent.length, 1);
    } finally {
      await t.close();
    }
  });

  test('a filled honeypot or a too-fast form is accepted quietly, flagged and not notified', async () => {
    const notifier = recordingNotifier();
    const t = await startApp({ minFillMs: 3000 }, { notifier });
    try {
      const honeypot = await post(t.app, validRequest({ website: 'http://spam.example' }));
      const fast = await post(t.app, validRequest({ fillMs: 800 }));
      const human = await post(t.app, validRequest({ fillMs: 3000 }));
      for (const response of [honeypot, fast, human]) {
        assert.equal(response.statusCode, 201);
        assert.deepEqual(Object.keys(response.json()).sort(), [
          'expectedResponseDays',
          'number',
          'status',
        ]);
      }
      assert.equal((await t.store.get(honeypot.json().number))?.spam, 'honeypot');
      assert.equal((await t.store.get(fast.json().number))?.spam, 'too-fast');
      assert.equal((await t.store.get(human.json().number))?.spam, null);
      await t.app.notificationsSettled();
      assert.deepEqual(
        notifier.sent.map((r) => r.number),
        [human.json().number],
      );
    } finally {
      await t.close();
    }
  });

  test('rejects a body that is not JSON or not an object', async () => {
    const t = await startApp();
    try {
      const broken = await post(t.app, '{"name": ');
      assert.equal(broken.statusCode, 400);
      assert.equal(broken.json().error, 'invalid_json');
      const list = await post(t.app, '[1, 2]');
      assert.equal(list.statusCode, 400);
      assert.equal(list.json().error, 'invalid_body');
    } finally {
      await t.close();
    }
  });

  test('a body over the limit gets 413 with a JSON error', async () => {
    const t = await startApp({ bodyLimit: 32 * 1024 });
    try {
      const big = validRequest({ message: 'я'.repeat(20_000) });
      const response = await post(t.app, big);
      assert.equal(response.statusCode, 413);
      assert.equal(response.json().error, 'too_large');
      assert.match(response.json().message, /слишком большая/);
    } finally {
      await t.close();
    }
  });

  test('the 11th POST in a minute from one IP gets 429 with Retry-After', async () => {
    const t = await startApp({ rateLimitMax: 10, rateLimitWindowMs: 60_000 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await post(t.app, validRequest())).statusCode);
      assert.deepEqual(statuses.slice(0, 10), Array(10).fill(201));
      const limited = await post(t.app, validRequest());
      assert.equal(limited.statusCode, 429);
      assert.ok(Number(limited.headers['retry-after']) > 0);
      assert.equal(limited.json().error, 'rate_limited');
      const other = await post(t.app, validRequest(), {}).then(() =>
        t.app.inject({
          method: 'POST',
          url: '/api/consultations',
          remoteAddress: '198.51.100.9',
          headers: { 'content-type': 'application/json', origin: ALLOWED },
          payload: JSON.stringify(validRequest()),
        }),
      );
      assert.equal(other.statusCode, 201, 'another IP is not limited');
    } finally {
      await t.close();
    }
  });

  test('behind a trusted proxy the client IP comes from X-Forwarded-For', async () => {
    const trusted = await startApp({ trustProxy: true });
    const untrusted = await startApp({ trustProxy: false });
    try {
      const headers = { 'x-forwarded-for': '203.0.113.50' };
      const a = await post(trusted.app, validRequest(), headers);
      const b = await post(untrusted.app, validRequest(), headers);
      assert.equal((await trusted.store.get(a.json().number))?.consent.ip, '203.0.113.50');
      assert.equal((await untrusted.store.get(b.json().number))?.consent.ip, '127.0.0.1');
    } finally {
      await trusted.close();
      await untrusted.close();
    }
  });
});

describe('CORS', () => {
  test('an allowed origin gets CORS headers on the preflight and the POST', async () => {
    const t = await startApp();
    try {
      for (const origin of [ALLOWED, 'https://gym2.edu.example.ru']) {
        const preflight = await t.app.inject({
          method: 'OPTIONS',
          url: '/api/consultations',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
        assert.equal(preflight.statusCode, 204);
        assert.equal(preflight.headers['access-control-allow-origin'], origin);
        assert.match(String(preflight.headers['access-control-allow-methods']), /POST/);
        const response = await post(t.app, validRequest(), { origin });
        assert.equal(response.statusCode, 201);
        assert.equal(response.headers['access-control-allow-origin'], origin);
      }
    } finally {
      await t.close();
    }
  });

  test('another origin gets no CORS headers and its POST is refused', async () => {
    const t = await startApp();
    try {
      for (const origin of ['https://evil.example', 'https://edu.example.ru.evil.example']) {
        const preflight = await t.app.inject({
          method: 'OPTIONS',
          url: '/api/consultations',
          headers: { origin, 'access-control-request-method': 'POST' },
        });
        assert.equal(preflight.headers['access-control-allow-origin'], undefined);
        const response = await post(t.app, validRequest(), { origin });
        assert.equal(response.statusCode, 403);
        assert.equal(response.json().error, 'origin_not_allowed');
        assert.equal(response.headers['access-control-allow-origin'], undefined);
      }
      assert.equal((await t.store.list({ includeSpam: true })).length, 0);
    } finally {
      await t.close();
    }
  });
});

describe('department endpoints', () => {
  test('listing needs the bearer token', async () => {
    const t = await startApp();
    try {
      await post(t.app, validRequest());
      for (const headers of [
        {},
        { authorization: 'Bearer wrong-token-0123456789abcdef' },
        { authorization: 'Basic abc' },
      ]) {
        const response = await t.app.inject({ method: 'GET', url: '/api/consultations', headers });
        assert.equal(response.statusCode, 401);
        assert.equal(response.headers['www-authenticate'], 'Bearer realm="metodika-inbox"');
        assert.doesNotMatch(response.body, /Иванова/);
      }
      const csv = await t.app.inject({ method: 'GET', url: '/api/consultations.csv' });
      assert.equal(csv.statusCode, 401);
      const patch = await t.app.inject({
        method: 'PATCH',
        url: `/api/consultations/${encodeURIComponent('К-2026-000001')}`,
        payload: { status: 'answered' },
      });
      assert.equal(patch.statusCode, 401);
    } finally {
      await t.close();
    }
  });

  test('lists requests as JSON, filtered by status', async () => {
    const t = await startApp();
    try {
      const a = (await post(t.app, validRequest())).json().number;
      const b = (await post(t.app, validRequest({ name: 'Петров Пётр' }))).json().number;
      await post(t.app, validRequest({ website: 'bot' }));
      await t.store.setStatus(a, 'in-progress', new Date());
      const all = await t.app.inject({ method: 'GET', url: '/api/consultations', headers: auth });
      assert.equal(all.statusCode, 200);
      assert.deepEqual(
        all.json().map((r: StoredRequest) => r.number),
        [a, b],
      );
      const fresh = await t.app.inject({
        method: 'GET',
        url: '/api/consultations?status=new',
        headers: auth,
      });
      assert.deepEqual(
        fresh.json().map((r: StoredRequest) => r.request.name),
        ['Петров Пётр'],
      );
      const withSpam = await t.app.inject({
        method: 'GET',
        url: '/api/consultations?spam=true',
        headers: auth,
      });
      assert.equal(withSpam.json().length, 3);
      const bad = await t.app.inject({
        method: 'GET',
        url: '/api/consultations?status=done',
        headers: auth,
      });
      assert.equal(bad.statusCode, 400);
    } finally {
      await t.close();
    }
  });

  test('CSV opens in Excel: BOM, Cyrillic, semicolons, CRLF, quoting', async () => {
    const t = await startApp();
    try {
      await post(t.app, validRequest({ message: 'Вопрос; с "кавычками"\nи второй строкой' }));
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/consultations.csv',
        headers: auth,
      });
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^text\/csv; charset=utf-8/);
      assert.match(
        String(response.headers['content-disposition']),
        /attachment; filename="consultations-.*\.csv"/,
      );
      const bytes = response.rawPayload;
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      const [header, row] = text.split('\r\n');
      assert.ok(header?.startsWith('"Номер";"Статус";"Получена";"Тема"'));
      assert.match(row ?? '', /^"К-\d{4}-\d{6}";"new";/);
      assert.match(text, /"Иванова Мария Петровна"/);
      assert.match(text, /"Вопрос; с ""кавычками""\nи второй строкой"/);
      assert.match(text, /"'\+7 \(84157\) 3-12-45"/);
      assert.ok(text.endsWith('\r\n'));
    } finally {
      await t.close();
    }
  });

  test('PATCH sets the status and records when it was answered', async () => {
    const t = await startApp();
    try {
      const number = (await post(t.app, validRequest())).json().number;
      const url = `/api/consultations/${encodeURIComponent(number)}`;
      const answered = await t.app.inject({
        method: 'PATCH',
        url,
        headers: auth,
        payload: { status: 'answered' },
      });
      assert.equal(answered.statusCode, 200);
      assert.equal(answered.json().status, 'answered');
      assert.ok(Date.parse(answered.json().answeredAt) > 0);
      assert.equal((await t.store.get(number))?.status, 'answered');
      const latin = await t.app.inject({
        method: 'PATCH',
        url: `/api/consultations/${number.replace('К', 'K')}`,
        headers: auth,
        payload: { status: 'in-progress' },
      });
      assert.equal(latin.json().number, number);
      assert.equal(latin.json().answeredAt, null);
      const bad = await t.app.inject({
        method: 'PATCH',
        url,
        headers: auth,
        payload: { status: 'closed' },
      });
      assert.equal(bad.statusCode, 422);
      const missing = await t.app.inject({
        method: 'PATCH',
        url: `/api/consultations/${encodeURIComponent('К-2026-999999')}`,
        headers: auth,
        payload: { status: 'answered' },
      });
      assert.equal(missing.statusCode, 404);
    } finally {
      await t.close();
    }
  });
});

describe('operations', () => {
  test('/health checks the database', async () => {
    const t = await startApp();
    try {
      const ok = await t.app.inject({ method: 'GET', url: '/health' });
      assert.equal(ok.statusCode, 200);
      assert.deepEqual(ok.json(), { ok: true, store: 'sqlite' });
      await t.store.close();
      const down = await t.app.inject({ method: 'GET', url: '/health' });
      assert.equal(down.statusCode, 503);
      assert.deepEqual(down.json(), { ok: false, store: 'sqlite' });
    } finally {
      await t.close();
    }
  });

  test('logs are structured and carry no name, e-mail, phone, message or IP', async () => {
    const t = await startApp({ trustProxy: true });
    try {
      const request = validRequest({
        email: 'secret.person@mail.example',
        phone: '+7 912 111-22-33',
      });
      await post(t.app, request, { 'x-forwarded-for': '203.0.113.77' });
      await post(t.app, { ...request, idempotencyKey: 'another-key-1234567890', email: 'bad@' });
      await t.app.notificationsSettled();
      const entries = t.logs.entries;
      assert.ok(entries.length >= 4);
      assert.ok(
        entries.some((e) => e.event === 'consultation.received' && typeof e.number === 'string'),
      );
      assert.ok(entries.some((e) => (e.res as { statusCode?: number })?.statusCode === 422));
      // Timestamps and timings are digits that may contain "912" by chance.
      const text = t.logs.text.replace(/"(time|responseTime|pid)":[\d.]+/g, '');
      for (const secret of [
        'secret.person',
        'mail.example',
        '912',
        'Иванова',
        'портфолио',
        '203.0.113.77',
        '127.0.0.1',
      ]) {
        assert.equal(text.includes(secret), false, `log leaks ${secret}`);
      }
    } finally {
      await t.close();
    }
  });

  test('with a mail transport, a new request is e-mailed to the department', async () => {
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const sent: string[] = [];
    const original = transport.sendMail.bind(transport);
    transport.sendMail = (async (mail: Parameters<typeof original>[0]) => {
      const info = await original(mail);
      sent.push(String((info as { message: string }).message));
      return info;
    }) as typeof transport.sendMail;
    const t = await startApp(
      { mailFrom: 'inbox@rmc.example.ru', mailTo: 'metod@rmc.example.ru' },
      { mailTransport: transport },
    );
    try {
      const number = (await post(t.app, validRequest())).json().number;
      await post(t.app, validRequest({ website: 'bot' }));
      await t.app.notificationsSettled();
      assert.equal(sent.length, 1);
      const mail = JSON.parse(sent[0]!);
      assert.equal(mail.to[0].address, 'metod@rmc.example.ru');
      assert.equal(mail.replyTo[0].address, 'maria.ivanova@school3.example.ru');
      assert.equal(mail.subject, `Заявка на консультацию ${number} (attestation)`);
      assert.match(mail.text, /ФИО: Иванова Мария Петровна/);
      assert.match(mail.text, /Формат: онлайн/);
      assert.equal(t.logs.text.includes('maria.ivanova'), false);
    } finally {
      await t.close();
    }
  });

  test('a request survives a restart of the receiver', async () => {
    const t = await startApp();
    const number = (await post(t.app, validRequest())).json().number;
    await t.app.close();
    await t.store.close();
    const reopened = await openSqliteStore(t.dbPath);
    try {
      const record = await reopened.get(number);
      assert.equal(record?.request.name, 'Иванова Мария Петровна');
    } finally {
      await reopened.close();
      await t.close();
    }
  });
});
