/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * Every widget under the media a visitor's browser may bring: forced colours (Windows high
 * contrast), reduced motion, print, 200% text and a 320 px wide page, and a dark colour scheme.
 * Media are emulated in Chromium through Playwright (`emulateMedia`), not by matching classes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../packages/widgets/src/index.ts';
import { loaderOptions } from '../../packages/widgets/src/base/feed-loader.ts';
import type { MetodikaElement } from '../../packages/widgets/src/base/metodika-element.ts';
import { CalendarPage } from '../../packages/widgets/src/calendar/calendar.page.ts';
import type { MetodikaCalendar } from '../../packages/widgets/src/calendar/calendar.ts';
import { fresh, resetLoader } from '../../packages/widgets/src/test-support/feeds.ts';
import { WidgetPage } from '../../packages/widgets/src/test-support/widget.page.ts';
import { stubFetch } from './fixtures/make-feed.ts';

const KUZ = '/demo/feeds/kuznetsk.json';

/** Every widget (and calendar view) the media checks run over, by a readable name. */
const WIDGETS: Record<string, () => ReturnType<typeof html>> = {
  'calendar (month)': () =>
    html`<metodika-calendar src=${KUZ} today="2026-11-23" view="month"></metodika-calendar>`,
  'calendar (agenda)': () =>
    html`<metodika-calendar src=${KUZ} today="2026-11-23" view="agenda"></metodika-calendar>`,
  associations: () =>
    html`<metodika-associations src=${KUZ} today="2026-11-23"></metodika-associations>`,
  platforms: () =>
    html`<metodika-associations mode="platforms" src=${KUZ} today="2026-11-23"></metodika-associations>`,
  practices: () => html`<metodika-practices src=${KUZ}></metodika-practices>`,
  consultation: () => html`<metodika-consultation src=${KUZ}></metodika-consultation>`,
};

async function mountWidget(template: ReturnType<typeof html>): Promise<WidgetPage> {
  const page = new WidgetPage(await fixture<MetodikaElement>(template));
  await page.ready();
  // The demo feed has series: the calendar and the directory draw once their lazy part that
  // expands them has arrived (the skeleton stays till then), as their own page objects wait.
  await waitUntil(() => page.shown !== 'loading', 'the widget drawn', { timeout: 5000 });
  await page.settle();
  return page;
}

/** The month-grid calendar of WIDGETS, driven by its own page object. */
async function mountCalendar(): Promise<CalendarPage> {
  const { el } = await mountWidget(WIDGETS['calendar (month)']!());
  return new CalendarPage(el as MetodikaCalendar);
}

/** Relative luminance (0 black … 1 white) of a computed `rgb()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as number[];
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** False for `transparent` and any `rgba(…, 0)`. */
const opaque = (color: string) => !/^(transparent|rgba\(.*,\s*0\))$/.test(color);

/** A visible line around an element: a border or an outline, wider than zero and not clear. */
function outlined(el: Element): boolean {
  const s = getComputedStyle(el);
  const border =
    s.borderTopStyle !== 'none' &&
    Number.parseFloat(s.borderTopWidth) > 0 &&
    opaque(s.borderTopColor);
  const outline =
    s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0 && opaque(s.outlineColor);
  return border || outline;
}

/** What tells a control's state apart other than colour: weight, lines, decoration. */
function shape(el: Element): string {
  const s = getComputedStyle(el);
  return [s.fontWeight, s.borderTopWidth, s.outlineStyle, s.textDecorationLine].join(' ');
}

/** Elements that scroll sideways: the root or anything with its own horizontal overflow. */
function sidewaysScrollers(page: WidgetPage): string[] {
  const root = page.wrapper;
  const found: string[] = [];
  const check = (el: Element, always: boolean) => {
    const overflow = getComputedStyle(el).overflowX;
    if ((always || overflow === 'auto' || overflow === 'scroll') && el.clientWidth > 0) {
      if (el.scrollWidth > el.clientWidth + 1)
        found.push(
          `${el.localName}.${[...el.classList].join('.')} ${el.scrollWidth}>${el.clientWidth}`,
        );
    }
  };
  check(root, true);
  for (const el of page.allElements) check(el, false);
  for (const dialog of page.openDialogs) check(dialog, true);
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1)
    found.push(`page ${doc.scrollWidth}>${doc.clientWidth}`);
  return found;
}

beforeEach(resetLoader);
afterEach(async () => {
  await emulateMedia({
    media: 'screen',
    colorScheme: 'light',
    reducedMotion: 'no-preference',
    forcedColors: 'none',
  });
});

describe('media: forced colours', () => {
  beforeEach(() => emulateMedia({ forcedColors: 'active' }));

  it('calendar: today, the pressed view and status marks keep a shape or words', async () => {
    const page = await mountCalendar();
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const today = page.todayButton!;
    const other = page.dayButton('2026-11-24')!;
    expect(outlined(today), 'today has a line around it').to.be.true;
    expect(shape(today)).to.not.equal(shape(other));
    const [month, agenda] = page.viewButtons;
    expect(month!.getAttribute('aria-pressed')).to.equal('true');
    expect(shape(month!), 'pressed differs from unpressed in more than colour').to.not.equal(
      shape(agenda!),
    );
    // In the grid a changed status is a symbol before the title, crossed out when cancelled.
    const cancelled = page.gridEntryWithStatus('cancelled')!;
    expect(cancelled.querySelector('.mark')!.textContent).to.equal('✕');
    expect(getComputedStyle(cancelled.querySelector('.title')!).textDecorationLine).to.equal(
      'line-through',
    );
    agenda!.click();
    await page.settle();
    const marks = page.statusMarks;
    expect(marks.map((m) => m.textContent!.trim())).to.include.members([
      '✕ Отменено',
      '→ Перенесено',
    ]);
    for (const mark of marks) expect(outlined(mark)).to.be.true;
    await expect(page.el).to.be.accessible();
  });

  for (const [name, template] of Object.entries(WIDGETS)) {
    it(`${name}: keyboard focus shows a ring`, async () => {
      const page = await mountWidget(template());
      const control = page.firstControl!;
      control.focus();
      expect(control.matches(':focus-visible')).to.be.true;
      const style = getComputedStyle(control);
      expect(style.outlineStyle).to.not.equal('none');
      expect(Number.parseFloat(style.outlineWidth)).to.be.greaterThan(1);
      // Buttons keep their edges when the system paints every background the same.
      for (const button of page.framedButtons)
        expect(outlined(button), button.textContent ?? '').to.be.true;
    });
  }
});

describe('media: reduced motion', () => {
  it('the skeleton pulses only without the preference', async () => {
    loaderOptions.fetch = stubFetch({ 'slow.json': () => new Promise<Response>(() => {}) });
    const el = await fixture<MetodikaElement>(
      html`<metodika-calendar src=${fresh('slow.json')}></metodika-calendar>`,
    );
    await el.updateComplete;
    const bar = new WidgetPage(el).skeletonBar!;
    expect(getComputedStyle(bar).animationDuration).to.equal('1.5s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(bar).animationName).to.equal('none');
  });

  for (const [name, template] of Object.entries(WIDGETS)) {
    it(`${name}: nothing animates or transitions`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const page = await mountWidget(template());
      const moving = page.allElements.filter((el) => {
        const s = getComputedStyle(el);
        const long = (list: string) => list.split(',').some((t) => Number.parseFloat(t) > 0.01);
        return (
          (s.animationName !== 'none' && long(s.animationDuration)) || long(s.transitionDuration)
        );
      });
      expect(moving.map((el) => el.className)).to.deep.equal([]);
    });
  }
});

describe('media: print', () => {
  it('the calendar prints the agenda of the shown month, without controls', async () => {
    const page = await mountCalendar();
    expect(page.isHidden('grid')).to.be.false;
    await emulateMedia({ media: 'print' });
    // Media query listeners run at the next rendering step.
    await new Promise(requestAnimationFrame);
    await page.settle();
    expect(page.isHidden('grid'), 'grid').to.be.true;
    expect(page.isHidden('filters'), 'filters').to.be.true;
    expect(page.isHidden('navigation'), 'navigation').to.be.true;
    expect(page.isHidden('switch'), 'view switch').to.be.true;
    expect(page.isHidden('show-more'), 'show more').to.be.true;
    expect(page.isHidden('agenda'), 'agenda').to.be.false;
    expect(page.isHidden('heading'), 'month heading').to.be.false;
    expect(page.heading).to.contain('Ноябрь 2026');
    const days = page.agendaDays;
    expect(days.length).to.be.greaterThan(3);
    expect(days.every((d) => /ноября/.test(d))).to.be.true;
    // Back on screen, the month grid the visitor had.
    await emulateMedia({ media: 'screen' });
    await new Promise(requestAnimationFrame);
    await page.settle();
    expect(page.isHidden('grid')).to.be.false;
  });
});

describe('media: 200% text and a 320 px page', () => {
  const sizes = [
    { name: '320 px wide', width: 320, fontSize: '' },
    { name: '200% text', width: 640, fontSize: '200%' },
  ];
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('the check sees a widget that scrolls sideways', async () => {
    await setViewport({ width: 320, height: 900 });
    const page = await mountWidget(WIDGETS.practices!());
    const wide = document.createElement('div');
    wide.style.width = '400px';
    wide.style.height = '1px';
    page.wrapper.append(wide);
    expect(sidewaysScrollers(page)).to.not.deep.equal([]);
    wide.remove();
  });

  for (const size of sizes) {
    for (const [name, template] of Object.entries(WIDGETS)) {
      it(`${name}, ${size.name}: no sideways scrolling, facets and details open`, async () => {
        await setViewport({ width: size.width, height: 900 });
        document.documentElement.style.fontSize = size.fontSize;
        const page = await mountWidget(template());
        expect(sidewaysScrollers(page)).to.deep.equal([]);
        const facet = page.facets[0];
        if (facet) {
          facet.open = true;
          await page.settle();
          expect(sidewaysScrollers(page), 'facet open').to.deep.equal([]);
          facet.open = false;
        }
        const opener = page.detailsOpener;
        if (opener) {
          opener.click();
          await page.settle();
          const [dialog] = page.openDialogs;
          expect(dialog, 'details open').to.exist;
          expect(sidewaysScrollers(page), 'details open').to.deep.equal([]);
          await page.closeDialog(dialog);
        }
      });
    }
  }
});

describe('media: dark colour scheme', () => {
  afterEach(() => {
    document.documentElement.style.colorScheme = '';
  });

  for (const [name, template] of Object.entries(WIDGETS)) {
    it(`${name}: dark on a page that allows it, light on a page that does not`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const light = await mountWidget(template());
      expect(luminance(getComputedStyle(light.wrapper).backgroundColor)).to.be.greaterThan(0.8);
      document.documentElement.style.colorScheme = 'light dark';
      const page = await mountWidget(template());
      const style = getComputedStyle(page.wrapper);
      expect(luminance(style.backgroundColor)).to.be.lessThan(0.05);
      expect(luminance(style.color)).to.be.greaterThan(0.7);
      // Controls follow: no white fields or buttons on the dark surface.
      const control = page.plainControl!;
      expect(luminance(getComputedStyle(control).backgroundColor)).to.be.lessThan(0.3);
      await expect(page.el).to.be.accessible();
    });
  }
});
