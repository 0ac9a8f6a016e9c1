import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { Api } from '../api/client.ts';
import type { SessionAnswer, User } from '../api/types.ts';
import type { AnnounceEvent } from '../events/announce.ts';
import type { SignedInEvent } from '../events/signed-in.ts';
import { LANGS, type Lang, storedLang, storeLang, strings } from '../i18n/language.ts';
import type { Strings } from '../i18n/ru.ts';
import { HashController } from '../router/hash-controller.ts';
import { navigate } from '../router/navigate.ts';
import {
  hashFor,
  PAGES,
  type PageName,
  parseHash,
  type Route,
  sectionOf,
} from '../router/route.ts';
import { baseStyles } from '../styles/widget-base.ts';
import { appStyles } from './console-app.styles.ts';
import type { ConsoleContext, ConsolePage } from './console-page.ts';
import { canOpen, namesNoPage, startPage } from './roles.ts';

/**
 * Navigation entries in the pages' order, each shown only to those who may open it (roles.ts);
 * the password page is reached from the header instead.
 */
const NAV: readonly PageName[] = PAGES.filter((page) => page !== 'password');

/**
 * The department's console: asks the service who is signed in, then shows the login, a
 * one-time link page, or the signed-in user's pages under a header and navigation. Owns the API
 * client, the language choice, the hash route and the polite live region the pages announce to.
 *
 * @summary The console's root element.
 */
export class MetodikaConsole extends LitElement {
  static override styles = [baseStyles, appStyles];

  /** Prefix of the API's paths; '' when the service serves the console (same origin). */
  @property({ attribute: 'api-base' }) apiBase = '';

  @state() private session: SessionAnswer | null = null;
  @state() private loadError = '';
  @state() private language: Lang = storedLang();
  @state() private message = '';
  /** Shown on the login page after the session ended mid-work. */
  @state() private notice = '';
  /** Whose work is on screen when the session ended (their page is kept until they are back). */
  @state() private interrupted: User | null = null;

  private api: Api | null = null;
  private context: ConsoleContext | null = null;
  /** The address the user is asked about leaving unsaved edits for. */
  @state() private leaving: string | null = null;
  /** Set once the user chose to leave: the next address change is not asked about. */
  private leaveConfirmed = false;

  private readonly router = new HashController(
    this,
    (route, previous) => this.routeChanged(route, previous),
    (next) => this.mayLeave(next),
  );

  private get t(): Strings {
    return strings[this.language];
  }

  private get user(): User | null {
    return this.session?.user ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.beforeUnload);
    this.api ??= new Api({
      base: this.apiBase,
      lang: () => this.language,
      networkMessage: () => this.t.network,
      onUnauthenticated: () => this.sessionEnded(),
    });
    if (!this.session) void this.loadSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.beforeUnload);
  }

  private get currentPage(): ConsolePage | null {
    return this.user ? this.renderRoot.querySelector<ConsolePage>('[data-page]') : null;
  }

  /** Closing or reloading the tab with unsaved edits: the browser asks in its own words. */
  private beforeUnload = (event: BeforeUnloadEvent): void => {
    if (this.currentPage?.leaves(null)) event.preventDefault();
  };

  /** An address change (Back, a page's own navigation) away from unsaved edits waits for an answer. */
  private mayLeave(next: Route): boolean {
    if (this.leaveConfirmed) {
      this.leaveConfirmed = false;
      return true;
    }
    if (!this.currentPage?.leaves(next)) return true;
    this.leaving = location.hash;
    return false;
  }

  /** A link away from unsaved edits is not followed until the user says so. */
  private linkClicked = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.composedPath().find((n) => n instanceof HTMLAnchorElement);
    const href = link?.getAttribute('href');
    if (!href?.startsWith('#') || href === location.hash) return;
    if (!this.currentPage?.leaves(parseHash(href))) return;
    event.preventDefault();
    this.leaving = href;
  };

  private stay(): void {
    this.leaving = null;
  }

  private leave(): void {
    const target = this.leaving;
    this.leaving = null;
    if (target === null) return;
    this.leaveConfirmed = true;
    location.hash = target;
  }

  protected override updated(): void {
    // The question is modal: the rest of the console is inert until it is answered.
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.leave');
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Asks the service who is signed in (also gets the CSRF token for the login form). */
  private async loadSession(): Promise<void> {
    this.loadError = '';
    try {
      this.session = await this.api!.session();
      if (this.session.user) this.landIfNowhere(this.session.user);
    } catch {
      this.loadError = this.t.network;
    }
  }

  private sessionEnded(): void {
    if (!this.session?.user) return;
    this.interrupted = this.session.user;
    this.session = { ...this.session, user: null };
    this.notice = this.t.sessionEnded;
    this.say(this.t.sessionEnded);
    void this.focusPage();
    // A fresh CSRF token for the login form (the old one was bound to the ended session).
    void this.api!.session().then(
      (answer) => {
        if (this.session) this.session = { ...this.session, csrfToken: answer.csrfToken };
      },
      () => {},
    );
  }

  private signedIn = (event: SignedInEvent) => {
    this.api!.csrfToken = event.csrfToken;
    this.session = {
      ...this.session!,
      user: event.user,
      csrfToken: event.csrfToken,
      setupRequired: false,
    };
    this.notice = '';
    // Someone else signing in does not get the previous person's page, nor its address.
    const someoneElse = this.interrupted !== null && this.interrupted.id !== event.user.id;
    if (someoneElse) this.interrupted = null;
    // Setup and one-time links lead to the role's start page; the login keeps the page the user
    // was on (an address opened from a link, or work the session's end interrupted).
    if (this.router.route.name === 'setup' || this.router.route.name === 'link' || someoneElse)
      navigate(hashFor(startPage(event.user)));
    else this.landIfNowhere(event.user);
    void this.focusPage();
  };

  /** The console opened at no page (/admin/) shows the role's start page, not the requests. */
  private landIfNowhere(user: User): void {
    if (namesNoPage(location.hash)) navigate(hashFor(startPage(user)), true);
  }

  private announced = (event: AnnounceEvent) => {
    event.stopPropagation();
    this.say(event.text);
  };

  /** Puts a message in the live region (cleared first so the same words are said again). */
  private say(text: string): void {
    this.message = '';
    void this.updateComplete.then(() => {
      this.message = text;
    });
  }

  private routeChanged(route: Route, previous: Route): void {
    // A filter change keeps focus where it is; a new page moves it to the page's heading.
    const samePage =
      route.name === previous.name &&
      (route.name !== 'request' ||
        previous.name !== 'request' ||
        route.number === previous.number) &&
      (route.name !== 'event' || previous.name !== 'event' || route.eventId === previous.eventId);
    if (!samePage) void this.focusPage();
  }

  private async focusPage(): Promise<void> {
    await this.updateComplete;
    const page = this.renderRoot.querySelector<ConsolePage>('[data-page]');
    // A page loaded on demand (the content editors) is focused once its code has arrived.
    if (page) await customElements.whenDefined(page.localName);
    if (page) await page.focusHeading();
    else this.renderRoot.querySelector<HTMLElement>('main h1')?.focus();
  }

  private setLang(lang: Lang): void {
    this.language = lang;
    storeLang(lang);
  }

  private async logout(everywhere: boolean): Promise<void> {
    const t = this.t;
    try {
      await this.api!.post(everywhere ? '/admin/api/logout-everywhere' : '/admin/api/logout');
    } catch {
      // The session may have ended already: either way the user is signed out here.
    }
    this.session = { ...this.session!, user: null };
    this.interrupted = null;
    // Whoever signs in next starts at their own start page, not at the page left behind (the
    // address may name a request with someone's personal data).
    navigate('#/', true);
    await this.api!.session().catch(() => undefined);
    this.notice = '';
    this.say(everywhere ? t.header.loggedOutEverywhere : t.header.loggedOut);
    void this.focusPage();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language' as keyof MetodikaConsole)) {
      document.documentElement.lang = this.language;
    }
    if (this.api && this.session) {
      const ctx = this.context;
      if (
        !ctx ||
        ctx.user !== this.user ||
        ctx.lang !== this.language ||
        ctx.timeZone !== this.session.timeZone
      ) {
        this.context = {
          api: this.api,
          user: this.user,
          lang: this.language,
          timeZone: this.session.timeZone,
        };
      }
    }
    document.title = `${this.pageTitle()} — ${this.t.appName}`;
  }

  private pageTitle(): string {
    const t = this.t;
    const route = this.router.route;
    if (!this.session) return t.loading;
    if (route.name === 'setup') return t.link.setupTitle;
    if (route.name === 'link') return t.link.inviteTitle;
    if (!this.user) return t.login.title;
    if (route.name === 'request') return `${t.request.title} ${route.number}`;
    if (route.name === 'event') return t.events.event;
    return t.nav[route.name];
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<div
      class="root"
      lang=${this.language}
      @console-announce=${this.announced}
      @console-signed-in=${this.signedIn}
      @click=${this.linkClicked}
    >
      <button type="button" class="skip" @click=${() => this.focusPage()}>${t.skipToContent}</button>
      ${this.renderHeader()}
      <div class="layout ${this.user ? 'with-nav' : ''}">
        ${this.user ? this.renderNav() : nothing}
        <main id="content">${this.renderMain()}</main>
      </div>
      <div class="vh" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>
      ${this.leaving === null ? nothing : this.renderLeave()}
    </div>`;
  }

  private renderLeave(): TemplateResult {
    const t = this.t.leave;
    return html`<dialog
      class="leave"
      aria-labelledby="leave-title"
      aria-describedby="leave-text"
      @cancel=${() => this.stay()}
    >
      <h2 id="leave-title">${t.title}</h2>
      <p id="leave-text">${t.text}</p>
      <p class="actions">
        <button type="button" autofocus @click=${() => this.stay()}>${t.stay}</button>
        <button type="button" @click=${() => this.leave()}>${t.leave}</button>
      </p>
    </dialog>`;
  }

  private renderHeader(): TemplateResult {
    const t = this.t;
    const user = this.user;
    return html`<header class="top">
      <p class="brand">
        <strong>${t.appName}</strong>
        ${this.session?.department ? html`<span class="muted">${this.session.department.name}</span>` : nothing}
      </p>
      <div class="tools">
        <label class="lang">
          <span>${t.language}</span>
          <select @change=${(e: Event) => this.setLang((e.target as HTMLSelectElement).value as Lang)}>
            ${LANGS.map(
              (lang) =>
                html`<option value=${lang} lang=${lang} ?selected=${lang === this.language}>
                  ${t.languageNames[lang]}
                </option>`,
            )}
          </select>
        </label>
        ${
          user
            ? html`<p class="who">
                <span class="vh">${t.header.signedInAs}</span>
                <strong>${user.name}</strong>
                <span class="muted">${t.roles[user.role]}</span>
              </p>
              <a
                class="button"
                href="#/password"
                aria-current=${this.router.route.name === 'password' ? 'page' : 'false'}
                >${t.nav.password}</a
              >
              <button type="button" @click=${() => this.logout(false)}>${t.header.logout}</button>
              <button type="button" @click=${() => this.logout(true)}>${t.header.logoutEverywhere}</button>`
            : nothing
        }
      </div>
    </header>`;
  }

  private renderNav(): TemplateResult {
    const t = this.t;
    const user = this.user!;
    const current = sectionOf(this.router.route);
    return html`<nav aria-label=${t.nav.label}>
      <ul>
        ${NAV.filter((page) => canOpen(user, page)).map(
          (page) =>
            html`<li>
              <a href="#/${page}" aria-current=${current === page ? 'page' : 'false'}>
                ${t.nav[page]}
              </a>
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderMain(): TemplateResult {
    const t = this.t;
    if (!this.session || !this.context) {
      return this.loadError
        ? html`<div class="state error">
            <p>${this.loadError}</p>
            <p><button type="button" @click=${() => this.loadSession()}>${t.retry}</button></p>
          </div>`
        : html`<p class="state" role="status">${t.loading}</p>`;
    }
    const route = this.router.route;
    const ctx = this.context;
    if (route.name === 'setup' || route.name === 'link') {
      return html`<console-link-page data-page .context=${ctx} .route=${route}></console-link-page>`;
    }
    const user = this.user;
    const worker = user ?? this.interrupted;
    if (!worker) return this.renderLogin(route, ctx);
    // While the session is ended mid-work the page stays, hidden and inert, under the login:
    // whatever was typed is there again after signing back in (keyed: only for the same person).
    return html`${user ? nothing : this.renderLogin(route, ctx)}
      <div class="page-holder" ?hidden=${!user} .inert=${!user}>
        ${keyed(worker.id, this.renderPage(route, ctx, worker))}
      </div>`;
  }

  private renderLogin(route: Route, ctx: ConsoleContext): TemplateResult {
    return html`${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      <console-login-page
        data-page
        .context=${ctx}
        .route=${route}
        .setupRequired=${Boolean(this.session?.setupRequired)}
      ></console-login-page>`;
  }

  private renderPage(route: Route, ctx: ConsoleContext, user: User): TemplateResult {
    const t = this.t;
    const section = sectionOf(route);
    if (section && !canOpen(user, section)) {
      const start = startPage(user);
      return html`<h1 tabindex="-1">${this.pageTitle()}</h1>
        <div class="notice problem" data-forbidden>
          <h2>${t.noAccess.title}</h2>
          <p>${t.forbidden}</p>
          <p><a class="button" href=${hashFor(start)}>${t.noAccess.goTo(t.nav[start])}</a></p>
        </div>`;
    }
    switch (route.name) {
      case 'request':
        return html`<console-request-page data-page .context=${ctx} .route=${route}></console-request-page>`;
      case 'events':
        return html`<console-events-page data-page .context=${ctx} .route=${route}></console-events-page>`;
      case 'event':
        return html`<console-event-page data-page .context=${ctx} .route=${route}></console-event-page>`;
      case 'publishing':
        return html`<console-publishing-page data-page .context=${ctx} .route=${route}></console-publishing-page>`;
      case 'import':
        return html`<console-import-page data-page .context=${ctx} .route=${route}></console-import-page>`;
      case 'content':
        void import('../pages/editors/define.ts');
        return html`<console-editors-page data-page .context=${ctx} .route=${route}></console-editors-page>`;
      case 'content-events':
        return html`<console-draft-events-page data-page .context=${ctx} .route=${route}></console-draft-events-page>`;
      case 'withdrawal':
        return html`<console-withdrawal-page data-page .context=${ctx} .route=${route}></console-withdrawal-page>`;
      case 'users':
        return html`<console-users-page data-page .context=${ctx} .route=${route}></console-users-page>`;
      case 'audit':
        return html`<console-audit-page data-page .context=${ctx} .route=${route}></console-audit-page>`;
      case 'settings':
        return html`<console-settings-page data-page .context=${ctx} .route=${route}></console-settings-page>`;
      case 'tokens':
        return html`<console-tokens-page data-page .context=${ctx} .route=${route}></console-tokens-page>`;
      case 'password':
        return html`<console-password-page data-page .context=${ctx} .route=${route}></console-password-page>`;
      default:
        return html`<console-requests-page data-page .context=${ctx} .route=${route}></console-requests-page>`;
    }
  }
}
