import { parse } from 'csv-parse/sync';
import { type CsvEncoding, decodeCsv } from './decode.ts';

/** One data row: cells by column name, and the row number a spreadsheet shows (header = 1). */
export interface TableRow {
  row: number;
  cells: [column: string, value: string][];
}

/** A decoded, parsed CSV file. */
export interface Table {
  file: string;
  header: string[];
  rows: TableRow[];
  separator: string;
  encoding: CsvEncoding;
}

const SEPARATORS = [';', ',', '\t'] as const;

/** Picks the separator that splits the header line into the most columns (quotes respected). */
export function detectSeparator(text: string): string {
  let line = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted) line += char;
  }
  let best: string = ';';
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = line.split(separator).length - 1;
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best;
}

/** Parses a CSV file (UTF-8 with or without BOM, or Windows-1251; `;`, `,` or tab separated). */
export function readTable(file: string, bytes: Uint8Array): Table {
  const { text, encoding } = decodeCsv(bytes);
  const separator = detectSeparator(text);
  // Empty lines stay in (skip_empty_lines: false) so record i is spreadsheet row i + 1.
  const records = parse(text, {
    delimiter: separator,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  return { ...tableFromRecords(file, records), separator, encoding };
}

/**
 * A table from rows of cell text, the first being the header: what a CSV file or a spreadsheet
 * sheet reads as. Row numbers are the spreadsheet's (header = row 1); empty rows are skipped.
 */
export function tableFromRecords(
  file: string,
  records: readonly (readonly string[])[],
): Omit<Table, 'separator' | 'encoding'> {
  const header = (records[0] ?? []).map((name) => name.trim());
  const rows: TableRow[] = [];
  records.slice(1).forEach((record, index) => {
    const cells: [string, string][] = [];
    record.forEach((value, column) => {
      const name = header[column];
      if (name && value.trim() !== '') cells.push([name, value]);
    });
    if (cells.length > 0) rows.push({ row: index + 2, cells });
  });
  return { file, header, rows };
}
