import {
  addDays,
  addMonths,
  type DayKey,
  type FeedView,
  formatDay,
  plural,
  queryWords,
  safeHref,
  todayInZone,
  visitorTimeZone,
} from '@metodika/feed';
import {
  adoptStyles,
  html,
  nothing,
  type PropertyValues,
  supportsAdoptingStyleSheets,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { CollectionController, type FacetLabels } from '../base/collection/collection.ts';
import { openDialog } from '../base/dialog.ts';
import { type Facet, facetOptions, filterItems } from '../base/filters.ts';
import type { HashValues } from '../base/hash-state.ts';
import type { Locale } from '../base/i18n/locale.ts';
import { waitFor } from '../base/lazy-part.ts';
import { MetodikaElement } from '../base/metodika-element.ts';
import { baseStyles } from '../base/styles/base.styles.ts';
import { LINK_TARGETS } from '../base/widget-links.ts';
import { type CalendarStrings, calendarStrings } from './calendar.strings.ts';
import { calendarStyles } from './calendar.styles.ts';
import { renderStrip } from './calendar-agenda.ts';
import { renderDetailsDialog } from './calendar-dialogs.ts';
import type { CalendarView, Watched } from './calendar-full.ts';
import {
  extras,
  fullView,
  loadExtras,
  neededPart,
  prefetch,
  rhythmWords,
  series,
} from './calendar-lazy.ts';
import {
  byStart,
  type CalendarEvent,
  eventsByDay,
  FACET_KEYS,
  type FacetKey,
  firstByStart,
  hasSeries,
  isSeries,
  lastsUntil,
  monthEnd,
  monthOf,
  overlaps,
  prepareEvents,
} from './calendar-model.ts';
import type { CalendarContext } from './calendar-status.ts';

export type { CalendarView };

/** Agenda entries rendered at once; "Show more" adds as many again. */
const AGENDA_PAGE = 100;
/** Meetings of each series in the JSON-LD: search engines see the next few, not a year of them. */
const JSONLD_PER_SERIES = 5;
/** Short hash keys per facet. */
const HASH_KEYS: Record<FacetKey, string> = {
  kind: 'kind',
  audiences: 'aud',
  educationLevels: 'lvl',
  subjects: 'subj',
  associations: 'assoc',
  format: 'fmt',
};

/**
 * The methodical service's event calendar: a month grid and an agenda, filters, search, details
 * with "add to calendar", schema.org JSON-LD for search engines. Presets narrow it for a school's
 * page — `subject`, `kind`, `audience`, `education-level`, `association` — with a notice saying so
 * and «Показать все события» to widen it for the visit; ids the feed lacks are named in the
 * console and narrow nothing.
 *
 * @summary Event calendar of a methodical service's feed.
 * @csspart root - The inner wrapper.
 * @csspart toolbar - Navigation and view switch.
 * @csspart filters - Search, facets and "upcoming only".
 * @csspart search - The search box.
 * @csspart facet - One filter (a disclosure with its checkboxes).
 * @csspart chips - Active filters.
 * @csspart preset - The notice that presets narrow the calendar, with its widen button.
 * @csspart grid - The month grid (table).
 * @csspart agenda - The agenda list.
 * @csspart event - An event in the grid or the agenda.
 * @csspart status - A status mark (cancelled, postponed, moved online).
 * @csspart dialog - The details and day dialogs.
 * @csspart add-to-calendar - The "add to calendar" links.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message with Retry.
 * @csspart empty - The "no events" message.
 * @csspart stale - The "showing a saved copy" banner.
 * @cssproperty --metodika-accent - Links, selected controls, today.
 * @cssproperty --metodika-accent-contrast - Text on the accent colour.
 * @cssproperty --metodika-surface - Background.
 * @cssproperty --metodika-surface-alt - Days outside the month, chips.
 * @cssproperty --metodika-text - Text colour.
 * @cssproperty --metodika-text-muted - Secondary text.
 * @cssproperty --metodika-border - Borders.
 * @cssproperty --metodika-danger - Cancelled events, errors.
 * @cssproperty --metodika-radius - Corner radius.
 * @cssproperty --metodika-space - Spacing unit.
 * @cssproperty --metodika-focus - Focus ring.
 */
export class MetodikaCalendar extends MetodikaElement {
  static override styles = [baseStyles, calendarStyles];

  /** `month`, `agenda`, or `auto` (agenda when the widget is narrow). */
  @property() view: 'auto' | 'month' | 'agenda' = 'auto';

  /** Today as an ISO date (`2026-11-23`); by default the publisher's today. For tests and demos. */
  @property() today = '';

  /** Leaves out the schema.org JSON-LD for search engines. */
  @property({ type: Boolean, attribute: 'no-jsonld' }) noJsonld = false;

  /**
   * Shows only the next N events (today and later) as a compact strip for a home page, without
   * navigation and filters; each opens its details (0: the full calendar).
   */
  @property({ type: Number }) limit = 0;

  /** Only events of these subjects (ids of the feed's `subjects`, space-separated). */
  @property() subject = '';

  /** Only events of these kinds (`seminar webinar`…, space-separated). */
  @property() kind = '';

  /** Only events for these audiences (ids of the feed's `audiences`). */
  @property() audience = '';

  /** Only events for these education levels (ids of the feed's `educationLevels`). */
  @property({ attribute: 'education-level' }) educationLevel = '';

  /** Only events of these associations (association ids, space-separated). */
  @property() association = '';

  @state() private chosenView: CalendarView | undefined;
  @state() private month = '';
  @state() private focusDay = '';
  @state() private dayList = '';
  @state() private announcement = '';

  /** Facets, search, "upcoming only", agenda paging, the open event; view and month in the hash. */
  private readonly browse = new CollectionController(this, {
    namespace: () => this.hashNamespace,
    keys: HASH_KEYS,
    page: AGENDA_PAGE,
    openKey: LINK_TARGETS.event.key,
    flags: { upcoming: 'up' },
    extra: {
      read: (values) => {
        if (values.view === 'month' || values.view === 'agenda') this.chosenView = values.view;
        if (/^\d{4}-\d{2}$/.test(values.m ?? '')) this.month = `${values.m}-01`;
      },
      write: (): HashValues => ({
        view: this.chosenView ?? '',
        m: this.month && this.month !== monthOf(this.todayKey()) ? this.month.slice(0, 7) : '',
      }),
    },
    onFilter: () => this.announceCount(),
    listed: 'events',
    presets: () => ({
      subjects: ['subject', this.subject],
      kind: ['kind', this.kind],
      audiences: ['audience', this.audience],
      educationLevels: ['education-level', this.educationLevel],
      associations: ['association', this.association],
    }),
  });
  private focusAfterRender = false;
  /** The width and printing, which only the full view follows: set up when its part arrives. */
  private watched: Watched | undefined;
  private lastView: FeedView | undefined;
  private lastJsonLd: unknown;
  private facetCache:
    | { view: FeedView; locale: Locale; preset: string; facets: Facet[] }
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

  protected override get hashName(): string {
    return LINK_TARGETS.event.hashName;
  }

  /** The calendar's words in the current language. */
  get s(): CalendarStrings {
    return calendarStrings[this.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    prefetch();
  }

  /** The view in use: the visitor's choice, the `view` attribute, or by width. */
  get currentView(): CalendarView {
    if (this.watched?.print.printing) return 'agenda';
    if (this.chosenView) return this.chosenView;
    if (this.view === 'month' || this.view === 'agenda') return this.view;
    return this.watched?.width.narrow ? 'agenda' : 'month';
  }

  private todayKey(): DayKey {
    if (/^\d{4}-\d{2}-\d{2}$/.test(this.today)) return this.today;
    const zone = this.feed.state.view?.sources[0]?.publisher.timeZone ?? visitorTimeZone();
    try {
      return todayInZone(zone);
    } catch {
      return todayInZone(visitorTimeZone());
    }
  }

  private shownMonth(): DayKey {
    return this.month || monthOf(this.todayKey());
  }

  /** What the drawing functions read. */
  private context(): CalendarContext {
    return {
      locale: this.locale,
      s: this.s,
      t: this.t,
      today: this.todayKey(),
      openEvent: (id) => this.browse.show(id),
    };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.setUpFull();
    const view = this.feed.state.view;
    if (view && view !== this.lastView && !this.seriesPending(view)) {
      this.lastView = view;
      // A deep link names an event: show its month. A series' own id names its next meeting.
      const open = this.browse.open;
      const item = open ? this.findEvent(open) : undefined;
      if (item && !this.month) this.month = monthOf(item.startDay);
      if (open && item?.key !== open) this.browse.open = item?.key ?? '';
    }
  }

  /**
   * Once the full view's part has arrived, before the view is drawn: follows the width and
   * printing, and adds the view's styles beside the element's own (the strip does neither).
   */
  private setUpFull(): void {
    const part = fullView.get();
    const root = this.renderRoot;
    if (this.watched || !part || this.limit > 0 || !(root instanceof ShadowRoot)) return;
    this.watched = part.watch(this);
    const own = (this.constructor as typeof MetodikaCalendar).elementStyles;
    // Without adoptable sheets, Lit appends <style> elements: only the new one is added.
    adoptStyles(root, supportsAdoptingStyleSheets ? [...own, part.fullStyles] : [part.fullStyles]);
  }

  /**
   * True while a feed with recurring events waits for the code that expands them, which is
   * fetched then (a feed without any never loads it); the calendar draws once it has arrived.
   */
  private seriesPending(view: FeedView): boolean {
    return hasSeries(view) && waitFor(series, this, () => prefetch(rhythmWords));
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.hasUpdated && this.feed.state.view) this.browse.sync();
    this.syncDialogs();
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>('.grid button[tabindex="0"]')?.focus();
    }
    this.syncJsonLd();
  }

  private syncDialogs(): void {
    const details = this.renderRoot.querySelector<HTMLDialogElement>('dialog.details');
    const open = this.browse.open;
    // The dialog opens once its content (a lazy part, normally prefetched) is there.
    if (details && open && this.detailsReady(this.findEvent(open)))
      openDialog(details, () => this.fallbackFocus());
    const day = this.renderRoot.querySelector<HTMLDialogElement>('dialog.day-list');
    if (day && this.dayList) openDialog(day, () => this.fallbackFocus());
  }

  /** Where focus goes when the element that opened a dialog is gone (a deep link opened it). */
  private fallbackFocus(): HTMLElement | null {
    const root = this.renderRoot;
    return (
      root.querySelector<HTMLElement>('.grid button[tabindex="0"]') ??
      root.querySelector<HTMLElement>('.agenda .event-title') ??
      root.querySelector<HTMLElement>('.toolbar button')
    );
  }

  private syncJsonLd(): void {
    const view = this.feed.state.view;
    const key = this.noJsonld || !view ? null : view;
    if (key === this.lastJsonLd || (view && this.seriesPending(view))) return;
    const lazy = extras();
    if (!lazy) {
      // Nothing was written before the extras arrived; write once they have.
      if (key !== null)
        void loadExtras().then(
          () => this.syncJsonLd(),
          () => undefined,
        );
      return;
    }
    this.lastJsonLd = key;
    if (!view || this.noJsonld) {
      lazy.writeJsonLd(this, null);
      return;
    }
    lazy.writeJsonLd(
      this,
      lazy.eventsJsonLd(this.upcoming(prepareEvents(view), JSONLD_PER_SERIES), view),
    );
  }

  /** The entry a key names: an event, a series' meeting (`id@date`), or a series' next one. */
  private findEvent(key: string): CalendarEvent | undefined {
    const view = this.feed.state.view;
    if (!view) return undefined;
    const items = prepareEvents(view);
    const part = series.get();
    return part ? part.findMeeting(items, key, this.todayKey()) : items.find((e) => e.key === key);
  }

  /**
   * The events and series that match the filters and search (series not yet expanded), over the
   * whole feed; kept until the feed, the presets, the filters, the search or today change, so a
   * redraw (another month, a key press in the grid) does not filter again.
   */
  private filtered(view: FeedView): CalendarEvent[] {
    const from = this.browse.flags.upcoming ? this.todayKey() : '';
    const key = JSON.stringify([
      this.browse.presetKey,
      this.locale,
      this.browse.selection,
      this.browse.query,
      from,
    ]);
    if (this.filterCache?.view === view && this.filterCache.key === key)
      return this.filterCache.items;
    const items = filterItems(this.browse.inPreset(prepareEvents(view), this.labels(view)), {
      selection: this.browse.selection,
      words: queryWords(this.browse.query),
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
    const filtered = this.filtered(view);
    const today = this.browse.flags.upcoming ? this.todayKey() : '';
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
          selection: this.browse.selection,
          words: [],
        })
      : inRange.sort(byStart);
    const items = today ? list.filter((item) => lastsUntil(item, today)) : list;
    this.shownCache = { filtered, part, from, to, items };
    return items;
  }

  /** What is still to come, by start: each series as its next `perSeries` meetings; the first `limit`. */
  private upcoming(
    items: readonly CalendarEvent[],
    perSeries: number,
    limit = Number.POSITIVE_INFINITY,
  ): CalendarEvent[] {
    const today = this.todayKey();
    const part = series.get();
    if (part) return part.upcomingItems(items, today, perSeries, limit);
    return firstByStart(
      items.filter((item) => lastsUntil(item, today)),
      limit,
    );
  }

  // ——— actions ———

  /** Shows another month (±n), keeping focus on the grid when it had it. */
  private goMonth(delta: number): void {
    const month = addMonths(this.shownMonth(), delta);
    this.month = month;
    this.focusDay = month;
    this.browse.firstPage();
    this.announceMonth(month);
  }

  private goToday(): void {
    const today = this.todayKey();
    this.month = monthOf(today);
    this.focusDay = today;
    this.announceMonth(this.month);
  }

  private announceMonth(month: DayKey): void {
    const view = this.feed.state.view;
    if (!view) return;
    const end = monthEnd(month);
    const count = eventsByDay(this.shown(view, month, end), month, end);
    const ids = new Set([...count.values()].flat().map((e) => e.key));
    this.announcement = this.s.showing(
      this.monthTitle(month),
      plural(ids.size, this.locale, this.s.events),
    );
  }

  private monthTitle(month: DayKey): string {
    const text = formatDay(month, this.locale, { month: 'long', year: 'numeric' });
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  private announceCount(): void {
    const view = this.feed.state.view;
    if (view) this.announcement = plural(this.filtered(view).length, this.locale, this.s.events);
  }

  /** The grid's keyboard moved focus to `day`; another month is shown and said. */
  private focusOn(day: DayKey): void {
    this.focusDay = day;
    this.focusAfterRender = true;
    if (monthOf(day) !== this.shownMonth()) {
      this.month = monthOf(day);
      this.announceMonth(this.month);
    }
  }

  private showDay(day: DayKey): void {
    this.focusDay = day;
    this.dayList = day;
  }

  // ——— rendering ———

  protected override renderContent(): TemplateResult {
    const s = this.s;
    return html`${this.renderFeedState(
      (view) =>
        this.limit > 0
          ? html`${this.browse.renderPreset(this.labels(view), s.facets, this.locale, false)}
              ${renderStrip(this.context(), this.upcoming(this.browse.inPreset(prepareEvents(view), this.labels(view), false), this.limit, this.limit), this.limit)}
              ${this.renderEventsPageLink(view)} ${this.renderDetailsDialog(view)}`
          : this.renderCalendar(view),
      {
        isEmpty: (view) => view.events.length === 0,
        emptyText: s.noEvents,
        needs: (view) => neededPart(this.limit > 0, hasSeries(view)),
      },
    )}`;
  }

  /**
   * The full calendar, drawn by its lazy part (which the skeleton waited for); should that part
   * fail to load, the coming events as a list rather than nothing.
   */
  private renderCalendar(view: FeedView): TemplateResult {
    const s = this.s;
    const c = this.context();
    const part = fullView.get();
    const footer = html`${this.renderEventsPageLink(view)} ${this.renderDetailsDialog(view)}`;
    if (!part)
      return html`${renderStrip(c, this.upcoming(this.filtered(view), 1, AGENDA_PAGE), AGENDA_PAGE)}
        ${footer}`;
    const month = this.shownMonth();
    return part.renderFull(c, {
      view: this.currentView,
      month,
      title: this.monthTitle(month),
      // The grid's weeks reach into the months around; the agenda lists this month.
      events: this.shown(view, addDays(month, -7), addDays(monthEnd(month), 14)),
      focusDay: this.focusDay,
      dayList: this.dayList,
      announcement: this.announcement,
      preset: this.browse.renderPreset(this.labels(view), s.facets, this.locale),
      browse: this.browse,
      filters: {
        facets: this.facets(view),
        searchLabel: s.search,
        landmark: this.uniqueName(s.search),
        t: this.t,
        flagLabels: { upcoming: s.upcoming },
      },
      noMatches: this.browse.active && this.filtered(view).length === 0,
      agenda: {
        from: this.browse.flags.upcoming && c.today > month ? c.today : month,
        limit: this.watched?.print.printing ? undefined : this.browse.limit,
      },
      footer,
      goMonth: (delta) => this.goMonth(delta),
      goToday: () => this.goToday(),
      choose: (v) => {
        this.chosenView = v;
      },
      focusOn: (day) => this.focusOn(day),
      showDay: (day) => this.showDay(day),
      closeDay: () => {
        this.dayList = '';
        this.focusAfterRender = true;
      },
      more: () => this.browse.more(),
    });
  }

  /** The publisher's own events page, when the feed names a safe one. */
  private renderEventsPageLink(view: FeedView): TemplateResult | typeof nothing {
    const href = safeHref(view.sources[0]?.publisher.eventsPage);
    return href ? html`<p class="footer"><a href=${href}>${this.s.eventsPage}</a></p>` : nothing;
  }

  /** Facet options with their counts over all events: the same until the feed or language changes. */
  private facets(view: FeedView): Facet[] {
    const cached = this.facetCache;
    const preset = this.browse.presetKey;
    if (cached?.view === view && cached.locale === this.locale && cached.preset === preset)
      return cached.facets;
    const facets = this.countFacets(view);
    this.facetCache = { view, locale: this.locale, preset, facets };
    return facets;
  }

  private countFacets(view: FeedView): Facet[] {
    const labels = this.labels(view);
    const all = this.browse.inPreset(prepareEvents(view), labels);
    return FACET_KEYS.map((key) => ({
      key,
      label: this.s.facets[key],
      options: facetOptions(all, (item) => item.facets[key], labels[key] ?? new Map()),
    }));
  }

  /** The ids each facet knows, with their labels in the page's language. */
  private labels(view: FeedView): FacetLabels {
    const s = this.s;
    const taxonomy = (name: keyof FeedView['taxonomies']) =>
      new Map(
        view.taxonomies[name].map((e) => [e.id, (this.locale === 'en' && e.labelEn) || e.label]),
      );
    const labels: Record<FacetKey, Map<string, string>> = {
      kind: new Map(Object.entries(s.kinds)),
      audiences: taxonomy('audiences'),
      educationLevels: taxonomy('educationLevels'),
      subjects: taxonomy('subjects'),
      associations: new Map(view.associations.map((a) => [a.id, a.name])),
      format: new Map([
        ['offline', s.formats.offline],
        ['online', s.formats.online],
      ]),
    };
    return labels;
  }

  /** True once the lazy parts an entry's details draw with have arrived (the dialog opens then). */
  private detailsReady(item: CalendarEvent | undefined): boolean {
    return !!item && !!extras() && (!item.series || !!rhythmWords.get());
  }

  /** The details dialog of the open event; its content waits for the lazy parts (then re-renders). */
  private renderDetailsDialog(view: FeedView): TemplateResult {
    const open = this.browse.open;
    const item = open ? this.findEvent(open) : undefined;
    return renderDetailsDialog(
      this.context(),
      item,
      () => {
        const lazy = extras();
        if (!item) return nothing;
        if (!lazy || !this.detailsReady(item)) {
          void Promise.all([loadExtras(), item.series && rhythmWords.load()]).then(
            () => this.requestUpdate(),
            () => undefined,
          );
          return nothing;
        }
        return lazy.renderDetails(
          item,
          view,
          this.locale,
          this.s,
          () => lazy.saveEventIcs(item, view, this.locale),
          rhythmWords.get()?.rhythm(item, this.locale),
        );
      },
      () => this.browse.show(''),
    );
  }
}
