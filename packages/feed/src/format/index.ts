/** Formatting shared by the widgets and the CLI: dates in the publisher's zone, plurals, search. */

export { type LocalFields, localFields, zoneOffsetMinutes } from '../ics/zone.ts';
export * from './date.ts';
export { dateFormat, pluralRulesFor } from './intl-cache.ts';
export * from './plural.ts';
export * from './text.ts';
