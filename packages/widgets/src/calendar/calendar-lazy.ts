import { type LazyPart, lazyPart, prefetchWhenIdle } from '../base/lazy-part.ts';

/** The calendar's lazy chunk (calendar-extras.ts): loaded once, shared by every calendar. */
export type CalendarExtras = typeof import('./calendar-extras.ts');

const part = lazyPart(() => import('./calendar-extras.ts'));

/** The extras if they have arrived, else undefined (use `loadExtras` to wait for them). */
export const extras = part.get;

/** Loads the extras (once); a failed load may be retried by the next call. */
export const loadExtras = part.load;

/**
 * The expansion of recurring events (calendar-series.ts), fetched only for a feed that has some:
 * a calendar of single events loads none of it.
 */
export const series = lazyPart(() => import('./calendar-series.ts'));

/**
 * A series' rhythm in words (calendar-rhythm.ts: the rule's words in two languages), which only
 * a meeting's details show: fetched after the calendar has drawn its meetings.
 */
export const rhythmWords = lazyPart(() => import('./calendar-rhythm.ts'));

/** What the calendar draws its full view with (calendar-full.ts). */
export type FullPart = Pick<
  typeof import('./calendar-full.ts'),
  'renderFull' | 'FullCalendar' | 'fullStyles'
>;

const fullImport = lazyPart<FullPart>(() => import('./calendar-full.ts'));
let arrived: FullPart | undefined;

/**
 * Called by calendar-full.ts as it is evaluated. The script tag's loader imports that module, with
 * the element, for a calendar without `limit`: the element then draws its view at its first
 * render instead of after an `import()` of a module already there (a frame of skeleton).
 */
export function fullArrived(part: FullPart): void {
  arrived = part;
}

/** The full calendar's view (navigation, month grid, agenda, their styles): the strip never needs it. */
export const fullView: LazyPart<FullPart> = {
  get: () => arrived ?? fullImport.get(),
  load: () => (arrived ? Promise.resolve(arrived) : fullImport.load()),
};

/** The view and the expansion of recurring events, for a full calendar of a feed with series. */
const fullWithSeries: LazyPart<unknown> = {
  get: () => (fullView.get() && series.get() ? true : undefined),
  load: () => Promise.all([fullView.load(), series.load()]),
};

/** The part a calendar waits for before it draws (its skeleton stays until then), or false. */
export function neededPart(strip: boolean, recurring: boolean): LazyPart<unknown> | false {
  if (strip) return recurring && series;
  return recurring ? fullWithSeries : fullView;
}

/** Fetches a part (by default the extras) when idle, so opening a dialog never waits for the network. */
export function prefetch(lazy: LazyPart<unknown> = part): void {
  prefetchWhenIdle(lazy);
}
