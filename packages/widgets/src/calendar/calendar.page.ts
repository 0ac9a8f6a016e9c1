import { aTimeout } from '@open-wc/testing';
import { deepActiveElement } from '../base/dialog.ts';
import type { MetodikaCalendar } from './calendar.ts';

/**
 * Drives a `<metodika-calendar>` in tests by what a visitor sees and does, so tests survive
 * markup changes (Lion's CalendarObject idea).
 */
export class CalendarPage {
  constructor(readonly el: MetodikaCalendar) {}

  private get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** Waits until the feed has settled (not loading) and the element has rendered. */
  async ready(timeout = 5000): Promise<void> {
    const start = Date.now();
    while (this.el.feed.state.status === 'loading') {
      if (Date.now() - start > timeout) throw new Error('calendar still loading');
      await aTimeout(10);
    }
    await this.el.updateComplete;
  }

  /** Waits for the next render. */
  async settle(): Promise<void> {
    await this.el.updateComplete;
    await aTimeout(0);
    await this.el.updateComplete;
  }

  get status(): string {
    return this.el.feed.state.status;
  }

  /** The month heading, e.g. «Ноябрь 2026 г.». */
  get heading(): string {
    return this.root.querySelector('.nav h2')?.textContent?.trim() ?? '';
  }

  get view(): 'month' | 'agenda' | 'none' {
    if (this.root.querySelector('.grid')) return 'month';
    if (this.root.querySelector('.agenda:not(.day-events)')) return 'agenda';
    return 'none';
  }

  /** Visible text of the whole widget. */
  get text(): string {
    return this.root.querySelector('.root')?.textContent?.replace(/\s+/g, ' ') ?? '';
  }

  button(name: string): HTMLButtonElement {
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('button')];
    const found = buttons.find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
    );
    if (!found)
      throw new Error(
        `no button «${name}»: ${buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim()).join(' | ')}`,
      );
    return found;
  }

  async click(name: string): Promise<void> {
    this.button(name).click();
    await this.settle();
  }

  async next(): Promise<void> {
    await this.click(this.el.locale === 'en' ? 'Next month' : 'Следующий месяц');
  }

  async previous(): Promise<void> {
    await this.click(this.el.locale === 'en' ? 'Previous month' : 'Предыдущий месяц');
  }

  async switchTo(view: 'month' | 'agenda'): Promise<void> {
    const labels =
      this.el.locale === 'en'
        ? { month: 'Month', agenda: 'List' }
        : { month: 'Месяц', agenda: 'Список' };
    await this.click(labels[view]);
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

  /** The focused element inside the calendar. */
  get focused(): HTMLElement | null {
    return deepActiveElement();
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

  async search(query: string): Promise<void> {
    const input = this.root.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = query;
    input.dispatchEvent(new Event('input'));
    await this.settle();
  }

  /** Ticks a facet option by its visible label. */
  async toggleOption(label: string): Promise<void> {
    const boxes = [...this.root.querySelectorAll<HTMLLabelElement>('.facet label')];
    const found = boxes.find((l) => l.textContent?.replace(/\(\d+\)/, '').trim() === label);
    if (!found) throw new Error(`no option «${label}»`);
    found.querySelector('input')!.click();
    await this.settle();
  }

  async toggleUpcoming(): Promise<void> {
    this.root.querySelector<HTMLInputElement>('.upcoming input')!.click();
    await this.settle();
  }

  /** Labels of the active filter chips. */
  get chips(): string[] {
    return [...this.root.querySelectorAll('.chip')].map(
      (c) => c.textContent?.replace('×', '').trim() ?? '',
    );
  }

  get detailsDialog(): HTMLDialogElement {
    return this.root.querySelector('dialog.details')!;
  }

  get dayDialog(): HTMLDialogElement {
    return this.root.querySelector('dialog.day-list')!;
  }

  /** Opens an event's details from the agenda or the grid. */
  async openEvent(id: string): Promise<void> {
    const button = this.root.querySelector<HTMLButtonElement>(`[data-event="${CSS.escape(id)}"]`);
    if (!button) throw new Error(`event ${id} not shown`);
    button.focus();
    button.click();
    await this.settle();
  }

  /** Closes a dialog and waits for its `close` event, which browsers fire a task later. */
  async closeDialog(dialog: HTMLDialogElement): Promise<void> {
    const closed = new Promise((resolve) =>
      dialog.addEventListener('close', resolve, { once: true }),
    );
    dialog.close();
    await closed;
    await this.settle();
  }
}
