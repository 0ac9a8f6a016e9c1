import { aTimeout } from '@open-wc/testing';
import { deepActiveElement } from '../dialog.ts';
import type { MetodikaElement } from '../metodika-element.ts';

/**
 * Drives a collection widget (`<metodika-practices>`, `<metodika-associations>`) in tests by
 * what a visitor sees and does, so tests survive markup changes.
 */
export class CollectionPage<T extends MetodikaElement = MetodikaElement> {
  constructor(readonly el: T) {}

  private get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** Waits until the feed has settled (not loading) and the element has rendered. */
  async ready(timeout = 5000): Promise<void> {
    const start = Date.now();
    while (this.el.feed.state.status === 'loading') {
      if (Date.now() - start > timeout) throw new Error('still loading');
      await aTimeout(10);
    }
    await this.settle();
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

  /** Visible text of the whole widget. */
  get text(): string {
    return (this.root.querySelector('.root') as HTMLElement | null)?.innerText ?? '';
  }

  /** Card titles in order. */
  get titles(): string[] {
    return [...this.root.querySelectorAll('.card h3, .strip button')].map(
      (e) => e.textContent?.trim() ?? '',
    );
  }

  /** The result count line. */
  get count(): string {
    return this.root.querySelector('.count')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** Labels of the active filter chips. */
  get chips(): string[] {
    return [...this.root.querySelectorAll('.chip')].map(
      (c) => c.textContent?.replace('×', '').trim() ?? '',
    );
  }

  /** The details dialog. */
  get dialog(): HTMLDialogElement {
    return this.root.querySelector('dialog')!;
  }

  /** The focused element, looking into shadow roots. */
  get focused(): HTMLElement | null {
    return deepActiveElement();
  }

  button(name: string): HTMLButtonElement {
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('button')];
    const found = buttons.find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent?.replace(/\s+/g, ' ').trim()) === name,
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

  async closeDialog(): Promise<void> {
    // The close event comes in a later task: wait for it, then for the render it causes.
    const closed = new Promise((resolve) =>
      this.dialog.addEventListener('close', resolve, { once: true }),
    );
    this.dialog.close();
    await closed;
    await this.settle();
  }
}
