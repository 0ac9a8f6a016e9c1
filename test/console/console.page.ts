/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * A page object for `<metodika-console>` in a test page: mounts it against one of the test
 * server's worlds (a real packages/inbox behind the same-origin proxy, see console-plugin.mjs),
 * finds controls by their visible labels and buttons by their text, so tests read like what a
 * person does and do not depend on markup details. Waits are for conditions, never for time.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../packages/console/src/define.ts';
import type { LitElement } from 'lit';
import type { MetodikaConsole } from '../../packages/console/src/app/console-app.ts';
import type { MetodikaElement } from '../../packages/widgets/src/base/metodika-element.ts';
import { WidgetPage } from '../../packages/widgets/src/test-support/widget.page.ts';
import { squash, useWorld } from './helpers.ts';

export {
  focused,
  helper,
  lettersAt,
  squash,
  tabTo,
  untilLetter,
  useWorld,
} from './helpers.ts';

/**
 * A call to the console's API as the signed-in person (the session's CSRF token sent along):
 * what a colleague in another tab does, or a look at what the service keeps.
 */
export async function staffApi<T>(method: string, path: string, body?: unknown): Promise<T> {
  const session = await (await fetch('/admin/api/session')).json();
  const response = await fetch(path, {
    method,
    headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  return (await response.json()) as T;
}

export class ConsolePageObject {
  constructor(readonly el: MetodikaConsole) {}

  get app(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** The current page element (login, list, request…). */
  get page(): LitElement | null {
    return this.app.querySelector<LitElement>('[data-page]');
  }

  /** The current page's shadow root (throws when there is no page yet). */
  get root(): ShadowRoot {
    const root = this.page?.shadowRoot;
    if (!root) throw new Error('no page rendered');
    return root;
  }

  /** The page's h1, or '' while there is none. */
  heading(): string {
    const h1 = this.page?.shadowRoot?.querySelector('h1') ?? this.app.querySelector('main h1');
    return squash(h1?.textContent);
  }

  /** The page's visible text. */
  text(): string {
    return squash(this.page?.shadowRoot?.textContent);
  }

  /** What the console's live region says. */
  live(): string {
    return squash(this.app.querySelector('[aria-live]')?.textContent);
  }

  /** The text of the console's `<main>`: what it says where no page could be drawn. */
  mainText(): string {
    return this.el.shadowRoot?.querySelector('main')?.textContent ?? '';
  }

  /**
   * The editor's live preview: its widget's page object once the widget has drawn, else null
   * (the preview then says why there is none, see `previewText`).
   */
  previewWidget(): WidgetPage | null {
    const widget = this.previewRoot()?.querySelector<MetodikaElement>('.frame > *');
    return widget?.shadowRoot ? new WidgetPage(widget) : null;
  }

  /** What the editor's preview shows: its widget's text, else its own state line. */
  previewText(): string {
    const widget = this.previewWidget();
    return squash(widget ? widget.renderedText : this.previewRoot()?.textContent);
  }

  private previewRoot(): ShadowRoot | null | undefined {
    return this.page?.shadowRoot?.querySelector('console-feed-preview')?.shadowRoot;
  }

  /**
   * What sticks out past `width` pixels, shadow roots included, each as tag#id.class: the
   * message of a failed «no sideways scrolling» check at phone width.
   */
  overflowing(width: number, root: ParentNode = this.app): string[] {
    return [...root.querySelectorAll('*')].flatMap((el) => [
      ...(el.getBoundingClientRect().right > width + 1
        ? [`${el.localName}${el.id ? `#${el.id}` : ''}.${el.className}`]
        : []),
      ...(el.shadowRoot ? this.overflowing(width, el.shadowRoot) : []),
    ]);
  }

  async until(predicate: () => unknown, message: string): Promise<void> {
    await waitUntil(() => Boolean(predicate()), message, { timeout: 9000, interval: 30 });
    await this.settled();
  }

  /** Both the console and the page have rendered their latest state. */
  async settled(): Promise<void> {
    await this.el.updateComplete;
    await this.page?.updateComplete;
  }

  async untilHeading(text: string): Promise<void> {
    await this.until(
      () => this.heading().startsWith(text),
      `heading «${text}» (now «${this.heading()}»)`,
    );
  }

  async untilText(text: string): Promise<void> {
    await this.until(() => this.text().includes(text), `text «${text}»`);
  }

  /** The control whose label reads `label` (a `for` label or a wrapping one). */
  control<T extends HTMLElement = HTMLInputElement>(
    label: string,
    root: ParentNode = this.root,
  ): T {
    for (const l of root.querySelectorAll('label')) {
      if (squash(l.textContent) !== label) continue;
      const target = l.htmlFor
        ? (l.getRootNode() as ShadowRoot).getElementById(l.htmlFor)
        : l.querySelector('input, select, textarea');
      if (target) return target as T;
    }
    throw new Error(`no control labelled «${label}»`);
  }

  /** Types into a field as a person would (value, then input and change events). */
  async fill(label: string, value: string): Promise<void> {
    const input = this.control<HTMLInputElement | HTMLTextAreaElement>(label);
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await this.settled();
  }

  /** The fieldset whose legend reads `legend` (a group of choices, a date and a time). */
  group(legend: string, root: ParentNode = this.root): HTMLFieldSetElement {
    const found = [...root.querySelectorAll('fieldset')].find(
      (f) => squash(f.querySelector(':scope > legend')?.textContent) === legend,
    );
    if (!found) throw new Error(`no group «${legend}»`);
    return found;
  }

  /** Types into the field `label` inside the group `legend` (e.g. «Начало» → «дата»). */
  async fillIn(legend: string, label: string, value: string): Promise<void> {
    const input = this.control(label, this.group(legend));
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.settled();
  }

  /** Ticks or clears the checkbox (or picks the radio) whose label reads `label`. */
  async tick(label: string, on = true, root: ParentNode = this.root): Promise<void> {
    const input = this.control(label, root);
    if (input.checked === on) return;
    input.click();
    await this.settled();
  }

  /** The message shown in a group (its `.field-error`). */
  groupError(legend: string): string {
    return squash(this.group(legend).querySelector(':scope > .field-error')?.textContent);
  }

  /** Picks an option of a select by its visible text. */
  async choose(label: string, optionText: string): Promise<void> {
    const select = this.control<HTMLSelectElement>(label);
    const option = [...select.options].find((o) => squash(o.textContent).startsWith(optionText));
    if (!option) throw new Error(`no option «${optionText}» in «${label}»`);
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await this.settled();
  }

  /**
   * A button (or a link styled as one) by its text: in the page (and elements inside it, such
   * as the copy button), or else in the console's frame.
   */
  button(text: string): HTMLElement {
    const search = (root: ShadowRoot): HTMLElement | undefined => {
      const found = [...root.querySelectorAll<HTMLElement>('button, a')].find(
        (b) => squash(b.textContent) === text,
      );
      if (found) return found;
      for (const host of root.querySelectorAll('*')) {
        if (host.shadowRoot && host !== this.page) {
          const inner = search(host.shadowRoot);
          if (inner) return inner;
        }
      }
      return undefined;
    };
    const page = this.page?.shadowRoot;
    const found = (page && search(page)) ?? search(this.app);
    if (!found) throw new Error(`no button «${text}»`);
    return found;
  }

  /** Whether the page (or the console's frame) shows a button with this text. */
  hasButton(text: string): boolean {
    try {
      this.button(text);
      return true;
    } catch {
      return false;
    }
  }

  /** The text of a request's history. */
  history(): string {
    return squash(this.page?.shadowRoot?.querySelector('ol.history')?.textContent);
  }

  async click(text: string): Promise<void> {
    this.button(text).click();
    await this.settled();
  }

  /** The message shown under a field (linked to it by aria-describedby). */
  fieldError(label: string): string {
    return this.described(label, 'field-error');
  }

  /** The hint under a field (linked to it by aria-describedby). */
  hint(label: string): string {
    return this.described(label, 'hint');
  }

  /** The text of what describes a field (aria-describedby), only the elements of `kind`. */
  private described(label: string, kind: 'field-error' | 'hint'): string {
    const control = this.control(label);
    const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    const root = control.getRootNode() as ShadowRoot;
    return ids
      .map((id) => root.getElementById(id))
      .filter((n) => n?.classList.contains(kind))
      .map((n) => squash(n!.textContent))
      .join(' ');
  }

  /** axe-core over the whole console, shadow roots included. */
  async accessible(): Promise<void> {
    await this.settled();
    await expect(this.el).to.be.accessible();
  }

  /** Goes to a hash as a link would and waits for the page's heading. */
  async go(hash: string, heading: string): Promise<void> {
    if (new URL(hash, location.href).hash !== location.hash) {
      const changed = new Promise((resolve) =>
        window.addEventListener('hashchange', resolve, { once: true }),
      );
      location.hash = hash;
      await changed;
    }
    await this.settled();
    await this.untilHeading(heading);
  }

  /** Signs in through the login form. */
  async signIn(email: string, password: string): Promise<void> {
    await this.untilHeading('Вход');
    await this.fill('E-mail', email);
    await this.fill('Пароль', password);
    await this.click('Войти');
    await this.until(() => this.app.querySelector('nav'), 'signed in (navigation shown)');
  }

  remove(): void {
    this.el.remove();
  }
}

/** Someone with an account in a test world. */
export interface Person {
  email: string;
  name: string;
  password: string;
}

/**
 * Mounts the console at `hash` as `who` (signing out whoever else is signed in, signing in
 * through the form) and waits for the page's heading.
 */
export async function openAs(
  world: string,
  who: Person,
  hash: string,
  heading: string,
): Promise<ConsolePageObject> {
  const c = await openConsole(world, hash);
  await c.until(() => c.heading(), 'a page');
  const signedIn = squash(c.app.querySelector('.who strong')?.textContent);
  if (signedIn && signedIn !== who.name) {
    await c.click('Выйти');
    await c.untilHeading('Вход');
  }
  if (c.heading() === 'Вход') await c.signIn(who.email, who.password);
  // Signing out forgets the page (the next person starts at their own): open it again.
  await c.go(hash, heading);
  return c;
}

/**
 * Mounts the console at `hash` against `world` (each test file has its own service). The API
 * base is '' (same origin): `/admin/api/*` goes through the test server's proxy.
 */
export async function openConsole(world: string, hash = '#/requests'): Promise<ConsolePageObject> {
  useWorld(world);
  history.replaceState(null, '', hash);
  const el = document.createElement('metodika-console');
  document.body.append(el);
  const page = new ConsolePageObject(el);
  await page.until(() => page.heading(), 'the console asked the service who is signed in');
  return page;
}
