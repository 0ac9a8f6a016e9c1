/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * A page object for `<metodika-sites>` (the page for school webmasters): its controls by their
 * labels, the snippet, the copy status, and the previewed widget read through the widgets' own
 * page objects (WidgetPage, CalendarPage, CollectionPage), as is a widget pasted into a frame.
 * The widgets here come from the service's build, defined by the served loader some time after
 * they are in the page: their page objects are given only once a widget has its shadow root.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { MetodikaSites } from '../../packages/console/src/sites/sites-page.ts';
import { CalendarPage } from '../../packages/widgets/src/calendar/calendar.page.ts';
import { WidgetPage } from '../../packages/widgets/src/test-support/widget.page.ts';
import { squash } from './helpers.ts';

/** The page object `Page` of the widget `el`, once it has drawn (else null). */
export function drawn<P extends WidgetPage>(
  el: Element | null | undefined,
  Page: new (el: never) => P,
): P | null {
  return el?.shadowRoot ? new Page(el as never) : null;
}

/** The widget matching `selector` in the page `frame` shows, once it has drawn. */
export function widgetIn<P extends WidgetPage>(
  frame: HTMLIFrameElement,
  selector: string,
  Page: new (el: never) => P,
): P | null {
  return drawn(frame.contentDocument?.querySelector(selector), Page);
}

export class SitesPage {
  constructor(readonly el: MetodikaSites) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** The page's wrapper (what must not scroll sideways at phone width). */
  get wrapper(): HTMLElement {
    return this.root.querySelector<HTMLElement>('.root')!;
  }

  /** The page's h1. */
  heading(): string {
    return squash(this.root.querySelector('h1')?.textContent);
  }

  text(): string {
    return squash(this.root.textContent);
  }

  /** The control labelled `label` (a `<label for>` or a wrapping label). */
  control<T extends HTMLElement = HTMLInputElement>(label: string): T {
    for (const l of this.root.querySelectorAll('label')) {
      if (squash(l.textContent).startsWith(label)) {
        const control = l.htmlFor
          ? this.root.getElementById(l.htmlFor)
          : l.querySelector('input, select');
        if (control) return control as T;
      }
    }
    throw new Error(`no control labelled "${label}"`);
  }

  async pick(label: string, value: string): Promise<void> {
    const select = this.control<HTMLSelectElement>(label);
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await this.el.updateComplete;
  }

  async widget(title: string): Promise<void> {
    const radio = this.control(title);
    radio.click();
    await this.el.updateComplete;
  }

  snippet(which: 'script' | 'frame' = 'script'): string {
    return this.root.querySelector<HTMLTextAreaElement>(`#code-${which}`)?.value ?? '';
  }

  button(text: string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll('button')].find(
      (b) => squash(b.textContent) === text,
    );
    if (!found) throw new Error(`no button "${text}"`);
    return found;
  }

  /** The live widget in the preview (defined or not yet). */
  preview(): HTMLElement | null {
    return this.el.querySelector<HTMLElement>('[slot=preview] > *');
  }

  /** The previewed calendar's page object, once drawn (null for another widget). */
  previewCalendar(): CalendarPage | null {
    const preview = this.preview();
    return preview?.localName === 'metodika-calendar' ? drawn(preview, CalendarPage) : null;
  }

  /** The previewed widget's text ('' until it has drawn). */
  previewText(): string {
    return squash(drawn(this.preview(), WidgetPage)?.renderedText);
  }

  status(which: 'script' | 'frame' = 'script'): string {
    return squash(this.root.querySelector(`[data-copy-status=${which}]`)?.textContent);
  }

  async until(check: () => unknown, message: string, timeout = 15000): Promise<void> {
    await waitUntil(check, message, { timeout, interval: 50 });
    await this.el.updateComplete;
  }

  async accessible(): Promise<void> {
    await this.el.updateComplete;
    await expect(this.el).to.be.accessible();
  }
}
