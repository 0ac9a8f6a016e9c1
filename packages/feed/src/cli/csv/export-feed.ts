import type * as z from 'zod/mini';
import type { FeedEvent } from '../../schema/event.ts';
import { COLLECTION_NAMES } from '../../schema/feed.ts';
import { columnTemplate } from './fields.ts';
import {
  COLLECTION_FILES,
  collectionSchemas,
  FILES,
  KEY_VALUE_HEADER,
  TAXONOMY_COLUMNS,
  TOPIC_COLUMNS,
} from './layout.ts';
import { objectToCells } from './record.ts';
import {
  eventRowSchema,
  OCCURRENCES_FILE,
  occurrenceRowSchema,
  readableRecurrence,
} from './recurrence-columns.ts';

const SEPARATOR = ';';

/** An event with its recurrence in the readable columns (recurrence-columns.ts). */
function readableEvent(item: unknown): unknown {
  const event = item as FeedEvent;
  if (!event.recurrence) return event;
  return { ...event, recurrence: readableRecurrence(event.recurrence) };
}

/** The rows of occurrences.csv for one event: its changed meetings. */
function occurrenceRows(item: unknown): unknown[] {
  const event = item as FeedEvent;
  return (event.recurrence?.changes ?? []).map((change) => ({ event: event.id, ...change }));
}

function quote(value: string): string {
  return /[;"\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV text as Excel in a Russian locale opens it with a double click: UTF-8 with a BOM (without
 * it Excel assumes cp1251), `;` between cells, CRLF line ends.
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\ufeff${rows.map((row) => row.map(quote).join(SEPARATOR)).join('\r\n')}\r\n`;
}

/** Orders columns as the schema lists fields, numbered groups kept together: m.1.title, m.1.url, m.2.title. */
function orderColumns(used: readonly string[], template: readonly string[]): string[] {
  const patternOf = (column: string) => column.replace(/\.\d+(?=\.|$)/g, '.#');
  const key = (column: string, appearance: number): [number, number, number] => {
    const pattern = patternOf(column);
    let index = template.indexOf(pattern);
    if (index === -1) index = template.length + appearance;
    const number = /\.(\d+)(?=\.|$)/.exec(column);
    if (!number) return [index, 0, index];
    const group = pattern.slice(0, pattern.indexOf('.#') + 2);
    const groupIndex = template.findIndex((entry) => entry.startsWith(group));
    return [groupIndex === -1 ? index : groupIndex, Number(number[1]), index];
  };
  const keyed = used.map((column, i) => ({ column, key: key(column, i) }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  return keyed.map((entry) => entry.column);
}

function itemTable(items: readonly unknown[], schema: z.core.$ZodType): string[][] {
  const template = columnTemplate(schema);
  const rows = items.map((item) => new Map(objectToCells(item)));
  // Every field of the schema gets a column, filled or not, so the table shows what can be said;
  // each numbered group appears as often as the fullest item needs (at least once).
  const used = new Set<string>();
  for (const row of rows) for (const column of row.keys()) used.add(column);
  const groups = new Map<string, number>();
  for (const column of used) {
    const match = /^(.+?)\.(\d+)\./.exec(column);
    if (match) groups.set(match[1]!, Math.max(groups.get(match[1]!) ?? 1, Number(match[2])));
  }
  for (const column of template) {
    const group = /^(.+?)\.#\./.exec(column)?.[1];
    const count = group ? (groups.get(group) ?? 1) : 1;
    for (let n = 1; n <= count; n++) used.add(column.replace('#', String(n)));
  }
  const header = orderColumns([...used], template);
  return [header, ...rows.map((row) => header.map((column) => row.get(column) ?? ''))];
}

function keyValueTable(entries: readonly [string, string][]): string[][] {
  return [[...KEY_VALUE_HEADER], ...entries.map(([key, value]) => [key, value])];
}

/** A feed as the CSV folder `metodika build` reads back: file name → file text. */
export function feedToCsvFiles(feed: Record<string, unknown>): Map<string, string> {
  return new Map([...feedToTables(feed)].map(([name, rows]) => [name, csvText(rows)]));
}

/** A feed as tables of cell text (the header first), named like the CSV files: a workbook's sheets. */
export function feedToTables(
  feed: Record<string, unknown>,
  options: { allTables?: boolean } = {},
): Map<string, string[][]> {
  const files = new Map<string, string[][]>();
  const header: [string, string][] = [
    ...objectToCells({ version: feed.version, generatedAt: feed.generatedAt }),
    ...objectToCells(feed.publisher),
  ];
  files.set(FILES.publisher, keyValueTable(header));

  const taxonomyRows: string[][] = [[...TAXONOMY_COLUMNS]];
  const taxonomies = (feed.taxonomies ?? {}) as Record<string, Record<string, unknown>[]>;
  for (const [taxonomy, entries] of Object.entries(taxonomies)) {
    for (const entry of entries ?? []) {
      taxonomyRows.push([
        taxonomy,
        ...TAXONOMY_COLUMNS.slice(1).map((column) => String(entry[column] ?? '')),
      ]);
    }
  }
  files.set(FILES.taxonomies, taxonomyRows);

  const consultation = feed.consultation as Record<string, unknown> | undefined;
  if (consultation) {
    const { topics, ...settings } = consultation;
    files.set(FILES.consultation, keyValueTable(objectToCells(settings)));
    const topicRows = ((topics ?? []) as Record<string, unknown>[]).map((topic) =>
      TOPIC_COLUMNS.map((column) => String(topic[column] ?? '')),
    );
    files.set(FILES.topics, [[...TOPIC_COLUMNS], ...topicRows]);
  }

  for (const name of COLLECTION_NAMES) {
    const items = Array.isArray(feed[name]) ? (feed[name] as unknown[]) : [];
    if (name === 'events') {
      files.set(COLLECTION_FILES.events, itemTable(items.map(readableEvent), eventRowSchema));
      // Changed meetings of series: a table of their own, when the feed has series (or a
      // template asks for every table).
      const changes = items.flatMap(occurrenceRows);
      if (options.allTables || items.some((item) => (item as FeedEvent).recurrence))
        files.set(OCCURRENCES_FILE, itemTable(changes, occurrenceRowSchema));
    } else files.set(COLLECTION_FILES[name], itemTable(items, collectionSchemas[name]));
  }
  return files;
}
