import { waitUntil } from '@open-wc/testing';
import { WidgetPage } from '../../test-support/widget.page.ts';
import type { MetodikaElement } from '../metodika-element.ts';

/**
 * Drives a collection widget (`<metodika-practices>`, `<metodika-associations>`) in tests by
 * what a visitor sees and does, so tests survive markup changes.
 */
export class CollectionPage<T extends MetodikaElement = MetodikaElement> extends WidgetPage<T> {
  /** Card titles in order. */
  get titles(): string[] {
    return [...this.root.querySelectorAll('.card h3, .strip button')].map(
      (e) => e.textContent?.trim() ?? '',
    );
  }

  /** The cards, in order. */
  get cards(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('.card')];
  }

  /** The card of one entry, by its id. */
  card(id: string): HTMLElement | null {
    return (
      this.root.querySelector(`[data-id="${CSS.escape(id)}"]`)?.closest<HTMLElement>('.card') ??
      null
    );
  }

  /** Cover images. */
  get images(): HTMLImageElement[] {
    return [...this.root.querySelectorAll('img')];
  }

  /** The result count line. */
  get count(): string {
    return this.root.querySelector('.count')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
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

  /** The notice's widen / restore button. */
  get presetButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('.preset button');
  }

  /** The details dialog. */
  get dialog(): HTMLDialogElement {
    return this.root.querySelector('dialog')!;
  }

  /** Opens an entry's details by its id, as a click on its title. */
  async open(id: string): Promise<void> {
    const button = this.root.querySelector<HTMLButtonElement>(
      `button[data-id="${CSS.escape(id)}"]`,
    );
    if (!button) throw new Error(`entry ${id} not shown`);
    button.focus();
    button.click();
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
