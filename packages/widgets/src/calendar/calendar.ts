import { type DayKey, type FeedView, safeHref, todayInZone, visitorTimeZone } from '@metodika/feed';
import {
  adoptStyles,
  type CSSResult,
  html,
  nothing,
  type PropertyValues,
  supportsAdoptingStyleSheets,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { CollectionController, type FacetLabels } from '../base/collection/collection.ts';
import type { HashValues } from '../base/hash-state.ts';
import { waitFor } from '../base/lazy-part.ts';
import { MetodikaElement } from '../base/metodika-element.ts';
import { baseStyles } from '../base/styles/base.styles.ts';
import { LINK_TARGETS } from '../base/widget-links.ts';
import { type CalendarStrings, calendarStrings } from './calendar.strings.ts';
import { calendarStyles } from './calendar.styles.ts';
import { renderStrip } from './calendar-agenda.ts';
import { renderDetailsDialog } from './calendar-dialogs.ts';
import type { CalendarView, FullCalendar, FullHost } from './calendar-full-state.ts';
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
  type CalendarEvent,
  type FacetKey,
  firstByStart,
  hasSeries,
  lastsUntil,
  monthOf,
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
    onFilter: () => {
      const view = this.feed.state.view;
      if (view) this.full?.announceCount(view);
    },
    listed: 'events',
    presets: () => ({
      subjects: ['subject', this.subject],
      kind: ['kind', this.kind],
      audiences: ['audience', this.audience],
      educationLevels: ['education-level', this.educationLevel],
      associations: ['association', this.association],
    }),
  });
  /** The full view's own state (month navigation, focus, width, printing): set up when its part arrives. */
  private full: FullCalendar | undefined;
  /** The lazy parts' sheets adopted beside the element's own, in the order they arrived. */
  private readonly partStyles: CSSResult[] = [];
  private lastView: FeedView | undefined;
  private lastJsonLd: unknown;

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

  /** The view in use: the visitor's choice, the `view` attribute, or by width (agenda in print). */
  get currentView(): CalendarView {
    if (this.full) return this.full.currentView;
    return this.chosenView ?? (this.view === 'agenda' ? 'agenda' : 'month');
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
    this.setUpParts();
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
   * Once the full view's part has arrived, before the view is drawn: sets up its state (which
   * follows the width and printing) and adds its styles (the strip does neither). Once the extras
   * have arrived, before an event's details open, adds the details' styles.
   */
  private setUpParts(): void {
    const part = fullView.get();
    if (!this.full && part && this.limit <= 0 && this.renderRoot instanceof ShadowRoot) {
      this.full = new part.FullCalendar(this, this.fullHost());
      this.addStyles(part.fullStyles);
    }
    const lazy = extras();
    if (lazy) this.addStyles(lazy.detailsStyles);
  }

  /** Adds a lazy part's sheet beside the element's own (once). */
  private addStyles(sheet: CSSResult): void {
    const root = this.renderRoot;
    if (this.partStyles.includes(sheet) || !(root instanceof ShadowRoot)) return;
    this.partStyles.push(sheet);
    const own = (this.constructor as typeof MetodikaCalendar).elementStyles;
    // Without adoptable sheets, Lit appends <style> elements: only the new one is added.
    adoptStyles(root, supportsAdoptingStyleSheets ? [...own, ...this.partStyles] : [sheet]);
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
    this.syncDetails();
    this.full?.updated(this.renderRoot);
    this.syncJsonLd();
  }

  private syncDetails(): void {
    const details = this.renderRoot.querySelector<HTMLDialogElement>('dialog.details');
    const open = this.browse.open;
    // The dialog opens once its content (a lazy part, normally prefetched) is there, with it.
    const lazy = extras();
    if (details && open && lazy && this.detailsReady(this.findEvent(open)))
      lazy.openDialog(details, () => this.fallbackFocus());
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

  // ——— rendering ———

  protected override renderContent(): TemplateResult {
    const s = this.s;
    return html`${this.renderFeedState(
      (view) =>
        this.limit > 0
          ? html`${this.browse.renderPreset(this.labels(view), s.facets, this.locale, false)}
              ${renderStrip(this.context(), this.upcoming(this.browse.inPreset(prepareEvents(view), this.labels(view), false), this.limit, this.limit), this.limit)}
              ${this.renderFooter(view)}`
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
    const c = this.context();
    const part = fullView.get();
    if (part && this.full) return part.renderFull(c, this.full, view);
    // Without the view's part, no filter bar either: the coming events within the presets.
    const items = this.browse.inPreset(prepareEvents(view), this.labels(view));
    return html`${renderStrip(c, this.upcoming(items, 1, AGENDA_PAGE), AGENDA_PAGE)}
      ${this.renderFooter(view)}`;
  }

  /** After the calendar: the publisher's events page and the details dialog. */
  private renderFooter(view: FeedView): TemplateResult {
    return html`${this.renderEventsPageLink(view)} ${this.renderDetailsDialog(view)}`;
  }

  /** What the full view's state reads from the element and asks of it. */
  private fullHost(): FullHost {
    const host = this;
    return {
      browse: this.browse,
      context: () => this.context(),
      labels: (view) => this.labels(view),
      get month() {
        return host.shownMonth();
      },
      set month(month) {
        host.month = month;
      },
      get chosenView() {
        return host.chosenView;
      },
      set chosenView(view) {
        host.chosenView = view;
      },
      get viewAttribute() {
        return host.view;
      },
      uniqueName: (name) => this.uniqueName(name),
      footer: (view) => this.renderFooter(view),
      fallbackFocus: () => this.fallbackFocus(),
    };
  }

  /** The publisher's own events page, when the feed names a safe one. */
  private renderEventsPageLink(view: FeedView): TemplateResult | typeof nothing {
    const href = safeHref(view.sources[0]?.publisher.eventsPage);
    return href ? html`<p class="footer"><a href=${href}>${this.s.eventsPage}</a></p>` : nothing;
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
