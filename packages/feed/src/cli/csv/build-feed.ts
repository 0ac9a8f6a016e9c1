import type * as z from 'zod/mini';
import { formatOffset, localFields, zoneOffsetMinutes } from '../../ics/zone.ts';
import { type ParseResult, parseFeed } from '../../parse.ts';
import { type Lang, type Problem, problemMessage, type Severity } from '../../problems.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schema/feed.ts';
import {
  COLLECTION_FILES,
  collectionSchemas,
  consultationFileSchema,
  FILES,
  publisherFileSchema,
  TAXONOMY_COLUMNS,
  TOPIC_COLUMNS,
} from './layout.ts';
import { rowToObject } from './record.ts';
import {
  eventRowSchema,
  OCCURRENCES_FILE,
  occurrenceRowSchema,
  recurrenceFromColumns,
} from './recurrence-columns.ts';
import { readTable, type Table } from './table.ts';

/**
 * A table as the builder reads it: from a CSV file or a workbook's sheet, with the problems its
 * reader found in the source itself (a workbook's merged cells, a sheet too long to read).
 */
export type SourceTable = Pick<Table, 'file' | 'header' | 'rows'> & {
  problems?: readonly CsvProblem[];
};

/** Where in the spreadsheets a problem is: file, row as the spreadsheet shows it, column. */
export interface CsvLocation {
  file: string;
  row?: number;
  column?: string;
  /** For key/value files (publisher.csv, consultation.csv) when the key's row is absent. */
  field?: string;
}

/** A feed problem, or a problem of the tables themselves, located in the CSV files. */
export interface CsvProblem extends CsvLocation {
  severity: Severity;
  code: string;
  message: string;
  /** The JSON path in the built feed, when the problem came from feed validation. */
  path?: string;
}

/** The result of building a feed from CSV files. */
export interface CsvBuild {
  /** The feed as built from the cells (what `-o` writes when there are no errors). */
  input: Record<string, unknown>;
  result: ParseResult;
  problems: CsvProblem[];
  ok: boolean;
}

const CSV_MESSAGES = {
  ru: {
    missing_file:
      'Файл не найден: без него ленту не собрать (нужны как минимум id, name и timeZone).',
    unknown_file: 'Файл пропущен: такой таблицы в ленте нет. Проверьте имя файла.',
    bad_column:
      'Неверное имя столбца: номера в составных столбцах начинаются с 1 (materials.1.title).',
    empty_table:
      'Таблица пуста: в первой строке нет имён столбцов, и этот раздел ленты окажется пустым.',
    occurrence_event:
      'Нет такого повторяющегося мероприятия: укажите id события из events.csv, у которого заполнен столбец recurrence.repeat.',
  },
  en: {
    missing_file:
      'File not found: the feed cannot be built without it (id, name and timeZone at least).',
    unknown_file: 'File ignored: the feed has no such table. Check the file name.',
    bad_column: 'Bad column name: numbers in grouped columns start at 1 (materials.1.title).',
    empty_table:
      'The table is empty: row 1 names no columns, so this part of the feed would be empty.',
    occurrence_event:
      'No such recurring event: give the id of an events.csv row whose recurrence.repeat is filled.',
  },
} as const;

type Segment = string | number;

/** `events[3].materials[0].url` → `['events', 3, 'materials', 0, 'url']`. */
function pathSegments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    out.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return out;
}

/** How to find a problem's cell: a row map per collection and per key/value file. */
interface SourceMap {
  items: Record<CollectionName, { row: number; columnFor(path: readonly Segment[]): string }[]>;
  keyRows: Record<string, Map<string, number>>;
  taxonomyRows: Map<string, number[]>;
  topicRows: number[];
  headers: Map<string, string[]>;
  /** occurrences.csv rows by event index: `events[3].recurrence.changes[1]` is `[3][1]`. */
  changeRows: Map<number, { row: number; columnFor(path: readonly Segment[]): string }[]>;
  /** Events whose rule was given raw (recurrence.rule) rather than in the readable columns. */
  rawRules: Set<number>;
}

/** Key/value files: `publisher.email` → the row whose key is `email`. */
function keyLocation(file: string, rest: readonly Segment[], map: SourceMap): CsvLocation {
  const parts: string[] = [];
  for (const segment of rest) {
    if (typeof segment === 'number') break;
    parts.push(segment);
  }
  const key = parts.join('.');
  if (!key) return { file };
  const rows = map.keyRows[file];
  const row = rows?.get(key) ?? [...(rows ?? [])].find(([k]) => k.startsWith(`${key}.`))?.[1];
  const valueColumn = map.headers.get(file)?.[1] ?? 'value';
  return row !== undefined ? { file, row, column: valueColumn } : { file, field: key };
}

function tableColumn(file: string, column: string, map: SourceMap): string {
  const header = map.headers.get(file) ?? [];
  if (header.includes(column)) return column;
  // `materials` (a whole list) → its first column, e.g. `materials.1.title`.
  return header.find((name) => name.startsWith(`${column}.`)) ?? column;
}

/** Maps a feed path back to the file, row and column the methodist edits. */
function locate(path: string, map: SourceMap, part?: unknown): CsvLocation {
  const [head, ...rest] = pathSegments(path);
  if (head === undefined || head === '(корень)') return { file: FILES.publisher };
  if (head === 'version' || head === 'generatedAt')
    return keyLocation(FILES.publisher, [head], map);
  if (head === 'publisher') return keyLocation(FILES.publisher, rest, map);
  if (head === 'taxonomies') {
    const [name, index, field] = rest;
    const rows = map.taxonomyRows.get(String(name)) ?? [];
    if (typeof index !== 'number')
      return { file: FILES.taxonomies, ...(rows[0] ? { row: rows[0], column: 'taxonomy' } : {}) };
    return {
      file: FILES.taxonomies,
      row: rows[index],
      column: typeof field === 'string' ? field : 'id',
    };
  }
  if (head === 'consultation') {
    if (rest[0] === 'topics') {
      const [, index, field] = rest;
      if (typeof index !== 'number') return { file: FILES.topics };
      return {
        file: FILES.topics,
        row: map.topicRows[index],
        column: typeof field === 'string' ? field : 'id',
      };
    }
    return keyLocation(FILES.consultation, rest, map);
  }
  const collection = head as CollectionName;
  const file = COLLECTION_FILES[collection];
  if (!file) return { file: FILES.publisher, field: String(head) };
  const [index, ...inner] = rest;
  const item = typeof index === 'number' ? map.items[collection][index] : undefined;
  if (!item) return { file };
  if (inner.length === 0) return { file, row: item.row };
  if (collection === 'events' && inner[0] === 'recurrence')
    return seriesLocation(index as number, inner, item.row, map, part);
  return { file, row: item.row, column: tableColumn(file, item.columnFor(inner), map) };
}

/** The readable column (recurrence-columns.ts) that writes each part of an RRULE. */
const RULE_PART_COLUMNS: Record<string, string> = {
  FREQ: 'repeat',
  INTERVAL: 'interval',
  BYDAY: 'weekdays',
  BYMONTHDAY: 'monthDays',
  BYMONTH: 'months',
  UNTIL: 'until',
  COUNT: 'count',
};

/**
 * A series' problem in the readable layout: a changed meeting's at its occurrences.csv row and
 * column, the rule's at the row's first readable column (or the raw rule's), dates at «except».
 */
function seriesLocation(
  index: number,
  inner: readonly Segment[],
  row: number,
  map: SourceMap,
  rulePart: unknown,
): CsvLocation {
  const file = COLLECTION_FILES.events;
  const [, part, n, ...field] = inner;
  if (part === 'changes' && typeof n === 'number') {
    const change = map.changeRows.get(index)?.[n];
    if (change)
      return {
        file: OCCURRENCES_FILE,
        row: change.row,
        column: tableColumn(OCCURRENCES_FILE, change.columnFor(field), map),
      };
  }
  if (part === 'except') return { file, row, column: 'recurrence.except' };
  if (map.rawRules.has(index)) return { file, row, column: 'recurrence.rule' };
  // A part of the rule (INTERVAL, BYDAY…) is the readable column that wrote it.
  const column = RULE_PART_COLUMNS[String(rulePart)] ?? 'repeat';
  return { file, row, column: `recurrence.${column}` };
}

function keyValueRows(table: SourceTable): {
  cells: [string, string][];
  rows: Map<string, number>;
} {
  const [keyColumn, valueColumn] = table.header;
  const cells: [string, string][] = [];
  const rows = new Map<string, number>();
  for (const row of table.rows) {
    const key = row.cells.find(([column]) => column === keyColumn)?.[1].trim();
    const value = row.cells.find(([column]) => column === valueColumn)?.[1];
    if (!key) continue;
    rows.set(key, row.row);
    if (value !== undefined) cells.push([key, value]);
  }
  return { cells, rows };
}

function pick(row: Table['rows'][number], columns: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [column, value] of row.cells) if (columns.includes(column)) out[column] = value.trim();
  return out;
}

/** «Now» in the publisher's zone, e.g. `2026-11-23T14:05:00+03:00`: a missing generatedAt. */
function nowIn(timeZone: unknown, now: Date): string {
  const epoch = Math.floor(now.getTime() / 1000) * 1000;
  try {
    const f = localFields(String(timeZone), epoch);
    const p = (n: number) => String(n).padStart(2, '0');
    const offset = formatOffset(zoneOffsetMinutes(String(timeZone), epoch));
    return `${f.year}-${p(f.month)}-${p(f.day)}T${p(f.hour)}:${p(f.minute)}:${p(f.second)}${offset}`;
  } catch {
    return new Date(epoch).toISOString().replace('.000Z', 'Z');
  }
}

/**
 * Builds a feed from the CSV files of a folder (name → bytes) and validates it strictly.
 * Every problem is located in a file, a spreadsheet row and a column.
 */
export function buildFeedFromCsv(
  files: ReadonlyMap<string, Uint8Array>,
  options: { lang?: Lang; now?: Date } = {},
): CsvBuild {
  const tables = new Map<string, SourceTable>();
  for (const [name, bytes] of files) tables.set(name, readTable(name, bytes));
  return buildFeedFromTables(tables, options);
}

/**
 * Builds a feed from tables named like the CSV files (`events.csv` → its rows), read from a
 * folder or from a workbook's sheets, and validates it strictly; problems name table, row, column.
 */
export function buildFeedFromTables(
  sources: ReadonlyMap<string, SourceTable>,
  options: { lang?: Lang; now?: Date } = {},
): CsvBuild {
  const lang = options.lang ?? 'ru';
  const problems: CsvProblem[] = [];
  const tables = new Map<string, SourceTable>();
  const known = new Set<string>([
    ...Object.values(FILES),
    ...Object.values(COLLECTION_FILES),
    OCCURRENCES_FILE,
  ]);
  for (const [name, table] of sources) {
    problems.push(...(table.problems ?? []));
    if (!known.has(name)) {
      problems.push({
        file: name,
        severity: 'warning',
        code: 'unknown_file',
        message: CSV_MESSAGES[lang].unknown_file,
      });
      continue;
    }
    // A cleared sheet would silently empty its part of the feed: said at the table.
    if (!table.header.some(Boolean)) {
      problems.push({
        file: name,
        severity: 'warning',
        code: 'empty_table',
        message: CSV_MESSAGES[lang].empty_table,
      });
    }
    tables.set(name, table);
  }
  const map: SourceMap = {
    items: Object.fromEntries(
      COLLECTION_NAMES.map((name) => [name, []]),
    ) as unknown as SourceMap['items'],
    keyRows: {},
    taxonomyRows: new Map(),
    topicRows: [],
    headers: new Map([...tables].map(([name, table]) => [name, table.header])),
    changeRows: new Map(),
    rawRules: new Set(),
  };
  const cellProblems = (
    file: string,
    row: number,
    list: { column: string; code: 'bad_column' }[],
  ) => {
    for (const p of list) {
      problems.push({
        file,
        row,
        column: p.column,
        severity: 'error',
        code: p.code,
        message: CSV_MESSAGES[lang][p.code],
      });
    }
  };

  const input: Record<string, unknown> = {};
  const publisherTable = tables.get(FILES.publisher);
  let timeZone: string | undefined;
  if (!publisherTable) {
    problems.push({
      file: FILES.publisher,
      severity: 'error',
      code: 'missing_file',
      message: CSV_MESSAGES[lang].missing_file,
    });
  } else {
    const { cells, rows } = keyValueRows(publisherTable);
    map.keyRows[FILES.publisher] = rows;
    timeZone = cells.find(([key]) => key === 'timeZone')?.[1].trim();
    const { value, problems: bad } = rowToObject(cells, publisherFileSchema, timeZone);
    cellProblems(FILES.publisher, 1, bad);
    const { version, generatedAt, ...publisher } = value;
    input.version = version ?? 1;
    input.generatedAt = generatedAt ?? nowIn(timeZone, options.now ?? new Date());
    input.publisher = publisher;
  }

  const taxonomyTable = tables.get(FILES.taxonomies);
  if (taxonomyTable) {
    const taxonomies: Record<string, Record<string, string>[]> = {};
    for (const row of taxonomyTable.rows) {
      const { taxonomy, ...entry } = pick(row, TAXONOMY_COLUMNS);
      if (!taxonomy) {
        problems.push({
          file: FILES.taxonomies,
          row: row.row,
          column: 'taxonomy',
          severity: 'error',
          code: 'required',
          message: problemMessage('required', {}, lang),
        });
        continue;
      }
      taxonomies[taxonomy] = [...(taxonomies[taxonomy] ?? []), entry];
      const rows = map.taxonomyRows.get(taxonomy) ?? [];
      map.taxonomyRows.set(taxonomy, [...rows, row.row]);
    }
    input.taxonomies = taxonomies;
  }

  const consultationTable = tables.get(FILES.consultation);
  const topicsTable = tables.get(FILES.topics);
  if (consultationTable || topicsTable) {
    let consultation: Record<string, unknown> = {};
    if (consultationTable) {
      const { cells, rows } = keyValueRows(consultationTable);
      map.keyRows[FILES.consultation] = rows;
      const built = rowToObject(cells, consultationFileSchema, timeZone);
      cellProblems(FILES.consultation, 1, built.problems);
      consultation = built.value;
    }
    if (topicsTable) {
      consultation.topics = topicsTable.rows.map((row) => {
        map.topicRows.push(row.row);
        return pick(row, TOPIC_COLUMNS);
      });
    }
    input.consultation = consultation;
  }

  /** Events whose rule could not be read: their changed meetings are not reported again. */
  const unreadSeries = new Set<unknown>();
  for (const name of COLLECTION_NAMES) {
    const table = tables.get(COLLECTION_FILES[name]);
    if (!table) continue;
    const schema: z.core.$ZodType = name === 'events' ? eventRowSchema : collectionSchemas[name];
    input[name] = table.rows.map((row) => {
      const built = rowToObject(row.cells, schema, timeZone);
      cellProblems(table.file, row.row, built.problems);
      map.items[name].push({ row: row.row, columnFor: built.columnFor });
      if (name === 'events')
        readSeries(built.value, table.file, row.row, map.items.events.length - 1);
      return built.value;
    });
  }
  const occurrences = tables.get(OCCURRENCES_FILE);
  if (occurrences) attachChanges(occurrences);

  /** The readable recurrence columns of one events.csv row into the feed's `recurrence`. */
  function readSeries(
    event: Record<string, unknown>,
    file: string,
    row: number,
    index: number,
  ): void {
    const cells = event.recurrence as Record<string, string> | undefined;
    if (!cells) return;
    const read = recurrenceFromColumns(cells, lang);
    if (read.problems.length) unreadSeries.add(event.id);
    if (cells.rule?.trim()) map.rawRules.add(index);
    for (const p of read.problems)
      problems.push({
        file,
        row,
        column: p.column,
        severity: 'error',
        code: 'recurrence',
        message: p.message,
      });
    if (read.recurrence) event.recurrence = read.recurrence;
    else delete event.recurrence;
  }

  /** occurrences.csv: each row becomes a change of its event's series. */
  function attachChanges(table: SourceTable): void {
    const list = (input.events ?? []) as Record<string, unknown>[];
    const events = new Map(list.map((e, index) => [e.id, { event: e, index }] as const));
    for (const row of table.rows) {
      const built = rowToObject(row.cells, occurrenceRowSchema, timeZone);
      cellProblems(table.file, row.row, built.problems);
      const { event: eventId, ...change } = built.value as Record<string, unknown>;
      const found = events.get(eventId);
      const recurrence = found?.event.recurrence as Record<string, unknown> | undefined;
      if (!recurrence) {
        if (unreadSeries.has(eventId)) continue;
        problems.push({
          file: table.file,
          row: row.row,
          column: 'event',
          severity: 'error',
          code: 'occurrence_event',
          message: CSV_MESSAGES[lang].occurrence_event,
        });
        continue;
      }
      recurrence.changes = [...((recurrence.changes as unknown[]) ?? []), change];
      const rows = map.changeRows.get(found!.index) ?? [];
      rows.push({ row: row.row, columnFor: built.columnFor });
      map.changeRows.set(found!.index, rows);
    }
  }

  const result = parseFeed(input, { mode: 'strict', lang });
  for (const problem of result.problems) problems.push(located(problem, map));
  const order = [...Object.values(FILES), ...Object.values(COLLECTION_FILES)] as string[];
  problems.sort((a, b) => rank(order, a.file) - rank(order, b.file) || (a.row ?? 0) - (b.row ?? 0));
  const ok = !problems.some((p) => p.severity === 'error');
  return { input, result, problems, ok };
}

function rank(order: readonly string[], file: string): number {
  const index = order.indexOf(file);
  return index === -1 ? order.length : index;
}

function located(problem: Problem, map: SourceMap): CsvProblem {
  return {
    ...locate(problem.path, map, problem.params.part),
    severity: problem.severity,
    code: problem.code,
    message: problem.message,
    path: problem.path,
  };
}

/**
 * `events.csv, строка 14, столбец «start»` / `events.csv, row 14, column "start"`; with `sheets`
 * (a workbook's tables) `лист «events», строка 14, …`.
 */
export function formatLocation(
  location: CsvLocation,
  lang: Lang,
  options: { sheets?: boolean } = {},
): string {
  const quote = (text: string) => (lang === 'ru' ? `«${text}»` : `"${text}"`);
  const sheet = location.file.replace(/\.csv$/, '');
  const parts = [
    options.sheets ? `${lang === 'ru' ? 'лист' : 'sheet'} ${quote(sheet)}` : location.file,
  ];
  if (location.row !== undefined) parts.push(`${lang === 'ru' ? 'строка' : 'row'} ${location.row}`);
  if (location.column !== undefined)
    parts.push(`${lang === 'ru' ? 'столбец' : 'column'} ${quote(location.column)}`);
  if (location.field !== undefined)
    parts.push(`${lang === 'ru' ? 'поле' : 'field'} ${quote(location.field)}`);
  return parts.join(', ');
}
