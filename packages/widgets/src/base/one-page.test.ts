import { expect, fixture, html } from '@open-wc/testing';
import '../calendar/define.ts';
import '../associations/define.ts';
import '../practices/define.ts';
import '../consultation/define.ts';
import { resetLoader } from '../test-support/feeds.ts';
import { WidgetPage } from '../test-support/widget.page.ts';
import type { MetodikaElement } from './metodika-element.ts';

const KUZ = '/demo/feeds/kuznetsk.json';

beforeEach(resetLoader);

describe('every widget on one page', () => {
  it('four widgets and two calendars: each landmark has its own name, and axe finds nothing', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <metodika-calendar src=${KUZ} today="2026-11-23" view="month" no-jsonld></metodika-calendar>
      <metodika-associations src=${KUZ} today="2026-11-23"></metodika-associations>
      <metodika-practices src=${KUZ}></metodika-practices>
      <metodika-consultation src=${KUZ}></metodika-consultation>
      <metodika-calendar src=${KUZ} today="2026-11-23" view="agenda" no-jsonld></metodika-calendar>
      <metodika-practices src=${KUZ} limit="3"></metodika-practices>
    </div>`);
    const pages = [...wrapper.children].map((el) => new WidgetPage(el as MetodikaElement));
    for (const page of pages) await page.ready();
    const names = pages.flatMap((page) => page.landmarkNames);
    expect(names).to.include.members(['Поиск по мероприятиям', 'Поиск по мероприятиям (2)']);
    expect(names).to.include.members(['Лучшие практики', 'Новые практики (2)']);
    expect(new Set(names).size).to.equal(names.length);
    await expect(wrapper).to.be.accessible();
  });
});
