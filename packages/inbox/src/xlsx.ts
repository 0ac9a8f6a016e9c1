import type { Lang } from '@metodika/feed';
import ExcelJS from 'exceljs';
import { COLUMNS } from './csv.ts';
import type { StoredRequest } from './store/types.ts';

/**
 * The same columns as the CSV, as a real workbook (exceljs). Every value is written as a text
 * cell in the text format, never as a formula, so a teacher's "=HYPERLINK(…)" stays inert text.
 */
export async function toXlsx(
  records: StoredRequest[],
  timeZone: string,
  lang: Lang = 'ru',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Metodika';
  const sheet = workbook.addWorksheet(lang === 'en' ? 'Requests' : 'Заявки', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((column) => ({
    header: column[lang],
    width: Math.min(60, Math.max(12, column[lang].length + 4)),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const record of records) {
    const row = sheet.addRow(
      COLUMNS.map((column) => {
        const value = column.value(record, timeZone);
        return value === undefined || value === null ? '' : String(value);
      }),
    );
    // Text cells are never evaluated; the text format ("@") keeps Excel from turning "=…" into a
    // formula even when someone edits the cell later.
    row.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
