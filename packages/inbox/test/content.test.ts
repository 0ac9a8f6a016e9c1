import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { feedToCsvFiles } from '@metodika/feed/exports';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { openPostgresStore } from '../src/store/index.ts';
import { startApp, type TestApp, tempDir } from './helpers.ts';
import { addUser, StaffClient } from './staff-client.ts';

const demoFeed = () =>
  JSON.parse(
    readFileSync(new URL('../../../demo/feeds/kuznetsk.json', import.meta.url), 'utf8'),
  ) as {
    events: Record<string, unknown>[];
    practices: unknown[];
    [key: string]: unknown;
  };

const pgUrl = process.env.INBOX_TEST_PG_URL;

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`publishing from the console on ${kind}`, {
    skip: kind === 'postgres' && !pgUrl ? 'INBOX_TEST_PG_URL is not set' : false,
  }, () => {
    let t: TestApp;
    let editor: StaffClient;
    const widgets = tempDir();
    before(async () => {
      mkdirSync(join(widgets.dir, 'chunks'));
      writeFileSync(join(widgets.dir, 'metodika.js'), 'import("./chunks/calendar-abc123.js");');
      writeFileSync(join(widgets.dir, 'chunks', 'calendar-abc123.js'), 'export const x = 1;');
      t = await startApp(
        { widgetsDir: widgets.dir },
        kind === 'postgres'
          ? {
              store: await openPostgresStore(pgUrl!, {
                schema: `content_test_${randomBytes(6).toString('hex')}`,
              }),
            }
          : {},
      );
      await addUser(t.store, {
        email: 'editor@rmc.example.ru',
        name: 'Редактор Ирина',
        role: 'editor',
      });
      await addUser(t.store, { email: 'm@rmc.example.ru', name: 'Методист', role: 'methodist' });
      editor = new StaffClient(t.app);
      await editor.login('editor@rmc.example.ru');
    });
    after(async () => {
      await t.close();
      widgets.cleanup();
    });

    test('nothing is published at first: the public feed says so, the draft is empty', async () => {
      const feed = await t.app.inject({ method: 'GET', url: '/feed.json' });
      assert.equal(feed.statusCode, 404);
      assert.match(feed.body, /ещё не опубликована/);
      const draft = (await editor.get('/admin/api/content/draft')).json();
      assert.deepEqual([draft.document, draft.revision], [null, 0]);
      const empty = await editor.post('/admin/api/content/publish', {});
      assert.equal(empty.statusCode, 409);
    });

    test('importing a feed.json is a dry run first, then becomes the draft; a stale save is refused', async () => {
      const document = demoFeed();
      const dry = (
        await editor.post('/admin/api/content/import', { document, dryRun: true, revision: 0 })
      ).json();
      assert.equal(dry.applied, false);
      assert.equal(dry.ok, true, JSON.stringify(dry.problems.slice(0, 3)));
      assert.equal(dry.diff.collections.events.added.length, document.events.length);
      assert.equal(
        (await editor.get('/admin/api/content/draft')).json().revision,
        0,
        'the dry run changed nothing',
      );
      const applied = (
        await editor.post('/admin/api/content/import', { document, dryRun: false, revision: 0 })
      ).json();
      assert.equal(applied.revision, 1);
      const stale = await editor.request('PUT', '/admin/api/content/draft', {
        document,
        revision: 0,
      });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.json().message, /изменил коллега/);
    });

    test('publishing validates the whole feed strictly and publishes only a valid one', async () => {
      const draft = (await editor.get('/admin/api/content/draft')).json();
      const broken = structuredClone(draft.document);
      broken.events[0].kind = 'party';
      const saved = await editor.request('PUT', '/admin/api/content/draft', {
        document: broken,
        revision: draft.revision,
      });
      assert.equal(saved.statusCode, 200, 'a draft may be incomplete');
      assert.equal(saved.json().ok, false);
      const refused = await editor.post('/admin/api/content/publish', {});
      assert.equal(refused.statusCode, 422);
      assert.match(refused.json().message, /не опубликована/);
      assert.ok(
        refused
          .json()
          .problems.some(
            (p: { path: string; severity: string }) =>
              p.path.startsWith('events') && p.severity === 'error',
          ),
      );
      assert.equal((await t.app.inject({ method: 'GET', url: '/feed.json' })).statusCode, 404);

      const fixed = structuredClone(broken);
      fixed.events[0].kind = 'seminar';
      await editor.request('PUT', '/admin/api/content/draft', {
        document: fixed,
        revision: saved.json().revision,
      });
      const published = await editor.post('/admin/api/content/publish', {
        note: 'Первая публикация',
      });
      assert.equal(published.statusCode, 201, published.body);
      assert.equal(published.json().version.number, 1);
      assert.equal(published.json().version.publishedBy, 'Редактор Ирина');
    });

    test('the public feed: ETag, Last-Modified, shared caching, any origin, 304 on a current copy', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/feed.json' });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['access-control-allow-origin'], '*');
      assert.match(String(response.headers['cache-control']), /public, max-age=\d+/);
      assert.match(String(response.headers['content-type']), /application\/json/);
      const etag = String(response.headers.etag);
      assert.match(etag, /^"[\w-]+"$/);
      assert.equal(response.json().events[0].kind, 'seminar');
      const again = await t.app.inject({
        method: 'GET',
        url: '/feed.json',
        headers: { 'if-none-match': etag },
      });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      const byDate = await t.app.inject({
        method: 'GET',
        url: '/feed.json',
        headers: { 'if-modified-since': String(response.headers['last-modified']) },
      });
      assert.equal(byDate.statusCode, 304);
      const other = await t.app.inject({
        method: 'GET',
        url: '/feed.json',
        headers: { 'if-none-match': '"something-else"' },
      });
      assert.equal(other.statusCode, 200);
    });

    test('exports: events as iCalendar, practices as Atom and JSON Feed', async () => {
      const ics = await t.app.inject({ method: 'GET', url: '/events.ics' });
      assert.match(String(ics.headers['content-type']), /text\/calendar/);
      const calendar = new ICAL.Component(ICAL.parse(ics.body));
      // One VEVENT per event (a series' one with its RRULE), plus one per changed meeting.
      const vevents = calendar.getAllSubcomponents('vevent');
      const masters = vevents.filter((v) => !v.hasProperty('recurrence-id'));
      assert.equal(masters.length, demoFeed().events.length);
      const series = demoFeed().events.filter((e: { recurrence?: unknown }) => e.recurrence);
      assert.equal(masters.filter((v) => v.hasProperty('rrule')).length, series.length);
      assert.ok(
        vevents.length > masters.length,
        'changed meetings have their RECURRENCE-ID events',
      );
      const atom = await t.app.inject({ method: 'GET', url: '/practices.atom' });
      assert.match(String(atom.headers['content-type']), /application\/atom\+xml/);
      assert.match(atom.body, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
      const json = (await t.app.inject({ method: 'GET', url: '/practices.json' })).json();
      assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
      assert.ok(json.items.length > 0);
      assert.notEqual(ics.headers.etag, atom.headers.etag);
    });

    test('versions: a readable diff between two, and one-click rollback', async () => {
      const draft = (await editor.get('/admin/api/content/draft')).json();
      const next = structuredClone(draft.document);
      next.events[1].title = 'Новое название семинара';
      next.events.pop();
      await editor.request('PUT', '/admin/api/content/draft', {
        document: next,
        revision: draft.revision,
      });
      const v2 = (await editor.post('/admin/api/content/publish', {})).json().version;
      assert.equal(v2.number, 2);
      const diff = (await editor.get('/admin/api/content/diff?from=1&to=2')).json();
      assert.deepEqual(
        diff.collections.events.changed.map((c: { fields: string[] }) => c.fields),
        [['title']],
      );
      assert.equal(diff.collections.events.changed[0].label, 'Новое название семинара');
      assert.equal(diff.collections.events.removed.length, 1);
      assert.equal(diff.same, false);
      assert.equal((await editor.get('/admin/api/content/diff?from=1&to=1')).json().same, true);

      const v1etag = (await editor.get('/admin/api/content/versions'))
        .json()
        .items.find((v: { number: number }) => v.number === 1).etag;
      const rolled = await editor.post('/admin/api/content/versions/1/rollback');
      assert.equal(rolled.statusCode, 201);
      assert.equal(rolled.json().version.number, 3);
      const served = await t.app.inject({ method: 'GET', url: '/feed.json' });
      assert.equal(served.headers.etag, v1etag, 'the same bytes as version 1');
      assert.equal(served.json().events[1].title === 'Новое название семинара', false);
      const versions = (await editor.get('/admin/api/content/versions')).json().items;
      assert.deepEqual(
        versions.map((v: { number: number }) => v.number),
        [3, 2, 1],
      );
      assert.match(versions[0].note, /rollback to v1/);

      const admin = new StaffClient(t.app);
      await addUser(t.store, { email: 'a@rmc.example.ru', name: 'Админ', role: 'administrator' });
      await admin.login('a@rmc.example.ru');
      const log = (await admin.get('/admin/api/audit'))
        .json()
        .items.map(
          (e: { action: string; target: string | null }) => `${e.action} ${e.target ?? ''}`,
        );
      for (const entry of [
        'feed.publish v1',
        'feed.publish v2',
        'feed.rollback v3',
        'content.import ',
      ])
        assert.ok(log.includes(entry), entry);
    });

    test('Excel: the draft exports as a workbook that imports back without loss; a bad cell is named by sheet, row and column', async () => {
      const exported = await editor.get('/admin/api/content/export.xlsx');
      assert.equal(exported.statusCode, 200);
      assert.match(String(exported.headers['content-type']), /spreadsheetml/);
      const roundTrip = (
        await editor.post('/admin/api/content/import/xlsx', {
          file: exported.rawPayload.toString('base64'),
          dryRun: true,
          revision: 0,
        })
      ).json();
      assert.equal(roundTrip.ok, true, JSON.stringify(roundTrip.problems.slice(0, 3)));
      assert.equal(roundTrip.diff.same, true, JSON.stringify(roundTrip.diff).slice(0, 500));

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
      assert.equal(workbook.worksheets[0]!.name, 'Инструкция');
      const events = workbook.getWorksheet('events')!;
      const header = (events.getRow(1).values as unknown[]).map(String);
      events.getRow(2).getCell(header.indexOf('title')).value = 'Семинар, переименованный в Excel';
      events.getRow(3).getCell(header.indexOf('kind')).value = 'вечеринка';
      const edited = Buffer.from(await workbook.xlsx.writeBuffer());
      const dry = (
        await editor.post('/admin/api/content/import/xlsx', {
          file: edited.toString('base64'),
          dryRun: true,
          revision: 0,
        })
      ).json();
      assert.equal(dry.applied, false);
      assert.ok(
        dry.diff.collections.events.changed.some(
          (c: { label: string; fields: string[] }) =>
            c.label === 'Семинар, переименованный в Excel' && c.fields.includes('title'),
        ),
      );
      const problem = dry.problems.find(
        (p: { table: string; column: string }) => p.table === 'events' && p.column === 'kind',
      );
      assert.ok(problem, JSON.stringify(dry.problems.slice(0, 5)));
      assert.equal(problem.row, 3);
      assert.match(problem.message, /^лист «events», строка 3, столбец «kind»: /);
      assert.equal(dry.ok, false);

      const notExcel = await editor.post('/admin/api/content/import/xlsx', {
        file: Buffer.from('not a zip').toString('base64'),
        dryRun: true,
        revision: 0,
      });
      assert.equal(notExcel.statusCode, 422);
      assert.match(notExcel.json().fields.file, /Книга Excel/);
    });

    test('the template: every column, taxonomies and kinds as drop-downs, dates formatted as dates, instructions in Russian', async () => {
      const template = await editor.get('/admin/api/content/template.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
      const guide = workbook.getWorksheet('Инструкция')!;
      assert.match(String(guide.getRow(1).getCell(1).value), /один лист — один раздел/);
      const events = workbook.getWorksheet('events')!;
      const header = (events.getRow(1).values as unknown[]).map(String);
      for (const column of ['id', 'title', 'kind', 'start', 'subjects', 'registration.endpoint'])
        assert.ok(header.includes(column), column);
      const kind = events.getRow(2).getCell(header.indexOf('kind')).dataValidation;
      assert.equal(kind?.type, 'list');
      assert.match(String(kind?.formulae?.[0]), /^lists!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
      assert.ok(
        events.getRow(2).getCell(header.indexOf('subjects')).dataValidation?.formulae?.length,
      );
      assert.equal(events.getRow(2).getCell(header.indexOf('start')).numFmt, 'dd.mm.yyyy hh:mm');
      assert.equal(workbook.getWorksheet('lists')?.state, 'hidden');

      // A date typed into the template comes back as the service's local time.
      events.getRow(2).getCell(header.indexOf('start')).value = new Date(
        Date.UTC(2027, 1, 15, 10, 0),
      );
      events.getRow(2).getCell(header.indexOf('id')).value = 'new-seminar';
      events.getRow(2).getCell(header.indexOf('title')).value = 'Новый семинар';
      events.getRow(2).getCell(header.indexOf('kind')).value = 'seminar';
      const filled = Buffer.from(await workbook.xlsx.writeBuffer());
      const dry = (
        await editor.post('/admin/api/content/import/xlsx', {
          file: filled.toString('base64'),
          dryRun: true,
          revision: 0,
        })
      ).json();
      const event = dry.diff.collections.events.added.find(
        (c: { id: string }) => c.id === 'new-seminar',
      );
      assert.ok(event, JSON.stringify(dry.problems.slice(0, 5)));
    });

    test('CSV folders import the same way (the feed package reads UTF-8 and Windows-1251)', async () => {
      const draft = (await editor.get('/admin/api/content/draft')).json();
      const files = [...feedToCsvFiles(draft.document)].map(([name, text]) => ({
        name,
        content: Buffer.from(text, 'utf8').toString('base64'),
      }));
      const dry = (
        await editor.post('/admin/api/content/import/csv', { files, dryRun: true, revision: 0 })
      ).json();
      assert.equal(dry.ok, true, JSON.stringify(dry.problems.slice(0, 3)));
      assert.equal(dry.diff.same, true);
      const broken = files.filter((f) => f.name !== 'publisher.csv');
      const missing = (
        await editor.post('/admin/api/content/import/csv', {
          files: broken,
          dryRun: true,
          revision: 0,
        })
      ).json();
      assert.ok(
        missing.problems.some(
          (p: { table: string; message: string }) =>
            p.table === 'publisher.csv' && /не найден/.test(p.message),
        ),
      );
    });

    test('iCalendar: events from a Google/Yandex export, series with excluded, moved and cancelled meetings; a second import updates', async () => {
      const ics = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
        'BEGIN:VEVENT',
        'UID:rmo-math@google.com',
        'SUMMARY:Заседание РМО учителей математики',
        'DTSTART;TZID=Europe/Moscow:20270209T150000',
        'DTEND;TZID=Europe/Moscow:20270209T163000',
        'RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=4',
        'EXDATE;TZID=Europe/Moscow:20270309T150000',
        'LOCATION:МБОУ СОШ № 3\\, актовый зал',
        'DESCRIPTION:Повестка: подготовка к ВПР.',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:rmo-math@google.com',
        'RECURRENCE-ID;TZID=Europe/Moscow:20270413T150000',
        'SUMMARY:Заседание РМО учителей математики',
        'DTSTART;TZID=Europe/Moscow:20270415T160000',
        'DTEND;TZID=Europe/Moscow:20270415T173000',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:webinar-1@yandex.ru',
        'SUMMARY:Вебинар «Функциональная грамотность»',
        'DTSTART:20270301T070000Z',
        'DTEND:20270301T083000Z',
        'LOCATION:https://meet.example.ru/fg',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:week@yandex.ru',
        'SUMMARY:Неделя педагогического мастерства',
        'DTSTART;VALUE=DATE:20270322',
        'DTEND;VALUE=DATE:20270327',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n');
      const file = Buffer.from(ics).toString('base64');
      const draft = (await editor.get('/admin/api/content/draft')).json();
      const dry = (
        await editor.post('/admin/api/content/import/ics', {
          file,
          dryRun: true,
          revision: draft.revision,
        })
      ).json();
      assert.equal(dry.imported, 3);
      assert.deepEqual(
        dry.diff.collections.events.added.map((e: { label: string }) => e.label).sort(),
        [
          'Вебинар «Функциональная грамотность»',
          'Заседание РМО учителей математики',
          'Неделя педагогического мастерства',
        ],
      );
      const applied = (
        await editor.post('/admin/api/content/import/ics', {
          file,
          dryRun: false,
          revision: draft.revision,
        })
      ).json();
      assert.equal(applied.applied, true);
      assert.deepEqual(
        applied.problems.filter((p: { severity: string }) => p.severity === 'error'),
        [],
        'the imported events are valid feed events',
      );
      interface Imported {
        title: string;
        kind: string;
        start: string;
        end?: string;
        format?: string;
        onlineUrl?: string;
        venue?: unknown;
        recurrence: { rule: string; except?: string[]; changes?: unknown[] };
      }
      const events = (await editor.get('/admin/api/content/draft')).json().document
        .events as Imported[];
      const rmo = events.find((e) => e.title === 'Заседание РМО учителей математики')!;
      assert.equal(rmo.start, '2027-02-09T15:00:00+03:00');
      assert.equal(rmo.end, '2027-02-09T16:30:00+03:00');
      assert.equal(rmo.kind, 'association-meeting');
      assert.deepEqual(rmo.recurrence.rule.split(';').sort(), [
        'BYDAY=2TU',
        'COUNT=4',
        'FREQ=MONTHLY',
      ]);
      assert.deepEqual(rmo.recurrence.except, ['2027-03-09']);
      assert.deepEqual(rmo.recurrence.changes, [
        {
          date: '2027-04-13',
          start: '2027-04-15T16:00:00+03:00',
          end: '2027-04-15T17:30:00+03:00',
        },
      ]);
      assert.deepEqual(rmo.venue, { address: 'МБОУ СОШ № 3, актовый зал' });
      const webinar = events.find((e) => e.title === 'Вебинар «Функциональная грамотность»')!;
      assert.deepEqual(
        [webinar.start, webinar.format, webinar.onlineUrl],
        ['2027-03-01T10:00:00+03:00', 'online', 'https://meet.example.ru/fg'],
      );
      const week = events.find((e) => e.title === 'Неделя педагогического мастерства')!;
      assert.deepEqual([week.start, week.end], ['2027-03-22', '2027-03-26']);
      const again = (
        await editor.post('/admin/api/content/import/ics', {
          file,
          dryRun: true,
          revision: applied.revision,
        })
      ).json();
      assert.equal(again.diff.same, true, 'the same calendar again changes nothing');
      const bad = await editor.post('/admin/api/content/import/ics', {
        file: Buffer.from('hello').toString('base64'),
        dryRun: true,
        revision: 0,
      });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.json().fields.file, /iCalendar/);
      // A link into the department's own network is not fetched (SSRF), however it is written.
      for (const url of ['http://127.0.0.1:8787/events.ics', 'webcal://10.0.0.5/cal.ics']) {
        const inside = await editor.post('/admin/api/content/import/ics', {
          url,
          dryRun: true,
          revision: 0,
        });
        assert.equal(inside.statusCode, 422, url);
        assert.match(inside.json().fields.url, /внутреннюю сеть/, url);
      }
    });

    test('a zip of the published files and the widget scripts for a plain web server', async () => {
      const response = await editor.get('/admin/api/content/site.zip');
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /application\/zip/);
      const files = unzipSync(new Uint8Array(response.rawPayload));
      const names = Object.keys(files).sort();
      for (const name of [
        'feed.json',
        'events.ics',
        'practices.atom',
        'practices.json',
        'widgets/metodika.js',
        'widgets/chunks/calendar-abc123.js',
        'ПРОЧТИТЕ.txt',
      ]) {
        assert.ok(names.includes(name), name);
      }
      const served = await t.app.inject({ method: 'GET', url: '/feed.json' });
      assert.equal(
        new TextDecoder().decode(files['feed.json']),
        served.body,
        'the same bytes as served',
      );
      assert.match(new TextDecoder().decode(files['ПРОЧТИТЕ.txt']), /<metodika-calendar src=/);
    });

    test('content is for editors and administrators only', async () => {
      const methodist = new StaffClient(t.app);
      await methodist.login('m@rmc.example.ru');
      assert.equal((await methodist.get('/admin/api/content/draft')).statusCode, 403);
      assert.equal((await methodist.post('/admin/api/content/publish', {})).statusCode, 403);
    });

    test('widget scripts at a versioned, immutable URL; anything else is not served', async () => {
      const info = (await t.app.inject({ method: 'GET', url: '/widgets.json' })).json();
      assert.equal(info.script, '/widgets/metodika.js', 'the stable address snippets name');
      assert.match(info.current, /^\/widgets\/[0-9a-f]{12}\/metodika\.js$/);
      const stable = await t.app.inject({ method: 'GET', url: '/widgets/metodika.js' });
      assert.equal(stable.statusCode, 302);
      assert.equal(stable.headers.location, info.current);
      assert.match(String(stable.headers['cache-control']), /max-age=300/);
      const frame = await t.app.inject({
        method: 'GET',
        url: '/widgets/frame/calendar.html?src=https%3A%2F%2Fx%2Ffeed.json',
      });
      assert.equal(
        frame.headers.location,
        `/widgets/${info.build}/frame/calendar.html?src=https%3A%2F%2Fx%2Ffeed.json`,
      );
      const chunk = await t.app.inject({
        method: 'GET',
        url: `/widgets/${info.build}/chunks/calendar-abc123.js`,
      });
      assert.equal(chunk.statusCode, 200);
      assert.match(String(chunk.headers['cache-control']), /immutable/);
      assert.match(String(chunk.headers['content-type']), /javascript/);
      assert.equal(
        (await t.app.inject({ method: 'GET', url: '/widgets/000000000000/metodika.js' }))
          .statusCode,
        404,
        'another build',
      );
      assert.equal(
        (await t.app.inject({ method: 'GET', url: `/widgets/${info.build}/../../package.json` }))
          .statusCode,
        404,
      );
      assert.equal(
        (await t.app.inject({ method: 'GET', url: `/widgets/${info.build}/%2e%2e/secret.js` }))
          .statusCode,
        404,
      );
    });
  });
}
