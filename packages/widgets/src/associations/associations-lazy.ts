import { lazyPart } from '../base/lazy-part.ts';

/**
 * The rhythm and next meetings of series (associations-series.ts), fetched only for a feed that
 * has recurring events: a directory of a feed without any loads none of it. The cards are drawn
 * without it and fill in their rhythm when it arrives.
 */
export const series = lazyPart(() => import('./associations-series.ts'));
