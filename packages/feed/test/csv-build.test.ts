import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { buildFeedFromCsv, formatLocation } from '../src/cli/csv/build-feed.ts';
import { feedToCsvFiles } from '../src/cli/csv/export-feed.ts';
import { parseFeed } from '../src/index.ts';
import { sampleFeed } from './cli-helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function filesOf(texts: Record<string, string | Uint8Array>): Map<string, Uint8Array> {
  return new Map(
    Object.entries(texts).map(([name, content]) => [
      name,
      typeof content === 'string' ? utf8(content) : content,
    ]),
  );
}

const PUBLISHER =
  'key;value\nid;kuz\nname;Методический кабинет\ntimeZone;Europe/Moscow\ngeneratedAt;2026-11-20T09:00:00+03:00\n';

describe('metodika csv → metodika build', () => {
  test('export then build gives the same feed', () => {
    const original = sampleFeed();
    const exported = feedToCsvFiles(original);
    const built = buildFeedFromCsv(
      new Map([...exported].map(([name, text]) => [name, utf8(text)])),
    );
    assert.deepEqual(built.problems, []);
    assert.equal(built.ok, true);
    const expected = parseFeed(original, { mode: 'strict' });
    assert.equal(expected.ok, true);
    assert.deepEqual(parseFeed(built.input, { mode: 'strict' }).feed, expected.feed);
  });

  test('exported files open in Excel: UTF-8 BOM, «;», quoted multi-line cells, formula-safe phones', () => {
    const files = feedToCsvFiles(sampleFeed());
    const events = files.get('events.csv')!;
    assert.ok(events.startsWith('\ufeffid;title;kind;start;end;'));
    assert.match(
      events,
      /;"Первый абзац; с точкой с запятой, и запятой\.\n\nВторой абзац ""в кавычках""\.";/,
    );
    assert.match(files.get('publisher.csv')!, /\r\nphone;'\+7 \(84157\) 3-12-45\r\n/);
    assert.match(
      events,
      /materials\.1\.title;materials\.1\.url;materials\.1\.when;materials\.2\.title/,
    );
    // An empty collection is exported as a fillable template.
    const empty = feedToCsvFiles({ ...sampleFeed(), practices: [] }).get('practices.csv')!;
    assert.match(empty, /^\ufeffid;title;summary;authors\.1\.name;/);
  });
});

const DEMO_FEED = new URL('../../../demo/feeds/kuznetsk.json', import.meta.url);
const DEMO_CSV = new URL('../../../demo/feeds/csv/kuznetsk/', import.meta.url);

describe('demo/feeds/csv/kuznetsk', () => {
  test('builds into the same feed as demo/feeds/kuznetsk.json', {
    skip: !existsSync(DEMO_CSV),
  }, () => {
    const files = new Map(
      readdirSync(DEMO_CSV).map((name) => [name, readFileSync(new URL(name, DEMO_CSV))]),
    );
    const built = buildFeedFromCsv(files);
    assert.deepEqual(built.problems, []);
    const expected = parseFeed(readFileSync(DEMO_FEED, 'utf8'), { mode: 'strict' }).feed;
    assert.deepEqual(
      parseFeed(built.input, { mode: 'strict' }).feed,
      expected,
      'demo CSV is out of date: run node packages/feed/bin/metodika.js csv demo/feeds/kuznetsk.json demo/feeds/csv/kuznetsk',
    );
  });
});

describe('metodika build', () => {
  test('reads Windows-1251 with «;» separators', () => {
    const events =
      'id;title;kind;start;subjects\r\ne1;Семинар для учителей;seminar;2026-11-25;math| rus\r\n';
    const built = buildFeedFromCsv(
      filesOf({
        'publisher.csv': iconv.encode(PUBLISHER, 'win1251'),
        'taxonomies.csv': iconv.encode(
          'taxonomy;id;label\nsubjects;math;Математика\nsubjects;rus;Русский язык\n',
          'win1251',
        ),
        'events.csv': iconv.encode(events, 'win1251'),
      }),
    );
    assert.deepEqual(built.problems, []);
    const feed = built.result.feed!;
    assert.equal(feed.publisher.name, 'Методический кабинет');
    assert.equal(feed.events[0]!.title, 'Семинар для учителей');
    assert.deepEqual(feed.events[0]!.subjects, ['math', 'rus']);
    assert.equal(feed.taxonomies.subjects![1]!.label, 'Русский язык');
  });

  test('reads UTF-8 with a BOM and «,» separators; Excel-style dates get the zone offset', () => {
    const events =
      '\ufeffid,title,kind,start,end,registration.url,registration.capacity,sequence\n' +
      'e1,"Семинар, практикум",workshop,25.11.2026 10:00,25.11.2026 12:30,https://forms.example.ru/1,30,1\n' +
      'e2,Неделя,mastery-week,01.12.2026,05.12.2026,,,\n';
    const built = buildFeedFromCsv(filesOf({ 'publisher.csv': PUBLISHER, 'events.csv': events }));
    assert.deepEqual(built.problems, []);
    const [e1, e2] = built.result.feed!.events;
    assert.equal(e1!.title, 'Семинар, практикум');
    assert.equal(e1!.start, '2026-11-25T10:00:00+03:00');
    assert.equal(e1!.end, '2026-11-25T12:30:00+03:00');
    assert.deepEqual(e1!.registration, { url: 'https://forms.example.ru/1', capacity: 30 });
    assert.equal(e1!.sequence, 1);
    assert.equal(e2!.start, '2026-12-01');
    assert.equal(e2!.end, '2026-12-05');
  });

  test('a bad cell is reported with its file, spreadsheet row and column', () => {
    // Row 2 has a multi-line description, so row 3 starts on line 5 of the file.
    const events =
      'id;title;kind;start;description;materials.1.title;materials.1.url;materials.3.title;materials.3.url\n' +
      'e1;Семинар;seminar;2026-11-25;"строка 1\nстрока 2\nстрока 3";Программа;https://metod.example.ru/p.pdf;;\n' +
      'e2;Круглый стол;round-table;2026-13-45;;Итоги;https://metod.example.ru/i.pdf;Запись;javascript:alert(1)\n';
    const built = buildFeedFromCsv(filesOf({ 'publisher.csv': PUBLISHER, 'events.csv': events }));
    assert.equal(built.ok, false);
    const lines = built.problems.map((p) => `${formatLocation(p, 'ru')}: ${p.code}`);
    assert.deepEqual(lines, [
      'events.csv, строка 3, столбец «start»: when',
      'events.csv, строка 3, столбец «materials.3.url»: unsafe_url',
    ]);
    assert.equal(formatLocation(built.problems[0]!, 'en'), 'events.csv, row 3, column "start"');
  });

  test('references, unknown columns and key/value fields are located too', () => {
    const people = 'id;name;organization;emial\np1;Иванова А. П.;sch9;ivanova@example.ru\n';
    const built = buildFeedFromCsv(
      filesOf({ 'publisher.csv': PUBLISHER, 'people.csv': people, 'event.csv': 'id\n' }),
    );
    const lines = built.problems.map((p) => `${p.severity} ${formatLocation(p, 'ru')}: ${p.code}`);
    assert.deepEqual(lines, [
      'warning people.csv, строка 2, столбец «emial»: unknown_key',
      'error people.csv, строка 2, столбец «organization»: dangling_ref',
      'warning event.csv: unknown_file',
    ]);
    const badEmail = buildFeedFromCsv(filesOf({ 'publisher.csv': `${PUBLISHER}email;metod@\n` }));
    assert.equal(
      formatLocation(badEmail.problems[0]!, 'ru'),
      'publisher.csv, строка 6, столбец «value»',
    );
    assert.equal(badEmail.problems[0]!.code, 'email');
  });

  test('a missing publisher.csv or missing required key is an error', () => {
    const none = buildFeedFromCsv(filesOf({ 'events.csv': 'id;title\n' }));
    assert.equal(none.ok, false);
    assert.equal(none.problems[0]?.file, 'publisher.csv');
    assert.equal(none.problems[0]?.code, 'missing_file');
    const noZone = buildFeedFromCsv(
      filesOf({ 'publisher.csv': 'key;value\nid;kuz\nname;Кабинет\n' }),
    );
    assert.equal(formatLocation(noZone.problems[0]!, 'ru'), 'publisher.csv, поле «timeZone»');
  });
});
