import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { runCli, sampleFeed, tempDir, writeTemp } from './cli-helpers.ts';

let dir: string;
before(async () => {
  dir = await tempDir();
});

async function loadBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

describe('metodika xlsx + build', () => {
  test('a feed exported to a workbook builds back into the feed as written', async () => {
    const source = await writeTemp(dir, 'source.json', sampleFeed());
    const book = join(dir, 'feed.xlsx');
    const exported = await runCli(['xlsx', source, '-o', book]);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /Записано: .*feed\.xlsx \(3 мероприятия\)/);
    const sheets = (await loadBook(book)).worksheets.map((sheet) => sheet.name);
    assert.equal(sheets[0], 'Инструкция');
    assert.ok(sheets.includes('events') && sheets.includes('publisher'), sheets.join());

    const output = join(dir, 'built.json');
    const built = await runCli(['build', book, '-o', output]);
    assert.equal(built.code, 0, built.stdout + built.stderr);
    assert.match(built.stdout, /Лента в порядке\.\nЗаписано: .*built\.json \(3 мероприятия\)/);
    assert.deepEqual(JSON.parse(await readFile(output, 'utf8')), sampleFeed());
  });

  test('a bad cell is named by sheet, row and column, exit 1, and nothing is written', async () => {
    const book = join(dir, 'broken.xlsx');
    await runCli(['xlsx', await writeTemp(dir, 'source2.json', sampleFeed()), '-o', book]);
    const workbook = await loadBook(book);
    const events = workbook.getWorksheet('events')!;
    const header = (events.getRow(1).values as unknown[]).map(String);
    const start = header.indexOf('start');
    assert.equal(events.getRow(3).getCell(start).value, '2026-12-01');
    events.getRow(3).getCell(start).value = '2026-12-41';
    await workbook.xlsx.writeFile(book);

    const output = join(dir, 'never.json');
    const run = await runCli(['build', book, '-o', output, '--lang', 'en']);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /✖ sheet "events", row 3, column "start": Write a date/);
    assert.match(run.stdout, /Nothing written/);
    await assert.rejects(access(output));
  });

  test('--template: drop-down lists on a hidden sheet and date columns formatted as dates', async () => {
    const book = join(dir, 'template.xlsx');
    const run = await runCli([
      'xlsx',
      await writeTemp(dir, 's3.json', sampleFeed()),
      '-o',
      book,
      '--template',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const workbook = await loadBook(book);
    assert.equal(workbook.getWorksheet('lists')?.state, 'hidden');
    const events = workbook.getWorksheet('events')!;
    const header = (events.getRow(1).values as unknown[]).map(String);
    const subjects = events.getRow(2).getCell(header.indexOf('subjects'));
    assert.equal(subjects.dataValidation?.type, 'list');
    assert.match(events.getRow(2).getCell(header.indexOf('start')).numFmt, /dd\.mm\.yyyy/);
  });

  test('a file that is not a workbook exits 2 and says so', async () => {
    const fake = await writeTemp(dir, 'fake.xlsx', 'not a zip');
    const run = await runCli(['build', fake]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /не книга Excel/);
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(40 << 20).fill(0x20) });
    await writeFile(join(dir, 'huge.xlsx'), bomb);
    const huge = await runCli(['build', join(dir, 'huge.xlsx')]);
    assert.equal(huge.code, 2);
    assert.match(huge.stderr, /Книга слишком большая/);
    const help = await runCli(['--help']);
    assert.match(help.stdout, /\n {2}xlsx <лента>/);
  });
});

describe('the built CLI', () => {
  // test:unit builds dist/ first; plain node cannot run TypeScript, so this runs built code only.
  test('dist/cli.js runs with plain node, without a TypeScript loader', async () => {
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    const feed = await writeTemp(dir, 'valid.json', sampleFeed());
    const ok = spawnSync(process.execPath, [cli, 'validate', feed, '--json'], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).ok, true);
    const broken = { ...sampleFeed(), events: [{ id: 'x' }] };
    await writeFile(join(dir, 'broken.json'), JSON.stringify(broken));
    const bad = spawnSync(process.execPath, [cli, 'validate', join(dir, 'broken.json'), '--json'], {
      encoding: 'utf8',
    });
    assert.equal(bad.status, 1);
    assert.ok(JSON.parse(bad.stdout).counts.errors > 0);
  });
});
