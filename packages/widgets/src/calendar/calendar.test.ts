import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import './define.ts';
import '../feed/define.ts';
import { json, makeFeed, stubFetch } from '../../../../test/embed/fixtures/make-feed.ts';
import { loaderOptions } from '../base/feed-loader.ts';
import { fresh, mount, plain, resetLoader } from '../test-support/feeds.ts';
import { sticksOut } from '../test-support/widget.page.ts';
import { CalendarPage } from './calendar.page.ts';
import { eventIcs } from './calendar-ics.ts';
import { prepareEvents } from './calendar-model.ts';

const AMUR = '/demo/feeds/amur.json';
const KUZ = '/demo/feeds/kuznetsk.json';

const calendar = (template: ReturnType<typeof html>, wait = true) =>
  mount(template, CalendarPage, wait);

beforeEach(resetLoader);

describe('calendar: a misconfigured src', () => {
  it('error for a bad src explains the fix in the console once', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const page = await calendar(
        html`<metodika-calendar src="javascript:alert(1)"></metodika-calendar>`,
      );
      expect(page.status).to.equal('error');
      expect(page.text).to.contain('Сообщите администратору сайта');
      // The console's words are a chunk of their own, fetched when there is something to say.
      await waitUntil(() => errors.length > 0, 'the console report');
      expect(errors.join('\n')).to.contain('metodika-feed');
    } finally {
      console.error = original;
    }
  });
});

describe('calendar views', () => {
  it('month grid: today marked, events on their days, multi-day spans, navigation', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" view="month"></metodika-calendar>`,
    );
    expect(page.heading).to.match(/^Ноябрь 2026/);
    expect(page.dayButton('2026-11-23')!.getAttribute('aria-current')).to.equal('date');
    expect(page.eventsOn('2026-11-18').join()).to.contain('педагогические чтения');
    // The two-day conference shows on both days, the second as a continuation.
    const conference = 'Районная научно-практическая конференция';
    expect(page.eventsOn('2026-11-12').some((t) => t.startsWith(conference))).to.be.true;
    expect(page.eventsOn('2026-11-13').some((t) => t.startsWith(conference))).to.be.true;
    await page.next();
    expect(page.heading).to.match(/^Декабрь 2026/);
    await page.click('Сегодня');
    expect(page.heading).to.match(/^Ноябрь 2026/);
    await expect(page.el).to.be.accessible();
  });

  it('the shown view’s button keeps its colours under the pointer', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" view="month"></metodika-calendar>`,
    );
    const shown = page.viewButtons.find((b) => b.getAttribute('aria-pressed') === 'true')!;
    const before = getComputedStyle(shown).backgroundColor;
    const box = shown.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    try {
      expect(shown.matches(':hover')).to.equal(true);
      const { backgroundColor, color } = getComputedStyle(shown);
      // button:hover is more specific than .primary: without .primary:hover the white label sat
      // on the pale hover background.
      expect(backgroundColor).to.equal(before);
      expect(backgroundColor).not.to.equal(color);
    } finally {
      await sendMouse({ type: 'move', position: [0, 0] });
    }
  });

  it('a busy day shows "+N more", which opens the day list', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" view="month"></metodika-calendar>`,
    );
    const cell = page.dayButton('2026-11-26')!.closest('td')!;
    const more = cell.querySelector<HTMLButtonElement>('.more')!;
    expect(more.textContent).to.match(/ещё 4/);
    more.click();
    await page.settle();
    expect(page.dayDialog.open).to.be.true;
    expect(page.dayDialog.querySelectorAll('.event-title').length).to.equal(6);
    await expect(page.el).to.be.accessible();
    await page.closeDialog(page.dayDialog);
  });

  it('agenda: events of the month in order; statuses marked with words', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" view="agenda"></metodika-calendar>`,
    );
    expect(page.view).to.equal('agenda');
    const titles = page.agendaTitles;
    expect(titles.length).to.be.greaterThan(10);
    expect(titles[0]).to.contain('Школа резерва');
    const cancelled = page.entryWithStatus('cancelled')!;
    expect(cancelled.textContent).to.contain('Отменено');
    expect(page.text).to.contain('Перенесено');
    await expect(page.el).to.be.accessible();
  });

  it('a narrow container defaults to the agenda; the visitor can switch', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" style="width: 300px"></metodika-calendar>`,
    );
    await page.settle();
    expect(page.view).to.equal('agenda');
    await page.switchTo('month');
    expect(page.view).to.equal('month');
  });

  it('a wide container defaults to the month grid', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" style="width: 60em"></metodika-calendar>`,
    );
    await page.settle();
    expect(page.view).to.equal('month');
  });
});

describe('filters, search and the URL hash', () => {
  it('OR within a facet, AND across facets; chips remove filters', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" view="agenda"></metodika-calendar>`,
    );
    const all = page.agendaTitles.length;
    await page.toggleOption('Вебинар');
    const webinars = page.agendaTitles.length;
    expect(webinars).to.be.greaterThan(0).and.lessThan(all);
    await page.toggleOption('Мастер-класс');
    const both = page.agendaTitles.length;
    expect(both).to.be.greaterThan(webinars);
    await page.toggleOption('Очно');
    const offline = page.agendaTitles.length;
    expect(offline).to.be.lessThan(both);
    expect(page.chips).to.have.members(['Вебинар', 'Мастер-класс', 'Очно']);
    await expect(page.el).to.be.accessible();
    await page.click('Убрать фильтр: Очно');
    expect(page.agendaTitles.length).to.equal(both);
    await page.click('Сбросить все фильтры');
    expect(page.agendaTitles.length).to.equal(all);
  });

  it('search ignores case and ё', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" view="agenda"></metodika-calendar>`,
    );
    await page.search('ЧИТАЕМ всеи');
    expect(page.agendaTitles).to.deep.equal([]);
    await page.search('педагогические ЧТЕНИЯ');
    expect(page.agendaTitles).to.have.length(1);
    await page.search('робототехника');
    expect(page.agendaTitles.join()).to.contain('робототехника');
  });

  it('nothing found, in both views: the shared message with a button that clears the filters', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" view="agenda"></metodika-calendar>`,
    );
    const all = page.agendaTitles.length;
    await page.search('нет такого мероприятия');
    await page.toggleUpcoming();
    expect(page.text).to.contain('Ничего не найдено по выбранным условиям.');
    await expect(page.el).to.be.accessible();
    const reset = () => page.noMatchesReset!;
    expect(reset().textContent!.trim()).to.equal('Сбросить все фильтры');
    reset().click();
    await page.settle();
    expect(page.chips).to.deep.equal([]);
    expect(page.agendaTitles.length).to.equal(all);
    await page.switchTo('month');
    await page.search('нет такого мероприятия');
    expect(page.view).to.equal('month');
    reset().click();
    await page.settle();
    expect(page.noMatchesReset).to.be.null;
    expect(page.eventIds.length).to.be.greaterThan(0);
  });

  it('"upcoming only" hides what ended before today', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" view="agenda"></metodika-calendar>`,
    );
    await page.toggleUpcoming();
    const titles = page.agendaTitles;
    expect(titles.some((t) => t.includes('педагогические чтения'))).to.be.false;
    expect(titles.some((t) => t.includes('ГИА-2027'))).to.be.true;
  });

  it('filter state round-trips through the hash, namespaced by id', async () => {
    const page = await calendar(
      html`<metodika-calendar id="events" src=${KUZ} today="2026-11-23"></metodika-calendar>`,
    );
    await page.switchTo('agenda');
    await page.toggleOption('Вебинар');
    await page.search('грамотности');
    await page.next();
    const hash = decodeURIComponent(location.hash);
    expect(hash).to.contain('events.kind=webinar');
    expect(hash).to.contain('events.q=грамотности');
    expect(hash).to.contain('events.view=agenda');
    expect(hash).to.contain('events.m=2026-12');
    // A second calendar opened with this link shows the same view.
    const again = await calendar(
      html`<metodika-calendar id="events" src=${KUZ} today="2026-11-23"></metodika-calendar>`,
    );
    expect(again.view).to.equal('agenda');
    expect(again.heading).to.match(/^Декабрь 2026/);
    expect(again.chips).to.include('Вебинар');
    expect(again.agendaTitles).to.deep.equal(page.agendaTitles);
  });

  it('a deep link opens the event and shows its month; closing keeps focus inside', async () => {
    history.replaceState(null, '', '#cal.ev=ev-2026-12-08-contest-teacher-of-year');
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" view="month"></metodika-calendar>`,
    );
    await page.detailsOpened('ev-2026-12-08-contest-teacher-of-year');
    expect(page.heading).to.match(/^Декабрь 2026/);
    expect(page.detailsDialog.textContent).to.contain('Учитель года');
    await expect(page.el).to.be.accessible();
    await page.closeDialog(page.detailsDialog);
    expect(location.hash).to.not.contain('ev=');
    expect(page.hasFocus).to.be.true;
  });
});

describe('the limit strip', () => {
  it('shows the next N events with their dates, no grid or filters; each opens its details', async () => {
    const full = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" view="agenda"></metodika-calendar>`,
    );
    await full.toggleUpcoming();
    history.replaceState(null, '', location.pathname);
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" limit="3"></metodika-calendar>`,
    );
    expect(page.title).to.equal('Ближайшие мероприятия');
    expect(page.agendaTitles).to.deep.equal(full.agendaTitles.slice(0, 3));
    expect(page.hasControls).to.be.false;
    // Both the strip and the full calendar lead to the publisher's own events page.
    for (const widget of [page, full])
      expect(widget.eventsPageLink).to.equal('https://metodkab-kuz.example/meropriyatiya/');
    expect(page.stripWhen[0]).to.match(/^24 нояб\.?, \d{2}:\d{2}/);
    await expect(page.el).to.be.accessible();
    await page.openEvent(page.eventIds[0]!);
    expect(page.detailsDialog.open).to.be.true;
    expect(page.detailsDialog.textContent).to.contain(page.agendaTitles[0]);
    // The details' rules and the dialogs' come with their lazy part, adopted before it opened.
    const row = page.detailsDialog.querySelector('dl .row');
    expect(row && getComputedStyle(row).display).to.equal('grid');
    const head = page.detailsDialog.querySelector('.dialog-head');
    expect(head && getComputedStyle(head).display).to.equal('flex');
  });

  it('a deep link opens an event’s details from the strip too, with no filter bar drawn', async () => {
    history.replaceState(null, '', '#cal.ev=ev-2026-12-08-contest-teacher-of-year');
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" limit="3"></metodika-calendar>`,
    );
    await page.detailsOpened('ev-2026-12-08-contest-teacher-of-year');
    expect(page.detailsDialog.textContent).to.contain('Учитель года');
    expect(page.hasControls).to.be.false;
    await page.closeDialog(page.detailsDialog);
    expect(location.hash).to.not.contain('ev=');
  });

  it('says when nothing is ahead, in English too', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2030-01-01" limit="3" lang="en"></metodika-calendar>`,
    );
    expect(page.text).to.contain('Upcoming events');
    expect(page.text).to.contain('No upcoming events yet.');
    await expect(page.el).to.be.accessible();
  });
});

describe('event details', () => {
  it('shows every field, times in the publisher zone named for a Berlin visitor', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${AMUR} today="2026-11-23" view="agenda"></metodika-calendar>`,
    );
    await page.openEvent('ev-2026-11-25-ymp');
    const text = plain(page.detailsDialog.textContent!.replace(/\s+/g, ' '));
    expect(text).to.contain('25 ноября 2026 г., 15:00–17:00');
    expect(text).to.contain('Владивосток (GMT+10)');
    expect(text).to.contain('Очно и онлайн');
    for (const label of [
      'Яндекс Календарь',
      'Google Календарь',
      'Outlook',
      'Скачать .ics',
      'Подписаться на все мероприятия',
    ]) {
      expect(text).to.contain(label);
    }
    const subscribe = [...page.detailsDialog.querySelectorAll('a')].find((a) =>
      a.textContent?.includes('Подписаться'),
    );
    expect(subscribe!.getAttribute('href')).to.equal(
      'https://rmc-amursk.example/events/rmc-amursk.ics',
    );
    const google = [...page.detailsDialog.querySelectorAll('a')].find((a) =>
      a.textContent?.includes('Google'),
    )!;
    expect(new URL(google.href).searchParams.get('dates')).to.equal(
      '20261125T050000Z/20261125T070000Z',
    );
    await expect(page.el).to.be.accessible();
    const opener = page.eventOpener('ev-2026-11-25-ymp');
    await page.closeDialog(page.detailsDialog);
    expect(page.focused).to.equal(opener);
  });

  it('the .ics parses back with ical.js to the same moment and zone', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${AMUR} today="2026-11-23"></metodika-calendar>`,
    );
    const view = page.el.feed.state.view!;
    const item = prepareEvents(view).find((e) => e.event.id === 'ev-2026-11-25-ymp')!;
    const text = eventIcs(item, view, 'ru');
    const component = new ICAL.Component(ICAL.parse(text));
    for (const zone of component.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(zone);
    const vevent = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
    expect(vevent.summary).to.equal(item.event.title);
    expect(vevent.startDate.toJSDate().getTime()).to.equal(Date.parse('2026-11-25T15:00:00+10:00'));
    expect(vevent.endDate.toJSDate().getTime()).to.equal(Date.parse('2026-11-25T17:00:00+10:00'));
    expect(vevent.uid).to.equal(
      'ev-2026-11-25-ymp@rmc-amursk.metodika'.replace('rmc-amursk', view.sources[0]!.publisher.id),
    );
  });

  it('the download button saves an .ics file', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${AMUR} today="2026-11-23" view="agenda"></metodika-calendar>`,
    );
    await page.openEvent('ev-2026-11-25-ymp');
    const saved: { name: string; url: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, url: this.href });
    };
    try {
      page.button('Скачать .ics').click();
      // The .ics generator is a lazy chunk: the first click may wait for it.
      await waitUntil(() => saved.length > 0, 'the .ics download');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved).to.have.length(1);
    expect(saved[0]!.name).to.match(/\.ics$/);
    const body = await (await fetch(saved[0]!.url)).text();
    expect(body).to.contain('BEGIN:VEVENT');
    await page.closeDialog(page.detailsDialog);
  });

  it('English: words, dates and plural forms', async () => {
    const page = await calendar(
      html`<metodika-calendar lang="en" src=${AMUR} today="2026-11-23" view="month"></metodika-calendar>`,
    );
    expect(page.heading).to.equal('November 2026');
    expect(page.text).to.contain('Today');
    expect(page.dayButton('2026-11-25')!.getAttribute('aria-label')).to.match(
      /Wednesday, November 25.*1 event$/,
    );
    await expect(page.el).to.be.accessible();
    // The details' words come with their lazy part, in the page's language too.
    await page.openEvent(page.eventIds[0]!);
    expect(page.detailsText).to.contain('Add to calendar');
    expect(page.detailsText).to.not.contain('Добавить');
  });

  it('takes the language from the nearest lang of the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB"><metodika-calendar src=${AMUR} today="2026-11-23"></metodika-calendar></div>`,
    );
    const page = new CalendarPage(wrapper.querySelector('metodika-calendar')!);
    await page.ready();
    expect(page.el.locale).to.equal('en');
  });
});

describe('keyboard in the month grid', () => {
  it('arrows, Home/End and PageUp/PageDown move one focused day; Enter opens it; focus returns', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" view="month"></metodika-calendar>`,
    );
    const tabbable = () => page.tabbableInGrid;
    expect(tabbable()).to.have.length(1);
    page.dayButton('2026-11-23')!.focus();
    await page.key('ArrowRight');
    expect(page.focused?.dataset.day).to.equal('2026-11-24');
    await page.key('ArrowDown');
    expect(page.focused?.dataset.day).to.equal('2026-12-01');
    expect(page.heading).to.match(/^Декабрь/);
    await page.key('ArrowUp');
    expect(page.focused?.dataset.day).to.equal('2026-11-24');
    await page.key('Home');
    expect(page.focused?.dataset.day).to.equal('2026-11-23');
    await page.key('End');
    expect(page.focused?.dataset.day).to.equal('2026-11-29');
    await page.key('PageDown');
    expect(page.focused?.dataset.day).to.equal('2026-12-29');
    await page.key('PageUp');
    await page.key('ArrowLeft');
    expect(page.focused?.dataset.day).to.equal('2026-11-28');
    expect(tabbable()).to.have.length(1);
    await page.key('ArrowLeft');
    await page.key('ArrowLeft');
    const day = page.focused!;
    expect(day.dataset.day).to.equal('2026-11-26');
    day.click(); // Enter and Space activate a native button
    await page.settle();
    expect(page.dayDialog.open).to.be.true;
    await page.closeDialog(page.dayDialog);
    expect(page.focused?.outerHTML).to.contain('data-day="2026-11-26"');
  });
});

describe('JSON-LD and big feeds', () => {
  it('writes schema.org Events for upcoming events into the light DOM; no-jsonld turns it off', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23"></metodika-calendar>`,
    );
    await page.settle();
    // The JSON-LD writer is a lazy chunk, written once it arrives after the first render.
    await waitUntil(() => page.el.querySelector('script[type="application/ld+json"]'), 'JSON-LD');
    const script = page.el.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!) as {
      '@type': string;
      startDate: string;
      eventStatus: string;
    }[];
    expect(data.every((e) => e['@type'] === 'Event')).to.be.true;
    expect(data.every((e) => e.startDate >= '2026-11-23')).to.be.true;
    expect(data.some((e) => e.eventStatus === 'https://schema.org/EventPostponed')).to.be.true;
    page.el.noJsonld = true;
    await page.settle();
    expect(page.el.querySelector('script[type="application/ld+json"]')).to.be.null;
  });

  it('feed text cannot break out of the JSON-LD script', async () => {
    const feed = makeFeed(1) as { events: { title: string; start: string }[] };
    feed.events[0]!.title = '</script><img src=x onerror=alert(1)>';
    feed.events[0]!.start = '2026-12-01T10:00:00+10:00';
    delete (feed.events[0] as { end?: string }).end;
    loaderOptions.fetch = stubFetch({ 'evil.json': () => json(feed) });
    const page = await calendar(
      html`<metodika-calendar src=${fresh('evil.json')} today="2026-11-23"></metodika-calendar>`,
    );
    await page.settle();
    await waitUntil(() => page.el.querySelector('script'), 'JSON-LD');
    expect(page.el.querySelectorAll('img')).to.have.length(0);
    expect(page.el.querySelector('script')!.textContent).to.not.contain('</script>');
    expect(JSON.parse(page.el.querySelector('script')!.textContent!).name).to.equal(
      feed.events[0]!.title,
    );
  });

  it('5,000 events stay usable: month and agenda render, paging in the agenda', async () => {
    loaderOptions.fetch = stubFetch({ 'big.json': () => json(makeFeed(5000)) });
    const page = await calendar(
      html`<metodika-calendar src=${fresh('big.json')} today="2026-11-23" view="agenda"></metodika-calendar>`,
    );
    expect(page.status).to.equal('ready');
    expect(page.agendaTitles).to.have.length(100);
    const more = page.showMore!;
    expect(more.textContent).to.match(/Показать ещё \(\d+\)/);
    more.click();
    await page.settle();
    expect(page.agendaTitles).to.have.length(200);
    await page.switchTo('month');
    expect(
      page.dayButton('2026-11-23')!.closest('td')!.querySelector('.more')!.textContent,
    ).to.match(/ещё \d+/);
    await page.search('учет');
    expect(page.view).to.equal('month');
    await aTimeout(0);
  });
});

describe('calendar: a phone at 200 % text', () => {
  // `auto` is what a phone shows (the agenda); a month grid forced onto a phone keeps to the
  // widget's width too (its day buttons give up their minimum width there).
  for (const view of ['auto', 'agenda', 'month'])
    it(`${view}: nothing wider than the widget, the search label wraps`, async () => {
      const page = await calendar(
        html`<metodika-calendar src=${KUZ} today="2026-11-23" view=${view} style="display: block; width: 360px; font-size: 200%"></metodika-calendar>`,
      );
      expect(page.hasSearch).to.be.true;
      expect(sticksOut(page)).to.deep.equal([]);
      await expect(page.el).to.be.accessible();
    });

  it('month on a phone at 100 % text: day buttons stay at least 24 px wide (WCAG 2.5.8)', async () => {
    const page = await calendar(
      html`<metodika-calendar src=${KUZ} today="2026-11-23" view="month" style="display: block; width: 360px"></metodika-calendar>`,
    );
    const widths = ['2026-11-01', '2026-11-09', '2026-11-23'].map(
      (date) => page.dayButton(date)!.getBoundingClientRect().width,
    );
    expect(Math.min(...widths)).to.be.at.least(24);
  });
});
