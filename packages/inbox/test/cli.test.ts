import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { registrations } from '../src/repos/registrations.ts';
import { openSqliteStore } from '../src/store/index.ts';
import { tempDir, validRequest } from './helpers.ts';

const run = promisify(execFile);
const packageDir = join(import.meta.dirname, '..');

function cli(script: string, args: string[], env: Record<string, string>) {
  return run(process.execPath, ['--import', 'tsx', join('src', script), ...args], {
    cwd: packageDir,
    env: { ...process.env, INBOX_DATABASE_URL: '', ...env },
  });
}

/** The demo feed with one kept event (one place, a waiting list), written where INBOX_FEED reads it. */
function feedWithKeptEvent(dir: string): string {
  const doc = JSON.parse(
    readFileSync(new URL('../../../demo/feeds/kuznetsk.json', import.meta.url), 'utf8'),
  );
  doc.events.push({
    ...doc.events[0],
    id: 'cli-kept',
    start: '2031-03-10T10:00:00+03:00',
    end: undefined,
    registration: {
      endpoint: 'https://rmc.example.ru/api/registrations',
      capacity: 1,
      waitlist: true,
    },
  });
  const file = join(dir, 'feed.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

test("withdraw deletes one person's requests and registrations, the next one waiting moves up", async () => {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'inbox.sqlite');
  const feed = feedWithKeptEvent(dir);
  const store = await openSqliteStore(path);
  const receivedAt = new Date();
  for (const request of [
    validRequest({ email: 'x@y.ru', phone: undefined }),
    validRequest({ email: 'X@Y.RU', phone: '+7 912 000-00-01' }),
    validRequest({ email: 'someone@else.ru', phone: undefined }),
  ]) {
    await store.insertIdempotent({ request, receivedAt, ip: null, spam: null, year: 2026 });
  }
  const policy = { departmentId: 'default', eventId: 'cli-kept', capacity: 1, waitlist: true };
  for (const email of ['x@y.ru', 'next@else.ru']) {
    await store.db.tx((q) =>
      registrations.signUp(
        q,
        policy,
        {
          request: {
            idempotencyKey: `cli-${email}`,
            name: email,
            organization: { name: 'МБОУ СОШ № 1' },
            email,
            consent: { given: true, version: '2026-09', acceptedAt: receivedAt.toISOString() },
            locale: 'ru',
            fillMs: 30_000,
          },
          ip: null,
        },
        receivedAt,
      ),
    );
  }
  await store.close();
  try {
    const env = { INBOX_DB: path, INBOX_FEED: feed };
    const { stdout } = await cli('withdraw.ts', ['--email', 'x@y.ru'], env);
    assert.match(stdout, /Удалено заявок: 2, записей на мероприятия: 1/);
    assert.match(stdout, /Из листа ожидания на освободившиеся места: 1/);
    const usage = await cli('withdraw.ts', [], { INBOX_DB: path }).catch((error) => error);
    assert.equal(usage.code, 2);
    assert.match(usage.stdout, /--email/);
    const reopened = await openSqliteStore(path);
    assert.deepEqual(
      (await reopened.list()).map((r) => r.request.email),
      ['someone@else.ru'],
    );
    assert.deepEqual(
      (await registrations.list(reopened.db, 'default', 'cli-kept')).map((r) => [
        r.request.email,
        r.status,
      ]),
      [['next@else.ru', 'confirmed']],
    );
    const audited = await reopened.db.all<{ actor_name: string; details: string }>(
      "SELECT actor_name, details FROM audit_log WHERE action = 'withdrawal.delete'",
    );
    assert.deepEqual(
      audited.map((e) => [e.actor_name, JSON.parse(e.details)]),
      [['CLI', { deleted: 2, registrations: 1, promoted: 1 }]],
    );
    await reopened.close();
  } finally {
    cleanup();
  }
});

test('purge deletes answered requests older than INBOX_RETENTION_DAYS', async () => {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'inbox.sqlite');
  const store = await openSqliteStore(path);
  const day = 86_400_000;
  const old = await store.insertIdempotent({
    request: validRequest(),
    receivedAt: new Date(Date.now() - 40 * day),
    ip: null,
    spam: null,
    year: 2026,
  });
  const recent = await store.insertIdempotent({
    request: validRequest(),
    receivedAt: new Date(Date.now() - 40 * day),
    ip: null,
    spam: null,
    year: 2026,
  });
  await store.setStatus(old.record.number, 'answered', new Date(Date.now() - 35 * day));
  await store.setStatus(recent.record.number, 'answered', new Date(Date.now() - 5 * day));
  await store.close();
  try {
    const { stdout } = await cli('purge.ts', [], { INBOX_DB: path, INBOX_RETENTION_DAYS: '30' });
    assert.match(stdout, /: 1$/m);
    const bad = await cli('purge.ts', [], { INBOX_DB: path, INBOX_RETENTION_DAYS: 'год' }).catch(
      (e) => e,
    );
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /INBOX_RETENTION_DAYS/);
    const reopened = await openSqliteStore(path);
    assert.deepEqual(
      (await reopened.list()).map((r) => r.number),
      [recent.record.number],
    );
    await reopened.close();
  } finally {
    cleanup();
  }
});

test('user add: with --password-stdin the account can sign in; without it a one-time link is printed', async () => {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'inbox.sqlite');
  const env = { INBOX_DB: path, INBOX_PUBLIC_URL: 'https://rmc.example.ru' };
  try {
    const withPassword = execFile(
      process.execPath,
      [
        '--import',
        'tsx',
        join('src', 'user.ts'),
        'add',
        '--email',
        'boss@rmc.example.ru',
        '--name',
        'Начальник',
        '--role',
        'administrator',
        '--password-stdin',
      ],
      { cwd: packageDir, env: { ...process.env, INBOX_DATABASE_URL: '', ...env } },
    );
    withPassword.stdin!.end('очень-длинный-пароль-2026\n');
    const code = await new Promise((resolve) => withPassword.on('exit', resolve));
    assert.equal(code, 0);
    const invited = await cli(
      'user.ts',
      [
        'add',
        '--email',
        'vera@rmc.example.ru',
        '--name',
        'Вера',
        '--role',
        'methodist',
        '--scope',
        'own',
        '--person',
        'vera',
      ],
      env,
    );
    assert.match(invited.stdout, /https:\/\/rmc\.example\.ru\/admin\/#\/link\/[\w-]{40,}/);
    const bad = await cli(
      'user.ts',
      ['add', '--email', 'x@y.ru', '--name', 'X', '--role', 'boss'],
      env,
    ).catch((error) => error);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--role must be one of administrator, editor, methodist/);

    const store = await openSqliteStore(path);
    const { users } = await import('../src/repos/users.ts');
    const { verifyPassword } = await import('../src/security/passwords.ts');
    const boss = await users.byEmail(store.db, 'boss@rmc.example.ru');
    assert.equal(boss?.role, 'administrator');
    assert.equal(await verifyPassword(boss!.passwordHash, 'очень-длинный-пароль-2026'), true);
    const vera = await users.byEmail(store.db, 'vera@rmc.example.ru');
    assert.deepEqual([vera?.scope, vera?.personId, vera?.passwordHash], ['own', 'vera', null]);
    await store.close();
  } finally {
    cleanup();
  }
});
