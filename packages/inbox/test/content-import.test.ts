/**
 * Imports into the console as a department would make them: the demo workbook, broken workbooks
 * and a Windows-1251 CSV folder. Each problem must come back at its sheet, row and column, and a
 * dry run must leave the draft and the published feed exactly as they were.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { feedToWorkbook } from '@metodika/feed/xlsx';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { startApp, type TestApp } from './helpers.ts';
import { addUser, StaffClient } from './staff-client.ts';

const DEMO = new URL('../../../demo/feeds/', import.meta.url);
const demoFeed = () =>
  JSON.parse(readFileSync(new URL('kuznetsk.json', DEMO), 'utf8')) as Record<string, unknown>;
/** The demo feed's tables as the CSV files the repository keeps next to it. */
const CSV_FOLDER = new URL('csv/kuznetsk/', DEMO);

interface Problem {
  table: string;
  row: number | null;
  column: string | null;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}
interface Change {
  id: string;
  label: string;
  fields?: string[];
}
interface DryRun {
  applied: boolean;
  ok: boolean;
  problems: Problem[];
  diff: {
    same: boolean;
    collections: Record<string, { added: Change[]; changed: Change[]; removed: Change[] }>;
  };
}

/** Windows-1251 bytes of a text, from the platform's own decoder's table (no encoder exists). */
function toCp1251(text: string): Buffer {
  const decoder = new TextDecoder('windows-1251');
  const bytes = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) bytes.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from(
    [...text].map((char) => {
      const byte = bytes.get(char);
      if (byte === undefined) throw new Error(`no Windows-1251 byte for ${char}`);
      return byte;
    }),
  );
}

/** A sheet's column number by its header name. */
function column(sheet: ExcelJS.Worksheet, name: string): number {
  const index = (sheet.getRow(1).values as unknown[]).map(String).indexOf(name);
  assert.ok(index > 0, `column ${name}`);
  return index;
}

describe('importing spreadsheets into the console', () => {
  let t: TestApp;
  let editor: StaffClient;
  let demoBook: Buffer;
  /** The state every dry run must leave alone. */
  let before_: { revision: number; document: unknown; etag: unknown };

  const snapshot = async () => {
    const draft = (await editor.get('/admin/api/content/draft')).json();
    const feed = await t.app.inject({ method: 'GET', url: '/feed.json' });
    return { revision: draft.revision, document: draft.document, etag: feed.headers.etag };
  };

  /** The demo workbook after `edit`, imported as a dry run; asserts that nothing changed. */
  const dryRunBook = async (edit: (book: ExcelJS.Workbook) => void): Promise<DryRun> => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(demoBook as unknown as ArrayBuffer);
    edit(book);
    const file = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    return dryRun('/admin/api/content/import/xlsx', { file });
  };

  const dryRun = async (url: string, body: Record<string, unknown>): Promise<DryRun> => {
    const response = await editor.post(url, { ...body, dryRun: true, revision: before_.revision });
    assert.equal(response.statusCode, 200, response.body.slice(0, 500));
    const result = response.json() as DryRun;
    assert.equal(result.applied, false);
    assert.deepEqual(await snapshot(), before_, 'a dry run changes neither draft nor feed');
    return result;
  };

  /** The one problem at that cell; its message starts with the place, in Russian. */
  const problemAt = (result: DryRun, table: string, row: number, columnName: string) => {
    const found = result.problems.filter(
      (p) => p.table === table && p.row === row && p.column === columnName,
    );
    assert.equal(found.length, 1, JSON.stringify(result.problems.slice(0, 8), null, 1));
    assert.ok(
      found[0]!.message.startsWith(`лист «${table}», строка ${row}, столбец «${columnName}»: `),
      found[0]!.message,
    );
    return found[0]!;
  };

  before(async () => {
    t = await startApp();
    await addUser(t.store, { email: 'editor@rmc.example.ru', name: 'Редактор', role: 'editor' });
    editor = new StaffClient(t.app);
    await editor.login('editor@rmc.example.ru');
    const imported = await editor.post('/admin/api/content/import', {
      document: demoFeed(),
      dryRun: false,
      revision: 0,
    });
    assert.equal(imported.json().applied, true);
    assert.equal((await editor.post('/admin/api/content/publish', {})).statusCode, 201);
    demoBook = await feedToWorkbook(demoFeed());
    before_ = await snapshot();
  });
  after(() => t.close());

  test('the demo workbook imports as the published feed: nothing to add, change or remove', async () => {
    const result = await dryRunBook(() => {});
    assert.deepEqual(result.problems, []);
    assert.equal(result.ok, true);
    assert.equal(result.diff.same, true);
  });

  test('Excel round trip: the exported draft imported back leaves the draft as it was', async () => {
    const exported = await editor.get('/admin/api/content/export.xlsx');
    assert.equal(exported.statusCode, 200);
    const applied = (
      await editor.post('/admin/api/content/import/xlsx', {
        file: exported.rawPayload.toString('base64'),
        dryRun: false,
        revision: before_.revision,
      })
    ).json();
    assert.equal(applied.applied, true);
    assert.deepEqual(applied.problems, []);
    const previous = before_;
    // Later tests compare with the state after this import, whatever this test finds.
    before_ = await snapshot();
    assert.equal(before_.revision, previous.revision + 1, 'the import was saved');
    // `$schema` is the JSON file's hint for editors (here a path in this repository), not
    // content: the workbook has no place for it, and the served feed is better without it.
    const { $schema, ...content } = previous.document as Record<string, unknown>;
    assert.equal(typeof $schema, 'string');
    assert.deepEqual(before_.document, content, 'every field survived the workbook');
  });

  test('wrong and ambiguous dates are reported at their cells', async () => {
    const result = await dryRunBook((book) => {
      const events = book.getWorksheet('events')!;
      events.getRow(2).getCell(column(events, 'start')).value = '31.02.2027 10:00';
      events.getRow(3).getCell(column(events, 'start')).value = '03/04/2027';
      events.getRow(4).getCell(column(events, 'start')).value = '1.2.27';
      // A date Excel turned into its serial number when the column lost its format.
      events.getRow(5).getCell(column(events, 'start')).value = 46351;
    });
    assert.equal(result.ok, false);
    for (const row of [2, 3, 4, 5]) {
      const problem = problemAt(result, 'events', row, 'start');
      assert.equal(problem.severity, 'error');
      assert.match(problem.message, /Укажите дату/);
    }
  });

  test('unknown taxonomy ids, dangling references and duplicate ids are reported at their cells', async () => {
    let firstId = '';
    const result = await dryRunBook((book) => {
      const events = book.getWorksheet('events')!;
      events.getRow(2).getCell(column(events, 'subjects')).value = 'math, astrology';
      events.getRow(3).getCell(column(events, 'responsible')).value = 'nobody';
      firstId = String(events.getRow(2).getCell(column(events, 'id')).value);
      events.getRow(4).getCell(column(events, 'id')).value = firstId;
      const associations = book.getWorksheet('associations')!;
      associations.getRow(2).getCell(column(associations, 'leader')).value = 'ghost';
    });
    assert.equal(result.ok, false);
    assert.match(problemAt(result, 'events', 2, 'subjects').message, /«astrology»/);
    assert.match(problemAt(result, 'events', 3, 'responsible').message, /«nobody».*people/);
    const duplicate = problemAt(result, 'events', 4, 'id');
    assert.equal(duplicate.code, 'duplicate_id');
    assert.ok(duplicate.message.includes(firstId), duplicate.message);
    assert.match(problemAt(result, 'associations', 2, 'leader').message, /«ghost»/);
  });

  test('merged cells are reported, and their value is not copied into the other rows', async () => {
    let title = '';
    const result = await dryRunBook((book) => {
      const events = book.getWorksheet('events')!;
      const at = column(events, 'title');
      title = String(events.getRow(2).getCell(at).value);
      events.mergeCells(2, at, 4, at);
    });
    const merged = problemAt(result, 'events', 2, 'title');
    assert.equal(merged.code, 'merged_cells');
    assert.match(merged.message, /Объединённые ячейки [A-Z]+2:[A-Z]+4/);
    // Rows 3 and 4 lost their titles to the merge: said at their cells, not replaced by row 2's.
    for (const row of [3, 4])
      assert.equal(problemAt(result, 'events', row, 'title').code, 'required');
    const renamed = result.diff.collections.events!.changed.filter((c) => c.label === title);
    assert.deepEqual(renamed, []);
  });

  test('an emptied sheet is a warning at the sheet; the dry run shows what it would remove', async () => {
    const result = await dryRunBook((book) => {
      book.removeWorksheet(book.getWorksheet('events')!.id);
      book.addWorksheet('events');
    });
    const empty = result.problems.find((p) => p.table === 'events' && p.code === 'empty_table');
    assert.ok(empty, JSON.stringify(result.problems.slice(0, 3)));
    assert.equal(empty.severity, 'warning');
    assert.match(empty.message, /^лист «events»: Таблица пуста/);
    const events = (before_.document as { events: unknown[] }).events;
    assert.equal(result.diff.collections.events!.removed.length, events.length);
  });

  test('a huge sheet: a stray cell far below is read at its row, and too many rows are refused at the first one not read', async () => {
    const stray = await dryRunBook((book) => {
      const events = book.getWorksheet('events')!;
      events.getRow(1_000_000).getCell(column(events, 'id')).value = 'x';
    });
    assert.equal(problemAt(stray, 'events', 1_000_000, 'title').code, 'required');

    const long = await dryRunBook((book) => {
      const events = book.getWorksheet('events')!;
      const [id, title, kind, start] = ['id', 'title', 'kind', 'start'].map((n) =>
        column(events, n),
      );
      for (let i = 0; i < 10_050; i++) {
        const row = events.getRow(events.rowCount + 1);
        row.getCell(id!).value = `generated-${i}`;
        row.getCell(title!).value = `Семинар ${i}`;
        row.getCell(kind!).value = 'seminar';
        row.getCell(start!).value = '2027-03-01';
      }
    });
    const tooLong = long.problems.filter((p) => p.code === 'sheet_too_long');
    assert.equal(tooLong.length, 1);
    assert.equal(tooLong[0]!.table, 'events');
    // 48 demo events from row 2, then generated ones: the 10,001st row of data is row 10,002.
    assert.equal(tooLong[0]!.row, 10_002);
    assert.match(tooLong[0]!.message, /больше 10\s000 строк/);
    assert.equal(long.ok, false);

    // A few kilobytes that unpack to 40 MB: refused before exceljs builds its cells.
    const bomb = zipSync(
      { 'xl/worksheets/sheet1.xml': new Uint8Array(40 * 1024 * 1024).fill(0x20) },
      { level: 9 },
    );
    assert.ok(bomb.length < 200_000, `${bomb.length} bytes`);
    const refused = await editor.post('/admin/api/content/import/xlsx', {
      file: Buffer.from(bomb).toString('base64'),
      dryRun: true,
      revision: before_.revision,
    });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.json().fields.file, /^Книга слишком большая/);
    assert.deepEqual(await snapshot(), before_);
  });

  test('a CSV folder saved by Excel in Windows-1251 imports like the UTF-8 one; a bad cell is named', async () => {
    const names = readdirSync(CSV_FOLDER).filter((name) => name.endsWith('.csv'));
    const text = (name: string) =>
      readFileSync(new URL(name, CSV_FOLDER), 'utf8').replace(/^\uFEFF/, '');
    const files = (edit: (name: string, content: string) => string = (_, c) => c) =>
      names.map((name) => ({
        name,
        content: toCp1251(edit(name, text(name))).toString('base64'),
      }));
    const same = await dryRun('/admin/api/content/import/csv', { files: files() });
    assert.deepEqual(same.problems, []);
    assert.equal(same.diff.same, true, 'Cyrillic decoded exactly');

    const [firstTitle] = demoFeed().events as { title: string }[];
    const renamed = await dryRun('/admin/api/content/import/csv', {
      files: files((name, content) =>
        name === 'events.csv'
          ? content
              .replace(firstTitle!.title, 'Совет методистов — перенесён')
              .replace('seminar;', 'семинар;')
          : content,
      ),
    });
    assert.ok(
      renamed.diff.collections.events!.changed.some(
        (c) => c.label === 'Совет методистов — перенесён',
      ),
      JSON.stringify(renamed.diff.collections.events!.changed),
    );
    const kind = renamed.problems.find((p) => p.table === 'events.csv' && p.column === 'kind');
    assert.ok(kind, JSON.stringify(renamed.problems.slice(0, 3)));
    assert.match(kind.message, /^events\.csv, строка \d+, столбец «kind»: /);
  });
});
