// The workbook format lives with the feed's spreadsheet layout, shared with the CLI.
export { feedToWorkbook, WorkbookTooLargeError, workbookToTables } from '@metodika/feed/xlsx';
