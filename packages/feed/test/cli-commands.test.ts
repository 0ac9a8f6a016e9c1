import assert from 'node:assert/strict';
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { parseFeed } from '../src/index.ts';
import { runCli, sampleFeed, tempDir, writeTemp } from './cli-helpers.ts';

let dir: string;
before(async () => {
  dir = await tempDir();
});

describe('metodika --help', () => {
  test('Russian by default, English with --lang en, per command', async () => {
    const ru = await runCli(['--help']);
    assert.equal(ru.code, 0);
    assert.match(ru.stdout, /Использование: metodika <команда>/);
    for (const command of ['validate', 'schema', 'ics', 'build', 'csv'])
      assert.match(ru.stdout, new RegExp(`\\n  ${command} `));
    const en = await runCli(['--help', '--lang', 'en']);
    assert.match(en.stdout, /Usage: metodika <command>/);
    const build = await runCli(['build', '--help']);
    assert.match(build.stdout, /Windows-1251/);
    assert.doesNotMatch(build.stdout, /Команды:/);
    const icsEn = await runCli(['help', 'ics', '--lang', 'en']);
    assert.match(icsEn.stdout, /^Usage: metodika ics/);
  });
});

describe('metodika schema', () => {
  test('prints the JSON Schema that is committed as feed.schema.json', async () => {
    const run = await runCli(['schema']);
    assert.equal(run.code, 0, run.stderr);
    const schema = JSON.parse(run.stdout) as {
      $schema: string;
      title: string;
      properties: Record<string, unknown>;
    };
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(schema.properties.events && schema.properties.publisher);
    const committed = await readFile(new URL('../feed.schema.json', import.meta.url), 'utf8');
    assert.equal(run.stdout, committed, 'run pnpm --filter @metodika/feed schema');
  });
});

describe('metodika ics', () => {
  test('-o writes a calendar that ical.js reads; without -o it goes to stdout', async () => {
    const feed = await writeTemp(dir, 'feed.json', sampleFeed());
    const out = join(dir, 'out.ics');
    const run = await runCli(['ics', feed, '-o', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /Записано: .*out\.ics \(3 мероприятия\)/);
    const text = await readFile(out, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    assert.deepEqual(
      events.map((e) => e.uid),
      ['e1@kuz.metodika', 'e2@kuz.metodika', 'e3@kuz.metodika'],
    );
    assert.equal(events[0]!.startDate.toJSDate().toISOString(), '2026-11-25T07:00:00.000Z');
    const stdout = await runCli(['ics', feed]);
    assert.equal(stdout.stdout, text, 'same calendar on every run');
  });

  test('an unusable feed exits 1; a missing file exits 2', async () => {
    const run = await runCli(['ics', await writeTemp(dir, 'empty.json', '{}')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /Лента непригодна/);
    assert.equal((await runCli(['ics', join(dir, 'none.json')])).code, 2);
  });
});

describe('metodika csv + build', () => {
  test('a feed exported to CSV builds back into the same feed', async () => {
    const source = await writeTemp(dir, 'source.json', sampleFeed());
    const folder = join(dir, 'tables');
    const exported = await runCli(['csv', source, folder]);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /9 файлов/);
    const output = join(dir, 'built.json');
    const built = await runCli(['build', folder, '-o', output]);
    assert.equal(built.code, 0, built.stdout + built.stderr);
    assert.match(built.stdout, /Лента в порядке\.\nЗаписано: .*built\.json \(3 мероприятия\)/);
    const expected = parseFeed(sampleFeed(), { mode: 'strict' }).feed;
    assert.deepEqual(parseFeed(await readFile(output, 'utf8'), { mode: 'strict' }).feed, expected);
  });

  test('errors name file, row and column, exit 1, and nothing is written', async () => {
    const folder = join(dir, 'broken-tables');
    await runCli(['csv', await writeTemp(dir, 'source2.json', sampleFeed()), folder]);
    const events = await readFile(join(folder, 'events.csv'), 'utf8');
    await writeFile(join(folder, 'events.csv'), events.replace('2026-12-01', '2026-12-41'));
    const output = join(dir, 'never.json');
    const run = await runCli(['build', folder, '-o', output, '--lang', 'en']);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /✖ events\.csv, row 3, column "start": Write a date/);
    assert.match(run.stdout, /Total: 1 error, 0 warnings\.\nNothing written/);
    await assert.rejects(access(output));
  });

  test('a folder that does not exist exits 2', async () => {
    const run = await runCli(['build', join(dir, 'no-such-folder')]);
    assert.equal(run.code, 2);
  });
});
