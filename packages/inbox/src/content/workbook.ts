// The workbook format lives with the feed's spreadsheet layout, shared with the CLI.
export { feedToWorkbook, workbookToTables } from '@metodika/feed/xlsx';
