/**
 * Series in the spreadsheets: readable columns in events.csv and a table of changed meetings
 * (occurrences.csv); export → import is a no-op, and a bad cell is reported at its file, row
 * and column in Russian.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import {
  buildFeedFromCsv,
  buildFeedFromTables,
  formatLocation,
} from '../src/cli/csv/build-feed.ts';
import { feedToCsvFiles } from '../src/cli/csv/export-feed.ts';
import { readableRecurrence, recurrenceFromColumns } from '../src/cli/csv/recurrence-columns.ts';
import { type FeedEvent, parseFeed } from '../src/index.ts';
import { feedToWorkbook, workbookToTables } from '../src/xlsx/workbook.ts';
import { sampleFeed } from './cli-helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (files: Map<string, string>) =>
  new Map([...files].map(([name, text]) => [name, utf8(text)]));

function seriesFeed() {
  const feed = sampleFeed() as { events: FeedEvent[] } & Record<string, unknown>;
  const [first, ...rest] = feed.events;
  const series: FeedEvent = {
    ...first!,
    id: 'rmo-series',
    start: '2026-09-08T15:00:00+03:00',
    end: '2026-09-08T17:00:00+03:00',
    recurrence: {
      rule: 'FREQ=MONTHLY;BYMONTH=9,10,11,12,1,2,3,4,5;BYDAY=2TU;UNTIL=20270525',
      except: ['2027-01-12'],
      changes: [
        { date: '2026-11-10', status: 'cancelled', statusNote: 'Перенос на каникулы' },
        {
          date: '2026-12-08',
          start: '2026-12-09T10:00:00+03:00',
          venue: { address: 'ул. Ленина, 3', room: 'каб. 5' },
        },
      ],
    },
  };
  const webinar: FeedEvent = {
    ...first!,
    id: 'webinar-series',
    start: '2026-10-06T15:00:00+03:00',
    recurrence: { rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=12' },
  };
  delete webinar.end;
  feed.events = [first!, series, webinar, ...rest];
  return feed;
}

describe('series in the spreadsheets', () => {
  test('readable columns say the rule in words and read back into the same rule', () => {
    const cells = readableRecurrence({
      rule: 'FREQ=MONTHLY;INTERVAL=2;BYMONTH=9,10,11,12,1,2,3,4,5;BYMONTHDAY=1,-1;UNTIL=20270525',
      except: ['2027-01-12', '2027-02-23'],
    });
    assert.deepEqual(cells, {
      repeat: 'ежемесячно',
      interval: '2',
      monthDays: '1, -1',
      months: 'сен, окт, ноя, дек, янв, фев, мар, апр, май',
      until: '25.05.2027',
      except: '12.01.2027, 23.02.2027',
    });
    assert.deepEqual(recurrenceFromColumns(cells), {
      recurrence: {
        rule: 'FREQ=MONTHLY;INTERVAL=2;BYMONTH=9,10,11,12,1,2,3,4,5;BYMONTHDAY=1,-1;UNTIL=20270525',
        except: ['2027-01-12', '2027-02-23'],
      },
      problems: [],
    });
    const weekly = readableRecurrence({ rule: 'FREQ=MONTHLY;BYDAY=2TU,-1FR;COUNT=9' });
    assert.deepEqual(weekly, { repeat: 'ежемесячно', weekdays: '2вт, -1пт', count: '9' });
    // What people type: capitals, English words, month numbers.
    assert.deepEqual(
      recurrenceFromColumns({ repeat: 'Еженедельно', weekdays: 'ВТ, чт', months: '9, Oct' })
        .recurrence,
      { rule: 'FREQ=WEEKLY;BYMONTH=9,10;BYDAY=TU,TH' },
    );
    // A rule the columns cannot say is kept whole.
    assert.deepEqual(readableRecurrence({ rule: 'FREQ=WEEKLY;INTERVAL=2;WKST=SU' }), {
      rule: 'FREQ=WEEKLY;INTERVAL=2;WKST=SU',
    });
  });

  test('export then build gives the same feed, series and changed meetings included', () => {
    const original = seriesFeed();
    const files = feedToCsvFiles(original);
    assert.match(
      files.get('events.csv')!,
      /recurrence\.repeat;recurrence\.interval;recurrence\.weekdays;recurrence\.monthDays;recurrence\.months;recurrence\.until;recurrence\.count;recurrence\.except/,
    );
    assert.match(
      files.get('events.csv')!,
      /;ежемесячно;;2вт;;сен, окт, ноя, дек, янв, фев, мар, апр, май;25\.05\.2027;;12\.01\.2027;/,
    );
    const occurrences = files.get('occurrences.csv')!;
    assert.match(occurrences, /^\ufeffevent;date;status;statusNote;start;end;/);
    assert.match(occurrences, /\r\nrmo-series;2026-11-10;cancelled;Перенос на каникулы;/);
    assert.match(
      occurrences,
      /\r\nrmo-series;2026-12-08;;;2026-12-09T10:00:00\+03:00;;;;ул\. Ленина, 3;каб\. 5;/,
    );
    const built = buildFeedFromCsv(bytes(files));
    assert.deepEqual(built.problems, []);
    const expected = parseFeed(original, { mode: 'strict' });
    assert.equal(expected.ok, true, JSON.stringify(expected.problems));
    assert.deepEqual(parseFeed(built.input, { mode: 'strict' }).feed, expected.feed);
    // And once more: the second export is the first.
    assert.deepEqual(feedToCsvFiles(built.input), files);
  });

  test('bad cells are reported at file, row and column, in Russian', () => {
    const files = feedToCsvFiles(seriesFeed());
    const events = files
      .get('events.csv')!
      .replace(';ежемесячно;;2вт;', ';раз в месяц;;2вторник;')
      .replace('25.05.2027', '31.02.2027');
    files.set('events.csv', events);
    files.set(
      'occurrences.csv',
      `${files.get('occurrences.csv')!}nobody;01.12.2026;cancelled;;;;;;;;;;;\r\n`,
    );
    const built = buildFeedFromCsv(bytes(files));
    assert.equal(built.ok, false);
    const where = built.problems.map((p) => `${formatLocation(p, 'ru')}: ${p.message}`);
    assert.deepEqual(
      where.filter((w) => w.includes('recurrence') || w.includes('occurrences')),
      [
        'events.csv, строка 3, столбец «recurrence.repeat»: Повтор: укажите «ежедневно», «еженедельно», «ежемесячно» или «ежегодно».',
        'events.csv, строка 3, столбец «recurrence.weekdays»: «2вторник» — не день недели: пишите пн, вт, ср, чт, пт, сб, вс; номер — перед днём: 2вт, -1пт (последняя пятница).',
        'events.csv, строка 3, столбец «recurrence.until»: «31.02.2027» — не дата: пишите 25.05.2027.',
        'occurrences.csv, строка 4, столбец «event»: Нет такого повторяющегося мероприятия: укажите id события из events.csv, у которого заполнен столбец recurrence.repeat.',
      ],
    );
  });

  test('the feed’s own checks of a series point at the readable cells and the changes’ rows', () => {
    const files = feedToCsvFiles(seriesFeed());
    // Every 5000 months: over the largest interval (an error of the rule, at its column).
    files.set(
      'events.csv',
      files.get('events.csv')!.replace(';ежемесячно;;2вт;', ';ежемесячно;5000;2вт;'),
    );
    const webinar = files.get('occurrences.csv')!;
    files.set('occurrences.csv', `${webinar}webinar-series;2026-10-07;cancelled;;;;;;;;;;;\r\n`);
    const built = buildFeedFromCsv(bytes(files));
    const where = built.problems.map((p) => `${p.severity} ${formatLocation(p, 'ru')}`);
    assert.ok(
      where.includes('error events.csv, строка 3, столбец «recurrence.interval»'),
      where.join('\n'),
    );
    // 7 October is a Wednesday: no meeting of a Tuesday-and-Thursday series (a warning there).
    assert.ok(
      where.includes('warning occurrences.csv, строка 4, столбец «date»'),
      where.join('\n'),
    );
  });

  test('the workbook: export → import is a no-op; the template has the changes sheet and a drop-down of repeats', async () => {
    const original = seriesFeed();
    const built = buildFeedFromTables(await workbookToTables(await feedToWorkbook(original)));
    assert.deepEqual(built.problems, []);
    assert.deepEqual(
      parseFeed(built.input, { mode: 'strict' }).feed,
      parseFeed(original, { mode: 'strict' }).feed,
    );
    const plain = { ...sampleFeed(), events: [] };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await feedToWorkbook(plain, { template: true })) as unknown as ArrayBuffer,
    );
    const changes = book.getWorksheet('occurrences')!;
    assert.deepEqual((changes.getRow(1).values as string[]).slice(1, 5), [
      'event',
      'date',
      'status',
      'statusNote',
    ]);
    const events = book.getWorksheet('events')!;
    const header = (events.getRow(1).values as string[]).slice(1);
    const repeat = events.getRow(2).getCell(header.indexOf('recurrence.repeat') + 1);
    assert.equal(repeat.dataValidation?.type, 'list');
    const lists = book.getWorksheet('lists')!;
    const column = (lists.getRow(1).values as string[]).indexOf('recurrence.repeat');
    assert.deepEqual(lists.getColumn(column).values.slice(1), [
      'recurrence.repeat',
      'ежедневно',
      'еженедельно',
      'ежемесячно',
      'ежегодно',
    ]);
    const guide = book.getWorksheet('Инструкция')!;
    assert.match(
      String(guide.getColumn(1).values.join('\n')),
      /recurrence\.weekdays — дни: вт, чт/,
    );
  });
});
