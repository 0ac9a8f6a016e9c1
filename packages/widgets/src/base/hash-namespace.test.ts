import { expect, fixture, html } from '@open-wc/testing';
import '../calendar/define.ts';
import '../associations/define.ts';
import '../practices/define.ts';
import { CalendarPage } from '../calendar/calendar.page.ts';
import type { MetodikaCalendar } from '../calendar/calendar.ts';
import { resetLoader } from '../test-support/feeds.ts';
import type { MetodikaElement } from './metodika-element.ts';

const KUZ = '/demo/feeds/kuznetsk.json';

const twoCalendars = () =>
  fixture<HTMLDivElement>(html`<div>
    <metodika-calendar src=${KUZ} today="2026-11-23" view="agenda"></metodika-calendar>
    <metodika-calendar src=${KUZ} today="2026-11-23" view="agenda"></metodika-calendar>
  </div>`);

async function pages(wrapper: HTMLElement): Promise<CalendarPage[]> {
  const found = [...wrapper.querySelectorAll<MetodikaCalendar>('metodika-calendar')].map(
    (el) => new CalendarPage(el),
  );
  for (const page of found) await page.ready();
  return found;
}

beforeEach(resetLoader);

describe('hash namespaces without ids', () => {
  it('the first widget of a kind keeps its name, later ones are numbered', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <metodika-associations mode="platforms" src=${KUZ}></metodika-associations>
      <metodika-calendar id="events" src=${KUZ}></metodika-calendar>
      <metodika-associations id="dir" src=${KUZ}></metodika-associations>
      <metodika-calendar src=${KUZ}></metodika-calendar>
      <metodika-associations src=${KUZ}></metodika-associations>
      <metodika-practices src=${KUZ}></metodika-practices>
      <metodika-calendar src=${KUZ}></metodika-calendar>
      <metodika-associations src=${KUZ}></metodika-associations>
    </div>`);
    const names = [...wrapper.children].map((el) => (el as MetodikaElement).hashNamespace);
    // Ids win; id-less widgets count per tag and default name (directory and platforms apart).
    expect(names).to.deep.equal(['pl', 'events', 'dir', 'cal', 'mo', 'pr', 'cal2', 'mo2']);
  });

  it('two calendars filter apart, and a reload restores each one its own filters', async () => {
    const wrapper = await twoCalendars();
    const [first, second] = await pages(wrapper);
    expect(second!.el.hashNamespace).to.equal('cal2');
    const total = first!.text;
    await second!.toggleOption('Вебинар');
    await second!.search('грамотности');
    const hash = decodeURIComponent(location.hash);
    expect(hash).to.contain('cal2.kind=webinar');
    expect(hash).to.contain('cal2.q=грамотности');
    expect(hash).to.not.match(/(^#|&)cal\./);
    await first!.settle();
    expect(first!.chips).to.deep.equal([]);
    expect(first!.text).to.equal(total);
    // The first one's filter lands beside the second's instead of replacing it.
    await first!.toggleOption('Семинар');
    expect(decodeURIComponent(location.hash)).to.contain('cal.kind=seminar');
    expect(decodeURIComponent(location.hash)).to.contain('cal2.kind=webinar');

    // Same page opened again from the link.
    const link = location.hash;
    wrapper.remove();
    resetLoader();
    history.replaceState(null, '', link);
    const [again1, again2] = await pages(await twoCalendars());
    expect(again1!.chips).to.deep.equal(['Семинар']);
    expect(again2!.chips).to.have.members(['Вебинар', '«грамотности»']);
  });

  it('a pasted link (hashchange) reaches only the calendar it names', async () => {
    const [first, second] = await pages(await twoCalendars());
    location.hash = 'cal2.kind=webinar';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await first!.settle();
    await second!.settle();
    expect(first!.chips).to.deep.equal([]);
    expect(second!.chips).to.deep.equal(['Вебинар']);
  });
});
