import {
  addDays,
  addMonths,
  type DayKey,
  type FeedView,
  formatDay,
  plural,
  queryWords,
} from '@metodika/feed';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { CollectionController, FacetLabels } from '../base/collection/collection.ts';
import { facetOptions } from '../base/collection/filter-bar.ts';
import { openDialog } from '../base/dialog.ts';
import { type Facet, filterItems } from '../base/filters.ts';
import { NarrowController } from '../base/narrow-controller.ts';
import { PrintController } from '../base/print-controller.ts';
import { series } from './calendar-lazy.ts';
import {
  byStart,
  type CalendarEvent,
  FACET_KEYS,
  isSeries,
  lastsUntil,
  monthEnd,
  monthOf,
  overlaps,
  prepareEvents,
} from './calendar-model.ts';
import type { CalendarContext } from './calendar-status.ts';
import { eventsByDay } from './calendar-weeks.ts';

/**
 * The full calendar's own state and actions — the month shown and how the visitor moves through
 * it, the grid's focus, the day dialog, what the live region says, the entries of the shown weeks
 * and the facets' counts — in its lazy part (calendar-full.ts) with the view that draws them: the
 * home page's strip has none of it. The element keeps what the strip shares and the hash holds.
 */

/** How the calendar shows the month. */
export type CalendarView = 'month' | 'agenda';

/** Narrower than this many em, the agenda is the default view. */
const NARROW_EM = 40;

/** What the full view reads from the element and asks of it. */
export interface FullHost {
  readonly browse: CollectionController;
  /** The words, language and today the drawing functions read. */
  context(): CalendarContext;
  /** The ids each facet knows, with their labels. */
  labels(view: FeedView): FacetLabels;
  /** The month shown (its first day), the visitor's choice of view: both kept in the hash. */
  month: DayKey;
  chosenView: CalendarView | undefined;
  /** The `view` attribute. */
  readonly viewAttribute: string;
  /** A landmark's name, unique on the page. */
  uniqueName(name: string): string;
  /** The events page's link and the details dialog, after the view. */
  footer(view: FeedView): TemplateResult;
  /** Where focus goes when what opened a dialog is gone. */
  fallbackFocus(): HTMLElement | null;
}

/** The full calendar's state over its element (`host`), which it asks to redraw on every change. */
export class FullCalendar {
  /** The grid's focusable day. */
  focusDay = '';
  /** The day whose dialog is open ('' when none). */
  dayList = '';
  /** Said by the polite live region (the month and its count after a change). */
  announcement = '';
  private focusAfterRender = false;
  private readonly width: NarrowController;
  private readonly print: PrintController;
  private facetCache:
    | { view: FeedView; locale: string; preset: string; facets: Facet[] }
    | undefined;
  private filterCache: { view: FeedView; key: string; items: CalendarEvent[] } | undefined;
  /** The last `shown` list: the same filter result, expansion and days give it again. */
  private shownCache:
    | {
        filtered: CalendarEvent[];
        part: unknown;
        from: DayKey;
        to: DayKey;
        items: CalendarEvent[];
      }
    | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly el: FullHost,
  ) {
    // Measured now, for the first draw.
    this.width = new NarrowController(host, NARROW_EM);
    this.width.measure();
    this.print = new PrintController(host);
  }

  /** The view in use: the visitor's choice, the `view` attribute, or by width (agenda in print). */
  get currentView(): CalendarView {
    if (this.print.printing) return 'agenda';
    if (this.el.chosenView) return this.el.chosenView;
    const attribute = this.el.viewAttribute;
    if (attribute === 'month' || attribute === 'agenda') return attribute;
    return this.width.narrow ? 'agenda' : 'month';
  }

  /** The calendar's browsing state. */
  get browse(): CollectionController {
    return this.el.browse;
  }

  /** First day of the shown month. */
  get month(): DayKey {
    return this.el.month;
  }

  /** The page is being printed: the agenda, every entry. */
  get printing(): boolean {
    return this.print.printing;
  }

  /** The matching entries over the grid's weeks (the agenda lists the month's). */
  events(view: FeedView): CalendarEvent[] {
    const month = this.el.month;
    return this.shown(view, addDays(month, -7), addDays(monthEnd(month), 14));
  }

  /** The presets' notice, drawn by the collection controller. */
  preset(view: FeedView): unknown {
    const { s, locale } = this.el.context();
    return this.el.browse.renderPreset(this.el.labels(view), s.facets, locale);
  }

  /** True when the visitor's filters leave nothing (the grid says so under the month). */
  noMatches(view: FeedView): boolean {
    return this.el.browse.active && this.filtered(view).length === 0;
  }

  /** The search landmark's name, unique on the page. */
  landmark(): string {
    return this.el.uniqueName(this.el.context().s.search);
  }

  /** After the view: the publisher's events page and the details dialog. */
  footer(view: FeedView): unknown {
    return this.el.footer(view);
  }

  /** Shows the month or the agenda, as the visitor chose. */
  choose(view: CalendarView): void {
    this.el.chosenView = view;
  }

  /** Opens the dialog of one day's events. */
  showDay(day: DayKey): void {
    this.focusDay = day;
    this.dayList = day;
    this.host.requestUpdate();
  }

  /** The day dialog closed: focus back to the grid. */
  closeDay(): void {
    this.dayList = '';
    this.focusAfterRender = true;
    this.host.requestUpdate();
  }

  /** After the element has rendered: focus to the grid's day, the day dialog opened. */
  updated(root: ParentNode): void {
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      root.querySelector<HTMLElement>('.grid button[tabindex="0"]')?.focus();
    }
    const day = root.querySelector<HTMLDialogElement>('dialog.day-list');
    if (day && this.dayList) openDialog(day, () => this.el.fallbackFocus());
  }

  /** Says how many events the filters leave (after the visitor changed one). */
  announceCount(view: FeedView): void {
    const c = this.el.context();
    this.announcement = plural(this.filtered(view).length, c.locale, c.s.events);
    this.host.requestUpdate();
  }

  /** Shows another month (±n), keeping focus on the grid when it had it. */
  goMonth(view: FeedView, delta: number): void {
    const month = addMonths(this.el.month, delta);
    this.el.month = month;
    this.focusDay = month;
    this.el.browse.firstPage();
    this.announceMonth(view, month);
  }

  /** Back to today's month. */
  goToday(view: FeedView): void {
    const today = this.el.context().today;
    this.el.month = monthOf(today);
    this.focusDay = today;
    this.announceMonth(view, this.el.month);
  }

  /** The grid's keyboard moved focus to `day`; another month is shown and said. */
  focusOn(view: FeedView, day: DayKey): void {
    this.focusDay = day;
    this.focusAfterRender = true;
    if (monthOf(day) !== this.el.month) {
      this.el.month = monthOf(day);
      this.announceMonth(view, this.el.month);
    }
    this.host.requestUpdate();
  }

  private announceMonth(view: FeedView, month: DayKey): void {
    this.host.requestUpdate();
    const { locale, s } = this.el.context();
    const end = monthEnd(month);
    const count = eventsByDay(this.shown(view, month, end), month, end);
    const ids = new Set([...count.values()].flat().map((e) => e.key));
    this.announcement = s.showing(this.title(month), plural(ids.size, locale, s.events));
  }

  /** The month's title: «Ноябрь 2026 г.». */
  title(month: DayKey): string {
    const text = formatDay(month, this.el.context().locale, { month: 'long', year: 'numeric' });
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /**
   * The events and series that match the filters and search (series not yet expanded), over the
   * whole feed; kept until the feed, the presets, the filters, the search or today change, so a
   * redraw (another month, a key press in the grid) does not filter again.
   */
  private filtered(view: FeedView): CalendarEvent[] {
    const browse = this.el.browse;
    const { locale, today } = this.el.context();
    const from = browse.flags.upcoming ? today : '';
    const key = JSON.stringify([browse.presetKey, locale, browse.selection, browse.query, from]);
    if (this.filterCache?.view === view && this.filterCache.key === key)
      return this.filterCache.items;
    const items = filterItems(browse.inPreset(prepareEvents(view), this.el.labels(view)), {
      selection: browse.selection,
      words: queryWords(browse.query),
      keep: from ? (item) => isSeries(item) || lastsUntil(item, from) : undefined,
    });
    this.filterCache = { view, key, items };
    return items;
  }

  /**
   * The matching entries over the days [from, to] by start, each series as its meetings there.
   * Entries outside the days are dropped before anything reads their days (most never need them).
   */
  private shown(view: FeedView, from: DayKey, to: DayKey): CalendarEvent[] {
    const browse = this.el.browse;
    const filtered = this.filtered(view);
    const today = browse.flags.upcoming ? this.el.context().today : '';
    const part = series.get();
    const cached = this.shownCache;
    if (
      cached?.filtered === filtered &&
      cached.part === part &&
      cached.from === from &&
      cached.to === to
    )
      return cached.items;
    const inRange = filtered.filter((item) => isSeries(item) || overlaps(item, from, to));
    // A series matched as a whole; each of its meetings answers the facets again for itself
    // (one moved online is not an in-person meeting).
    const list = part
      ? filterItems(part.expandItems(inRange, from, to), {
          selection: browse.selection,
          words: [],
        })
      : inRange.sort(byStart);
    const items = today ? list.filter((item) => lastsUntil(item, today)) : list;
    this.shownCache = { filtered, part, from, to, items };
    return items;
  }

  /** Facet options with their counts over all events: the same until the feed or language changes. */
  facets(view: FeedView): Facet[] {
    const cached = this.facetCache;
    const { locale, s } = this.el.context();
    const browse = this.el.browse;
    const preset = browse.presetKey;
    if (cached?.view === view && cached.locale === locale && cached.preset === preset)
      return cached.facets;
    const labels = this.el.labels(view);
    const all = browse.inPreset(prepareEvents(view), labels);
    const facets = FACET_KEYS.map((key) => ({
      key,
      label: s.facets[key],
      options: facetOptions(all, (item) => item.facets[key], labels[key] ?? new Map()),
    }));
    this.facetCache = { view, locale, preset, facets };
    return facets;
  }
}
