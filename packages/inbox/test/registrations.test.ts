import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { type Feed, parseFeed, type RegistrationRequest } from '@metodika/feed';
import ExcelJS from 'exceljs';
import type { FastifyBaseLogger } from 'fastify';
import ICAL from 'ical.js';
import nodemailer from 'nodemailer';
import { buildApp } from '../src/app.ts';
import type { Db } from '../src/db/db.ts';
import type { FeedSource } from '../src/labels.ts';
import { registrationMailer } from '../src/registration/mailer.ts';
import { sendRegistrationNotices } from '../src/registration/notices.ts';
import { availability, keptEvent } from '../src/registration/policy.ts';
import type { Registration } from '../src/repos/registrations.ts';
import { openPostgresStore, openSqliteStore } from '../src/store/index.ts';
import { ALLOWED, LogCapture, startApp, type TestApp, testConfig } from './helpers.ts';
import { addUser, StaffClient } from './staff-client.ts';

const ENDPOINT = 'https://rmc.example.ru/api/registrations';
/**
 * «Школа молодого педагога» (Moscow time): every second Tuesday 15:00, September 2031 to May
 * 2032; 11 November cancelled, 9 December moved to the 10th at 16:00 in Махалино, 13 January left
 * out. One list for the whole series.
 */
const SERIES = 'school-series';

/** The demo district's feed with four events whose lists the service keeps. */
function testFeed(): Feed {
  const doc = JSON.parse(
    readFileSync(new URL('../../../demo/feeds/kuznetsk.json', import.meta.url), 'utf8'),
  );
  const base = doc.events[0];
  const event = (id: string, extra: Record<string, unknown>) => ({
    ...base,
    id,
    start: '2031-03-10T10:00:00+03:00',
    end: '2031-03-10T12:00:00+03:00',
    ...extra,
  });
  doc.events.push(
    event('mk-small', {
      title: 'Мастер-класс «Формирующее оценивание»',
      registration: {
        endpoint: ENDPOINT,
        capacity: 2,
        waitlist: true,
        questions: [{ id: 'subject', label: 'Предмет', required: true }],
      },
    }),
    event('mk-nowait', { registration: { endpoint: ENDPOINT, capacity: 1 } }),
    event('mk-late', {
      registration: { endpoint: ENDPOINT, capacity: 10, deadline: '2026-01-01' },
    }),
    event('mk-off', { status: 'cancelled', registration: { endpoint: ENDPOINT, capacity: 10 } }),
    event('mk-crowd', { registration: { endpoint: ENDPOINT, capacity: 30, waitlist: true } }),
    event('mk-crowd-pg', { registration: { endpoint: ENDPOINT, capacity: 30, waitlist: true } }),
    event(SERIES, {
      title: 'Школа молодого педагога',
      start: '2031-09-09T15:00:00+03:00',
      end: '2031-09-09T17:00:00+03:00',
      recurrence: {
        rule: 'FREQ=MONTHLY;BYDAY=2TU;BYMONTH=9,10,11,12,1,2,3,4,5;UNTIL=20320525',
        except: ['2032-01-13'],
        changes: [
          { date: '2031-11-11', status: 'cancelled' },
          {
            date: '2031-12-09',
            start: '2031-12-10T16:00:00+03:00',
            venue: { organization: 'sosh-makhalino' },
          },
        ],
      },
      registration: { endpoint: ENDPOINT, capacity: 20 },
    }),
  );
  const { feed, problems } = parseFeed(doc);
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error').map((p) => p.message),
    [],
  );
  return feed!;
}

const feedSource = (feed: Feed): FeedSource => ({ feed: () => feed });

let counter = 0;
function signUp(overrides: Partial<RegistrationRequest> = {}): RegistrationRequest {
  counter += 1;
  return {
    idempotencyKey: `reg-${randomUUID()}`,
    name: `Учитель ${counter}`,
    organization: { name: 'МБОУ СОШ № 3' },
    email: `teacher${counter}@school.example.ru`,
    answers: { subject: 'математика' },
    consent: { given: true, version: '2026-09', acceptedAt: '2026-11-23T10:00:00+03:00' },
    locale: 'ru',
    fillMs: 30_000,
    ...overrides,
  };
}

function mailbox() {
  const sent: { to: string; subject: string; text: string; icalEvent?: { content: string } }[] = [];
  const json = nodemailer.createTransport({ jsonTransport: true });
  const transport = {
    ...json,
    sendMail: async (message: (typeof sent)[number]) => {
      sent.push(message);
      return { messageId: 'x' };
    },
  } as unknown as nodemailer.Transporter;
  return { sent, transport };
}

const register = (t: { app: TestApp['app'] }, eventId: string, body: unknown) =>
  t.app.inject({
    method: 'POST',
    url: `/api/registrations/${eventId}`,
    headers: { 'content-type': 'application/json', origin: ALLOWED },
    payload: JSON.stringify(body),
  });

describe('registration for events', () => {
  const feed = testFeed();
  const mail = mailbox();
  let t: TestApp;
  before(async () => {
    t = await startApp(
      { mailFrom: 'rmc@example.ru', publicUrl: 'https://rmc.example.ru' },
      { feed: feedSource(feed), mailTransport: mail.transport },
    );
  });
  after(async () => t.close());

  test('places left are public, cacheable and carry no personal data', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/registrations/mk-small' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['access-control-allow-origin'], '*');
    assert.match(String(response.headers['cache-control']), /public, max-age=\d+/);
    assert.deepEqual(response.json(), {
      eventId: 'mk-small',
      capacity: 2,
      confirmed: 0,
      waiting: 0,
      placesLeft: 2,
      waitlist: true,
      state: 'open',
      deadline: null,
    });
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/registrations/ev-2026-10-01-council' }))
        .statusCode,
      404,
      'an event without a kept list',
    );
  });

  test('sign-up: confirmed while places last, then the waiting list; one per e-mail; retries stored once', async () => {
    const first = signUp();
    const a = await register(t, 'mk-small', first);
    assert.equal(a.statusCode, 201, a.body);
    assert.equal(a.json().status, 'confirmed');
    const retry = await register(t, 'mk-small', first);
    assert.equal(retry.statusCode, 200);
    assert.equal(retry.json().status, 'confirmed');
    const again = await register(t, 'mk-small', signUp({ email: first.email.toUpperCase() }));
    assert.equal(again.statusCode, 409);
    assert.match(again.json().message, /уже записаны/);
    assert.equal((await register(t, 'mk-small', signUp())).json().status, 'confirmed');
    const thirdBody = signUp();
    const third = await register(t, 'mk-small', thirdBody);
    assert.equal(third.json().status, 'waiting');
    assert.equal(third.json().waiting, 1);
    assert.equal(third.json().position, 1);
    const fourth = await register(t, 'mk-small', signUp());
    assert.deepEqual([fourth.json().waiting, fourth.json().position], [2, 2]);
    const thirdAgain = await register(t, 'mk-small', { ...thirdBody });
    assert.deepEqual(
      [thirdAgain.statusCode, thirdAgain.json().position],
      [200, 1],
      'a retry gets its own place',
    );
    const state = (
      await t.app.inject({ method: 'GET', url: '/api/registrations/mk-small' })
    ).json();
    assert.deepEqual(
      [state.confirmed, state.waiting, state.placesLeft, state.state],
      [2, 2, 0, 'waitlist'],
    );

    const confirmation = mail.sent.find((m) => m.to === first.email);
    assert.ok(confirmation, 'a confirmation letter');
    assert.match(confirmation.subject, /^Вы записаны: Мастер-класс «Формирующее оценивание»/);
    assert.match(
      confirmation.text,
      /https:\/\/rmc\.example\.ru\/registrations\/cancel\/[\w-]{40,}/,
    );
    const ics = new ICAL.Component(ICAL.parse(confirmation.icalEvent!.content));
    const vevent = ics.getFirstSubcomponent('vevent')!;
    assert.equal(vevent.getFirstPropertyValue('summary'), 'Мастер-класс «Формирующее оценивание»');
    assert.equal(
      (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
      '2031-03-10T07:00:00.000Z',
    );
    assert.match(mail.sent.at(-1)!.subject, /^Вы в листе ожидания/);
    assert.equal(mail.sent.at(-1)!.icalEvent, undefined);
  });

  test('the form is checked like the consultation form: e-mail required, required questions, consent', async () => {
    const { email: _email, ...noEmail } = signUp();
    const refused = await register(t, 'mk-small', noEmail);
    assert.equal(refused.statusCode, 422);
    assert.ok(refused.json().fields.email);
    const unanswered = await register(t, 'mk-small', signUp({ answers: {} }));
    assert.equal(unanswered.statusCode, 422);
    assert.match(unanswered.json().fields['answers.subject'], /Предмет/);
    const noConsent = await register(t, 'mk-small', { ...signUp(), consent: { given: false } });
    assert.equal(noConsent.statusCode, 422);
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/registrations/mk-small',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      payload: JSON.stringify(signUp()),
    });
    assert.equal(foreign.statusCode, 403);
  });

  test('cancelling by the personal link asks first, then promotes the first person waiting and tells them', async () => {
    const holder = signUp();
    const waiting = signUp();
    // mk-small is full from the test above; a fresh event keeps this test on its own.
    const local = await startApp(
      { mailFrom: 'rmc@example.ru', publicUrl: 'https://rmc.example.ru' },
      { feed: feedSource(feed), mailTransport: mail.transport },
    );
    try {
      await register(local, 'mk-nowait', holder);
      const before = mail.sent.length;
      const link = mail.sent
        .find((m) => m.to === holder.email)!
        .text.match(/\/registrations\/cancel\/([\w-]+)/)![1]!;
      const page = await local.app.inject({ method: 'GET', url: `/registrations/cancel/${link}` });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<form method="post">/);
      assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
      assert.doesNotMatch(page.body, /<script/);
      // An icon of its own: no request for a /favicon.ico the service does not have.
      assert.match(page.body, /<link rel="icon" href="data:,">/);
      assert.equal(
        (await local.app.inject({ method: 'GET', url: '/api/registrations/mk-nowait' })).json()
          .confirmed,
        1,
        'opening the link cancels nothing',
      );

      const bad = await local.app.inject({
        method: 'GET',
        url: '/registrations/cancel/not-a-real-token',
      });
      assert.equal(bad.statusCode, 404);

      assert.equal(
        (
          await register(local, 'mk-small', { ...holder, idempotencyKey: `reg-${randomUUID()}` })
        ).json().status,
        'confirmed',
      );
      await register(local, 'mk-small', signUp());
      assert.equal((await register(local, 'mk-small', waiting)).json().status, 'waiting');
      const smallLink = mail.sent
        .filter((m) => m.to === holder.email)
        .at(-1)!
        .text.match(/\/registrations\/cancel\/([\w-]+)/)![1]!;
      const done = await local.app.inject({
        method: 'POST',
        url: `/registrations/cancel/${smallLink}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: '',
      });
      assert.equal(done.statusCode, 200);
      assert.match(done.body, /Запись отменена/);
      const state = (
        await local.app.inject({ method: 'GET', url: '/api/registrations/mk-small' })
      ).json();
      assert.deepEqual([state.confirmed, state.waiting], [2, 0]);
      const promoted = mail.sent
        .slice(before)
        .find((m) => m.to === waiting.email && /^Освободилось место/.test(m.subject));
      assert.ok(promoted, 'the person waiting is told');
      assert.ok(promoted.icalEvent, 'with the calendar file');
      assert.match(promoted.text, /\/registrations\/cancel\/[\w-]{40,}/, 'and a link of their own');
      // Cancelling twice changes nothing more.
      const twice = await local.app.inject({
        method: 'POST',
        url: `/registrations/cancel/${smallLink}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: '',
      });
      assert.equal(twice.statusCode, 200);
      assert.deepEqual(
        (await local.app.inject({ method: 'GET', url: '/api/registrations/mk-small' })).json()
          .confirmed,
        2,
      );
    } finally {
      await local.close();
    }
  });

  test('closed: no places and no waiting list, deadline passed, event cancelled', async () => {
    const holder = await register(t, 'mk-nowait', signUp());
    assert.equal(holder.json().status, 'confirmed');
    const full = await register(t, 'mk-nowait', signUp());
    assert.equal(full.statusCode, 409);
    assert.equal(full.json().state, 'full');
    assert.match(full.json().message, /Мест больше нет/);
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/registrations/mk-nowait' })).json().state,
      'full',
    );
    const late = await register(t, 'mk-late', signUp());
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().state, 'deadline');
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/registrations/mk-late' })).json().state,
      'deadline',
    );
    const off = await register(t, 'mk-off', signUp());
    assert.equal(off.json().state, 'cancelled');
    assert.match(off.json().message, /отменено/);
  });

  test('the console: participants and the waiting list, moves within capacity, attendance, a sign-in sheet, a letter to all', async () => {
    const local = await startApp(
      { mailFrom: 'rmc@example.ru', publicUrl: 'https://rmc.example.ru' },
      { feed: feedSource(feed), mailTransport: mail.transport },
    );
    try {
      const people = [
        signUp({ name: 'Анна Первая' }),
        signUp({ name: 'Борис Второй' }),
        signUp({ name: '=Вера Ждущая' }),
      ];
      for (const person of people) await register(local, 'mk-small', person);
      await addUser(local.store, {
        email: 'm@rmc.example.ru',
        name: 'Методист',
        role: 'methodist',
      });
      const staff = new StaffClient(local.app);
      await staff.login('m@rmc.example.ru');
      const events = (await staff.get('/admin/api/events')).json().items;
      const small = events.find((e: { id: string }) => e.id === 'mk-small');
      assert.deepEqual([small.confirmed, small.waiting, small.capacity], [2, 1, 2]);
      const list = (await staff.get('/admin/api/events/mk-small/registrations')).json();
      assert.deepEqual(
        list.items.map((r: { name: string; status: string }) => `${r.name}:${r.status}`),
        ['Анна Первая:confirmed', 'Борис Второй:confirmed', '=Вера Ждущая:waiting'],
      );
      const [anna, , vera] = list.items;
      const full = await staff.post(`/admin/api/events/mk-small/registrations/${vera.id}/status`, {
        status: 'confirmed',
      });
      assert.equal(full.statusCode, 422);
      assert.match(full.json().fields.status, /Все места заняты/);
      const before = mail.sent.length;
      const moved = await staff.post(`/admin/api/events/mk-small/registrations/${anna.id}/status`, {
        status: 'waiting',
      });
      assert.equal(moved.json().registration.status, 'waiting');
      const after = (await staff.get('/admin/api/events/mk-small/registrations')).json();
      assert.deepEqual([after.counts.confirmed, after.counts.waiting], [2, 1]);
      assert.ok(
        mail.sent
          .slice(before)
          .some((m) => m.to === people[2]!.email && /^Освободилось место/.test(m.subject)),
      );
      const marked = await staff.post(
        `/admin/api/events/mk-small/registrations/${vera.id}/attended`,
        { attended: true },
      );
      assert.equal(marked.json().registration.attended, true);

      const xlsx = await staff.get('/admin/api/events/mk-small/registrations.xlsx');
      assert.equal(xlsx.statusCode, 200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      assert.equal(sheet.getRow(1).getCell(1).value, 'Мастер-класс «Формирующее оценивание»');
      assert.deepEqual((sheet.getRow(3).values as unknown[]).slice(1), [
        '№',
        'ФИО',
        'Организация',
        'Должность',
        'E-mail',
        'Телефон',
        'Предмет',
        'Статус',
        'Присутствовал(а)',
        'Подпись',
      ]);
      assert.equal(sheet.getRow(5).getCell(2).value, '=Вера Ждущая', 'text, not a formula');
      assert.equal(sheet.getRow(5).getCell(9).value, '+');
      const csv = await staff.get('/admin/api/events/mk-small/registrations.csv');
      assert.match(csv.body, /"'=Вера Ждущая"/);

      const letters = mail.sent.length;
      const message = await staff.post('/admin/api/events/mk-small/message', {
        text: 'Занятие переносится в актовый зал.',
      });
      assert.deepEqual(message.json(), { sent: 2, failed: 0 });
      assert.equal(mail.sent.slice(letters).filter((m) => /актовый зал/.test(m.text)).length, 2);

      const admin = new StaffClient(local.app);
      await addUser(local.store, {
        email: 'a@rmc.example.ru',
        name: 'Админ',
        role: 'administrator',
      });
      await admin.login('a@rmc.example.ru');
      const actions = (await admin.get('/admin/api/audit'))
        .json()
        .items.map((e: { action: string }) => e.action);
      for (const action of [
        'registrations.view',
        'registration.move',
        'registration.attendance',
        'registrations.export',
        'registrations.message',
      ]) {
        assert.ok(actions.includes(action), action);
      }
      // Withdrawal of consent deletes registrations too.
      const withdrawn = (
        await staff.post('/admin/api/withdrawal', { email: people[1]!.email })
      ).json();
      assert.equal(withdrawn.registrations, 1);
    } finally {
      await local.close();
    }
  });

  test('the waiting list keeps its order: someone moved back to it queues behind those already waiting', async () => {
    const local = await startApp(
      { mailFrom: 'rmc@example.ru', publicUrl: 'https://rmc.example.ru' },
      { feed: feedSource(feed), mailTransport: mail.transport },
    );
    try {
      const [anna, boris, vera, dmitry] = ['Анна', 'Борис', 'Вера', 'Дмитрий'].map((name) =>
        signUp({ name }),
      );
      for (const person of [anna, boris, vera, dmitry]) await register(local, 'mk-small', person!);
      await addUser(local.store, {
        email: 'q@rmc.example.ru',
        name: 'Методист',
        role: 'methodist',
      });
      const staff = new StaffClient(local.app);
      await staff.login('q@rmc.example.ru');
      const id = async (name: string) =>
        (await staff.get('/admin/api/events/mk-small/registrations'))
          .json()
          .items.find((r: { name: string }) => r.name === name).id;
      const moved = (
        await staff.post(`/admin/api/events/mk-small/registrations/${await id('Анна')}/status`, {
          status: 'waiting',
        })
      ).json();
      assert.equal(
        moved.promoted.name,
        'Вера',
        'the first waiting takes the place, and the answer says who',
      );
      const cancelled = (
        await staff.post(`/admin/api/events/mk-small/registrations/${await id('Борис')}/status`, {
          status: 'cancelled',
        })
      ).json();
      assert.equal(
        cancelled.promoted.name,
        'Дмитрий',
        'Дмитрий waited longer than Анна, who came back later',
      );
      const list = (await staff.get('/admin/api/events/mk-small/registrations')).json();
      assert.deepEqual(
        list.items.map((r: { name: string; status: string }) => `${r.name}:${r.status}`),
        ['Вера:confirmed', 'Дмитрий:confirmed', 'Анна:waiting', 'Борис:cancelled'],
      );
    } finally {
      await local.close();
    }
  });

  test('a reminder the day before, and everyone told once when the event is cancelled', async () => {
    let current = feed;
    const source: FeedSource = { feed: () => current };
    const local = await startApp(
      { mailFrom: 'rmc@example.ru', publicUrl: 'https://rmc.example.ru' },
      { feed: source, mailTransport: mail.transport },
    );
    try {
      const people = [signUp(), signUp(), signUp()];
      for (const person of people) await register(local, 'mk-small', person);
      const context = {
        db: local.store.db,
        feed: source,
        transport: mail.transport,
        mailFrom: 'rmc@example.ru',
        log: local.app.log,
        departmentId: 'default',
      };
      const start = Date.parse('2031-03-10T07:00:00Z');
      assert.deepEqual(
        await sendRegistrationNotices(context, new Date(start - 2 * 86_400_000)),
        { reminded: 0, told: 0 },
        'too early',
      );
      const withReminder = (reminder: boolean) =>
        feed.events.map((e) =>
          e.id === 'mk-small' && e.registration
            ? { ...e, registration: { ...e.registration, reminder } }
            : e,
        );
      current = { ...feed, events: withReminder(false) };
      assert.deepEqual(
        await sendRegistrationNotices(context, new Date(start - 21 * 3_600_000)),
        { reminded: 0, told: 0 },
        'the event turned its reminder off',
      );
      current = { ...feed, events: withReminder(true) };
      const before = mail.sent.length;
      assert.deepEqual(
        await sendRegistrationNotices(context, new Date(start - 20 * 3_600_000)),
        { reminded: 2, told: 0 },
        'the two confirmed',
      );
      assert.deepEqual(
        await sendRegistrationNotices(context, new Date(start - 19 * 3_600_000)),
        { reminded: 0, told: 0 },
        'once',
      );
      assert.ok(mail.sent.slice(before).every((m) => /^Напоминание/.test(m.subject)));

      current = {
        ...feed,
        events: feed.events.map((e) =>
          e.id === 'mk-small'
            ? { ...e, status: 'cancelled' as const, statusNote: 'Ведущая заболела.' }
            : e,
        ),
      };
      const told = await sendRegistrationNotices(context, new Date(start - 10 * 3_600_000));
      assert.deepEqual(told, { reminded: 0, told: 3 }, 'confirmed and waiting');
      assert.ok(
        mail.sent
          .slice(-3)
          .every((m) => /^Мероприятие отменено/.test(m.subject) && /Ведущая заболела/.test(m.text)),
      );
      assert.deepEqual(await sendRegistrationNotices(context, new Date(start - 9 * 3_600_000)), {
        reminded: 0,
        told: 0,
      });
    } finally {
      await local.close();
    }
  });

  test('200 concurrent sign-ups for 30 places: exactly 30 confirmed and 170 waiting (SQLite)', async () => {
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => register(t, 'mk-crowd', signUp())),
    );
    const statuses = responses.map((r) => `${r.statusCode} ${r.json().status}`);
    assert.equal(statuses.filter((s) => s === '201 confirmed').length, 30);
    assert.equal(statuses.filter((s) => s === '201 waiting').length, 170);
    const state = (
      await t.app.inject({ method: 'GET', url: '/api/registrations/mk-crowd' })
    ).json();
    assert.deepEqual([state.confirmed, state.waiting], [30, 170]);
  });
});

const pgUrl = process.env.INBOX_TEST_PG_URL;

/** Two service processes on one fresh PostgreSQL schema, serving the test feed, for `use`. */
async function twoPostgresProcesses(
  use: (apps: TestApp['app'][], stores: TestApp['store'][], feed: Feed) => Promise<void>,
) {
  const feed = testFeed();
  const schema = `registration_test_${randomBytes(6).toString('hex')}`;
  const stores = [
    await openPostgresStore(pgUrl!, { schema }),
    await openPostgresStore(pgUrl!, { schema }),
  ];
  const apps = await Promise.all(
    stores.map((store) =>
      buildApp({
        config: testConfig({ rateLimitMax: 1000 }),
        store,
        feed: feedSource(feed),
        logStream: new LogCapture(),
      }),
    ),
  );
  try {
    await use(apps, stores, feed);
  } finally {
    for (const app of apps) await app.close();
    for (const store of stores) await store.close();
  }
}
test('200 concurrent sign-ups for 30 places through two service processes on one PostgreSQL: exactly 30 confirmed', {
  skip: pgUrl ? false : 'INBOX_TEST_PG_URL is not set',
}, async () => {
  await twoPostgresProcesses(async (apps, stores) => {
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        register({ app: apps[i % 2]! }, 'mk-crowd-pg', signUp()),
      ),
    );
    const statuses = responses.map((r) => `${r.statusCode} ${r.json().status}`);
    assert.equal(statuses.filter((s) => s === '201 confirmed').length, 30, statuses.join(','));
    assert.equal(statuses.filter((s) => s === '201 waiting').length, 170);
    const rows = await stores[0]!.db.all<{ status: string; n: number }>(
      "SELECT status, COUNT(*) AS n FROM registrations WHERE event_id = 'mk-crowd-pg' GROUP BY status ORDER BY status",
    );
    assert.deepEqual(
      rows.map((r) => [r.status, Number(r.n)]),
      [
        ['confirmed', 30],
        ['waiting', 170],
      ],
    );
  });
});

describe('the sign-up endpoint has the receiver’s limits', () => {
  test('CORS for the allowed sites only, a body limit, a rate limit per address', async () => {
    const local = await startApp(
      { rateLimitMax: 2, bodyLimit: 4096 },
      { feed: feedSource(testFeed()), mailTransport: mailbox().transport },
    );
    try {
      const preflight = (origin: string) =>
        local.app.inject({
          method: 'OPTIONS',
          url: '/api/registrations/mk-crowd',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
      const allowed = await preflight(ALLOWED);
      assert.equal(allowed.statusCode, 204);
      assert.equal(allowed.headers['access-control-allow-origin'], ALLOWED);
      assert.match(String(allowed.headers['access-control-allow-methods']), /POST/);
      const foreign = await preflight('https://evil.example');
      assert.equal(foreign.headers['access-control-allow-origin'], undefined);

      const big = await register(local, 'mk-crowd', signUp({ name: 'Я'.repeat(4000) }));
      assert.equal(big.statusCode, 413);
      assert.equal(big.json().error, 'too_large');

      const first = await register(local, 'mk-crowd', signUp());
      assert.equal(first.statusCode, 201);
      assert.equal(first.headers['access-control-allow-origin'], ALLOWED);
      // The third request from this address (the oversized one counted too) within the window.
      const limited = await register(local, 'mk-crowd', signUp());
      assert.equal(limited.statusCode, 429);
      assert.equal(limited.json().error, 'rate_limited');
      const places = await local.app.inject({ method: 'GET', url: '/api/registrations/mk-crowd' });
      assert.equal(places.statusCode, 200, 'places left are not rate-limited with sign-ups');
      assert.equal(places.json().confirmed, 1);
    } finally {
      await local.close();
    }
  });
});

describe('registration closes at the deadline', () => {
  /** mk-small with `deadline`, as the service sees it at `iso` (the feed's zone: Europe/Moscow). */
  const stateAt = (deadline: string, iso: string) => {
    const kept = keptEvent(testFeed(), 'default', 'mk-small')!;
    const event = { ...kept.event, registration: { ...kept.event.registration!, deadline } };
    return availability({ ...kept, event }, { confirmed: 0, waiting: 0 }, new Date(iso)).state;
  };

  test('a bare date is the last day to sign up, to its end in the publisher’s zone', () => {
    assert.equal(stateAt('2031-03-01', '2031-03-01T09:00:00+03:00'), 'open');
    assert.equal(stateAt('2031-03-01', '2031-03-01T23:59:59+03:00'), 'open', 'late that evening');
    assert.equal(stateAt('2031-03-02', '2031-03-02T00:00:00+03:00'), 'open');
    assert.equal(stateAt('2031-03-01', '2031-03-02T00:00:00+03:00'), 'deadline');
  });

  test('a date-time closes at that moment', () => {
    assert.equal(stateAt('2031-03-01T18:00:00+03:00', '2031-03-01T17:59:59+03:00'), 'open');
    assert.equal(stateAt('2031-03-01T18:00:00+03:00', '2031-03-01T18:00:00+03:00'), 'deadline');
  });
});

describe('a series takes sign-ups until its last meeting begins', () => {
  const feed = testFeed();
  const kept = keptEvent(feed, 'default', SERIES)!;
  type Recurrence = NonNullable<typeof kept.event.recurrence>;
  /** The series' state at `iso`, with its recurrence or registration changed by `edit`. */
  const stateAt = (iso: string, edit: Partial<typeof kept.event> = {}) =>
    availability(
      { ...kept, event: { ...kept.event, ...edit } },
      { confirmed: 0, waiting: 0 },
      new Date(iso),
    ).state;
  const recurrence = (extra: Partial<Recurrence>): Recurrence => ({
    ...kept.event.recurrence!,
    ...extra,
  });

  test('open after the first meeting, closed once the last has begun', () => {
    assert.equal(stateAt('2031-09-01T10:00:00+03:00'), 'open');
    assert.equal(stateAt('2031-09-09T15:00:00+03:00'), 'open', 'the first meeting has begun');
    assert.equal(stateAt('2032-02-20T10:00:00+03:00'), 'open', 'mid-year');
    assert.equal(stateAt('2032-05-11T14:59:59+03:00'), 'open');
    assert.equal(stateAt('2032-05-11T15:00:00+03:00'), 'past', 'the last meeting has begun');
  });

  test('a rule with no end never closes; a cancelled series is closed', () => {
    const endless = recurrence({ rule: 'FREQ=MONTHLY;BYDAY=2TU' });
    assert.equal(stateAt('2040-06-01T10:00:00+03:00', { recurrence: endless }), 'open');
    assert.equal(stateAt('2031-10-01T10:00:00+03:00', { status: 'cancelled' }), 'cancelled');
  });

  test('a cancelled last meeting closes it at the one before; a moved one counts at its new time', () => {
    const lastCancelled = recurrence({ changes: [{ date: '2032-05-11', status: 'cancelled' }] });
    assert.equal(stateAt('2032-04-13T14:00:00+03:00', { recurrence: lastCancelled }), 'open');
    assert.equal(stateAt('2032-04-13T15:00:00+03:00', { recurrence: lastCancelled }), 'past');
    const lastMoved = recurrence({
      changes: [{ date: '2032-05-11', start: '2032-05-25T15:00:00+03:00' }],
    });
    assert.equal(stateAt('2032-05-20T10:00:00+03:00', { recurrence: lastMoved }), 'open');
    assert.equal(stateAt('2032-05-25T15:00:00+03:00', { recurrence: lastMoved }), 'past');
  });

  test('the deadline closes it earlier', () => {
    const registration = { ...kept.event.registration!, deadline: '2031-12-31' };
    assert.equal(stateAt('2031-12-31T20:00:00+03:00', { registration }), 'open');
    assert.equal(stateAt('2032-01-01T00:00:00+03:00', { registration }), 'deadline');
  });

  test('the service takes a sign-up mid-series; the letter names the meeting to come', async () => {
    const mail = mailbox();
    // After the cancelled 11 November: the next meeting is 9 December's, moved to the 10th.
    const local = await startApp(
      { mailFrom: 'rmc@example.ru', publicUrl: 'https://rmc.example.ru' },
      {
        feed: feedSource(feed),
        mailTransport: mail.transport,
        now: () => new Date('2031-11-20T10:00:00+03:00'),
      },
    );
    try {
      const response = await register(local, SERIES, signUp());
      assert.equal(response.statusCode, 201, response.body);
      const { text } = mail.sent.at(-1)!;
      assert.match(text, /Ближайшая встреча цикла: .*10 декабря 2031.*16:00/);
      assert.doesNotMatch(text, /9 сентября/);
    } finally {
      await local.close();
    }
  });
});

/**
 * Three confirmed on the series' list through `apps[0]`; then two notice runs at once, one per
 * store, at each moment: every meeting's reminder goes once to each, naming that meeting.
 */
async function remindersPerMeeting(
  apps: { app: TestApp['app'] }[],
  stores: TestApp['store'][],
  feed: Feed,
) {
  const mail = mailbox();
  let current = feed;
  const source: FeedSource = { feed: () => current };
  const people = [signUp(), signUp(), signUp()];
  for (const person of people) {
    const response = await register(apps[0]!, SERIES, person);
    assert.equal(response.statusCode, 201, response.body);
  }
  const contexts = stores.map((store, i) => ({
    db: store.db,
    feed: source,
    transport: mail.transport,
    mailFrom: 'rmc@example.ru',
    log: apps[i]!.app.log,
    departmentId: 'default',
  }));
  /** Both runs at once at `iso`; the number of reminders they sent between them. */
  const run = async (iso: string) => {
    const results = await Promise.all(
      contexts.map((context) => sendRegistrationNotices(context, new Date(iso))),
    );
    return results.reduce((sum, r) => sum + r.reminded, 0);
  };
  const lettersSince = (from: number) =>
    mail.sent.slice(from).filter((m) => /^Напоминание/.test(m.subject));

  assert.equal(await run('2031-09-07T15:00:00+03:00'), 0, 'two days before the first');
  let from = mail.sent.length;
  assert.equal(await run('2031-09-08T18:00:00+03:00'), 3, 'the day before the first');
  assert.deepEqual(
    lettersSince(from)
      .map((m) => m.to)
      .sort(),
    people.map((p) => p.email).sort(),
  );
  assert.ok(lettersSince(from).every((m) => /9 сентября 2031/.test(m.text)));
  assert.equal(await run('2031-09-09T10:00:00+03:00'), 0, 'once per meeting');

  from = mail.sent.length;
  assert.equal(await run('2031-10-13T16:00:00+03:00'), 3, 'the day before the second');
  assert.ok(lettersSince(from).every((m) => /14 октября 2031/.test(m.text)));
  assert.equal(await run('2031-10-14T09:00:00+03:00'), 0);

  assert.equal(await run('2031-11-10T16:00:00+03:00'), 0, 'the cancelled meeting');

  from = mail.sent.length;
  assert.equal(await run('2031-12-08T17:00:00+03:00'), 0, 'the moved meeting is not on the 9th');
  assert.equal(await run('2031-12-09T17:00:00+03:00'), 3, 'the day before its new date');
  assert.ok(
    lettersSince(from).every(
      (m) => /10 декабря 2031.*16:00/.test(m.text) && /Махалино/.test(m.text),
    ),
    lettersSince(from)[0]?.text,
  );

  current = {
    ...feed,
    events: feed.events.map((e) =>
      e.id === SERIES ? { ...e, registration: { ...e.registration!, reminder: false } } : e,
    ),
  };
  assert.equal(await run('2032-02-09T16:00:00+03:00'), 0, 'reminders turned off');
  current = feed;
  assert.equal(await run('2032-02-09T16:00:00+03:00'), 3, 'and on again');
}

test('a series participant reminded before the upgrade (reminded_at, no reminded_for) is not reminded twice', async () => {
  const feed = testFeed();
  const mail = mailbox();
  const local = await startApp(
    { mailFrom: 'rmc@example.ru', publicUrl: 'https://rmc.example.ru' },
    { feed: feedSource(feed), mailTransport: mail.transport },
  );
  try {
    for (let i = 0; i < 2; i++) {
      const response = await register(local, SERIES, signUp());
      assert.equal(response.statusCode, 201, response.body);
    }
    // The old code reminded the first of them at 15:00 the day before the first meeting.
    const [first] = await local.store.db.all<{ id: number }>(
      'SELECT id FROM registrations WHERE event_id = ? ORDER BY id',
      [SERIES],
    );
    await local.store.db.run('UPDATE registrations SET reminded_at = ? WHERE id = ?', [
      new Date('2031-09-08T15:00:00+03:00').toISOString(),
      first!.id,
    ]);
    const context = {
      db: local.store.db,
      feed: feedSource(feed),
      transport: mail.transport,
      mailFrom: 'rmc@example.ru',
      log: local.app.log,
      departmentId: 'default',
    };
    const result = await sendRegistrationNotices(context, new Date('2031-09-08T18:00:00+03:00'));
    assert.equal(result.reminded, 1, 'only the one not reminded yet');
    // The next meeting is reminded to both.
    const next = await sendRegistrationNotices(context, new Date('2031-10-13T16:00:00+03:00'));
    assert.equal(next.reminded, 2);
  } finally {
    await local.close();
  }
});

describe('reminders before each meeting of a series (SQLite, two connections)', () => {
  test('each meeting once per participant, naming the meeting', async () => {
    const feed = testFeed();
    const local = await startApp(
      { mailFrom: 'rmc@example.ru', publicUrl: 'https://rmc.example.ru' },
      { feed: feedSource(feed), mailTransport: mailbox().transport },
    );
    const second = await openSqliteStore(local.dbPath);
    try {
      await remindersPerMeeting([local, local], [local.store, second], feed);
    } finally {
      await second.close();
      await local.close();
    }
  });
});

test('reminders before each meeting of a series, two service processes on one PostgreSQL', {
  skip: pgUrl ? false : 'INBOX_TEST_PG_URL is not set',
}, async () => {
  await twoPostgresProcesses((apps, stores, feed) =>
    remindersPerMeeting(
      apps.map((app) => ({ app })),
      stores,
      feed,
    ),
  );
});

test('a person moved up is not sent a letter without a working link when the database fails', async () => {
  const mail = mailbox();
  const errors: unknown[] = [];
  const log = { error: (entry: unknown) => errors.push(entry) } as unknown as FastifyBaseLogger;
  const failing = {
    run: async () => {
      throw new Error('database is locked');
    },
  } as unknown as Db;
  const mailer = registrationMailer(
    {
      db: failing,
      transport: mail.transport,
      config: { mailFrom: 'rmc@example.ru', publicUrl: 'https://rmc.example.ru' },
      now: () => new Date('2031-11-20T10:00:00+03:00'),
    },
    log,
  );
  const kept = keptEvent(testFeed(), 'default', SERIES)!;
  const promoted = {
    id: 7,
    eventId: SERIES,
    status: 'confirmed',
    request: { name: 'Борис', email: 'boris@school.example.ru', locale: 'ru' },
  } as unknown as Registration;
  assert.equal(await mailer.tellPromoted(kept, promoted), false);
  assert.equal(mail.sent.length, 0);
  assert.match(JSON.stringify(errors), /registration\.promoted_not_told/);
  assert.doesNotMatch(JSON.stringify(errors), /boris/i, 'no personal data in the log');
});
