import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { buildApp } from '../src/app.ts';
import { setupLink } from '../src/housekeeping.ts';
import { apiTokens } from '../src/repos/api-tokens.ts';
import { openPostgresStore, openSqliteStore } from '../src/store/index.ts';
import {
  ALLOWED,
  LogCapture,
  post,
  startApp,
  type TestApp,
  tempDir,
  testConfig,
  validRequest,
} from './helpers.ts';
import { mailbox } from './mailbox.ts';
import { addUser, PASSWORD, StaffClient } from './staff-client.ts';

/** A clock the tests move forward (session expiry, throttling windows). */
function testClock() {
  let at = Date.parse('2026-12-04T09:00:00Z');
  return { now: () => new Date(at), advance: (ms: number) => (at += ms) };
}

async function seed(
  t: TestApp,
  count: number,
  overrides: (i: number) => Parameters<typeof validRequest>[0] = () => ({}),
) {
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await post(t.app, validRequest(overrides(i)));
    assert.equal(response.statusCode, 201, response.body);
    numbers.push(response.json().number);
  }
  return numbers;
}

const pgUrl = process.env.INBOX_TEST_PG_URL;

/** A throwaway schema on the test PostgreSQL (left for the throwaway server to drop). */
const pgStore = () =>
  openPostgresStore(pgUrl!, { schema: `console_test_${randomBytes(6).toString('hex')}` });

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`console API on ${kind}`, {
    skip: kind === 'postgres' && !pgUrl ? 'INBOX_TEST_PG_URL is not set' : false,
  }, () => {
    const clock = testClock();
    const mail = mailbox();
    let t: TestApp;

    before(async () => {
      t = await startApp(
        {
          mailFrom: 'rmc@example.ru',
          mailTo: 'rmc@example.ru',
          publicUrl: 'https://rmc.example.ru',
        },
        {
          now: clock.now,
          mailTransport: mail.transport,
          ...(kind === 'postgres' ? { store: await pgStore() } : {}),
        },
      );
      await addUser(t.store, {
        email: 'admin@rmc.example.ru',
        name: 'Админ Анна',
        role: 'administrator',
      });
      await addUser(t.store, {
        email: 'all@rmc.example.ru',
        name: 'Методист Вера',
        role: 'methodist',
      });
      await addUser(t.store, {
        email: 'own@rmc.example.ru',
        name: 'Методист Ольга',
        role: 'methodist',
        scope: 'own',
        personId: 'olga',
      });
      await addUser(t.store, {
        email: 'editor@rmc.example.ru',
        name: 'Редактор Ирина',
        role: 'editor',
      });
    });
    after(async () => t.close());

    test('the session answer is anonymous before sign-in and carries a CSRF token', async () => {
      const client = new StaffClient(t.app);
      const response = await client.get('/admin/api/session');
      assert.equal(response.statusCode, 200);
      const body = response.json();
      assert.equal(body.user, null);
      assert.ok(body.csrfToken.length > 10);
      assert.equal(body.timeZone, testConfig().timeZone);
      assert.equal(response.headers['cache-control'], 'no-store');
      assert.equal((await client.get('/admin/api/requests')).statusCode, 401);
    });

    test('sign-in sets an HttpOnly SameSite cookie with a new id each time, and the wrong password is refused', async () => {
      const client = new StaffClient(t.app);
      const wrong = await client.login('admin@rmc.example.ru', 'not-the-password-at-all');
      assert.equal(wrong.statusCode, 401);
      assert.match(wrong.json().message, /Неверный e-mail или пароль/);
      const ok = await client.login('ADMIN@rmc.example.ru ', PASSWORD);
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().user.role, 'administrator');
      assert.equal(ok.json().user.passwordHash, undefined);
      const cookie = String(ok.headers['set-cookie']);
      // Behind https: the __Host- prefix and Secure.
      assert.match(cookie, /__Host-metodika_sid=/);
      assert.match(cookie, /Secure/);
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Strict/);
      const first = client.cookies.get('__Host-metodika_sid');
      const again = await client.login('admin@rmc.example.ru');
      assert.equal(again.statusCode, 200, again.body);
      assert.notEqual(client.cookies.get('__Host-metodika_sid'), first);
      // The old session is over.
      const old = new StaffClient(t.app);
      old.cookies.set('__Host-metodika_sid', first!);
      assert.equal((await old.get('/admin/api/session')).json().user, null);
    });

    test('sign-in is throttled per account with a Russian message saying when to try again', async () => {
      await addUser(t.store, { email: 'victim@rmc.example.ru', name: 'Жертва', role: 'methodist' });
      const client = new StaffClient(t.app, { 'x-forwarded-for': '198.51.100.7' });
      for (let i = 0; i < 5; i++) {
        assert.equal(
          (await client.login('victim@rmc.example.ru', `guess-number-${i}-xyz`)).statusCode,
          401,
        );
      }
      // Even the right password waits now: the throttle is checked first.
      const throttled = await client.login('victim@rmc.example.ru', PASSWORD);
      assert.equal(throttled.statusCode, 429);
      assert.ok(Number(throttled.headers['retry-after']) > 0);
      assert.match(throttled.json().message, /Попробуйте снова через \d+ минут/);
      assert.equal(typeof throttled.json().retryAfter, 'number');
      const english = new StaffClient(t.app, { 'accept-language': 'en' });
      assert.match(
        (await english.login('victim@rmc.example.ru', PASSWORD)).json().message,
        /Try again in/,
      );
      clock.advance(16 * 60_000);
      assert.equal((await client.login('victim@rmc.example.ru', PASSWORD)).statusCode, 200);
    });

    test('a state-changing request without or with a wrong CSRF token is refused', async () => {
      const client = new StaffClient(t.app);
      await client.login('admin@rmc.example.ru');
      const missing = await client.request('POST', '/admin/api/logout', {}, { 'x-csrf-token': '' });
      assert.equal(missing.statusCode, 403);
      assert.equal(missing.json().error, 'csrf');
      const wrong = await client.request(
        'POST',
        '/admin/api/logout',
        {},
        { 'x-csrf-token': 'forged-token' },
      );
      assert.equal(wrong.statusCode, 403);
      // A token from another session does not fit this one.
      const other = new StaffClient(t.app);
      await other.login('all@rmc.example.ru');
      const foreign = await client.request(
        'POST',
        '/admin/api/logout',
        {},
        { 'x-csrf-token': other.csrf },
      );
      assert.equal(foreign.statusCode, 403);
      assert.equal(
        (await client.get('/admin/api/session')).json().user.email,
        'admin@rmc.example.ru',
      );
      assert.equal((await client.post('/admin/api/logout')).statusCode, 204);
      assert.equal((await client.get('/admin/api/session')).json().user, null);
    });

    test('a session ends after the idle limit and after the absolute limit', async () => {
      const client = new StaffClient(t.app);
      await client.login('all@rmc.example.ru');
      clock.advance(29 * 60_000);
      assert.equal((await client.get('/admin/api/requests')).statusCode, 200);
      clock.advance(31 * 60_000);
      const expired = await client.get('/admin/api/requests');
      assert.equal(expired.statusCode, 401);
      assert.equal(expired.json().error, 'unauthenticated');

      await client.login('all@rmc.example.ru');
      for (let i = 0; i < 25; i++) {
        clock.advance(29 * 60_000);
        const response = await client.get('/admin/api/requests');
        if (i < 24) assert.equal(response.statusCode, 200, `half-hour ${i}`);
        else assert.equal(response.statusCode, 401, 'past 12 hours');
      }
    });

    test('"log out everywhere" ends every session of the account', async () => {
      const laptop = new StaffClient(t.app);
      const phone = new StaffClient(t.app);
      await laptop.login('all@rmc.example.ru');
      await phone.login('all@rmc.example.ru');
      assert.equal((await phone.post('/admin/api/logout-everywhere')).statusCode, 204);
      assert.equal((await laptop.get('/admin/api/requests')).statusCode, 401);
    });

    test('the list: filters, search, paging, counts, and new requests marked unread', async () => {
      const numbers = await seed(t, 12, (i) => ({
        topic: i % 3 === 0 ? 'digital' : 'attestation',
        name: i === 5 ? 'Сидоров Пётр Ильич' : 'Иванова Мария Петровна',
        ...(i === 7 ? { methodist: 'olga' } : {}),
      }));
      const client = new StaffClient(t.app);
      await client.login('all@rmc.example.ru');
      const all = (await client.get('/admin/api/requests?pageSize=10')).json();
      assert.equal(all.total >= 12, true);
      assert.equal(all.items.length, 10);
      assert.equal(all.items[0].number, numbers.at(-1), 'newest first');
      assert.equal(all.items[0].unread, true);
      assert.equal(all.counts.new, all.total);
      const page2 = (await client.get('/admin/api/requests?pageSize=10&page=2')).json();
      assert.notEqual(page2.items[0].number, all.items[0].number);
      const digital = (await client.get('/admin/api/requests?topic=digital')).json();
      assert.ok(digital.items.length >= 4);
      assert.ok(digital.items.every((row: { topic: string }) => row.topic === 'digital'));
      assert.deepEqual(
        digital.topics.map((x: { id: string }) => x.id),
        ['attestation', 'digital'],
      );
      const found = (
        await client.get(`/admin/api/requests?q=${encodeURIComponent('сидоров пётр')}`)
      ).json();
      assert.deepEqual(
        found.items.map((row: { number: string }) => row.number),
        [numbers[5]],
      );
      const none = (await client.get('/admin/api/requests?q=%25')).json();
      assert.equal(none.total, 0, 'a % is searched for literally');
      const future = (await client.get('/admin/api/requests?from=2099-01-01')).json();
      assert.equal(future.total, 0);
      assert.equal((await client.get('/admin/api/requests?status=lost')).statusCode, 400);
      assert.equal((await client.get('/admin/api/requests?pageSize=100000')).statusCode, 400);
    });

    test("a request's page: viewing is audited and marks it read; notes, status, reopening and assignment are in its history", async () => {
      const [number] = await seed(t, 1);
      const client = new StaffClient(t.app);
      await client.login('all@rmc.example.ru');
      const view = await client.get(`/admin/api/requests/${encodeURIComponent(number!)}`);
      assert.equal(view.statusCode, 200);
      assert.equal(view.json().request.request.name, 'Иванова Мария Петровна');
      assert.equal(view.json().request.consent.version, '2026-09');
      assert.equal(view.json().labels.format, 'онлайн');
      const listed = (await client.get('/admin/api/requests?pageSize=200')).json();
      assert.equal(
        listed.items.find((row: { number: string }) => row.number === number).unread,
        false,
      );

      const url = `/admin/api/requests/${encodeURIComponent(number!)}`;
      assert.equal((await client.post(`${url}/notes`, { text: '' })).statusCode, 422);
      await client.post(`${url}/notes`, { text: 'Позвонить после 15:00' });
      await client.post(`${url}/status`, { status: 'in-progress' });
      const staff = (await client.get('/admin/api/staff')).json().items;
      const olga = staff.find((s: { name: string }) => s.name === 'Методист Ольга');
      assert.ok(!staff.some((s: { role: string }) => s.role === 'editor'));
      const assigned = (await client.post(`${url}/assign`, { userId: olga.id })).json();
      assert.equal(assigned.assignee.name, 'Методист Ольга');
      await client.post(`${url}/status`, { status: 'answered' });
      const reopened = (await client.post(`${url}/status`, { status: 'in-progress' })).json();
      assert.equal(reopened.request.status, 'in-progress');
      assert.equal(reopened.request.answeredAt, null);
      assert.deepEqual(
        reopened.history.map((h: { kind: string; to: string | null }) => `${h.kind}:${h.to ?? ''}`),
        [
          'note:',
          'status:in-progress',
          'assign:Методист Ольга',
          'status:answered',
          'status:in-progress',
        ],
      );
      assert.equal(reopened.history[0].actor.name, 'Методист Вера');
      assert.equal(reopened.history[0].text, 'Позвонить после 15:00');
      assert.equal((await client.post(`${url}/assign`, { userId: 99999 })).statusCode, 422);
      assert.equal((await client.get('/admin/api/requests/К-2026-999999')).statusCode, 404);
    });

    test('a methodist who sees only their own requests cannot open another one; an editor sees none', async () => {
      const [mine] = await seed(t, 1, () => ({ methodist: 'olga' }));
      const [other] = await seed(t, 1, () => ({ methodist: 'someone-else' }));
      const olga = new StaffClient(t.app);
      await olga.login('own@rmc.example.ru');
      const list = (await olga.get('/admin/api/requests?pageSize=200')).json();
      assert.ok(list.items.length >= 1);
      assert.ok(
        list.items.every(
          (row: { methodist: string | null; assignee: { name: string } | null }) =>
            row.methodist === 'olga' || row.assignee?.name === 'Методист Ольга',
        ),
      );
      assert.equal(
        (await olga.get(`/admin/api/requests/${encodeURIComponent(mine!)}`)).statusCode,
        200,
      );
      const refused = await olga.get(`/admin/api/requests/${encodeURIComponent(other!)}`);
      assert.equal(refused.statusCode, 403);
      assert.equal(refused.json().error, 'forbidden');
      assert.equal(
        (
          await olga.post(`/admin/api/requests/${encodeURIComponent(other!)}/status`, {
            status: 'answered',
          })
        ).statusCode,
        403,
      );
      assert.equal(
        (await olga.post('/admin/api/withdrawal/search', { email: 'x@example.ru' })).statusCode,
        403,
      );
      assert.equal((await olga.get('/admin/api/users')).statusCode, 403);

      const editor = new StaffClient(t.app);
      await editor.login('editor@rmc.example.ru');
      assert.equal((await editor.get('/admin/api/requests')).statusCode, 403);
      assert.equal(
        (await editor.get(`/admin/api/requests/${encodeURIComponent(mine!)}`)).statusCode,
        403,
      );
      assert.equal((await editor.get('/admin/api/audit')).statusCode, 403);
    });

    test('an answer goes by e-mail to the teacher and marks the request answered', async () => {
      const [number] = await seed(t, 1, () => ({ email: 'teacher@school.example.ru' }));
      const url = `/admin/api/requests/${encodeURIComponent(number!)}`;
      const client = new StaffClient(t.app);
      await client.login('all@rmc.example.ru');
      const before = mail.sent.length;
      const answered = await client.post(`${url}/answer`, {
        text: 'Портфолио собирается так…',
        idempotencyKey: randomUUID(),
      });
      assert.equal(answered.statusCode, 200, answered.body);
      assert.equal(answered.json().request.status, 'answered');
      const sent = mail.sent.slice(before).find((m) => m.to === 'teacher@school.example.ru');
      assert.ok(sent, 'the teacher got the answer');
      assert.equal(sent.subject, `Ответ на заявку ${number}`);
      assert.match(sent.text, /Портфолио собирается так…/);
      assert.match(sent.text, /Методист Вера/);
      const entry = answered.json().history.find((h: { kind: string }) => h.kind === 'answer');
      assert.equal(entry.text, 'Портфолио собирается так…');
      assert.equal(entry.delivery.state, 'sent');
    });

    test('a request with only a phone is answered with a note of the call', async () => {
      const [number] = await seed(t, 1, () => ({ email: undefined, phone: '+7 912 000-11-22' }));
      const url = `/admin/api/requests/${encodeURIComponent(number!)}`;
      const client = new StaffClient(t.app);
      await client.login('all@rmc.example.ru');
      const byMail = await client.post(`${url}/answer`, {
        text: 'Письмо',
        idempotencyKey: randomUUID(),
      });
      assert.equal(byMail.statusCode, 409);
      assert.equal(byMail.json().error, 'no_email');
      const call = await client.post(`${url}/answer`, {
        call: 'Позвонила, договорились о встрече 10.12',
        idempotencyKey: randomUUID(),
      });
      assert.equal(call.json().request.status, 'answered');
      assert.equal(call.json().history[0].kind, 'call');
    });

    test('a request with an e-mail may be answered by a call too, before or after a letter; no letter goes', async () => {
      const [number] = await seed(t, 1, () => ({ email: 'call.me@school.example.ru' }));
      const url = `/admin/api/requests/${encodeURIComponent(number!)}`;
      const client = new StaffClient(t.app);
      await client.login('all@rmc.example.ru');
      const before = mail.sent.length;
      const call = await client.post(`${url}/answer`, {
        call: 'Дозвонилась, всё объяснила',
        idempotencyKey: randomUUID(),
      });
      assert.equal(call.statusCode, 200, call.body);
      assert.equal(call.json().request.status, 'answered');
      const kinds = () =>
        call
          .json()
          .history.filter((h: { kind: string }) => h.kind === 'call' || h.kind === 'answer');
      assert.deepEqual(
        kinds().map((h: { kind: string; delivery?: unknown }) => [h.kind, h.delivery ?? null]),
        [['call', null]],
      );
      // Answered already (the letter's advice: call and record it): a second call is recorded.
      const again = await client.post(`${url}/answer`, {
        call: 'Перезвонила ещё раз',
        idempotencyKey: randomUUID(),
      });
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(
        again.json().history.filter((h: { kind: string }) => h.kind === 'call').length,
        2,
      );
      assert.equal(
        mail.sent.slice(before).filter((m) => m.to === 'call.me@school.example.ru').length,
        0,
      );
    });

    test('exports: CSV and a real xlsx with the same columns, formulas inert, each export audited', async () => {
      await seed(t, 1, () => ({
        message: '=HYPERLINK("http://evil.example","click") а вопрос такой',
      }));
      const client = new StaffClient(t.app);
      await client.login('all@rmc.example.ru');
      const csv = await client.get('/admin/api/requests.csv?q=hyperlink');
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /text\/csv/);
      assert.match(csv.body, /'=HYPERLINK/);
      const xlsx = await client.get('/admin/api/requests.xlsx?q=hyperlink');
      assert.equal(xlsx.statusCode, 200);
      assert.match(String(xlsx.headers['content-disposition']), /\.xlsx"/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      assert.equal(header.length, csv.body.split('\n')[0]!.split(';').length);
      const cells = (sheet.getRow(2).values as unknown[]).slice(1);
      const formula = cells.find((value) => String(value).startsWith('=HYPERLINK'));
      assert.equal(typeof formula, 'string', 'the formula is a plain string cell, not a formula');
      assert.equal(sheet.getRow(2).getCell(cells.indexOf(formula) + 1).numFmt, '@');

      const admin = new StaffClient(t.app);
      await admin.login('admin@rmc.example.ru');
      const exports = (await admin.get('/admin/api/audit?action=requests.export')).json();
      assert.ok(exports.items.length >= 2);
      assert.equal(exports.items[0].actor.name, 'Методист Вера');
      assert.equal(exports.items[0].details.format, 'xlsx');
    });

    test('withdrawal of consent: find by e-mail or phone, delete, keep a record without the contact', async () => {
      await seed(t, 2, () => ({ email: 'leaving@school.example.ru', phone: '+7 900 555-44-33' }));
      const client = new StaffClient(t.app);
      await client.login('all@rmc.example.ru');
      assert.equal((await client.post('/admin/api/withdrawal/search', {})).statusCode, 422);
      const found = (
        await client.post('/admin/api/withdrawal/search', { phone: '8 (900) 555-44-33' })
      ).json();
      assert.equal(found.items.length, 2);
      const done = (
        await client.post('/admin/api/withdrawal', { email: 'Leaving@School.example.ru' })
      ).json();
      assert.equal(done.deleted, 2);
      assert.equal(
        (
          await client.post('/admin/api/withdrawal/search', { email: 'leaving@school.example.ru' })
        ).json().items.length,
        0,
      );
      const log = (await client.get('/admin/api/withdrawal')).json();
      assert.equal(log.items[0].deleted, 2);
      assert.equal(log.items[0].actor.name, 'Методист Вера');
    });

    test('the audit log holds no teacher data and is filterable by an administrator', async () => {
      const admin = new StaffClient(t.app);
      await admin.login('admin@rmc.example.ru');
      const page = (await admin.get('/admin/api/audit')).json();
      assert.ok(page.total > 10);
      assert.ok(page.actions.includes('request.view'));
      const text = JSON.stringify((await t.store.db.all('SELECT * FROM audit_log')) as unknown[]);
      for (const secret of [
        'Иванова',
        'maria.ivanova',
        'teacher@school',
        'leaving@',
        '555-44',
        'портфолио',
        'Портфолио',
      ]) {
        assert.equal(text.includes(secret), false, `audit holds ${secret}`);
      }
      const views = (await admin.get('/admin/api/audit?action=request.view')).json();
      assert.ok(
        views.items.every(
          (e: { action: string; target: string }) =>
            e.action === 'request.view' && /^К-\d{4}-\d{6}$/.test(e.target),
        ),
      );
      assert.equal((await admin.get('/admin/api/audit?action=nonsense')).statusCode, 400);
    });

    test('accounts: an invitation link sets the password; disabling ends sessions; the last administrator stays', async () => {
      const admin = new StaffClient(t.app);
      await admin.login('admin@rmc.example.ru');
      const created = await admin.post('/admin/api/users', {
        email: 'new@rmc.example.ru',
        name: 'Новый Методист',
        role: 'methodist',
        scope: 'own',
        personId: 'new-person',
      });
      assert.equal(created.statusCode, 201, created.body);
      const link: string = created.json().link;
      assert.match(link, /^https:\/\/rmc\.example\.ru\/admin\/#\/link\/[\w-]{40,}$/);
      assert.equal(
        (
          await admin.post('/admin/api/users', {
            email: 'new@rmc.example.ru',
            name: 'X',
            role: 'editor',
          })
        ).statusCode,
        422,
      );
      const token = link.split('/').at(-1)!;
      const newcomer = new StaffClient(t.app);
      await newcomer.get('/admin/api/session');
      assert.equal((await newcomer.get(`/admin/api/links/${token}`)).json().purpose, 'invite');
      const weak = await newcomer.post(`/admin/api/links/${token}`, { password: 'password1234' });
      assert.equal(weak.statusCode, 422);
      assert.match(weak.json().fields.password, /распространённых/);
      const short = await newcomer.post(`/admin/api/links/${token}`, { password: 'short' });
      assert.match(short.json().fields.password, /короче 12/);
      const set = await newcomer.post(`/admin/api/links/${token}`, {
        password: 'река-течёт-на-север-7',
      });
      assert.equal(set.statusCode, 200, set.body);
      assert.equal(set.json().user.email, 'new@rmc.example.ru');
      assert.equal(
        (
          await new StaffClient(t.app).post(`/admin/api/links/${token}`, {
            password: 'река-течёт-на-север-7',
          })
        ).statusCode,
        403,
        'csrf first',
      );
      const reuse = new StaffClient(t.app);
      await reuse.get('/admin/api/session');
      assert.equal(
        (await reuse.post(`/admin/api/links/${token}`, { password: 'река-течёт-на-север-8' }))
          .statusCode,
        410,
      );

      const id = created.json().user.id;
      await admin.patch(`/admin/api/users/${id}`, { disabled: true });
      assert.equal((await newcomer.get('/admin/api/requests')).statusCode, 401);
      assert.equal(
        (await new StaffClient(t.app).login('new@rmc.example.ru', 'река-течёт-на-север-7'))
          .statusCode,
        401,
      );

      const reset = (await admin.post(`/admin/api/users/${id}/reset`)).json();
      assert.match(reset.link, /#\/link\//);
      const me = (await admin.get('/admin/api/session')).json().user;
      const lastAdmin = await admin.patch(`/admin/api/users/${me.id}`, { role: 'methodist' });
      assert.equal(lastAdmin.statusCode, 422);
      assert.match(lastAdmin.json().fields.role, /единственный администратор/);
    });

    test('settings: recipients and whether the notice carries the message; retention is shown', async () => {
      const admin = new StaffClient(t.app);
      await admin.login('admin@rmc.example.ru');
      const initial = (await admin.get('/admin/api/settings')).json();
      assert.deepEqual(initial.notifyTo, ['rmc@example.ru']);
      assert.equal(initial.retentionDays, testConfig().retentionDays);
      assert.equal(initial.smtp, true);
      const bad = await admin.patch('/admin/api/settings', { notifyTo: ['not an address'] });
      assert.equal(bad.statusCode, 422);
      const changed = (
        await admin.patch('/admin/api/settings', {
          notifyTo: ['a@rmc.example.ru', 'b@rmc.example.ru'],
          notifyIncludeMessage: false,
        })
      ).json();
      assert.deepEqual(changed.notifyTo, ['a@rmc.example.ru', 'b@rmc.example.ru']);

      const before = mail.sent.length;
      const [number] = await seed(t, 1);
      await t.app.notificationsSettled();
      const notice = mail.sent.slice(before).find((m) => m.subject.includes(number!));
      assert.ok(notice);
      assert.deepEqual(notice.to, ['a@rmc.example.ru', 'b@rmc.example.ru']);
      assert.doesNotMatch(notice.text, /Иванова|портфолио/, 'only the link, as chosen');
      assert.match(
        notice.text,
        new RegExp(`https://rmc\\.example\\.ru/admin/#/requests/${encodeURIComponent(number!)}`),
      );
      // Addressed to a methodist with an account: the notice goes to them.
      const [addressed] = await seed(t, 1, () => ({ methodist: 'olga' }));
      await t.app.notificationsSettled();
      assert.deepEqual(mail.sent.find((m) => m.subject.includes(addressed!))?.to, [
        'own@rmc.example.ru',
      ]);
      await admin.patch('/admin/api/settings', { notifyIncludeMessage: true });
    });

    test('script tokens: made in the console, shown once, work until revoked', async () => {
      const admin = new StaffClient(t.app);
      await admin.login('admin@rmc.example.ru');
      const created = await admin.post('/admin/api/tokens', { name: 'Выгрузка в 1С' });
      assert.equal(created.statusCode, 201);
      const { secret, token } = created.json();
      assert.match(secret, /^mtk_/);
      const listed = (await admin.get('/admin/api/tokens')).json().items;
      assert.equal(JSON.stringify(listed).includes(secret), false, 'the secret is not shown again');
      const use = () =>
        t.app.inject({
          method: 'GET',
          url: '/api/consultations',
          headers: { authorization: `Bearer ${secret}` },
        });
      assert.equal((await use()).statusCode, 200);
      assert.equal((await admin.delete(`/admin/api/tokens/${token.id}`)).statusCode, 200);
      const revoked = await use();
      assert.equal(revoked.statusCode, 401);
      assert.equal((await apiTokens.list(t.store.db, 'default'))[0]!.revokedAt !== null, true);
    });

    test('JSON bodies are read strictly: invalid UTF-8 is 400, text/plain is 415, 1e309 names its field', async () => {
      const body = JSON.stringify(validRequest()).replace('Иванова', '\u0000MARK');
      const bytes = Buffer.from(body, 'utf8');
      const at = bytes.indexOf(Buffer.from('\u0000MARK'));
      bytes.set([0xc3, 0x28], at); // an invalid two-byte sequence where the name was
      const raw = await t.app.inject({
        method: 'POST',
        url: '/api/consultations',
        headers: { 'content-type': 'application/json', origin: ALLOWED },
        payload: bytes,
      });
      assert.equal(raw.statusCode, 400);
      assert.equal(raw.json().error, 'invalid_utf8');
      assert.match(raw.json().message, /UTF-8/);
      const plain = await post(t.app, JSON.stringify(validRequest()), {
        'content-type': 'text/plain',
      });
      assert.equal(plain.statusCode, 415);
      const huge = await post(
        t.app,
        JSON.stringify(validRequest()).replace('"fillMs":45000', '"fillMs":1e309'),
      );
      assert.equal(huge.statusCode, 400);
      assert.equal(huge.json().error, 'number_too_large');
      assert.match(huge.json().message, /fillMs/);
      const client = new StaffClient(t.app);
      await client.get('/admin/api/session');
      const adminRaw = await t.app.inject({
        method: 'POST',
        url: '/admin/api/login',
        cookies: Object.fromEntries(client.cookies),
        headers: { 'content-type': 'application/json', 'x-csrf-token': client.csrf },
        payload: Buffer.from([0x7b, 0x22, 0x65, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]),
      });
      assert.equal(adminRaw.statusCode, 400);
      assert.equal(adminRaw.json().error, 'invalid_utf8');
    });

    test('console pages carry a strict CSP, no framing and no referrer', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/admin/' });
      const csp = String(response.headers['content-security-policy']);
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(response.headers['referrer-policy'], 'no-referrer');
      assert.equal(response.headers['x-frame-options'], 'DENY');
      const api = await t.app.inject({ method: 'GET', url: '/admin/api/session' });
      assert.match(String(api.headers['content-security-policy']), /frame-ancestors 'none'/);
      const publicPost = await post(t.app, validRequest());
      assert.equal(
        publicPost.headers['content-security-policy'],
        undefined,
        'the form endpoint is not a page',
      );
    });
  });
}

describe('first administrator', () => {
  test('a one-time setup link creates the first administrator and signs them in; never twice', async () => {
    const t = await startApp({ publicUrl: 'https://rmc.example.ru' });
    try {
      const session = new StaffClient(t.app);
      assert.equal((await session.get('/admin/api/session')).json().setupRequired, true);
      const link = await setupLink(t.store.db, testConfig({ publicUrl: 'https://rmc.example.ru' }));
      assert.match(link!, /^https:\/\/rmc\.example\.ru\/admin\/#\/setup\//);
      const token = link!.split('/').at(-1)!;
      assert.equal((await session.get(`/admin/api/links/${token}`)).json().purpose, 'setup');
      const missing = await session.post(`/admin/api/links/${token}`, { password: PASSWORD });
      assert.equal(missing.statusCode, 422);
      assert.ok(missing.json().fields.email && missing.json().fields.name);
      const done = await session.post(`/admin/api/links/${token}`, {
        password: PASSWORD,
        email: 'boss@rmc.example.ru',
        name: 'Начальник',
      });
      assert.equal(done.statusCode, 200, done.body);
      assert.equal(done.json().user.role, 'administrator');
      // Behind https the cookies take the __Host- prefix and Secure.
      assert.match(String(done.headers['set-cookie']), /__Host-metodika_sid=.*Secure/);
      assert.equal((await session.get('/admin/api/users')).statusCode, 200);
      assert.equal(
        await setupLink(t.store.db, testConfig()),
        null,
        'no setup link once an account exists',
      );
    } finally {
      await t.close();
    }
  });
});

describe('several processes on one database', () => {
  test('sign-in throttling and sessions are shared through the database (two processes on one SQLite file)', async () => {
    const a = await startApp({ rateLimitMax: 3 });
    const storeB = await openSqliteStore(a.dbPath);
    const b = {
      app: await buildApp({
        config: testConfig({ rateLimitMax: 3 }),
        store: storeB,
        logStream: new LogCapture(),
      }),
    };
    try {
      await addUser(a.store, { email: 'shared@rmc.example.ru', name: 'Общий', role: 'methodist' });
      for (let i = 0; i < 5; i++) {
        const app = i % 2 ? b.app : a.app;
        assert.equal(
          (await new StaffClient(app).login('shared@rmc.example.ru', `wrong-guess-${i}-abc`))
            .statusCode,
          401,
        );
      }
      assert.equal((await new StaffClient(b.app).login('shared@rmc.example.ru')).statusCode, 429);

      await addUser(a.store, {
        email: 'roaming@rmc.example.ru',
        name: 'Кочующий',
        role: 'methodist',
      });
      const client = new StaffClient(a.app);
      assert.equal((await client.login('roaming@rmc.example.ru')).statusCode, 200);
      const onB = new StaffClient(b.app);
      onB.cookies = client.cookies;
      onB.csrf = client.csrf;
      assert.equal(
        (await onB.get('/admin/api/requests')).statusCode,
        200,
        'a session made by one process works on the other',
      );
      assert.equal(
        (await onB.post('/admin/api/logout')).statusCode,
        204,
        'and so does its CSRF token',
      );
      assert.equal((await client.get('/admin/api/requests')).statusCode, 401);
    } finally {
      await b.app.close();
      await storeB.close();
      await a.close();
    }
  });
});

describe('the built console and the page for school webmasters', () => {
  test('served from one build: /admin/ and /sites/, index revalidated, hashed assets immutable', async () => {
    const { dir, cleanup } = tempDir();
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(dir, 'sites.html'), '<!doctype html><title>sites</title>');
    writeFileSync(join(dir, 'assets', 'app-AbCd1234.js'), 'export {};');
    const t = await startApp({ consoleDir: dir });
    try {
      const index = await t.app.inject({ method: 'GET', url: '/admin/' });
      assert.equal(index.statusCode, 200);
      assert.match(index.body, /console/);
      assert.equal(index.headers['cache-control'], 'no-cache');
      const asset = await t.app.inject({ method: 'GET', url: '/admin/assets/app-AbCd1234.js' });
      assert.match(String(asset.headers['cache-control']), /immutable/);
      const sites = await t.app.inject({ method: 'GET', url: '/sites/' });
      assert.equal(sites.statusCode, 200);
      assert.match(sites.body, /sites/);
      assert.match(String(sites.headers['content-security-policy']), /script-src 'self'/);
      assert.equal(
        (await t.app.inject({ method: 'GET', url: '/sites/assets/app-AbCd1234.js' })).statusCode,
        200,
      );
      assert.notEqual(
        (await t.app.inject({ method: 'GET', url: '/sites/index.html' })).statusCode,
        200,
        'only the public page',
      );
      const root = await t.app.inject({ method: 'GET', url: '/' });
      assert.equal(root.statusCode, 302);
      assert.equal(root.headers.location, '/sites/');
    } finally {
      await t.close();
      cleanup();
    }
  });
});

test("the form's rate limit is counted in PostgreSQL, so two processes share it", {
  skip: pgUrl ? false : 'INBOX_TEST_PG_URL is not set',
}, async () => {
  const schema = `rate_test_${randomBytes(6).toString('hex')}`;
  const stores = [
    await openPostgresStore(pgUrl!, { schema }),
    await openPostgresStore(pgUrl!, { schema }),
  ];
  const apps = await Promise.all(
    stores.map((store) =>
      buildApp({ config: testConfig({ rateLimitMax: 3 }), store, logStream: new LogCapture() }),
    ),
  );
  try {
    const statuses = [];
    for (const app of [apps[0]!, apps[1]!, apps[0]!, apps[1]!])
      statuses.push((await post(app, validRequest())).statusCode);
    assert.deepEqual(statuses, [201, 201, 201, 429]);
  } finally {
    for (const app of apps) await app.close();
    for (const store of stores) await store.close();
  }
});
