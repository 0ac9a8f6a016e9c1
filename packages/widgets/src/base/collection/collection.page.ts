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
