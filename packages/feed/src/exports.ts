/**
 * Server-side renderings of a feed for subscribers (Node only; the widgets never import this):
 * practices as Atom and JSON Feed, and the spreadsheet layout (CSV folders and workbooks). The
 * iCalendar writer is in the main entry (`eventsToICalendar`).
 */

export {
  buildFeedFromCsv,
  buildFeedFromTables,
  type CsvBuild,
  type CsvProblem,
  formatLocation,
  type SourceTable,
} from './cli/csv/build-feed.ts';
export { feedToCsvFiles, feedToTables } from './cli/csv/export-feed.ts';
export { columnTemplate } from './cli/csv/fields.ts';
export {
  COLLECTION_FILES,
  collectionSchemas,
  FILES,
  TAXONOMY_COLUMNS,
  TOPIC_COLUMNS,
} from './cli/csv/layout.ts';
export { tableFromRecords } from './cli/csv/table.ts';
export { practicesToAtom, practicesToJsonFeed } from './cli/feeds.ts';
export { formatOffset, zonedTimeToEpoch, zoneOffsetMinutes } from './ics/zone.ts';
