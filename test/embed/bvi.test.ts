/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The bvi "version for the visually impaired" plugin: the widget follows its scheme, font size
 * and spacing inside the shadow root, live. Attributes driven on a `.bvi-body` wrapper here; the
 * real plugin in bvi-plugin.test.ts.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/index.ts';
import { CalendarPage } from '../../packages/widgets/src/calendar/calendar.page.ts';
import type { MetodikaCalendar } from '../../packages/widgets/src/calendar/calendar.ts';

/** Computed colours of the parts bvi cannot reach: the widget's surface, text, and a day cell. */
export function colours(el: MetodikaCalendar): {
  root: string;
  text: string;
  cellBorder: string;
  fontSize: string;
} {
  const root = el.shadowRoot!.querySelector('.root') as HTMLElement;
  const cell = el.shadowRoot!.querySelector('.cell') as HTMLElement;
  const style = getComputedStyle(root);
  return {
    root: style.backgroundColor,
    text: style.color,
    cellBorder: getComputedStyle(cell).borderTopColor,
    fontSize: style.fontSize,
  };
}

describe('following bvi', () => {
  it('applies the scheme, font size and spacing, and follows changes live', async () => {
    const wrapper =
      await fixture<HTMLDivElement>(html`<div class="bvi-body" data-bvi-theme="black" data-bvi-fontsize="24">
      <metodika-calendar src="/demo/feeds/kuznetsk.json" today="2026-11-23" view="month"></metodika-calendar>
    </div>`);
    const el = wrapper.querySelector('metodika-calendar')!;
    await new CalendarPage(el).ready();
    expect(colours(el)).to.deep.equal({
      root: 'rgb(0, 0, 0)',
      text: 'rgb(255, 255, 255)',
      cellBorder: 'rgb(255, 255, 255)',
      fontSize: '24px',
    });
    await expect(el).to.be.accessible();

    wrapper.setAttribute('data-bvi-theme', 'blue');
    wrapper.setAttribute('data-bvi-letterspacing', 'big');
    wrapper.setAttribute('data-bvi-lineheight', 'average');
    await aTimeout(0);
    await el.updateComplete;
    expect(colours(el).root).to.equal('rgb(157, 209, 255)');
    expect(colours(el).text).to.equal('rgb(6, 52, 98)');
    const root = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
    expect(root.letterSpacing).to.equal('4px');
    expect(root.lineHeight).to.equal('48px');
    await expect(el).to.be.accessible();

    for (const name of [
      'data-bvi-theme',
      'data-bvi-fontsize',
      'data-bvi-letterspacing',
      'data-bvi-lineheight',
    ]) {
      wrapper.removeAttribute(name);
    }
    await aTimeout(0);
    await el.updateComplete;
    expect(colours(el).root).to.equal('rgb(255, 255, 255)');
  });
});
