import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Api } from '../api/client.ts';
import type { User } from '../api/types.ts';
import { AnnounceEvent } from '../events/announce.ts';
import { formatDateTime } from '../i18n/format.ts';
import { type Lang, strings } from '../i18n/language.ts';
import type { Strings } from '../i18n/ru.ts';
import { parseHash, type Route } from '../router/route.ts';
import { consoleStyles } from '../styles/console.styles.ts';
import { baseStyles } from '../styles/widget-base.ts';
import { fieldErrors, problemText } from '../ui/errors.ts';

/** Where a page draws a refused form's field messages and any other problem. */
export interface FormFailure {
  fields(fields: Record<string, string>): void;
  problem(text: string): void;
}

/** What every page knows about where it runs. */
export interface ConsoleContext {
  api: Api;
  user: User | null;
  timeZone: string;
  lang: Lang;
}

/**
 * A console page: the API client, the signed-in user, the department's zone and the language
 * come from `<metodika-console>` as properties; the page renders inside the widgets' `.root`
 * so their design tokens apply. Pages say what happened through `announce()` (the console's
 * live region), make their first requests in `start()` and put their heading first so the
 * console can move focus to it.
 */
export abstract class ConsolePage extends LitElement {
  static override styles = [baseStyles, consoleStyles];

  /** The console's context (set by `<metodika-console>`). */
  @property({ attribute: false }) context!: ConsoleContext;
  /** The current route (its query holds the page's filters). */
  @property({ attribute: false }) route: Route = parseHash(location.hash);

  constructor() {
    super();
    let started = false;
    // Before the first render with a context (the console sets it after creating the page).
    this.addController({
      hostUpdate: () => {
        if (started || !this.context) return;
        started = true;
        this.start();
      },
    });
  }

  /** The page's first requests, made once it has the console's context; none by default. */
  protected start(): void {}

  protected get t(): Strings {
    return strings[this.context.lang];
  }

  protected get language(): Lang {
    return this.context.lang;
  }

  protected get api(): Api {
    return this.context.api;
  }

  /** A moment in the department's time zone. */
  protected date(iso: string | null | undefined): string {
    return formatDateTime(iso, this.context.lang, this.context.timeZone);
  }

  /** Sends a message to the console's polite live region. */
  protected announce(text: string): void {
    this.dispatchEvent(new AnnounceEvent(text));
  }

  /**
   * Whether going to `next` (null: the tab closes or reloads) would lose what was typed and not
   * saved; the console then asks first. Pages without forms lose nothing.
   */
  leaves(_next: Route | null): boolean {
    return false;
  }

  /** Moves focus to the page's heading (after navigation). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  /** Focuses a control by id in this page (error summary entries). */
  protected focusControl(id: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  /** After a failed submit: the error summary gets focus once it is drawn. */
  protected async focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-summary]')?.focus();
  }

  /** After asking in place: the yes button (`data-confirm-yes`) gets focus once it is drawn. */
  protected async focusConfirmation(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-confirm-yes]')?.focus();
  }

  /**
   * A form the service refused: its field messages go to the error summary, which gets focus;
   * any other failure is put in words and said in the live region. `show` draws each on the page.
   */
  protected async formFailed(error: unknown, show: FormFailure): Promise<void> {
    const fields = fieldErrors(error);
    if (fields) {
      show.fields(fields);
      await this.focusSummary();
    } else {
      const text = problemText(error, this.t);
      show.problem(text);
      this.announce(text);
    }
  }

  /**
   * A list the service answers as `{ items }`; when it cannot be had, `failed` gets the reason in
   * words and the answer is null (the page keeps what it showed).
   */
  protected async listOf<T>(path: string, failed: (text: string) => void): Promise<T[] | null> {
    try {
      return (await this.api.get<{ items: T[] }>(path)).items;
    } catch (error) {
      failed(problemText(error, this.t));
      return null;
    }
  }

  protected abstract renderPage(): TemplateResult;

  protected override render(): TemplateResult {
    return html`<div class="root">${this.renderPage()}</div>`;
  }
}
