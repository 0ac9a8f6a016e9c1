import {
  addMonths,
  type DayKey,
  type FeedView,
  formatDay,
  formatTime,
  isDateOnly,
  plural,
  queryWords,
  safeHref,
  todayInZone,
  visitorTimeZone,
} from '@metodika/feed';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderNoMatches } from '../base/collection/collection.ts';
import { openDialog } from '../base/dialog.ts';
import {
  type Chip,
  type Facet,
  type FacetSelection,
  facetOptions,
  renderChips,
  renderFacets,
  renderSearch,
  selectionFromHash,
  selectionSize,
  selectionToHash,
  toggleFacet,
} from '../base/filters.ts';
import { HashStateController, type HashValues } from '../base/hash-state.ts';
import type { Locale } from '../base/i18n/locale.ts';
import { MetodikaElement } from '../base/metodika-element.ts';
import { baseStyles } from '../base/styles/base.styles.ts';
import { LINK_TARGETS } from '../base/widget-links.ts';
import { type CalendarStrings, calendarStrings } from './calendar.strings.ts';
import { calendarStyles } from './calendar.styles.ts';
import { gridKeyTarget } from './calendar-grid-keys.ts';
import { extras, loadExtras, prefetchExtras } from './calendar-lazy.ts';
import {
  type CalendarEvent,
  eventsByDay,
  FACET_KEYS,
  type FacetKey,
  filterEvents,
  monthEnd,
  monthGrid,
  monthOf,
  prepareEvents,
} from './calendar-model.ts';
import { statusMark, statusSymbol, whenText } from './calendar-status.ts';

/** How the calendar shows the month. */
export type CalendarView = 'month' | 'agenda';

/** Events shown in a month cell before "+N more". */
const CELL_LIMIT = 3;
/** Agenda entries rendered at once; "Show more" adds as many again. */
const AGENDA_PAGE = 100;
/** Narrower than this many em, the agenda is the default view. */
const NARROW_EM = 40;
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
 * with "add to calendar", schema.org JSON-LD for search engines.
 *
 * @summary Event calendar of a methodical service's feed.
 * @csspart root - The inner wrapper.
 * @csspart toolbar - Navigation and view switch.
 * @csspart filters - Search, facets and "upcoming only".
 * @csspart search - The search box.
 * @csspart facet - One filter (a disclosure with its checkboxes).
 * @csspart chips - Active filters.
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
  @property() view: CalendarView | 'auto' = 'auto';

  /** Today as an ISO date (`2026-11-23`); by default the publisher's today. For tests and demos. */
  @property() today = '';

  /** Leaves out the schema.org JSON-LD for search engines. */
  @property({ type: Boolean, attribute: 'no-jsonld' }) noJsonld = false;

  /**
   * Shows only the next N events (today and later) as a compact strip for a home page, without
   * navigation and filters; each opens its details (0: the full calendar).
   */
  @property({ type: Number }) limit = 0;

  @state() private chosenView: CalendarView | undefined;
  @state() private narrow = false;
  @state() private month = '';
  @state() private focusDay = '';
  @state() private selection: FacetSelection = {};
  @state() private query = '';
  @state() private upcoming = false;
  @state() private openEventId = '';
  @state() private dayList = '';
  @state() private agendaLimit = AGENDA_PAGE;
  @state() private announcement = '';
  @state() private printing = false;

  private readonly hash = new HashStateController(this, () => this.hashNamespace);
  private resizeObserver: ResizeObserver | undefined;
  private focusAfterRender = false;
  private lastView: FeedView | undefined;
  private lastJsonLd: unknown;
  private facetCache: { view: FeedView; locale: Locale; facets: Facet[] } | undefined;
  private readonly onBeforePrint = () => {
    this.printing = true;
  };
  private readonly onAfterPrint = () => {
    this.printing = false;
  };
  /** Print media without the print events too: print preview in some browsers, emulation. */
  private readonly printMedia = matchMedia('print');
  private readonly onPrintMedia = () => {
    this.printing = this.printMedia.matches;
  };

  constructor() {
    super();
    this.hash.onChange = (values) => this.applyHash(values);
  }

  protected override get hashName(): string {
    return LINK_TARGETS.event.hashName;
  }

  /** The calendar's words in the current language. */
  get s(): CalendarStrings {
    return calendarStrings[this.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    prefetchExtras();
    this.applyHash(this.hash.read());
    this.resizeObserver = new ResizeObserver(() => this.measure());
    this.resizeObserver.observe(this);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.printMedia.addEventListener('change', this.onPrintMedia);
    this.printing = this.printMedia.matches;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.printMedia.removeEventListener('change', this.onPrintMedia);
  }

  private measure(): void {
    const width = this.getBoundingClientRect().width;
    if (width === 0) return;
    const em = Number.parseFloat(getComputedStyle(this).fontSize) || 16;
    this.narrow = width < NARROW_EM * em;
  }

  /** The view in use: the visitor's choice, the `view` attribute, or by width. */
  get currentView(): CalendarView {
    if (this.printing) return 'agenda';
    if (this.chosenView) return this.chosenView;
    if (this.view === 'month' || this.view === 'agenda') return this.view;
    return this.narrow ? 'agenda' : 'month';
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

  private applyHash(values: HashValues): void {
    this.selection = selectionFromHash(
      Object.fromEntries(FACET_KEYS.map((key) => [key, values[HASH_KEYS[key]] ?? ''])),
      FACET_KEYS,
    );
    this.query = values.q ?? '';
    this.upcoming = values.up === '1';
    if (values.view === 'month' || values.view === 'agenda') this.chosenView = values.view;
    if (/^\d{4}-\d{2}$/.test(values.m ?? '')) this.month = `${values.m}-01`;
    this.openEventId = values[LINK_TARGETS.event.key] ?? '';
  }

  private hashValues(): HashValues {
    const values: HashValues = {};
    for (const [key, list] of Object.entries(selectionToHash(this.selection)))
      values[HASH_KEYS[key as FacetKey]] = list;
    values.q = this.query.trim();
    values.up = this.upcoming ? '1' : '';
    values.view = this.chosenView ?? '';
    values.m = this.month && this.month !== monthOf(this.todayKey()) ? this.month.slice(0, 7) : '';
    values[LINK_TARGETS.event.key] = this.openEventId;
    return values;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.measure();
    const view = this.feed.state.view;
    if (view && view !== this.lastView) {
      this.lastView = view;
      // A deep link names an event: show its month.
      const item = this.openEventId
        ? prepareEvents(view).find((e) => e.event.id === this.openEventId)
        : undefined;
      if (item && !this.month) this.month = monthOf(item.startDay);
      else if (this.openEventId && !item) this.openEventId = '';
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.hasUpdated && this.feed.state.view) this.hash.write(this.hashValues());
    this.syncDialogs();
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>('.grid button[tabindex="0"]')?.focus();
    }
    this.syncJsonLd();
  }

  private syncDialogs(): void {
    const details = this.renderRoot.querySelector<HTMLDialogElement>('dialog.details');
    // The dialog opens once its content (a lazy part, normally prefetched) is there.
    const ready = extras() !== undefined;
    if (ready && details && this.openEventId && this.findEvent(this.openEventId) && !details.open) {
      openDialog(details, () => this.fallbackFocus());
    }
    const day = this.renderRoot.querySelector<HTMLDialogElement>('dialog.day-list');
    if (day && this.dayList && !day.open) openDialog(day, () => this.fallbackFocus());
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
    if (key === this.lastJsonLd) return;
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
    const today = this.todayKey();
    lazy.writeJsonLd(
      this,
      lazy.eventsJsonLd(
        prepareEvents(view).filter((e) => e.endDay >= today),
        view,
      ),
    );
  }

  private findEvent(id: string): CalendarEvent | undefined {
    const view = this.feed.state.view;
    return view ? prepareEvents(view).find((item) => item.event.id === id) : undefined;
  }

  private filtered(view: FeedView): CalendarEvent[] {
    return filterEvents(prepareEvents(view), {
      selection: this.selection,
      words: queryWords(this.query),
      from: this.upcoming ? this.todayKey() : undefined,
    });
  }

  // ——— actions ———

  /** Shows another month (±n), keeping focus on the grid when it had it. */
  private goMonth(delta: number): void {
    const month = addMonths(this.shownMonth(), delta);
    this.month = month;
    this.focusDay = month;
    this.agendaLimit = AGENDA_PAGE;
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
    const count = eventsByDay(this.filtered(view), month, monthEnd(month));
    const ids = new Set([...count.values()].flat().map((e) => e.event.id));
    this.announcement = this.s.showing(
      this.monthTitle(month),
      plural(ids.size, this.locale, this.s.events),
    );
  }

  private monthTitle(month: DayKey): string {
    const text = formatDay(month, this.locale, { month: 'long', year: 'numeric' });
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  private setSelection(selection: FacetSelection): void {
    this.selection = selection;
    this.agendaLimit = AGENDA_PAGE;
    this.announceCount();
  }

  private announceCount(): void {
    const view = this.feed.state.view;
    if (view) this.announcement = plural(this.filtered(view).length, this.locale, this.s.events);
  }

  private openEvent(id: string): void {
    this.openEventId = id;
  }

  private onDetailsClose(): void {
    this.openEventId = '';
  }

  private onGridKeydown(event: KeyboardEvent): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.day');
    if (!button?.dataset.day) return;
    const next = gridKeyTarget(button.dataset.day, event.key, event.shiftKey);
    if (!next) return;
    event.preventDefault();
    this.focusDay = next;
    this.focusAfterRender = true;
    if (monthOf(next) !== this.shownMonth()) {
      this.month = monthOf(next);
      this.announceMonth(this.month);
    }
  }

  // ——— rendering ———

  protected override renderContent(): TemplateResult {
    const s = this.s;
    return html`${this.renderFeedState(
      (view) => (this.limit > 0 ? this.renderStrip(view) : this.renderCalendar(view)),
      {
        isEmpty: (view) => view.events.length === 0,
        emptyText: s.noEvents,
      },
    )}`;
  }

  private renderCalendar(view: FeedView): TemplateResult {
    const s = this.s;
    const month = this.shownMonth();
    const events = this.filtered(view);
    const headingId = 'heading';
    const currentView = this.currentView;
    return html`
      <div class="toolbar nav" part="toolbar">
        <div class="nav-buttons">
          <button type="button" aria-label=${s.previousMonth} @click=${() => this.goMonth(-1)}>
            <span aria-hidden="true">‹</span>
          </button>
          <button type="button" @click=${() => this.goToday()}>${s.today}</button>
          <button type="button" aria-label=${s.nextMonth} @click=${() => this.goMonth(1)}>
            <span aria-hidden="true">›</span>
          </button>
        </div>
        <h2 id=${headingId}>${this.monthTitle(month)}</h2>
        <div class="switch" role="group" aria-label=${s.view}>
          ${(['month', 'agenda'] as const).map(
            (v) => html`<button
              type="button"
              aria-pressed=${currentView === v ? 'true' : 'false'}
              @click=${() => {
                this.chosenView = v;
              }}
            >
              ${s[v]}
            </button>`,
          )}
        </div>
      </div>
      ${this.renderFilters(view)}
      <p class="vh" aria-live="polite">${this.announcement}</p>
      ${currentView === 'month' ? this.renderMonth(events, month, headingId) : this.renderAgenda(events, month)}
      ${this.renderEventsPageLink(view)}
      ${this.renderDetailsDialog(view)} ${this.renderDayDialog(events)}
    `;
  }

  /** The publisher's own events page, when the feed names a safe one. */
  private renderEventsPageLink(view: FeedView): TemplateResult | typeof nothing {
    const href = safeHref(view.sources[0]?.publisher.eventsPage);
    return href ? html`<p class="footer"><a href=${href}>${this.s.eventsPage}</a></p>` : nothing;
  }

  /** The `limit` strip: the next events in date order, each with its date. */
  private renderStrip(view: FeedView): TemplateResult {
    const s = this.s;
    const today = this.todayKey();
    const next = prepareEvents(view)
      .filter((item) => item.endDay >= today)
      .slice(0, this.limit);
    return html`<h2>${s.upcomingTitle}</h2>
      ${
        next.length
          ? html`<ul class="agenda strip" part="agenda">
              ${next.map((item) => this.renderAgendaItem(item, [item.startDay, today].sort()[1]!, true))}
            </ul>`
          : html`<p class="state empty" part="empty">${s.noUpcoming}</p>`
      }
      ${this.renderEventsPageLink(view)}
      ${this.renderDetailsDialog(view)}`;
  }

  /** Facet options with their counts over all events: the same until the feed or language changes. */
  private facets(view: FeedView): Facet[] {
    const cached = this.facetCache;
    if (cached?.view === view && cached.locale === this.locale) return cached.facets;
    const facets = this.countFacets(view);
    this.facetCache = { view, locale: this.locale, facets };
    return facets;
  }

  private countFacets(view: FeedView): Facet[] {
    const s = this.s;
    const all = prepareEvents(view);
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
    return FACET_KEYS.map((key) => ({
      key,
      label: s.facets[key],
      options: facetOptions(all, (item) => item.facets[key], labels[key]),
    }));
  }

  private renderFilters(view: FeedView): TemplateResult {
    const s = this.s;
    const facets = this.facets(view);
    const chips: Chip[] = [];
    for (const facet of facets) {
      for (const value of this.selection[facet.key] ?? []) {
        const label = facet.options.find((o) => o.value === value)?.label ?? value;
        chips.push({
          label,
          remove: () => this.setSelection(toggleFacet(this.selection, facet.key, value)),
        });
      }
    }
    if (this.query.trim())
      chips.push({ label: `«${this.query.trim()}»`, remove: () => this.setQuery('') });
    if (this.upcoming) chips.push({ label: s.upcoming, remove: () => this.setUpcoming(false) });
    return html`<div class="toolbar filters" part="filters">
        ${renderSearch(this.query, s.search, (value) => this.setQuery(value))}
        ${renderFacets({
          facets,
          selection: this.selection,
          onToggle: (key, value) => this.setSelection(toggleFacet(this.selection, key, value)),
        })}
        <label class="check upcoming"
          ><input
            type="checkbox"
            .checked=${this.upcoming}
            @change=${(e: Event) => this.setUpcoming((e.target as HTMLInputElement).checked)}
          />${s.upcoming}</label
        >
      </div>
      ${renderChips(chips, this.t, this.resetFilters)}`;
  }

  /** Clears every facet, the search and "upcoming only". */
  private readonly resetFilters = () => {
    this.query = '';
    this.upcoming = false;
    this.setSelection({});
  };

  private setQuery(query: string): void {
    this.query = query;
    this.agendaLimit = AGENDA_PAGE;
    this.announceCount();
  }

  private setUpcoming(upcoming: boolean): void {
    this.upcoming = upcoming;
    this.agendaLimit = AGENDA_PAGE;
    this.announceCount();
  }

  private filtersActive(): boolean {
    return selectionSize(this.selection) > 0 || this.query.trim() !== '' || this.upcoming;
  }

  private eventLabel(item: CalendarEvent, day: DayKey): string {
    const s = this.s;
    const status = s.statuses[item.event.status];
    const time =
      !isDateOnly(item.event.start) && day === item.startDay
        ? formatTime(Date.parse(item.event.start), item.zone, this.locale)
        : '';
    return [status && `${status}:`, time, item.event.title].filter(Boolean).join(' ');
  }

  private renderEventChip(item: CalendarEvent, day: DayKey): TemplateResult {
    const { event } = item;
    const continued = day > item.startDay;
    const continues = day < item.endDay;
    const time =
      !isDateOnly(event.start) && !continued
        ? formatTime(Date.parse(event.start), item.zone, this.locale)
        : '';
    return html`<li>
      <button
        type="button"
        tabindex="-1"
        part="event"
        class="ev status-${event.status} ${continued ? 'cont' : ''} ${continues ? 'cont-next' : ''}"
        data-event=${event.id}
        aria-label=${this.eventLabel(item, day) + (continued ? ` (${this.s.continues})` : '')}
        @click=${() => this.openEvent(event.id)}
      >
        ${event.status === 'scheduled' ? nothing : html`<span class="mark" aria-hidden="true">${statusSymbol(event.status)}</span>`}
        ${time ? html`<span class="time">${time}</span>` : nothing}
        <span class="title">${event.title}</span>
      </button>
    </li>`;
  }

  private renderMonth(events: CalendarEvent[], month: DayKey, headingId: string): TemplateResult {
    const s = this.s;
    const weeks = monthGrid(month);
    const first = weeks[0]![0]!;
    const last = weeks[weeks.length - 1]![6]!;
    const byDay = eventsByDay(events, first, last);
    const today = this.todayKey();
    const focus =
      this.focusDay && this.focusDay >= first && this.focusDay <= last
        ? this.focusDay
        : today >= month && today <= monthEnd(month)
          ? today
          : month;
    const weekdays = weeks[0]!.map((day) => ({
      short: formatDay(day, this.locale, { weekday: 'short' }),
      long: formatDay(day, this.locale, { weekday: 'long' }),
    }));
    return html`<table class="grid" role="grid" aria-labelledby=${headingId} part="grid" @keydown=${this.onGridKeydown}>
        <thead>
          <tr>
            ${weekdays.map((w) => html`<th scope="col"><span aria-hidden="true">${w.short}</span><span class="vh">${w.long}</span></th>`)}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) => html`<tr>
              ${week.map((day) => {
                const list = byDay.get(day) ?? [];
                const outside = day.slice(0, 7) !== month.slice(0, 7);
                const shown = list.length > CELL_LIMIT ? list.slice(0, CELL_LIMIT - 1) : list;
                const label = `${formatDay(day, this.locale, { day: 'numeric', month: 'long', weekday: 'long' })}${day === today ? `, ${s.todayMark}` : ''}, ${plural(list.length, this.locale, s.events)}`;
                return html`<td class="cell ${outside ? 'outside' : ''} ${day === today ? 'today' : ''}">
                  <button
                    type="button"
                    class="day"
                    data-day=${day}
                    tabindex=${day === focus ? 0 : -1}
                    aria-label=${label}
                    aria-current=${ifDefined(day === today ? 'date' : undefined)}
                    @click=${() => {
                      this.focusDay = day;
                      this.dayList = day;
                    }}
                  >
                    ${Number(day.slice(8))}
                  </button>
                  ${list.length ? html`<span class="count" aria-hidden="true">${list.length}</span>` : nothing}
                  ${shown.length ? html`<ul class="events">${shown.map((item) => this.renderEventChip(item, day))}</ul>` : nothing}
                  ${
                    list.length > shown.length
                      ? html`<button type="button" tabindex="-1" class="more link" @click=${() => {
                          this.focusDay = day;
                          this.dayList = day;
                        }}>+${s.more(list.length - shown.length)}</button>`
                      : nothing
                  }
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      ${events.length === 0 && this.filtersActive() ? renderNoMatches(this.t, this.locale, this.resetFilters) : nothing}`;
  }

  private renderAgenda(events: CalendarEvent[], month: DayKey): TemplateResult {
    const s = this.s;
    const end = monthEnd(month);
    const from = this.upcoming && this.todayKey() > month ? this.todayKey() : month;
    const inMonth = events.filter((e) => e.endDay >= from && e.startDay <= end);
    const limit = this.printing ? inMonth.length : this.agendaLimit;
    const groups = new Map<DayKey, CalendarEvent[]>();
    for (const item of inMonth.slice(0, limit)) {
      // An event that began earlier is listed on the first shown day.
      const day = [item.startDay, from].sort()[1]!;
      const list = groups.get(day);
      if (list) list.push(item);
      else groups.set(day, [item]);
    }
    const days = [...groups.keys()].sort();
    const today = this.todayKey();
    if (inMonth.length === 0) {
      return this.filtersActive()
        ? renderNoMatches(this.t, this.locale, this.resetFilters)
        : html`<p class="state empty" part="agenda">${s.noEvents}</p>`;
    }
    return html`<ol class="agenda" part="agenda">
        ${days.map(
          (day) => html`<li class="agenda-day ${day === today ? 'today' : ''}">
            <h3>
              ${formatDay(day, this.locale, { day: 'numeric', month: 'long', weekday: 'long' })}${day === today ? html` <span class="badge">${s.todayMark}</span>` : nothing}
            </h3>
            <ul>
              ${groups.get(day)!.map((item) => this.renderAgendaItem(item, day))}
            </ul>
          </li>`,
        )}
      </ol>
      ${
        inMonth.length > limit
          ? html`<button type="button" class="show-more" @click=${() => {
              this.agendaLimit += AGENDA_PAGE;
            }}>${this.t.showMore} (${inMonth.length - limit})</button>`
          : nothing
      }`;
  }

  /** One event in a list of `day`'s events; `dated` adds the day (the strip is not grouped). */
  private renderAgendaItem(item: CalendarEvent, day: DayKey, dated = false): TemplateResult {
    const { event } = item;
    const s = this.s;
    const started = item.startDay < day;
    const spansDays = isDateOnly(event.start) && item.endDay > item.startDay;
    const date =
      dated && !started && !spansDays
        ? `${formatDay(day, this.locale, { day: 'numeric', month: 'short' })}, `
        : '';
    const time = isDateOnly(event.start)
      ? item.endDay > item.startDay
        ? whenText(item, this.locale, s)
        : s.allDay
      : started
        ? s.since(formatDay(item.startDay, this.locale, { day: 'numeric', month: 'long' }))
        : formatTime(Date.parse(event.start), item.zone, this.locale) +
          (event.end && item.endDay === item.startDay
            ? `–${formatTime(Date.parse(event.end), item.zone, this.locale)}`
            : '');
    return html`<li class="agenda-event status-${event.status}" part="event">
      <span class="when">${date}${time}</span>
      <span class="what">
        <button type="button" class="link event-title" data-event=${event.id} @click=${() => this.openEvent(event.id)}>
          ${event.title}
        </button>
        <span class="meta">
          ${statusMark(item, s)} <span>${s.kinds[event.kind]}</span> ·
          <span>${s.formats[event.status === 'moved-online' ? 'online' : event.format]}</span>
        </span>
      </span>
    </li>`;
  }

  private renderDetailsDialog(view: FeedView): TemplateResult {
    const item = this.openEventId ? this.findEvent(this.openEventId) : undefined;
    return html`<dialog class="details" part="dialog" aria-labelledby="details-title" @close=${this.onDetailsClose}>
      ${
        item
          ? html`<div class="dialog-head">
              <h2 id="details-title" class=${item.event.status === 'cancelled' ? 'cancelled' : ''}>${item.event.title}</h2>
              <button type="button" class="close" aria-label=${this.t.close} @click=${this.closeDetails}>
                <span aria-hidden="true">×</span>
              </button>
            </div>
            ${this.renderDetailsContent(item, view)}`
          : nothing
      }
    </dialog>`;
  }

  /** The dialog's content, or nothing until the lazy part has arrived (then it re-renders). */
  private renderDetailsContent(
    item: CalendarEvent,
    view: FeedView,
  ): TemplateResult | typeof nothing {
    const lazy = extras();
    if (!lazy) {
      void loadExtras().then(
        () => this.requestUpdate(),
        () => undefined,
      );
      return nothing;
    }
    return lazy.renderDetails(item, view, this.locale, this.s, () =>
      lazy.saveEventIcs(item, view, this.locale),
    );
  }

  private readonly closeDetails = () => {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.details')?.close();
  };

  private renderDayDialog(events: CalendarEvent[]): TemplateResult {
    const day = this.dayList;
    const s = this.s;
    const list = day ? (eventsByDay(events, day, day).get(day) ?? []) : [];
    const title = day
      ? s.dayDialog(formatDay(day, this.locale, { day: 'numeric', month: 'long', weekday: 'long' }))
      : '';
    return html`<dialog
      class="day-list"
      part="dialog"
      aria-labelledby="day-title"
      @close=${() => {
        this.dayList = '';
        this.focusAfterRender = true;
      }}
    >
      ${
        day
          ? html`<div class="dialog-head">
              <h2 id="day-title">${title}</h2>
              <button
                type="button"
                class="close"
                aria-label=${this.t.close}
                @click=${() => this.renderRoot.querySelector<HTMLDialogElement>('dialog.day-list')?.close()}
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>
            ${
              list.length
                ? html`<ul class="agenda day-events">
                    ${list.map((item) => this.renderAgendaItem(item, day))}
                  </ul>`
                : html`<p>${s.noEventsDay}</p>`
            }`
          : nothing
      }
    </dialog>`;
  }
}
