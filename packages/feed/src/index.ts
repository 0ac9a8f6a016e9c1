/**
 * @metodika/feed: the browser-safe part of the contract. The CLI lives in `src/cli/` and is
 * never imported from here, so bundles stay free of Node code.
 */
export * from './parse.ts';
export * from './problems.ts';
export * from './safe-url.ts';
export * from './schema/index.ts';
export { isKnownTimeZone } from './time-zone.ts';
