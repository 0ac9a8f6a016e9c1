/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * A page whose global CSS does its worst: resets, `all: revert`, huge fonts, !important
 * everywhere. The widget must stay readable and usable.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/index.ts';
import { CalendarPage } from '../../packages/widgets/src/calendar/calendar.page.ts';
import type { MetodikaCalendar } from '../../packages/widgets/src/calendar/calendar.ts';

const HOSTILE = `
  * { all: revert !important; }
  html { font-size: 28px !important; }
  body, body * { font-size: 26px !important; line-height: 0.6 !important; letter-spacing: 0.3em !important;
    color: #777 !important; background: #ff0 !important; display: inline !important;
    text-transform: uppercase !important; visibility: visible !important; box-sizing: content-box !important; }
  button, table, td, dialog { display: none !important; border: 9px solid red !important; }
  metodika-calendar { width: 10px; height: 10px; overflow: hidden; }
`;

describe('inside a hostile page', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  after(() => style.remove());

  it('keeps its layout, controls and readability', async () => {
    const el = await fixture<MetodikaCalendar>(
      html`<metodika-calendar src="/demo/feeds/kuznetsk.json" today="2026-11-23" view="month"></metodika-calendar>`,
    );
    const page = new CalendarPage(el);
    await page.ready();
    await aTimeout(50);
    expect(getComputedStyle(el).display).to.equal('block');
    const rootStyle = getComputedStyle(page.wrapper);
    // Font size flows in (readable, scaled); the rest of the page's rules stop at the host.
    expect(rootStyle.fontSize).to.equal('26px');
    expect(rootStyle.lineHeight).to.not.equal('15.6px');
    expect(rootStyle.textTransform).to.equal('none');
    expect(getComputedStyle(page.grid!).display).to.equal('table');
    const day = page.dayButton('2026-11-23')!;
    expect(day.getBoundingClientRect().height).to.be.greaterThan(20);
    expect(getComputedStyle(day).display).to.not.equal('none');
    await expect(el).to.be.accessible();
  });
});
