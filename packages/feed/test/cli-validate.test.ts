import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { plural } from '../src/cli/plural.ts';
import { BIN, runCli, sampleFeed, tempDir, writeTemp } from './cli-helpers.ts';

/** Two errors (empty title, unknown kind) and one warning (unknown field «titel»). */
function brokenFeed() {
  const feed = sampleFeed();
  feed.events!.push({
    id: 'bad',
    title: '',
    kind: 'party',
    start: '2026-11-25',
    titel: 'x',
  } as never);
  return feed;
}

let dir: string;
before(async () => {
  dir = await tempDir();
});

describe('metodika validate', () => {
  test('a valid feed: exit 0 and a clean report', async () => {
    const file = await writeTemp(dir, 'ok.json', sampleFeed());
    const run = await runCli(['validate', file]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Лента в порядке\./);
    assert.ok(!run.stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
  });

  test('errors: exit 1, problems grouped by item, Russian plural summary', async () => {
    const file = await writeTemp(dir, 'broken.json', brokenFeed());
    const run = await runCli(['validate', file]);
    assert.equal(run.code, 1);
    const lines = run.stdout.split('\n');
    const group = lines.findIndex((line) => line.includes('Мероприятия · «bad» (№ 4)'));
    assert.ok(group > 0, run.stdout);
    const body = lines.slice(group + 1, group + 4).join('\n');
    assert.match(body, /✖ events\[3\]\.title {2}Обязательное поле не заполнено/);
    assert.match(body, /✖ events\[3\]\.kind {2}Недопустимое значение «party»/);
    assert.match(body, /⚠ events\[3\]\.titel {2}Неизвестное поле «titel»/);
    assert.match(run.stdout, /Итого: 2 ошибки, 1 предупреждение\.\n$/);
  });

  test('warnings only: exit 0', async () => {
    const feed = sampleFeed();
    (feed.publisher as Record<string, unknown>).mail = 'x@example.ru';
    const run = await runCli(['validate', await writeTemp(dir, 'warn.json', feed)]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Общие сведения ленты/);
    assert.match(run.stdout, /Итого: 0 ошибок, 1 предупреждение\./);
  });

  test('colour on a terminal, none with NO_COLOR', {
    skip: !existsSync('/usr/bin/script'),
  }, async () => {
    const file = await writeTemp(dir, 'tty.json', brokenFeed());
    // util-linux `script` gives the CLI a pseudo-terminal as stdout.
    const onTty = (env: NodeJS.ProcessEnv) =>
      spawnSync(
        '/usr/bin/script',
        ['-qc', `"${process.execPath}" "${BIN}" validate "${file}"`, '/dev/null'],
        {
          env,
          encoding: 'utf8',
        },
      ).stdout;
    const { NO_COLOR: _, ...env } = process.env;
    assert.ok(onTty(env).includes('\u001b[31m✖'), 'red error marker');
    assert.ok(
      !onTty({ ...env, NO_COLOR: '1' }).includes('\u001b['),
      'NO_COLOR switches colour off',
    );
  });

  test('--json prints { ok, problems, counts } for scripts', async () => {
    const run = await runCli([
      'validate',
      await writeTemp(dir, 'broken2.json', brokenFeed()),
      '--json',
    ]);
    assert.equal(run.code, 1);
    const result = JSON.parse(run.stdout) as {
      ok: boolean;
      problems: {
        path: string;
        severity: string;
        code: string;
        message: string;
        itemId?: string;
      }[];
      counts: { errors: number; warnings: number };
    };
    assert.equal(result.ok, false);
    assert.deepEqual(result.counts, { errors: 2, warnings: 1 });
    assert.deepEqual(
      result.problems.map((p) => [p.path, p.severity, p.code, p.itemId]),
      [
        ['events[3].titel', 'warning', 'unknown_key', 'bad'],
        ['events[3].title', 'error', 'required', 'bad'],
        ['events[3].kind', 'error', 'enum', 'bad'],
      ],
    );
  });

  test('--lang en: English problems and summary', async () => {
    const run = await runCli([
      'validate',
      await writeTemp(dir, 'broken3.json', brokenFeed()),
      '--lang',
      'en',
    ]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Events · "bad" \(#4\)/);
    assert.match(run.stdout, /Required field is missing/);
    assert.match(run.stdout, /Total: 2 errors, 1 warning\./);
  });

  test('not JSON: exit 1 with the parser message', async () => {
    const run = await runCli(['validate', await writeTemp(dir, 'bad.json', '{ "version": 1, }')]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /не является корректным JSON/);
  });

  test('usage errors exit 2', async () => {
    const missing = await runCli(['validate', `${dir}/nope.json`]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Не удалось прочитать .*ENOENT/);
    assert.equal((await runCli(['validate'])).code, 2);
    assert.equal((await runCli(['validate', 'x.json', '--frobnicate'])).code, 2);
    const lang = await runCli(['validate', 'x.json', '--lang', 'de']);
    assert.equal(lang.code, 2);
    assert.match(lang.stderr, /--lang ru или --lang en/);
    assert.equal((await runCli(['dance'])).code, 2);
    assert.equal((await runCli([])).code, 2);
  });
});

describe('metodika validate <url>', () => {
  let server: Server;
  let base: string;
  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/feed.json') {
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(sampleFeed()));
      } else if (request.url === '/broken.json') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(brokenFeed()));
      } else if (request.url === '/slow.json') {
        setTimeout(() => response.end('{}'), 5000).unref();
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  test('fetches and validates a feed over http', async () => {
    const ok = await runCli(['validate', `${base}/feed.json`]);
    assert.equal(ok.code, 0, ok.stderr);
    const broken = await runCli(['validate', `${base}/broken.json`, '--json']);
    assert.equal(broken.code, 1);
    assert.equal(JSON.parse(broken.stdout).counts.errors, 2);
  });

  test('HTTP errors and timeouts exit 2', async () => {
    const missing = await runCli(['validate', `${base}/missing.json`]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /кодом 404/);
    const slow = await runCli(['validate', `${base}/slow.json`, '--timeout', '0.3']);
    assert.equal(slow.code, 2);
    assert.match(slow.stderr, /нет ответа за 0\.3 с/);
  });
});

describe('plural', () => {
  test('Russian one/few/many and English one/other', () => {
    const errors = (n: number) => plural(n, 'ru', ['ошибка', 'ошибки', 'ошибок']);
    assert.deepEqual([0, 1, 2, 4, 5, 11, 12, 21, 22, 25, 101].map(errors), [
      '0 ошибок',
      '1 ошибка',
      '2 ошибки',
      '4 ошибки',
      '5 ошибок',
      '11 ошибок',
      '12 ошибок',
      '21 ошибка',
      '22 ошибки',
      '25 ошибок',
      '101 ошибка',
    ]);
    assert.equal(plural(1, 'en', ['error', 'errors', 'errors']), '1 error');
    assert.equal(plural(3, 'en', ['error', 'errors', 'errors']), '3 errors');
  });
});
