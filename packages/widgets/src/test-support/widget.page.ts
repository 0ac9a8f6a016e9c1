import { aTimeout, waitUntil } from '@open-wc/testing';
import { deepActiveElement } from '../base/dialog.ts';
import type { MetodikaElement } from '../base/metodika-element.ts';

/** Visible name of a button: its aria-label, else its text with whitespace collapsed. */
const buttonName = (b: HTMLButtonElement) =>
  b.getAttribute('aria-label') ?? b.textContent?.replace(/\s+/g, ' ').trim();

/**
 * What every widget page object shares: waiting for the feed and renders, finding buttons,
 * searching, facets, chips and dialogs, all by what a visitor sees so tests survive markup
 * changes (Lion's CalendarObject idea).
 */
export class WidgetPage<T extends MetodikaElement = MetodikaElement> {
  constructor(readonly el: T) {}

  protected get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /**
   * Waits until the feed has settled (not loading) and the element has drawn it: a skeleton that
   * stays for a lazy part the view needs (the full calendar's, a series' expansion) is not ready.
   */
  async ready(timeout = 5000): Promise<void> {
    const start = Date.now();
    while (this.el.feed.state.status === 'loading') {
      if (Date.now() - start > timeout) throw new Error(`${this.el.localName} still loading`);
      await aTimeout(10);
    }
    await waitUntil(() => this.shown !== 'loading', `${this.el.localName} drawn`, { timeout });
    await this.settle();
  }

  /** Waits for the next render. */
  async settle(): Promise<void> {
    await this.el.updateComplete;
    await aTimeout(0);
    await this.el.updateComplete;
  }

  /** The feed state: loading, ready, stale or error. */
  get status(): string {
    return this.el.feed.state.status;
  }

  /** Visible text of the whole widget (innerText: what is rendered, not hidden markup). */
  get text(): string {
    return (this.root.querySelector('.root') as HTMLElement | null)?.innerText ?? '';
  }

  /** The focused element, looking into shadow roots. */
  get focused(): HTMLElement | null {
    return deepActiveElement();
  }

  /** The widget's first heading (its title, or the month in the calendar). */
  get title(): string {
    return this.root.querySelector('h2')?.textContent?.trim() ?? '';
  }

  /** Text of the first heading of `level` (a form inside details titles itself with an h3). */
  headingText(level: number): string {
    return this.root.querySelector(`h${level}`)?.textContent?.trim() ?? '';
  }

  /** The loading placeholder, while there is one. */
  get skeleton(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[aria-busy="true"]');
  }

  /** Text of the first status live region (loading, a count). */
  get statusText(): string {
    return this.root.querySelector('[role=status]')?.textContent ?? '';
  }

  /** The button of "nothing matches" that clears every filter, when shown. */
  get noMatchesReset(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('.no-matches button');
  }

  /** The "show more" button, when there is more to show. */
  get showMore(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('.show-more');
  }

  /** The notice that the page's presets narrow the list ('' when there is none). */
  get preset(): string {
    return this.root.querySelector('.preset span')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** Waits for the preset notice (its words are a chunk of their own) and gives its text. */
  async presetShown(): Promise<string> {
    await waitUntil(() => this.preset, 'the preset notice');
    await this.settle();
    return this.preset;
  }

  /** The preset notice itself, while shown. */
  get presetNotice(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('.preset');
  }

  /** Text of the filter bar: the facets' names and options ('' without one). */
  get filtersText(): string {
    return this.root.querySelector('.filters')?.textContent ?? '';
  }

  /** The notice's widen / restore button. */
  get presetButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('.preset button');
  }

  /** True when the widget has its search and filters (a strip or a single entry has none). */
  get hasSearch(): boolean {
    return this.root.querySelector('[role=search]') !== null;
  }

  /** The inner wrapper every widget draws into (theming and bvi settings sit on it). */
  get wrapper(): HTMLElement {
    return this.root.querySelector<HTMLElement>('.root')!;
  }

  /** Every link in the widget, dialogs included. */
  get links(): HTMLAnchorElement[] {
    return [...this.root.querySelectorAll<HTMLAnchorElement>('a')];
  }

  /** True when focus is inside the widget. */
  get hasFocus(): boolean {
    const focused = this.focused;
    return focused !== null && this.root.contains(focused);
  }

  /**
   * What the widget shows: `loading` until it has content (also before the loader has defined
   * the element), `error`, or `ready`.
   */
  get shown(): 'loading' | 'error' | 'ready' {
    const root = this.el.shadowRoot?.querySelector('.root');
    if (!root || root.querySelector('[part~="skeleton"]') || !root.textContent?.trim())
      return 'loading';
    return root.querySelector('[part~="error"]') ? 'error' : 'ready';
  }

  /** The rendered text (markup's text, whitespace collapsed); '' before the element is defined. */
  get renderedText(): string {
    return this.el.shadowRoot?.querySelector('.root')?.textContent?.replace(/\s+/g, ' ') ?? '';
  }

  // Style probes: what media, theming and hostile-page tests inspect.

  /** Every element of the widget, for checks over all of them (sideways scrolling, motion). */
  get allElements(): Element[] {
    return [...this.root.querySelectorAll('*')];
  }

  /** The open dialogs. */
  get openDialogs(): HTMLDialogElement[] {
    return [...this.root.querySelectorAll<HTMLDialogElement>('dialog[open]')];
  }

  /** The first control that takes keyboard focus: a button or a text field. */
  get firstControl(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(
      'button:not([tabindex="-1"]), input:not([type=checkbox]):not([tabindex="-1"])',
    );
  }

  /** Buttons drawn with an edge (not the link-styled ones), shown, outside closed dialogs. */
  get framedButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button:not(.link)')].filter(
      (button) => button.getClientRects().length > 0 && !button.closest('dialog:not([open])'),
    );
  }

  /** A control on the widget's own surface: a text field or a plain (not pressed) button. */
  get plainControl(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(
      'input[type=search], input[type=text], button:not(.link):not([aria-pressed=true]):not(.primary)',
    );
  }

  /** The facet disclosures. */
  get facets(): HTMLDetailsElement[] {
    return [...this.root.querySelectorAll<HTMLDetailsElement>('.facet')];
  }

  /** Something that opens details: a card's title, an agenda entry or an event in the grid. */
  get detailsOpener(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>(
      '.card button.link, .agenda .event-title, .ev',
    );
  }

  /** A pulsing bar of the loading placeholder. */
  get skeletonBar(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('.skeleton .bar');
  }

  /** Names of the widget's landmarks (search, named sections and forms). */
  get landmarkNames(): string[] {
    return [
      ...this.root.querySelectorAll('[role="search"], section[aria-label], form[aria-label]'),
    ].map((e) => e.getAttribute('aria-label') ?? '');
  }

  /** Labels of the active filter chips. */
  get chips(): string[] {
    return [...this.root.querySelectorAll('.chip')].map(
      (c) => c.textContent?.replace('×', '').trim() ?? '',
    );
  }

  /** A button by its visible name; throws listing the names there are. */
  button(name: string): HTMLButtonElement {
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('button')];
    const found = buttons.find((b) => buttonName(b) === name);
    if (!found) throw new Error(`no button «${name}»: ${buttons.map(buttonName).join(' | ')}`);
    return found;
  }

  /** Clicks a button by its visible name and waits for the render. */
  async click(name: string): Promise<void> {
    this.button(name).click();
    await this.settle();
  }

  /** Types a query into the search box. */
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
    if (!found)
      throw new Error(
        `no option «${label}»: ${boxes.map((b) => b.textContent?.trim()).join(' | ')}`,
      );
    found.querySelector('input')!.click();
    await this.settle();
  }

  /** Closes a dialog and waits for its `close` event, which browsers fire a task later. */
  async closeDialog(dialog = this.root.querySelector('dialog')!): Promise<void> {
    const closed = new Promise((resolve) =>
      dialog.addEventListener('close', resolve, { once: true }),
    );
    dialog.close();
    await closed;
    await this.settle();
  }
}

/**
 * What sticks out past a widget's right edge (shown elements only), each as the start of its
 * markup, and whether the widget scrolls sideways: the phone at 200 % text checks.
 */
export function sticksOut(page: WidgetPage): string[] {
  const right = page.el.getBoundingClientRect().right;
  // A closed disclosure keeps laying out its hidden content (Chromium), which no one sees.
  const hidden = (e: Element) => {
    const closed = e.closest('details:not([open])');
    return closed !== null && !closed.querySelector(':scope > summary')?.contains(e);
  };
  const out = page.allElements
    .filter(
      (e) =>
        e.getClientRects().length > 0 &&
        !e.closest('dialog:not([open])') &&
        !hidden(e) &&
        e.getBoundingClientRect().right > right + 1,
    )
    .map((e) => e.outerHTML.slice(0, 80));
  if (page.wrapper.scrollWidth > page.wrapper.clientWidth + 1) out.push('sideways scrolling');
  return out;
}
