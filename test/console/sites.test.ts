/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The page for school webmasters ("Для сайтов школ") against a real service: the test server
 * proxies /feed.json, /widgets.json and /widgets/… to this file's packages/inbox (console-plugin.mjs),
 * which serves the widgets' real build; the feed is the demo district's, imported and published
 * through the console's API by an editor. The live preview is the real widget with that feed; the
 * snippet offers only what custom-elements.json declares; a copied snippet pasted into a plain
 * page renders the widget; and the built page paints at /sites/ under the service's CSP.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  manifestElements,
  offeredWidgets,
  PRESET_NAMES,
} from '../../packages/console/src/sites/catalogue.ts';
import manifest from '../../packages/widgets/custom-elements.json' with { type: 'json' };
import '../../packages/console/src/sites/define.ts';
import { escapeHtml, frameUrl, scriptSnippet } from '../../packages/console/src/sites/snippet.ts';
import { CollectionPage } from '../../packages/widgets/src/base/collection/collection.page.ts';
import { WidgetPage } from '../../packages/widgets/src/test-support/widget.page.ts';
import { helper, squash, useWorld } from './helpers.ts';
import { SitesPage, widgetIn } from './sites.page.ts';

/** The full manifest, as the widgets' build wrote it (the page's build reads a trimmed copy). */
const ELEMENTS = manifestElements(manifest);
const WORLD = 'sites';
const EDITOR = { email: 'editor@sites.test', password: 'синий трамвай у школы' };
/** "Today" for the preview: the demo feed has a full week of events after it. */
const TODAY = '2026-11-23';

interface DemoFeed {
  events: { id: string; title: string; start: string; subjects?: string[] }[];
  practices: { id: string; subjects?: string[] }[];
  associations: { id: string; name: string; subjects?: string[] }[];
  [key: string]: unknown;
}

/** Mocha's `this` in a test that needs more time. */
type Timed = { timeout(ms: number): void };

/** Signs an editor in through the console's API and publishes the demo feed. */
async function publishDemoFeed(): Promise<DemoFeed> {
  useWorld(WORLD);
  const document = (await (await fetch('/demo/feeds/kuznetsk.json')).json()) as DemoFeed;
  // Plus the events whose sign-up a service keeps (the registration form needs one).
  const kept = (await (await fetch('/test/console/fixtures/events.json')).json()) as DemoFeed;
  // Only the fixtures' lists are kept here: the demo's own kept event is left a plain event.
  for (const event of document.events as { registration?: { endpoint?: string } }[]) {
    if (event.registration?.endpoint) delete event.registration;
  }
  document.events.push(...kept.events);
  await helper(WORLD, 'account', { ...EDITOR, name: 'Редактор Ирина', role: 'editor' });
  const session = (await (await fetch('/admin/api/session')).json()) as { csrfToken: string };
  const post = async (path: string, body: unknown, csrf: string) => {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<{ csrfToken?: string }>;
  };
  const login = await post('/admin/api/login', EDITOR, session.csrfToken);
  const csrf = login.csrfToken!;
  await post('/admin/api/content/import', { document, dryRun: false, revision: 0 }, csrf);
  await post('/admin/api/content/publish', {}, csrf);
  return document;
}

let page: SitesPage | null = null;

async function openSites(world: string, options: { today?: string } = {}): Promise<SitesPage> {
  useWorld(world);
  const el = document.createElement('metodika-sites');
  if (options.today) el.today = options.today;
  document.body.append(el);
  page = new SitesPage(el);
  await el.updateComplete;
  return page;
}

afterEach(() => {
  page?.el.remove();
  page = null;
});

describe('sites page: what it offers comes from custom-elements.json', () => {
  it('every offered widget, preset, language and accent is declared by that element', () => {
    const offered = offeredWidgets(ELEMENTS);
    expect(offered.map((w) => w.tag)).to.include.members([
      'metodika-calendar',
      'metodika-associations',
      'metodika-practices',
      'metodika-consultation',
    ]);
    for (const widget of offered) {
      const element = ELEMENTS.get(widget.tag)!;
      const declared = new Set(element.attributes.map((a) => a.name));
      for (const preset of widget.presets) {
        expect(declared.has(preset.name), `${widget.tag} declares ${preset.name}`).to.equal(true);
      }
      if (widget.lang) expect(declared.has('lang')).to.equal(true);
      if (widget.accent) expect(element.cssProperties).to.include('--metodika-accent');
    }
    // What the directory declares today is offered (and nothing the manifest lacks, as above).
    const directory = offered.find((w) => w.name === 'associations')!;
    expect(directory.presets.map((p) => p.name)).to.include.members(['subject', 'kind', 'mode']);
  });

  it('an element without an attribute gets no preset for it, even one the page knows', () => {
    const trimmed = new Map(ELEMENTS);
    const calendar = ELEMENTS.get('metodika-calendar')!;
    trimmed.set('metodika-calendar', {
      ...calendar,
      attributes: calendar.attributes.filter((a) => a.name !== 'limit'),
    });
    // …and one that gains a known preset gets it.
    trimmed.set('metodika-practices', {
      ...ELEMENTS.get('metodika-practices')!,
      attributes: [
        ...ELEMENTS.get('metodika-practices')!.attributes,
        { name: 'subject', type: { text: 'string' } },
      ],
    });
    const offered = offeredWidgets(trimmed);
    const names = (name: string) =>
      offered.find((w) => w.name === name)!.presets.map((p) => p.name);
    expect(names('calendar')).not.to.include('limit');
    expect(names('practices')).to.include('subject');
    expect(PRESET_NAMES).not.to.include('src');
  });

  it('every snippet the presets can make names only declared attributes and properties', () => {
    const urls = {
      script: 'https://rmc.test/widgets/abc/metodika.js',
      feed: 'https://rmc.test/feed.json',
    };
    for (const widget of offeredWidgets(ELEMENTS)) {
      const declared = new Set(ELEMENTS.get(widget.tag)!.attributes.map((a) => a.name));
      const values = Object.fromEntries(
        widget.presets.map((p) => [
          p.name,
          p.source.from === 'count'
            ? '3'
            : p.source.from === 'choice'
              ? p.source.values.at(-1)!
              : 'x-1',
        ]),
      );
      const choice = { widget, values, lang: 'en' as const, accent: '#7a1f5c' };
      const html = scriptSnippet(choice, urls, { href: 'https://rmc.test/"a"', text: '<b>' });
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const element = doc.querySelector(widget.tag)!;
      expect(element, widget.tag).to.exist;
      for (const attribute of element.getAttributeNames()) {
        if (attribute === 'style') continue;
        expect(declared.has(attribute), `${widget.tag} declares ${attribute}`).to.equal(true);
      }
      const style = element.getAttribute('style') ?? '';
      for (const property of style.match(/--[\w-]+/g) ?? []) {
        expect(ELEMENTS.get(widget.tag)!.cssProperties).to.include(property);
      }
      expect(element.querySelector('a')!.getAttribute('href')).to.equal('https://rmc.test/"a"');
      expect(element.textContent!.trim()).to.equal('<b>');
      const frame = frameUrl(choice, urls);
      if (frame) {
        const params = new URL(frame).searchParams;
        for (const key of params.keys()) {
          // The accent is the frame page's own parameter, for the declared custom property.
          if (key === 'accent') {
            expect(ELEMENTS.get(widget.tag)!.cssProperties).to.include('--metodika-accent');
            continue;
          }
          expect(declared.has(key), `iframe parameter ${key} of ${widget.tag}`).to.equal(true);
        }
        expect(params.get('accent'), `the accent reaches ${widget.tag}'s iframe`).to.equal(
          widget.accent ? '#7a1f5c' : null,
        );
      }
    }
    expect(escapeHtml('"<&>')).to.equal('&quot;&lt;&amp;&gt;');
  });
});

describe('sites page: states', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('nothing published yet: said clearly; the code is offered; axe clean', async function (this: Timed) {
    this.timeout(40000); // the first request starts this world's service
    const p = await openSites('sites-empty');
    await p.until(
      () => p.root.querySelector('[data-state=feed-none]'),
      'the no-feed message',
      35000,
    );
    expect(p.text()).to.contain('ещё не опубликовала данные');
    await p.until(() => p.snippet().includes('metodika.js'), 'the snippet');
    expect(p.snippet()).to.match(/src="http:\/\/[^"]+\/feed\.json"/);
    expect(p.preview(), 'no widget showing only its error').to.equal(null);
    expect(p.text()).to.contain('Предпросмотр появится после первой публикации');
    await p.accessible();
  });

  it('loading: said, busy; then the widget script not built: said; axe clean in both', async function (this: Timed) {
    this.timeout(40000);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    window.fetch = async (input, init) => {
      await gate;
      const path = new URL(String(input), location.href).pathname;
      if (path === '/widgets.json') return new Response('{"error":"not_found"}', { status: 404 });
      return realFetch(input, init);
    };
    const p = await openSites(WORLD);
    await p.until(() => p.root.querySelector('[data-state=loading]'), 'the loading message');
    expect(p.root.querySelector('[aria-busy=true]')).to.exist;
    await p.accessible();
    release();
    await p.until(
      () => p.text().includes('не раздаёт файлы виджетов'),
      'the no-script message',
      35000,
    );
    expect(p.root.querySelector('#code-script')).to.equal(null);
    expect(p.preview()).to.equal(null);
    await p.accessible();
  });
});

describe('sites page: the service unreachable', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('said, with Retry that works; axe clean', async function (this: Timed) {
    this.timeout(40000);
    let down = true;
    window.fetch = async (input, init) => {
      if (down) throw new TypeError('Failed to fetch');
      return realFetch(input, init);
    };
    const p = await openSites('sites-empty');
    await p.until(() => p.text().includes('Не удалось загрузить данные'), 'the failure said');
    expect(p.text()).to.contain('Не удалось узнать адрес файлов виджетов');
    await p.accessible();
    down = false;
    p.button('Повторить').click();
    await p.until(() => p.snippet(), 'the snippet after Retry', 35000);
    expect(p.text()).not.to.contain('Не удалось');
  });
});

describe('sites page: the live widget and the snippet', () => {
  let feed: DemoFeed;
  before(async function (this: Timed) {
    this.timeout(60000);
    feed = await publishDemoFeed();
  });

  it('the preview is the real widget with the department’s events; axe clean', async function (this: Timed) {
    this.timeout(30000);
    const p = await openSites(WORLD, { today: TODAY });
    await p.until(() => p.preview()?.localName === 'metodika-calendar', 'the calendar mounted');
    const week = feed.events.filter((e) => e.start >= TODAY && e.start < '2026-11-28');
    await p.until(
      () => week.some((e) => p.previewText().includes(e.title)),
      'an event of the feed in the preview',
    );
    expect(customElements.get('metodika-calendar'), 'defined by the served loader').to.exist;
    const script = document.querySelector<HTMLScriptElement>('script[data-metodika-widgets]')!;
    expect(new URL(script.src).pathname, 'the address that stays valid across releases').to.equal(
      '/widgets/metodika.js',
    );
    expect(p.snippet()).to.contain(`<script type="module" src="${script.src}"></script>`);
    expect(p.snippet()).to.contain(`<metodika-calendar src="${location.origin}/feed.json">`);
    expect(p.snippet(), 'the no-JavaScript link from the feed').to.contain(
      'href="https://metodkab-kuz.example/meropriyatiya/"',
    );
    expect(p.text()).to.contain('Методический кабинет МКУ «ЦРМХ» Кузнецкого района');
    await p.accessible();
  });

  it('a preset changes the snippet and the preview; the iframe variant follows', async function (this: Timed) {
    this.timeout(30000);
    const p = await openSites(WORLD, { today: TODAY });
    await p.until(() => p.snippet(), 'the snippet');
    await p.widget('Методические объединения');
    await p.until(() => p.preview()?.localName === 'metodika-associations', 'the directory');
    await p.until(() => p.previewText().includes('РМО учителей иностранного языка'), 'all shown');
    const subjects = p.control<HTMLSelectElement>('Предмет');
    expect([...subjects.options].map((o) => o.textContent!.trim())).to.include('Математика');
    await p.pick('Предмет', 'math');
    expect(p.snippet()).to.contain('<metodika-associations src=');
    expect(p.snippet()).to.contain('subject="math"');
    expect(p.preview()!.getAttribute('subject')).to.equal('math');
    await p.until(
      () =>
        p.previewText().includes('РМО учителей математики') &&
        !p.previewText().includes('РМО учителей иностранного языка'),
      'the directory narrowed to mathematics',
    );
    const frame = p.snippet('frame');
    const src = new URL(/src="([^"]+)"/.exec(frame)![1]!.replaceAll('&amp;', '&'));
    expect(src.pathname).to.equal('/widgets/frame/associations.html');
    expect(src.searchParams.get('subject')).to.equal('math');
    expect(src.searchParams.get('src')).to.equal(`${location.origin}/feed.json`);
    // The served iframe page builds the same element from its address.
    const iframe = document.createElement('iframe');
    iframe.title = 'iframe';
    iframe.src = src.href;
    document.body.append(iframe);
    try {
      await waitUntil(
        () =>
          (
            widgetIn(iframe, 'metodika-associations[subject=math]', WidgetPage)?.renderedText ?? ''
          ).includes('РМО учителей математики'),
        'the iframe page shows the narrowed directory',
        { timeout: 15000 },
      );
    } finally {
      iframe.remove();
    }
    // Language and accent reach the element; the accent the CSSOM, not a style attribute.
    await p.pick('Язык виджета', 'en');
    expect(p.snippet()).to.contain('lang="en"');
    expect(p.preview()!.getAttribute('lang')).to.equal('en');
    p.control('Свой акцентный цвет').click();
    await p.el.updateComplete;
    expect(p.snippet()).to.contain('style="--metodika-accent: #7a1f5c"');
    expect(p.preview()!.style.getPropertyValue('--metodika-accent')).to.equal('#7a1f5c');
    expect(
      new URL(
        /src="([^"]+)"/.exec(p.snippet('frame'))![1]!.replaceAll('&amp;', '&'),
      ).searchParams.get('accent'),
    ).to.equal('#7a1f5c');
    // A colour too light to read on white is pointed out.
    const colour = p.control('Цвет');
    colour.value = '#ffdd00';
    colour.dispatchEvent(new Event('input'));
    await p.el.updateComplete;
    expect(p.snippet()).to.contain('--metodika-accent: #ffdd00');
    expect(p.text()).to.match(/Контраст с белым фоном 1,\d:1/);
    colour.value = '#7a1f5c';
    colour.dispatchEvent(new Event('input'));
    await p.el.updateComplete;
    expect(p.text()).not.to.contain('Контраст с белым фоном');
    // A strip of three practices.
    await p.widget('Лучшие практики');
    const limit = p.control('Сколько показать');
    limit.value = '3';
    limit.dispatchEvent(new Event('input'));
    await p.el.updateComplete;
    expect(p.snippet()).to.contain('limit="3"');
    expect(p.preview()!.getAttribute('limit')).to.equal('3');
    await p.accessible();
  });

  it('calendar presets from the feed: the live calendar says it is narrowed and widens; axe in each state', async function (this: Timed) {
    this.timeout(30000);
    const p = await openSites(WORLD, { today: TODAY });
    await p.until(() => p.preview()?.localName === 'metodika-calendar', 'the calendar mounted');
    // Every preset the calendar declares is offered, its options from the published feed.
    for (const name of ['subject', 'kind', 'audience', 'education-level', 'association']) {
      const select = p.root.querySelector<HTMLSelectElement>(`select#preset-${name}`);
      expect(select?.options.length ?? 0, name).to.be.greaterThan(2);
    }
    const kinds = p.root.querySelector<HTMLSelectElement>('select#preset-kind')!;
    expect([...kinds.options].map((o) => squash(o.textContent))).to.include('Вебинар');
    const views = [...p.control<HTMLSelectElement>('Вид календаря').options].map((o) => o.value);
    expect(views).to.deep.equal(['auto', 'month', 'agenda']);
    await p.pick('Вид календаря', 'agenda');
    await p.pick('Предмет', 'history');
    expect(p.snippet()).to.contain('subject="history"');
    const notice = () => p.previewCalendar()?.preset ?? '';
    await p.until(
      () => notice() === 'Показаны только события: предмет «История».',
      'the notice in the preview',
    );
    const titles = () => p.previewCalendar()?.eventIds ?? [];
    await p.until(() => titles().length > 0, 'the narrowed agenda');
    const history = feed.events.filter(
      (e) => e.subjects?.includes('history') && e.start.startsWith('2026-11'),
    );
    expect(titles()).to.have.length(history.length);
    await p.accessible();
    await expect(p.preview()!).to.be.accessible();
    const widen = p.previewCalendar()!.presetButton!;
    expect(squash(widen.textContent)).to.equal('Показать все события');
    widen.click();
    await p.until(() => notice().startsWith('Показаны все события'), 'widened');
    expect(titles().length).to.be.greaterThan(history.length);
    expect(decodeURIComponent(location.hash)).to.contain('all=1');
    await expect(p.preview()!).to.be.accessible();
    widen.click();
    await p.until(() => titles().length === history.length, 'the selection back');
    expect(location.hash).not.to.contain('all=1');
  });

  it('a practices snippet with a preset and an accent, pasted into a plain page and as an iframe, renders the narrowed feed', async function (this: Timed) {
    this.timeout(40000);
    const p = await openSites(WORLD);
    await p.until(() => p.snippet(), 'the snippet');
    await p.widget('Лучшие практики');
    await p.pick('Предмет', 'math');
    p.control('Свой акцентный цвет').click();
    await p.el.updateComplete;
    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (text: string) => {
          copied = text;
        },
      },
    });
    try {
      p.button('Скопировать код').click();
      await p.until(() => p.status() === 'Скопировано', 'copied');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    expect(copied).to.contain('subject="math"');
    const math = feed.practices.filter((x) => x.subjects?.includes('math')).length;
    /** The pasted widget's notice, card count and accent, once it has drawn its cards. */
    const narrowed = async (frame: HTMLIFrameElement, what: string) => {
      document.body.append(frame);
      try {
        let practices: CollectionPage | null = null;
        await waitUntil(
          () => {
            practices = widgetIn(frame, 'metodika-practices', CollectionPage);
            // The notice's words are a chunk of their own: wait for them too.
            return practices?.presetNotice && practices.cards.length > 0;
          },
          what,
          { timeout: 20000 },
        );
        const drawn = practices!;
        return {
          notice: drawn.preset,
          cards: drawn.cards.length,
          accent: getComputedStyle(drawn.el).getPropertyValue('--metodika-accent').trim(),
        };
      } finally {
        frame.remove();
      }
    };
    const pasted = document.createElement('iframe');
    pasted.title = 'school page';
    pasted.srcdoc = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Школа</title></head><body><h1>Математика</h1>${copied}</body></html>`;
    expect(await narrowed(pasted, 'the pasted widget')).to.deep.equal({
      notice: 'Показаны только практики: предмет «Математика».',
      cards: math,
      accent: '#7a1f5c',
    });
    const framed = document.createElement('iframe');
    framed.title = 'iframe';
    framed.src = new URL(
      /src="([^"]+)"/.exec(p.snippet('frame'))![1]!.replaceAll('&amp;', '&'),
    ).href;
    expect(await narrowed(framed, 'the iframe page')).to.deep.equal({
      notice: 'Показаны только практики: предмет «Математика».',
      cards: math,
      accent: '#7a1f5c',
    });
  });

  it('a choice round-trips through the address, to send a school a ready snippet', async function (this: Timed) {
    this.timeout(20000);
    const p = await openSites(WORLD, { today: TODAY });
    p.el.fromQuery(
      new URLSearchParams(
        'widget=associations&subject=math&kind=nonsense&accent=%23123456&widget-lang=en&src=x',
      ),
    );
    await p.until(() => p.snippet().includes('<metodika-associations'), 'the directory chosen');
    expect(p.snippet()).to.contain('subject="math"');
    expect(p.snippet(), 'a kind the feed lacks is dropped').not.to.contain('kind=');
    expect(p.snippet()).to.contain('lang="en"');
    expect(p.snippet()).to.contain('--metodika-accent: #123456');
    expect(p.snippet().match(/ src="/g)?.length, 'src only from the page').to.equal(2);
    let changes = 0;
    p.el.addEventListener('sites-change', () => changes++);
    await p.pick('Предмет', 'russian');
    expect(changes).to.equal(1);
    const query = p.el.toQuery();
    expect(query.get('widget')).to.equal('associations');
    expect(query.get('subject')).to.equal('russian');
    expect(query.get('accent')).to.equal('#123456');
    expect(query.get('widget-lang')).to.equal('en');
  });

  it('the registration form (when the manifest has it): only events with kept sign-up', async function (this: Timed) {
    this.timeout(20000);
    const registration = offeredWidgets(ELEMENTS).find((w) => w.name === 'registration');
    if (!registration) return; // this build's custom-elements.json has no registration form
    const p = await openSites(WORLD, { today: TODAY });
    await p.until(() => p.snippet(), 'the snippet');
    await p.widget('Запись на мероприятие');
    const events = p.control<HTMLSelectElement>('Мероприятие');
    expect([...events.options].map((o) => o.value)).to.deep.equal([
      'reg-2030-03-12-mk-assessment',
      'reg-2030-04-02-internship',
    ]);
    expect(p.snippet()).to.contain('event="reg-2030-03-12-mk-assessment"');
    await p.pick('Мероприятие', 'reg-2030-04-02-internship');
    expect(p.preview()!.getAttribute('event')).to.equal('reg-2030-04-02-internship');
    expect(p.text()).to.contain('Для этого виджета варианта с iframe нет');
    expect(p.text()).to.contain('Форма в предпросмотре настоящая');
    await p.accessible();
  });

  it('copy: “Скопировано” in a live region; refused: the code selected and said how', async function (this: Timed) {
    this.timeout(20000);
    const p = await openSites(WORLD, { today: TODAY });
    await p.until(() => p.snippet(), 'the snippet');
    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    try {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: async (text: string) => {
            copied = text;
          },
        },
      });
      p.button('Скопировать код').click();
      await p.until(() => p.status() === 'Скопировано', 'said copied');
      expect(copied).to.equal(p.snippet());
      expect(p.root.querySelector('[data-copy-status=script]')!.getAttribute('role')).to.equal(
        'status',
      );
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
      });
      p.button('Скопировать код iframe').click();
      await p.until(() => p.status('frame').includes('Ctrl+C'), 'said how to copy by hand');
      const area = p.root.querySelector<HTMLTextAreaElement>('#code-frame')!;
      expect(p.root.activeElement).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      await p.accessible();
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('the copied snippet pasted into a plain HTML page renders the widget', async function (this: Timed) {
    this.timeout(30000);
    const p = await openSites(WORLD);
    await p.until(() => p.snippet(), 'the snippet');
    await p.widget('Методические объединения');
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Школа</title></head><body><h1>Методическая работа</h1>${p.snippet()}</body></html>`;
    document.body.append(frame);
    try {
      await waitUntil(
        () =>
          (widgetIn(frame, 'metodika-associations', WidgetPage)?.renderedText ?? '').includes(
            'РМО учителей математики',
          ),
        'the pasted widget rendered the feed',
        { timeout: 20000 },
      );
    } finally {
      frame.remove();
    }
  });

  it('keyboard alone: arrows choose the widget, the settings and copy are reachable', async function (this: Timed) {
    this.timeout(20000);
    const p = await openSites(WORLD, { today: TODAY });
    await p.until(() => p.snippet(), 'the snippet');
    p.control('Календарь мероприятий').focus();
    await sendKeys({ press: 'ArrowDown' });
    await p.el.updateComplete;
    expect(p.snippet()).to.contain('<metodika-associations');
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const active = p.root.activeElement as HTMLElement | null;
      if (active) reached.push(active.id || squash(active.textContent));
    }
    expect(reached, reached.join(' | ')).to.include('preset-subject');
    expect(reached).to.include('widget-lang');
    // Copy by keyboard: the browser's own clipboard, which may allow it or refuse it.
    p.button('Скопировать код').focus();
    await sendKeys({ press: 'Enter' });
    await p.until(
      () => p.status() === 'Скопировано' || p.status().includes('Ctrl+C'),
      'copied, or selected with the words to copy by hand',
    );
  });

  it('phone width at 200% text: nothing scrolls sideways; English on request', async function (this: Timed) {
    this.timeout(30000);
    const box = document.createElement('div');
    box.style.cssText = 'width: 360px; font-size: 200%';
    document.body.append(box);
    useWorld(WORLD);
    const el = document.createElement('metodika-sites');
    box.append(el);
    const p = new SitesPage(el);
    try {
      await p.until(() => p.snippet(), 'the snippet');
      await p.until(() => p.previewText().length > 100, 'the widget painted');
      expect(box.scrollWidth, 'no sideways scrolling').to.be.at.most(box.clientWidth);
      expect(p.wrapper.scrollWidth).to.be.at.most(p.wrapper.clientWidth + 1);
      p.button('English').click();
      await el.updateComplete;
      expect(p.heading()).to.equal('For school websites');
      expect(p.button('Copy code')).to.exist;
      expect(
        p.preview()!.getAttribute('lang'),
        'the preview stays in the widget’s language',
      ).to.equal('ru');
      expect(p.snippet()).not.to.contain('lang=');
      await p.accessible();
    } finally {
      box.remove();
    }
  });

  it('the built page at /sites/ under the service’s CSP: the live widget, no violation, fits 360 px', async function (this: Timed) {
    this.timeout(90000);
    for (const width of [1280, 360]) {
      const response = await fetch(`/__console/${WORLD}/sites-built?width=${width}`);
      if (!response.ok) throw new Error(await response.text());
      const seen = (await response.json()) as {
        heading: string;
        lang: string;
        widget: string;
        widgetDefined: boolean;
        widgetText: string;
        snippet: string;
        overflow: number;
        scripts: string[];
        csp: string | null;
        problems: string[];
      };
      expect(seen.csp).to.contain("script-src 'self'");
      expect(seen.problems, `no CSP violation or error at ${width}px`).to.deep.equal([]);
      expect([seen.heading, seen.lang, seen.widget]).to.deep.equal([
        'Для сайтов школ',
        'ru',
        'metodika-calendar',
      ]);
      expect(seen.widgetDefined).to.equal(true);
      expect(seen.snippet).to.match(/src="http:\/\/127\.0\.0\.1:\d+\/widgets\/metodika\.js"/);
      expect(seen.scripts.some((s) => s?.startsWith('./assets/'))).to.equal(true);
      expect(seen.overflow, `no sideways scrolling at ${width}px`).to.be.at.most(0);
    }
    // A shared link: the choice and the language from the address.
    const shared = new URLSearchParams({ widget: 'associations', subject: 'math', lang: 'en' });
    const response = await fetch(
      `/__console/${WORLD}/sites-built?width=1280&query=${encodeURIComponent(shared.toString())}`,
    );
    if (!response.ok) throw new Error(await response.text());
    const seen = (await response.json()) as Record<string, unknown> & { problems: string[] };
    expect(seen.problems).to.deep.equal([]);
    expect([seen.heading, seen.lang, seen.title, seen.widget]).to.deep.equal([
      'For school websites',
      'en',
      'For school websites — Metodika',
      'metodika-associations',
    ]);
    expect(seen.snippet).to.contain('subject="math"');
    expect(seen.widgetText).to.contain('РМО учителей математики');
    expect(seen.preset, 'the notice, its chunk allowed by the CSP').to.equal(
      'Показаны только объединения: предмет «Математика».',
    );
    expect(seen.search).to.equal(`?${shared.toString()}`);
  });
});
