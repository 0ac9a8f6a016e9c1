import { waitUntil } from '@open-wc/testing';
import { WidgetPage } from '../test-support/widget.page.ts';
import type { MetodikaCalendar } from './calendar.ts';

/**
 * Drives a `<metodika-calendar>` in tests by what a visitor sees and does, so tests survive
 * markup changes (Lion's CalendarObject idea).
 */
export class CalendarPage extends WidgetPage<MetodikaCalendar> {
  /** The month heading, e.g. «Ноябрь 2026 г.». */
  get heading(): string {
    return this.root.querySelector('.nav h2')?.textContent?.trim() ?? '';
  }

  get view(): 'month' | 'agenda' | 'none' {
    if (this.root.querySelector('.grid')) return 'month';
    if (this.root.querySelector('.agenda:not(.day-events)')) return 'agenda';
    return 'none';
  }

  /** Visible text of the whole widget, hidden markup included, whitespace collapsed. */
  override get text(): string {
    return this.root.querySelector('.root')?.textContent?.replace(/\s+/g, ' ') ?? '';
  }

  async next(): Promise<void> {
    await this.click(this.el.s.nextMonth);
  }

  async previous(): Promise<void> {
    await this.click(this.el.s.previousMonth);
  }

  async switchTo(view: 'month' | 'agenda'): Promise<void> {
    await this.click(this.el.s[view]);
  }

  /** True when navigation or filters are shown (the `limit` strip has neither). */
  get hasControls(): boolean {
    return this.root.querySelector('.grid, .nav, .filters') !== null;
  }

  /** The link to the publisher's own events page, when the feed names one. */
  get eventsPageLink(): string | undefined {
    return this.root.querySelector<HTMLAnchorElement>('.footer a')?.href;
  }

  /** The date and time column of the strip, in order. */
  get stripWhen(): string[] {
    return [...this.root.querySelectorAll('.strip .when')].map((e) => e.textContent!.trim());
  }

  /** Ids of the events shown (grid, agenda or strip), in order. */
  get eventIds(): string[] {
    return [...this.root.querySelectorAll<HTMLElement>('[data-event]')].map(
      (e) => e.dataset.event!,
    );
  }

  /** The button that opens an event's details. */
  eventOpener(id: string): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>(`[data-event="${CSS.escape(id)}"]`);
  }

  /** The entry (grid chip, agenda or strip line) that opens the event or meeting `key`, as text. */
  entryText(key: string): string {
    const opener = this.eventOpener(key);
    const entry = opener?.closest('.agenda-event') ?? opener;
    return (entry?.getAttribute('aria-label') || entry?.textContent || '')
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** The open details dialog's text, whitespace collapsed. */
  get detailsText(): string {
    return this.detailsDialog.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The details dialog's title. */
  get detailsTitle(): string {
    return this.detailsDialog.querySelector('h2')?.textContent?.trim() ?? '';
  }

  /** The schema.org data the calendar wrote for search engines (light DOM), parsed. */
  get jsonLd(): Record<string, unknown>[] {
    const text = this.el.querySelector('script[type="application/ld+json"]')?.textContent;
    if (!text) return [];
    const data = JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[];
    return Array.isArray(data) ? data : [data];
  }

  /** The first agenda entry with a status (cancelled, postponed, moved-online). */
  entryWithStatus(status: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`.agenda-event.status-${status}`);
  }

  /** Grid elements in the tab order (the roving tabindex keeps one). */
  get tabbableInGrid(): Element[] {
    return [...this.root.querySelectorAll('.grid [tabindex="0"]')];
  }

  /** The month grid (a table), when shown. */
  get grid(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('.grid');
  }

  /** Today's button in the grid. */
  get todayButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('button.day[aria-current="date"]');
  }

  /** A day cell of the grid (the first). */
  get firstCell(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('.cell');
  }

  /** Whether a part is absent or not displayed (printing hides the controls). */
  isHidden(
    part: 'grid' | 'filters' | 'navigation' | 'switch' | 'show-more' | 'agenda' | 'heading',
  ): boolean {
    const selector = {
      grid: '.grid',
      filters: '.filters',
      navigation: '.nav-buttons',
      switch: '.switch',
      'show-more': '.show-more',
      agenda: '.agenda',
      heading: '.nav h2',
    }[part];
    const el = this.root.querySelector(selector);
    return !el || getComputedStyle(el).display === 'none';
  }

  /** The view switch's buttons: month, then list. */
  get viewButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('.switch button')];
  }

  /** The first event in the grid with a status (cancelled, postponed, moved-online). */
  gridEntryWithStatus(status: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`.ev.status-${status}`);
  }

  /** The status marks in the agenda (symbol and words). */
  get statusMarks(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('.agenda .status')];
  }

  /** The agenda's day groups, as text. */
  get agendaDays(): string[] {
    return [...this.root.querySelectorAll('.agenda-day')].map((d) => d.textContent ?? '');
  }

  /** Day buttons of the grid. */
  dayButton(day: string): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>(`button.day[data-day="${day}"]`);
  }

  /** Titles of events shown in a grid day cell. */
  eventsOn(day: string): string[] {
    const cell = this.dayButton(day)?.closest('td');
    return [...(cell?.querySelectorAll('.ev .title') ?? [])].map(
      (e) => e.textContent?.trim() ?? '',
    );
  }

  /** Event titles in the agenda, in order. */
  get agendaTitles(): string[] {
    return [...this.root.querySelectorAll('.agenda:not(.day-events) .event-title')].map(
      (e) => e.textContent?.trim() ?? '',
    );
  }

  async key(key: string, init: KeyboardEventInit = {}): Promise<void> {
    const target = this.focused ?? this.el;
    target.dispatchEvent(
      new KeyboardEvent('keydown', {
        key,
        bubbles: true,
        composed: true,
        cancelable: true,
        ...init,
      }),
    );
    await this.settle();
  }

  async toggleUpcoming(): Promise<void> {
    this.root.querySelector<HTMLInputElement>('.upcoming input')!.click();
    await this.settle();
  }

  get detailsDialog(): HTMLDialogElement {
    return this.root.querySelector('dialog.details')!;
  }

  get dayDialog(): HTMLDialogElement {
    return this.root.querySelector('dialog.day-list')!;
  }

  /** Opens an event's details from the agenda or the grid. */
  async openEvent(id: string): Promise<void> {
    const button = this.eventOpener(id);
    if (!button) throw new Error(`event ${id} not shown`);
    button.focus();
    button.click();
    await this.detailsOpened(id);
  }

  /**
   * Waits until the details dialog is open, however it was asked for (a click, a link from
   * another widget, a pasted hash): its content is a lazy part, and the dialog opens only once
   * that has arrived, which may be several renders later.
   */
  async detailsOpened(id = ''): Promise<void> {
    await this.settle();
    await waitUntil(() => this.detailsDialog?.open, `the details of ${id || 'an event'}`);
  }
}
