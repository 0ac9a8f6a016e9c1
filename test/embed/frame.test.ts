/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The iframe fallback pages as shipped (`dist/frame/<widget>.html`, loading `../metodika.js`):
 * options come from the query string, checked; nothing from it reaches markup. Needs
 * `pnpm --filter @metodika/widgets build` (the default bundle copies the pages) first.
 */
import { expect } from '@open-wc/testing';
import { CollectionPage } from '../../packages/widgets/src/base/collection/collection.page.ts';
import type { MetodikaElement } from '../../packages/widgets/src/base/metodika-element.ts';
import { CalendarPage } from '../../packages/widgets/src/calendar/calendar.page.ts';
import type { MetodikaCalendar } from '../../packages/widgets/src/calendar/calendar.ts';
import { WidgetPage } from '../../packages/widgets/src/test-support/widget.page.ts';
import { builtUrl, openFrame, until } from './page.ts';

const FEED = '/demo/feeds/kuznetsk.json';

/** Opens `frame/<page>?<query>` in an iframe and resolves with it once loaded. */
async function frame(page: string, query: string): Promise<HTMLIFrameElement> {
  const url = await builtUrl(`frame/${page}`, 'pnpm --filter @metodika/widgets build');
  return openFrame(`${url}?${query}`, 800, 600);
}

const doc = (iframe: HTMLIFrameElement) => iframe.contentDocument!;
const TAGS = ['calendar', 'associations', 'practices', 'consultation'].map((w) => `metodika-${w}`);
const widget = (iframe: HTMLIFrameElement) =>
  doc(iframe).body.querySelector<HTMLElement>(TAGS.join(', ')) ?? undefined;
const rendered = (el: Element) => new WidgetPage(el as MetodikaElement).renderedText;

afterEach(() => {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
});

describe('frame/<widget>.html', () => {
  it('renders the calendar from the feed and options in the query', async () => {
    const iframe = await frame(
      'calendar.html',
      `src=${encodeURIComponent(FEED)}&today=2026-11-23&view=agenda`,
    );
    const el = widget(iframe)!;
    expect(el.localName).to.equal('metodika-calendar');
    // Relative to the frame page, made absolute.
    expect(el.getAttribute('src')).to.equal(new URL(FEED, location.href).href);
    expect(el.getAttribute('view')).to.equal('agenda');
    expect(el.getAttribute('today')).to.equal('2026-11-23');
    await until(() => rendered(el).includes('понедельник, 2 ноября'), 'the agenda');
    expect(new CalendarPage(el as MetodikaCalendar).view).to.equal('agenda');
    expect(doc(iframe).title).to.equal('Календарь мероприятий');
    expect(doc(iframe).documentElement.lang).to.equal('ru');
  });

  it('takes only the options it knows, with values that fit, and sets the language', async () => {
    const iframe = await frame(
      'practices.html',
      `lang=en&limit=2&src=${encodeURIComponent(FEED)}&onclick=alert(1)&style=display:none&view=month`,
    );
    const el = widget(iframe)!;
    expect(el.localName).to.equal('metodika-practices');
    expect(el.getAttributeNames().sort()).to.deep.equal(['lang', 'limit', 'src']);
    expect(el.getAttribute('limit')).to.equal('2');
    // The loader defines the element once its chunk arrives: nothing is shown before that.
    const practices = new CollectionPage(el as MetodikaElement);
    await until(
      () => practices.shown === 'ready' && practices.titles.length === 2,
      'the two newest practices',
    );
    expect(doc(iframe).title).to.equal('Best practices');
    expect(doc(iframe).documentElement.lang).to.equal('en');

    const bad = await frame('practices.html', `src=${encodeURIComponent(FEED)}&limit=-1`);
    expect(widget(bad)!.hasAttribute('limit')).to.equal(false);
  });

  it('puts markup in the query nowhere but in a checked attribute', async () => {
    const payload = '<img src=x onerror="parent.__framePwned=1">';
    const iframe = await frame(
      'associations.html',
      `src=${encodeURIComponent(FEED)}&subject=${encodeURIComponent(payload)}&kind=rmo%20shmo`,
    );
    const el = widget(iframe)!;
    expect(el.hasAttribute('subject')).to.equal(false);
    // A list of ids, as the element's own attribute takes it.
    expect(el.getAttribute('kind')).to.equal('rmo shmo');
    await until(() => rendered(el).includes('РМО учителей математики'), 'the associations');
    expect(doc(iframe).querySelector('img')).to.equal(null);
    expect((window as { __framePwned?: number }).__framePwned).to.equal(undefined);
  });

  for (const src of ['javascript:alert(1)', 'data:application/json,{}', '']) {
    it(`refuses src=${src || '(none)'} with a visible message and no widget`, async () => {
      const iframe = await frame('calendar.html', src ? `src=${encodeURIComponent(src)}` : '');
      const body = doc(iframe).body;
      expect(body.querySelector('metodika-calendar')).to.equal(null);
      const problem = body.querySelector<HTMLElement>('[role="alert"]')!;
      expect(problem.textContent).to.contain('src');
      expect(problem.offsetHeight).to.be.greaterThan(10);
    });
  }

  it('shows the consultation form and tells the parent its height', async () => {
    const heights: number[] = [];
    const listen = (event: MessageEvent) => {
      if (event.data?.type === 'metodika:frame-height' && event.data.widget === 'consultation')
        heights.push(event.data.height);
    };
    window.addEventListener('message', listen);
    try {
      const iframe = await frame('consultation.html', `src=${encodeURIComponent(FEED)}`);
      const el = widget(iframe)!;
      expect(el.localName).to.equal('metodika-consultation');
      await until(() => rendered(el).includes('Заявка на консультацию'), 'the form');
      const body = () => Math.ceil(doc(iframe).body.getBoundingClientRect().height);
      await until(() => body() > 600 && heights.at(-1) === body(), "the whole form's height");
    } finally {
      window.removeEventListener('message', listen);
    }
  });
});
