import { ASSOCIATION_KIND_LABELS, EVENT_KIND_LABELS, PRACTICE_KIND_LABELS } from '@metodika/feed';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from '../styles/widget-base.ts';
import {
  type OfferedWidget,
  offeredWidgets,
  type Preset,
  type PresetName,
  type WidgetName,
} from './catalogue.ts';
import { contrastWithWhite } from './contrast.ts';
import {
  addWidgetScript,
  type FeedState,
  type FeedSummary,
  loadFeed,
  loadScriptInfo,
  type ScriptState,
} from './service.ts';
import { SITES_STRINGS, type SitesStrings } from './sites.strings.ts';
import { sitesStyles } from './sites.styles.ts';
import {
  elementAttributes,
  type Fallback,
  frameSnippet,
  scriptSnippet,
  type WidgetChoice,
} from './snippet.ts';

/** The widgets this build's manifest declares, with the presets it lists for each. */
const WIDGETS = offeredWidgets();
const DEFAULT_ACCENT = '#7a1f5c';

type Option = { value: string; label: string };

/**
 * The public page for school webmasters ("Для сайтов школ"): pick a widget and its presets, see
 * the live widget with the department's published feed, copy the snippet (script tag + element,
 * or an iframe) with one click, and read where to paste it in the school's CMS.
 *
 * The live widget is a light-DOM child (`slot="preview"`): the widgets' loader watches the
 * document, not shadow roots.
 */
export class MetodikaSites extends LitElement {
  static override styles = [baseStyles, sitesStyles];

  /** The page's language (`ru` by default, `en`). */
  @property() language: 'ru' | 'en' = 'ru';
  /** The service's origin; by default this page's. */
  @property() service = '';
  /** Today as an ISO date, given to the preview only (tests and demos); never in the snippet. */
  @property() today = '';

  @state() private feed: FeedState = { state: 'loading' };
  @state() private script: ScriptState = { state: 'loading' };
  @state() private preview: 'waiting' | 'ready' | 'failed' = 'waiting';
  @state() private widgetName: WidgetName = WIDGETS[0]?.name ?? 'calendar';
  @state() private values: Partial<Record<WidgetName, Partial<Record<PresetName, string>>>> = {};
  @state() private widgetLang: 'ru' | 'en' = 'ru';
  @state() private accentOn = false;
  @state() private accent = DEFAULT_ACCENT;
  @state() private copyStatus: { which: 'script' | 'frame'; text: string } | null = null;

  private readonly previewHost = document.createElement('div');
  private applied = '';
  private loading: AbortController | null = null;

  private get s(): SitesStrings {
    return this.language === 'en' ? SITES_STRINGS.en : SITES_STRINGS.ru;
  }

  private get base(): string {
    return this.service || location.origin;
  }

  private get widget(): OfferedWidget | undefined {
    return WIDGETS.find((w) => w.name === this.widgetName);
  }

  /** What the webmaster chose, or undefined when no widget is offered at all. */
  get choice(): WidgetChoice | undefined {
    const widget = this.widget;
    if (!widget) return undefined;
    const values = { ...this.values[widget.name] };
    for (const preset of widget.presets) {
      const options = this.options(preset);
      const value = values[preset.name];
      // A value the options lack (from a shared link, or a feed that changed) is left out.
      if (value && options && options.length > 0 && !options.some((o) => o.value === value)) {
        delete values[preset.name];
      }
      // A required preset starts at its first option (the registration form needs an event).
      if (preset.required && !values[preset.name]) values[preset.name] = options?.[0]?.value ?? '';
    }
    return {
      widget,
      values,
      lang: this.widgetLang,
      accent: this.accentOn ? this.accent : null,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.previewHost.slot = 'preview';
    this.previewHost.className = 'metodika-sites-preview';
    if (!this.previewHost.isConnected) this.append(this.previewHost);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
  }

  /** Reads the feed and the widgets' build; adds the widgets' script once it is known. */
  private async load(): Promise<void> {
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    this.feed = { state: 'loading' };
    this.script = { state: 'loading' };
    this.preview = 'waiting';
    try {
      const [feed, script] = await Promise.all([
        loadFeed(this.base, controller.signal),
        loadScriptInfo(this.base, controller.signal),
      ]);
      this.feed = feed;
      this.script = script;
    } catch {
      return; // aborted: a newer load runs
    }
    this.applied = '';
    if (this.script.state === 'ok') {
      try {
        await addWidgetScript(this.script.script);
      } catch {
        this.preview = 'failed';
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.applyPreview();
  }

  /** Puts the chosen widget into the preview (a new element whenever the choice changes). */
  private applyPreview(): void {
    const choice = this.choice;
    // Without a published feed the widget could only show its error: the page says why instead.
    if (this.script.state !== 'ok' || this.feed.state !== 'ok' || !choice) {
      this.previewHost.replaceChildren();
      this.applied = '';
      return;
    }
    const attributes = elementAttributes(choice, this.feedUrl);
    if (this.today) attributes.push(['today', this.today]);
    // The snippet leaves Russian implicit (a school page is Russian); the preview must not take
    // this page's language instead.
    if (choice.widget.lang && !attributes.some(([name]) => name === 'lang')) {
      attributes.push(['lang', choice.lang]);
    }
    const signature = JSON.stringify([choice.widget.tag, attributes, choice.accent]);
    if (signature === this.applied) return;
    this.applied = signature;
    const element = document.createElement(choice.widget.tag);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    // The CSSOM, not a style attribute: the page's CSP allows no inline style.
    if (choice.accent) element.style.setProperty('--metodika-accent', choice.accent);
    this.previewHost.replaceChildren(element);
    if (this.preview === 'failed') return;
    this.preview = customElements.get(choice.widget.tag) ? 'ready' : 'waiting';
    void customElements.whenDefined(choice.widget.tag).then(() => {
      if (this.preview === 'waiting') this.preview = 'ready';
    });
  }

  private get feedUrl(): string {
    return new URL('/feed.json', this.base).href;
  }

  private get publisherName(): string | null {
    if (this.feed.state !== 'ok') return null;
    const { shortName, name } = this.feed.feed.publisher;
    return shortName || name || null;
  }

  private fallback(choice: WidgetChoice): Fallback | null {
    if (this.feed.state !== 'ok') return null;
    const { site, eventsPage } = this.feed.feed.publisher;
    const href = (choice.widget.name === 'calendar' ? eventsPage : undefined) ?? site;
    if (!href || !/^https?:\/\//.test(href)) return null;
    const title = this.widgetTitle(choice.widget.name, choice.lang);
    return { href, text: SITES_STRINGS[choice.lang].fallbackText(title, this.publisherName) };
  }

  private widgetTitle(name: WidgetName, lang: 'ru' | 'en' = this.language === 'en' ? 'en' : 'ru') {
    return SITES_STRINGS[lang].widgets[name].title;
  }

  /** A widget with a required preset and nothing to pick for it (no event with sign-up). */
  private unavailable(widget: OfferedWidget): boolean {
    return widget.presets.some((p) => p.required && (this.options(p)?.length ?? 0) === 0);
  }

  // ——— choices ———

  /** Says that the choice changed (the page's entry keeps it in the address, to share). */
  private changed(): void {
    this.copyStatus = null;
    this.dispatchEvent(new Event('sites-change', { bubbles: true }));
  }

  private setValue(name: PresetName, value: string): void {
    const widget = this.widgetName;
    this.values = { ...this.values, [widget]: { ...this.values[widget], [name]: value } };
    this.changed();
  }

  private chooseWidget(name: WidgetName): void {
    this.widgetName = name;
    this.changed();
  }

  /**
   * The choice as query parameters: `widget` (unless the first), each preset set, `widget-lang`,
   * `accent`.
   */
  toQuery(): URLSearchParams {
    const query = new URLSearchParams();
    if (this.widgetName !== WIDGETS[0]?.name) query.set('widget', this.widgetName);
    for (const [name, value] of Object.entries(this.values[this.widgetName] ?? {})) {
      if (value) query.set(name, value);
    }
    if (this.widgetLang !== 'ru') query.set('widget-lang', this.widgetLang);
    if (this.accentOn) query.set('accent', this.accent);
    return query;
  }

  /** Restores a choice from `toQuery()`'s parameters; anything unknown is ignored. */
  fromQuery(query: URLSearchParams): void {
    const widget = WIDGETS.find((w) => w.name === (query.get('widget') ?? this.widgetName));
    if (!widget) return;
    this.widgetName = widget.name;
    const values: Partial<Record<PresetName, string>> = {};
    for (const preset of widget.presets) {
      const value = query.get(preset.name)?.trim();
      if (value && value.length <= 200) values[preset.name] = value;
    }
    this.values = { ...this.values, [widget.name]: values };
    if (query.get('widget-lang') === 'en') this.widgetLang = 'en';
    const accent = query.get('accent') ?? '';
    if (/^#[0-9a-f]{6}$/i.test(accent)) {
      this.accentOn = true;
      this.accent = accent.toLowerCase();
    }
  }

  /** Switches the page's language; the page's entry keeps `<html lang>` and the address in step. */
  private switchLanguage(): void {
    this.language = this.s.switchLanguage.lang;
    this.dispatchEvent(new Event('sites-language', { bubbles: true }));
  }

  // ——— copying ———

  private async copy(which: 'script' | 'frame'): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#code-${which}`);
    if (!area) return;
    this.copyStatus = null;
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(area.value);
      this.copyStatus = { which, text: this.s.copied };
    } catch {
      // Refused (no permission, an old browser, an insecure page): select it for Ctrl+C.
      area.focus();
      area.select();
      this.copyStatus = { which, text: this.s.copyFailed };
    }
  }

  // ——— options from the feed ———

  private options(preset: Preset): Option[] | null {
    const source = preset.source;
    const en = this.language === 'en';
    const s = this.s;
    if (source.from === 'choice') {
      return source.values.map((value) => ({ value, label: s.choices[value] ?? value }));
    }
    if (source.from === 'count') return null;
    if (this.feed.state !== 'ok') return [];
    const feed: FeedSummary = this.feed.feed;
    const labelled = (items: { id: string; label: string; labelEn?: string }[]) =>
      items.map((item) => ({ value: item.id, label: (en && item.labelEn) || item.label }));
    switch (source.from) {
      case 'taxonomy':
        return labelled(feed.taxonomies[source.taxonomy] ?? []);
      case 'kinds': {
        const items: { kind?: string }[] = feed[source.collection];
        const kinds = [...new Set(items.map((item) => item.kind).filter(Boolean))] as string[];
        const names: Record<string, string> =
          source.collection === 'associations'
            ? ASSOCIATION_KIND_LABELS[en ? 'en' : 'ru']
            : source.collection === 'practices'
              ? PRACTICE_KIND_LABELS[en ? 'en' : 'ru']
              : EVENT_KIND_LABELS[en ? 'en' : 'ru'];
        return kinds
          .map((kind) => ({ value: kind, label: names[kind] ?? kind }))
          .sort((a, b) => a.label.localeCompare(b.label, this.language));
      }
      case 'associations':
        return feed.associations.map((a) => ({ value: a.id, label: a.name }));
      case 'events':
        // Only events whose sign-up list a service keeps: the form has nothing else to show.
        return feed.events
          .filter((e) => e.registration?.endpoint)
          .map((e) => ({ value: e.id, label: e.title }));
      case 'topics':
        return labelled(feed.topics);
      case 'methodists':
        return feed.methodists.map((m) => ({ value: m.id, label: m.name }));
    }
  }

  // ——— rendering ———

  protected override render() {
    const s = this.s;
    return html`<div class="root" lang=${this.language}>
      <header class="page-header">
        <h1>${s.title}</h1>
        <button
          type="button"
          class="link language"
          lang=${s.switchLanguage.lang}
          @click=${this.switchLanguage}
        >
          ${s.switchLanguage.label}
        </button>
      </header>
      <main>
        <p class="intro">${s.intro(this.publisherName)}</p>
        ${this.renderStates()}
        <div class="layout">
          ${this.renderSettings()}
          <div class="results">${this.renderPreview()} ${this.renderCode()}</div>
        </div>
        ${this.renderGuides()}
      </main>
    </div>`;
  }

  private renderStates() {
    const s = this.s;
    const loading = this.feed.state === 'loading' || this.script.state === 'loading';
    const problems: string[] = [];
    if (this.script.state === 'none') problems.push(s.scriptNone);
    if (this.script.state === 'error') problems.push(s.scriptError);
    if (this.feed.state === 'error') problems.push(s.feedError);
    const retry = this.script.state === 'error' || this.feed.state === 'error';
    return html`<div class="states" aria-live="polite" aria-busy=${loading ? 'true' : 'false'}>
      ${loading ? html`<p class="notice" data-state="loading">${s.loading}</p>` : nothing}
      ${
        this.feed.state === 'none'
          ? html`<p class="notice" data-state="feed-none">${s.feedNone}</p>`
          : nothing
      }
      ${problems.map((text) => html`<p class="notice problem" data-state="problem">${text}</p>`)}
      ${retry ? html`<p><button type="button" @click=${() => this.load()}>${s.retry}</button></p>` : nothing}
    </div>`;
  }

  private renderSettings() {
    const s = this.s;
    const widget = this.widget;
    return html`<section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">${s.settings}</h2>
      <form class="stack" @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>${s.widget}</legend>
          <div class="choices">
            ${WIDGETS.map((w) => {
              const unavailable = this.unavailable(w);
              return html`<label class="radio">
                <input
                  type="radio"
                  name="widget"
                  .value=${w.name}
                  .checked=${w.name === this.widgetName}
                  ?disabled=${unavailable}
                  @change=${() => this.chooseWidget(w.name)}
                />
                <span
                  ><span class="choice-title">${s.widgets[w.name].title}</span>
                  <span class="hint"
                    >${unavailable ? s.widgetUnavailable : s.widgets[w.name].about}</span
                  ></span
                >
              </label>`;
            })}
          </div>
        </fieldset>
        ${widget ? this.renderPresets(widget) : nothing}
      </form>
    </section>`;
  }

  private renderPresets(widget: OfferedWidget) {
    const s = this.s;
    const needsFeed = widget.presets.some(
      (p) => p.source.from !== 'choice' && p.source.from !== 'count',
    );
    return html`${widget.presets.map((preset) => this.renderPreset(widget, preset))}
      ${
        needsFeed && this.feed.state !== 'ok' && this.feed.state !== 'loading'
          ? html`<p class="hint">${s.presetsNeedFeed}</p>`
          : nothing
      }
      ${
        widget.lang
          ? html`<div class="field">
            <label for="widget-lang">${s.language}</label>
            <select
              id="widget-lang"
              @change=${(e: Event) => {
                this.widgetLang = (e.target as HTMLSelectElement).value === 'en' ? 'en' : 'ru';
                this.changed();
              }}
            >
              <option value="ru" ?selected=${this.widgetLang === 'ru'}>${s.languages.ru}</option>
              <option value="en" ?selected=${this.widgetLang === 'en'}>${s.languages.en}</option>
            </select>
          </div>`
          : nothing
      }
      ${widget.accent ? this.renderAccent() : nothing}`;
  }

  private renderPreset(widget: OfferedWidget, preset: Preset) {
    const s = this.s;
    const words = s.presets[preset.name];
    const id = `preset-${preset.name}`;
    const value =
      this.values[widget.name]?.[preset.name] ||
      (preset.required ? (this.choice?.values[preset.name] ?? '') : preset.defaultValue);
    const hint = words.hint ? html`<p class="hint" id="${id}-hint">${words.hint}</p>` : nothing;
    const options = this.options(preset);
    if (options === null) {
      return html`<div class="field">
        <label for=${id}>${words.label}</label>
        <input
          id=${id}
          type="number"
          min="0"
          max="100"
          step="1"
          inputmode="numeric"
          data-preset=${preset.name}
          aria-describedby=${words.hint ? `${id}-hint` : nothing}
          .value=${value === '0' ? '' : value}
          @input=${(e: Event) => this.setValue(preset.name, (e.target as HTMLInputElement).value)}
        />
        ${hint}
      </div>`;
    }
    // Nothing to pick from (the feed is not published): not offered.
    if (options.length === 0) return nothing;
    const choice = preset.source.from === 'choice';
    return html`<div class="field">
      <label for=${id}>${words.label}</label>
      <select
        id=${id}
        data-preset=${preset.name}
        aria-describedby=${words.hint ? `${id}-hint` : nothing}
        @change=${(e: Event) => this.setValue(preset.name, (e.target as HTMLSelectElement).value)}
      >
        ${
          choice || preset.required
            ? nothing
            : html`<option value="" ?selected=${value === ''}>${words.any}</option>`
        }
        ${options.map(
          (o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`,
        )}
      </select>
      ${hint}
    </div>`;
  }

  private renderAccent() {
    const s = this.s;
    const ratio = this.accentOn ? contrastWithWhite(this.accent) : null;
    const low = ratio !== null && ratio < 4.5;
    return html`<fieldset>
      <legend>${s.accent}</legend>
      <div class="stack">
        <label class="check-label">
          <input
            type="checkbox"
            id="accent-on"
            .checked=${this.accentOn}
            @change=${(e: Event) => {
              this.accentOn = (e.target as HTMLInputElement).checked;
              this.changed();
            }}
          />
          ${s.accentOwn}
        </label>
        <div class="field">
          <label for="accent">${s.accentColour}</label>
          <input
            id="accent"
            type="color"
            .value=${this.accent}
            ?disabled=${!this.accentOn}
            aria-describedby="accent-hint"
            @input=${(e: Event) => {
              this.accent = (e.target as HTMLInputElement).value;
              this.changed();
            }}
          />
          <p class="hint" id="accent-hint">${s.accentHint}</p>
          ${
            low
              ? html`<p class="field-error" role="alert">
                ${s.accentLowContrast(ratio.toFixed(1).replace('.', this.language === 'en' ? '.' : ','))}
              </p>`
              : nothing
          }
        </div>
      </div>
    </fieldset>`;
  }

  private renderPreview() {
    const s = this.s;
    const ok = this.script.state === 'ok' && this.feed.state === 'ok';
    let note: unknown = nothing;
    if (this.script.state === 'loading' || this.feed.state === 'loading') note = nothing;
    else if (this.script.state === 'ok' && this.feed.state === 'none')
      note = html`<p class="hint">${s.previewNoFeed}</p>`;
    else if (!ok) note = html`<p class="hint">${s.previewUnavailable}</p>`;
    else if (this.preview === 'failed')
      note = html`<p class="notice problem" data-state="script-failed">${s.scriptFailed}</p>`;
    else
      note = html`<p class="hint">
        ${s.previewNote}
        ${
          this.widgetName === 'consultation' || this.widgetName === 'registration'
            ? s.previewLiveForm
            : nothing
        }
      </p>`;
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${s.preview}</h2>
      ${note}
      <div
        class="preview-frame"
        ?hidden=${!ok || this.preview === 'failed'}
        aria-busy=${this.preview === 'waiting' ? 'true' : 'false'}
      >
        ${
          this.preview === 'waiting' && ok
            ? html`<p class="hint" data-state="preview-loading">${s.previewLoading}</p>`
            : nothing
        }
        <slot name="preview"></slot>
      </div>
    </section>`;
  }

  private renderCode() {
    const s = this.s;
    const choice = this.choice;
    if (this.script.state !== 'ok' || !choice) {
      return html`<section class="code" aria-labelledby="code-heading">
        <h2 id="code-heading">${s.code}</h2>
        <p class="hint">${this.script.state === 'loading' ? s.loading : s.codeUnavailable}</p>
      </section>`;
    }
    const urls = { script: this.script.script, feed: this.feedUrl };
    const title = s.frameTitle(
      this.widgetTitle(choice.widget.name, choice.lang),
      this.publisherName,
    );
    const code = scriptSnippet(choice, urls, this.fallback(choice));
    const frame = frameSnippet(choice, urls, title);
    return html`<section class="code" aria-labelledby="code-heading">
      <h2 id="code-heading">${s.code}</h2>
      <p>${s.codeIntro}</p>
      ${this.renderSnippet('script', s.scriptCode, s.scriptCodeHint, code, s.copy)}
      ${
        frame
          ? this.renderSnippet('frame', s.frameCode, s.frameCodeHint, frame, s.copyFrame)
          : html`<p class="hint">${s.frameMissing}</p>`
      }
    </section>`;
  }

  private renderSnippet(
    which: 'script' | 'frame',
    heading: string,
    hint: string,
    code: string,
    button: string,
  ) {
    const status = this.copyStatus?.which === which ? this.copyStatus.text : '';
    return html`<div class="snippet">
      <h3 id="heading-${which}">${heading}</h3>
      <p class="hint" id="hint-${which}">${hint}</p>
      <textarea
        id="code-${which}"
        readonly
        spellcheck="false"
        autocapitalize="off"
        rows=${code.split('\n').length + 1}
        aria-labelledby="heading-${which}"
        aria-describedby="hint-${which}"
        .value=${code}
      ></textarea>
      <div class="actions">
        <button type="button" class="primary" @click=${() => this.copy(which)}>${button}</button>
        <p class="copy-status" role="status" data-copy-status=${which}>${status}</p>
      </div>
    </div>`;
  }

  private renderGuides() {
    const s = this.s;
    return html`<section class="guides" aria-labelledby="guides-heading">
      <h2 id="guides-heading">${s.guides}</h2>
      <p>${s.guidesIntro}</p>
      ${s.cms.map(
        (cms) => html`<details data-cms=${cms.id}>
          <summary>${cms.name}</summary>
          <ol>
            ${cms.steps.map((step) => html`<li>${step}</li>`)}
          </ol>
        </details>`,
      )}
      <p class="hint">${s.more}</p>
    </section>`;
  }
}
