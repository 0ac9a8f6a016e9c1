/**
 * The built script on a site whose Content-Security-Policy forbids inline styles and scripts
 * (`style-src 'self'; script-src 'self'`): the widgets render, bvi's settings still apply, and
 * the browser reports no violation. Needs `pnpm --filter @metodika/widgets build` first.
 */
import { expect } from '@open-wc/testing';
import type { MetodikaElement } from '../../packages/widgets/src/base/metodika-element.ts';
import { CalendarPage } from '../../packages/widgets/src/calendar/calendar.page.ts';
import type { MetodikaCalendar } from '../../packages/widgets/src/calendar/calendar.ts';
import { WidgetPage } from '../../packages/widgets/src/test-support/widget.page.ts';
import { openFrame, until } from './page.ts';

type ProbedWindow = Window & { cspViolations: string[] };

const TAGS = [
  'metodika-calendar',
  'metodika-associations',
  'metodika-practices',
  'metodika-consultation',
];

describe('a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await openFrame('/test/embed/fixtures/csp/page.html', 1000, 800);
  });
  after(() => frame.remove());

  it('every widget renders its data with no violation reported', async () => {
    const doc = frame.contentDocument!;
    const pages = TAGS.map((tag) => new WidgetPage(doc.querySelector(tag) as MetodikaElement));
    const ready = () =>
      pages.every((page) => page.shown === 'ready' && page.renderedText.trim().length > 50);
    await until(ready, 'four widgets with data', 8000);
    const calendar = new CalendarPage(doc.querySelector('metodika-calendar') as MetodikaCalendar);
    expect(calendar.view).to.equal('month');
    // bvi's font size reaches inside through the CSSOM.
    expect(frame.contentWindow!.getComputedStyle(calendar.wrapper).fontSize).to.equal('24px');
    expect((frame.contentWindow as ProbedWindow).cspViolations).to.deep.equal([]);
  });

  it('the probe sees a violation when there is one', async () => {
    const win = frame.contentWindow as ProbedWindow;
    const before = win.cspViolations.length;
    frame.contentDocument!.body.setAttribute('style', 'color: red');
    await until(() => win.cspViolations.length > before, 'the violation event');
    expect(win.cspViolations.at(-1)).to.match(/^style-src/);
  });
});
