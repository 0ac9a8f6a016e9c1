/**
 * The feed's spreadsheet layout as an Excel workbook, both ways (Node only): the department's
 * service (export, template, import) and the CLI share it, so both read and write the same book.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { REPEAT_WORDS } from '../cli/csv/recurrence-columns.ts';
import { type CsvProblem, feedToTables, type SourceTable, tableFromRecords } from '../exports.ts';
import type { Lang } from '../problems.ts';
import { EVENT_FORMATS, EVENT_KINDS, EVENT_STATUSES } from '../schema/event.ts';

/** A sheet per CSV file of the layout, named without `.csv`: `events.csv` → «events». */
const sheetName = (file: string) => file.replace(/\.csv$/, '');
const INSTRUCTIONS = 'Инструкция';
const LISTS = 'lists';

/** Columns that hold a date or date-time (formatted as dates in the template). */
const DATE_COLUMNS = /^(start|end|deadline|registration\.deadline|date|publishedAt|updatedAt)$/;

/** Fixed choices offered as drop-down lists in the template, by column. */
const CHOICES: Record<string, readonly string[]> = {
  kind: EVENT_KINDS,
  status: EVENT_STATUSES,
  format: EVENT_FORMATS,
  'recurrence.repeat': REPEAT_WORDS,
};

const GUIDE_RU = [
  'Лента методической службы в таблицах: один лист — один раздел ленты, как файлы CSV.',
  'Первая строка листа — имена столбцов (пути к полям ленты). Не переименовывайте их; пустые столбцы можно удалять.',
  'Несколько значений в одной ячейке (предметы, аудитории, объединения) — через запятую: math, phys.',
  'Списки с несколькими полями — нумерованные группы столбцов: materials.1.title, materials.1.url, materials.2.title…',
  'Даты: 25.11.2026; дата и время: 25.11.2026 10:00 — время службы (timeZone на листе publisher).',
  'Да/нет: да или нет. Многострочный текст: Alt+Enter внутри ячейки.',
  'В столбцах со справочниками (subjects, audiences…) и видами (kind, status, format) есть выпадающие списки.',
  'Повторяющееся мероприятие (заседания РМО, вебинары) — одна строка на листе events: start и end — первая встреча, recurrence.repeat — ежедневно, еженедельно, ежемесячно или ежегодно; recurrence.interval — через сколько (2 — через раз); recurrence.weekdays — дни: вт, чт; со номером — 2вт (второй вторник), -1пт (последняя пятница); recurrence.monthDays — числа: 10, -1 (последнее); recurrence.months — сен, окт, ноя…; recurrence.until — до какой даты или recurrence.count — сколько встреч; recurrence.except — даты без встречи: 12.01.2027, 23.02.2027.',
  'Отменённая или перенесённая встреча серии — строка на листе occurrences: event — id мероприятия, date — дата встречи по расписанию, status — cancelled, или новые start, end, место (venue…), statusNote — пояснение для посетителей.',
  'Загрузка в консоли («Импорт» → «Книга Excel») сначала покажет, что добавится, изменится и удалится, и все ошибки с листом, строкой и столбцом — ничего не меняется, пока вы не подтвердите.',
];
const GUIDE_EN = [
  "The methodical service's feed as tables: one sheet per part of the feed, like the CSV files.",
  'Row 1 of each sheet names the columns (paths of feed fields). Do not rename them; empty columns may be deleted.',
  'Several values in one cell (subjects, audiences, associations): separated by commas: math, phys.',
  'Lists of objects use numbered column groups: materials.1.title, materials.1.url, materials.2.title…',
  'Dates: 25.11.2026; date and time: 25.11.2026 10:00 in the service’s time zone (timeZone on the publisher sheet).',
  'Yes/no: да or нет (also true/false). Multi-line text: Alt+Enter inside a cell.',
  'Columns with taxonomies (subjects, audiences…) and kinds (kind, status, format) offer drop-down lists.',
  'A recurring event (association meetings, webinars) is one row of the events sheet: start and end are the first meeting; recurrence.repeat daily, weekly, monthly or yearly (ежедневно…ежегодно); recurrence.interval every how many (2: every other); recurrence.weekdays TU, TH, numbered 2TU (second Tuesday), -1FR (last Friday); recurrence.monthDays 10, -1 (last); recurrence.months sep, oct…; recurrence.until a last date or recurrence.count a number of meetings; recurrence.except dates without a meeting: 12.01.2027.',
  'A cancelled or moved meeting of a series is a row of the occurrences sheet: event (the event id), date (the meeting’s date by the rule), status cancelled, or a new start, end, venue; statusNote tells visitors why.',
  'Importing in the console ("Import" → "Excel workbook") first shows what would be added, changed and removed and every problem by sheet, row and column; nothing changes until you confirm.',
];

/**
 * The feed as an Excel workbook: one sheet per table of the CSV layout, every cell text (so a
 * round trip through Excel loses nothing and runs no formula), an instructions sheet in Russian.
 * `template`: also drop-down lists for taxonomies and kinds, and date columns formatted as dates.
 */
export async function feedToWorkbook(
  feed: Record<string, unknown>,
  options: { lang?: Lang; template?: boolean } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Metodika';
  const guide = workbook.addWorksheet(INSTRUCTIONS);
  guide.getColumn(1).width = 120;
  for (const line of options.lang === 'en' ? GUIDE_EN : GUIDE_RU)
    guide.addRow([line]).alignment = { wrapText: true };

  // A template shows every table, the changed meetings of series included.
  const tables = feedToTables(feed, { allTables: options.template === true });
  const taxonomies = (feed.taxonomies ?? {}) as Record<string, { id: string }[]>;
  // Hidden sheet with the ids of each taxonomy and each fixed choice, which drop-downs refer to.
  const lists = new Map<string, string>();
  if (options.template) {
    const sheet = workbook.addWorksheet(LISTS, { state: 'hidden' });
    const columns: [string, readonly string[]][] = [
      ...Object.entries(taxonomies).map(
        ([name, entries]) => [name, (entries ?? []).map((e) => e.id)] as [string, string[]],
      ),
      ...Object.entries(CHOICES),
    ];
    columns.forEach(([name, values], index) => {
      const column = sheet.getColumn(index + 1);
      column.values = [name, ...values];
      const letter = column.letter;
      if (values.length) lists.set(name, `${LISTS}!$${letter}$2:$${letter}$${values.length + 1}`);
    });
  }

  for (const [file, rows] of tables) {
    const sheet = workbook.addWorksheet(sheetName(file), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    const header = rows[0] ?? [];
    for (const row of rows) {
      const added = sheet.addRow(row);
      added.eachCell((cell) => {
        cell.numFmt = '@';
      });
    }
    sheet.getRow(1).font = { bold: true };
    header.forEach((name, index) => {
      const column = sheet.getColumn(index + 1);
      column.width = Math.min(50, Math.max(12, name.length + 2));
      if (!options.template) return;
      const last = Math.max(rows.length, 200);
      if (DATE_COLUMNS.test(name)) {
        // Dates typed here become real dates; the import turns them back into the service's time.
        for (let r = 2; r <= last; r++)
          sheet.getCell(`${column.letter}${r}`).numFmt = 'dd.mm.yyyy hh:mm';
        return;
      }
      const list = lists.get(name);
      if (!list) return;
      for (let r = 2; r <= last; r++) {
        sheet.getCell(`${column.letter}${r}`).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [list],
          // Several ids may be typed with commas, so a value outside the list is allowed.
          showErrorMessage: false,
        };
      }
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text the CSV layout expects. Excel dates are wall-clock times (exceljs gives them as UTC). */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const day = `${pad(value.getUTCDate())}.${pad(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
    const time =
      value.getUTCHours() || value.getUTCMinutes()
        ? ` ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`
        : '';
    return day + time;
  }
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value)
      return value.result === undefined || value.result === null ? '' : String(value.result);
    if ('hyperlink' in value) return String(value.hyperlink);
    return '';
  }
  return String(value);
}

/** More data rows than a department's feed ever holds in one table: the rest is not read. */
export const MAX_SHEET_ROWS = 10_000;

const READ_MESSAGES = {
  ru: {
    merged: (range: string) =>
      `Объединённые ячейки ${range}: значение есть только в первой из них. Разъедините ячейки и впишите значение в каждую.`,
    tooLong: (row: number) =>
      `На листе больше ${MAX_SHEET_ROWS.toLocaleString('ru-RU')} строк с данными: строки начиная с ${row} не прочитаны. Удалите лишние строки или разделите лист.`,
  },
  en: {
    merged: (range: string) =>
      `Merged cells ${range}: only the first of them holds the value. Unmerge them and fill in each cell.`,
    tooLong: (row: number) =>
      `The sheet has more than ${MAX_SHEET_ROWS.toLocaleString('en-US')} rows of data: rows from ${row} on were not read. Delete the extra rows or split the sheet.`,
  },
};

/** One sheet as the layout's table, with what the builder must report about the sheet itself. */
function sheetToTable(sheet: ExcelJS.Worksheet, lang: Lang): SourceTable {
  const file = `${sheet.name.trim().toLowerCase()}.csv`;
  const problems: CsvProblem[] = [];
  const width = sheet.getRow(1).cellCount;
  // Sparse, indexed by row - 1: only rows that exist are visited, so a stray cell at row
  // 1,048,576 costs nothing, and tableFromRecords keeps each row's number.
  const records: string[][] = [];
  // A merged range: exceljs gives every cell the first cell's value, which would copy it into
  // rows that never had it. Each other cell reads as empty and the range is reported once.
  const merges = new Map<string, { master: ExcelJS.Cell; last: ExcelJS.Cell }>();
  let dataRows = 0;
  sheet.eachRow((row, number) => {
    if (dataRows > MAX_SHEET_ROWS) return;
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (cell.type === ExcelJS.ValueType.Merge) {
        const merge = merges.get(cell.master.address);
        if (merge) merge.last = cell;
        else merges.set(cell.master.address, { master: cell.master, last: cell });
        cells.push('');
      } else cells.push(cellText(cell));
    }
    if (number > 1 && cells.some((text) => text.trim() !== '') && ++dataRows > MAX_SHEET_ROWS) {
      problems.push({
        file,
        row: number,
        severity: 'error',
        code: 'sheet_too_long',
        message: READ_MESSAGES[lang].tooLong(number),
      });
      return;
    }
    records[number - 1] = cells;
  });
  const header = (records[0] ?? []).map((name) => name.trim());
  for (const { master, last } of merges.values()) {
    problems.push({
      file,
      row: Number(master.row),
      column: header[Number(master.col) - 1] || undefined,
      severity: 'error',
      code: 'merged_cells',
      message: READ_MESSAGES[lang].merged(`${master.address}:${last.address}`),
    });
  }
  return { ...tableFromRecords(file, records), problems };
}

/**
 * The most a workbook may hold unpacked. exceljs keeps every cell as objects (about 1 GB for 30 MB
 * of sheet XML), and a few megabytes of upload can unpack to far more, so the service would run
 * out of memory; a department's feed is a few MB (2,000 events: 4 MB).
 */
export const MAX_WORKBOOK_BYTES = 24 * 1024 * 1024;

/** A workbook larger than MAX_WORKBOOK_BYTES unpacked; `message` says so in the language asked. */
export class WorkbookTooLargeError extends Error {
  constructor(lang: Lang) {
    super(
      lang === 'en'
        ? 'The workbook is too large: more than 24 MB of data unpacked. Delete unused sheets and rows, or split the feed.'
        : 'Книга слишком большая: больше 24 МБ данных после распаковки. Удалите лишние листы и строки или разделите ленту.',
    );
    this.name = 'WorkbookTooLargeError';
  }
}

/** Sums the unpacked sizes from the zip's directory, without unpacking anything. */
function unpackedSize(bytes: Uint8Array): number {
  let total = 0;
  unzipSync(bytes, {
    filter: (file) => {
      total += file.originalSize;
      return false;
    },
  });
  return total;
}

/**
 * Reads a workbook back into the layout's tables (the instructions and lists sheets are skipped;
 * others are reported by the builder). Merged cells and over-long sheets come back as problems
 * of their table, in `lang`; a workbook too large to read throws WorkbookTooLargeError, anything
 * that is not a workbook another error.
 */
export async function workbookToTables(
  bytes: Uint8Array,
  options: { lang?: Lang } = {},
): Promise<Map<string, SourceTable>> {
  if (unpackedSize(bytes) > MAX_WORKBOOK_BYTES)
    throw new WorkbookTooLargeError(options.lang ?? 'ru');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const tables = new Map<string, SourceTable>();
  for (const sheet of workbook.worksheets) {
    if (sheet.name === INSTRUCTIONS || sheet.name === LISTS) continue;
    const table = sheetToTable(sheet, options.lang ?? 'ru');
    tables.set(table.file, table);
  }
  return tables;
}
