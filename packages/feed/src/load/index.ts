export * from './errors.ts';
export { type LoadOptions, loadFeed, loadFeeds } from './load.ts';
export { type LoadedFeed, toFeedView } from './merge.ts';
export { parseSrcList, resolveFeedUrl } from './src-list.ts';
