import { expect, fixture, html } from '@open-wc/testing';
import './define.ts';
import '../practices/define.ts';
import '../calendar/define.ts';
import { json, makeFeed, stubFetch } from '../../../../test/embed/fixtures/make-feed.ts';
import { loaderOptions } from '../base/feed-loader.ts';
import { CalendarPage } from '../calendar/calendar.page.ts';
import { seriesFeed } from '../calendar/series-feed.fixture.ts';
import { fresh, mount, plain, resetLoader, withHostileCss } from '../test-support/feeds.ts';
import { sticksOut } from '../test-support/widget.page.ts';
import { AssociationsPage } from './associations.page.ts';

const KUZ = '/demo/feeds/kuznetsk.json';

const directory = (template: ReturnType<typeof html>, wait = true) =>
  mount(template, AssociationsPage, wait);

beforeEach(resetLoader);

describe('associations: platforms mode, empty', () => {
  it('an empty platforms list says so (the directory’s empty state is in the shared suite)', async () => {
    loaderOptions.fetch = stubFetch({ 'none.json': () => json(makeFeed(2)) });
    const platforms = await directory(
      html`<metodika-associations mode="platforms" src=${fresh('none.json')}></metodika-associations>`,
    );
    expect(platforms.text).to.contain('Площадок пока нет.');
  });
});

describe('associations: directory', () => {
  it('cards with kind, theme, leader contacts, base organizations, meetings, members, links', async () => {
    const page = await directory(html`<metodika-associations src=${KUZ}></metodika-associations>`);
    expect(page.count).to.equal('18 объединений');
    expect(page.titles[0]).to.equal('РМО учителей математики');
    const card = page.card('rmo-math')!;
    const text = card.innerText;
    expect(text).to.contain('РМО · Муниципальный · Математика');
    expect(text).to.contain('Методическая тема: Формирование математической грамотности');
    expect(text).to.contain('Белова Светлана Юрьевна');
    expect(text).to.contain('СОШ с. Махалино');
    expect(text).to.contain('Один раз в четверть');
    expect(text).to.contain('23 участника');
    const hrefs = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('mailto:belova@makhalino-school.example');
    expect(hrefs).to.include('https://metodkab-kuz.example/files/2026-27/plan-rmo-math.pdf');
    // Contacts only when the feed has them.
    const shmo = page.card('shmo-makhalino-primary')!;
    expect(
      [...shmo.querySelectorAll('a')].some(
        (a) => a.href.startsWith('mailto:') || a.href.startsWith('tel:'),
      ),
    ).to.be.false;
    expect(page.links.filter((a) => a.href.startsWith('tel:')).length).to.be.greaterThan(0);
    await expect(page.el).to.be.accessible();
  });

  it('OR within a facet, AND across; chips; nothing found resets', async () => {
    const page = await directory(html`<metodika-associations src=${KUZ}></metodika-associations>`);
    await page.toggleOption('РМО');
    expect(page.count).to.equal('9 объединений из 18');
    await page.toggleOption('ШМО');
    expect(page.count).to.equal('11 объединений из 18');
    await page.toggleOption('Школьный');
    expect(page.count).to.equal('2 объединения из 18');
    expect(page.chips).to.have.members(['РМО', 'ШМО', 'Школьный']);
    await expect(page.el).to.be.accessible();
    await page.search('физика');
    expect(page.text).to.contain('Ничего не найдено');
    await expect(page.el).to.be.accessible();
    await page.click('Сбросить все фильтры');
    expect(page.count).to.equal('18 объединений');
  });

  it('search: case and ё insensitive, over themes, leaders and base organizations', async () => {
    const page = await directory(html`<metodika-associations src=${KUZ}></metodika-associations>`);
    await page.search('РЕБЕНОК');
    expect(page.titles).to.deep.equal([
      'Проблемная группа «Ребёнок с ОВЗ в общеобразовательном классе»',
    ]);
    await page.search('ребёнок');
    expect(page.titles).to.have.length(1);
    await page.search('Белова');
    expect(page.titles).to.deep.equal(['РМО учителей математики']);
    await page.search('махалино');
    // Five are based at the Makhalino school, one at Makhalino's kindergarten.
    expect(page.titles).to.have.length(6);
    expect(page.titles).to.include('ШМО учителей начальных классов МБОУ СОШ с. Махалино');
    await page.search('грамотности математической');
    expect(page.titles).to.include('РМО учителей математики');
  });

  it('details: description, upcoming events joined by id (relative to today) and practices', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <metodika-associations src=${KUZ} today="2026-11-23"></metodika-associations>
      <metodika-practices id="best" src=${KUZ} limit="1"></metodika-practices>
    </div>`);
    const page = new AssociationsPage(wrapper.querySelector('metodika-associations')!);
    await page.ready();
    await page.open('rmo-math');
    expect(page.dialog.open).to.be.true;
    const text = plain(page.dialog.innerText);
    expect(text).to.contain('Ближайшие мероприятия');
    const upcoming = [...page.dialog.querySelectorAll('.upcoming li')].map((li) =>
      plain(li.textContent!),
    );
    expect(upcoming).to.have.length(3);
    expect(upcoming[0]).to.contain('26 ноября 2026');
    expect(text).to.not.contain('29 октября 2026');
    expect(text).to.contain('Практики участников');
    const practice = [...page.dialog.querySelectorAll('.practices a')];
    expect(practice.map((a) => a.getAttribute('href'))).to.include(
      '#best.id=pr-math-text-problems',
    );
    expect(location.hash).to.contain('mo.id=rmo-math');
    await expect(page.el).to.be.accessible();
    await page.closeDialog();
    expect(page.focused?.dataset.id).to.equal('rmo-math');
  });

  it('a later today leaves fewer upcoming events', async () => {
    const page = await directory(
      html`<metodika-associations src=${KUZ} today="2026-12-15"></metodika-associations>`,
    );
    await page.open('rmo-math');
    expect(page.dialog.querySelectorAll('.upcoming li')).to.have.length(2);
    await page.closeDialog();
  });

  it('deep link: a filtered view and an open entry from the hash', async () => {
    history.replaceState(null, '', '#dir.kind=rmo&dir.subj=math&dir.id=rmo-primary');
    const page = await directory(
      html`<metodika-associations id="dir" src=${KUZ} today="2026-11-23"></metodika-associations>`,
    );
    expect(page.count).to.equal('2 объединения из 18');
    expect(page.chips).to.have.members(['РМО', 'Математика']);
    expect(page.dialog.open).to.be.true;
    expect(page.dialog.textContent).to.contain('РМО учителей начальных классов');
    await page.closeDialog();
    expect(location.hash).to.equal('#dir.kind=rmo&dir.subj=math');
  });
});

describe('associations: presets and modes', () => {
  it('subject and kind presets narrow the collection', async () => {
    const page = await directory(
      html`<metodika-associations src=${KUZ} subject="chemistry"></metodika-associations>`,
    );
    expect(page.titles).to.deep.equal([
      'РМО учителей естественнонаучного цикла',
      'Сетевое сообщество педагогов центров «Точка роста»',
    ]);
    expect(page.count).to.equal('2 объединения');
    const kinds = await directory(
      html`<metodika-associations src=${KUZ} kind="shmo creative-group"></metodika-associations>`,
    );
    expect(kinds.count).to.equal('3 объединения');
  });

  it('association-id shows one card with its details, no filters', async () => {
    const page = await directory(
      html`<metodika-associations src=${KUZ} association-id="mentor-club" today="2026-11-23"></metodika-associations>`,
    );
    expect(page.hasSearch).to.be.false;
    expect(page.cards).to.have.length(1);
    expect(page.title).to.contain('Клуб');
    expect(page.text).to.contain('Ближайшие мероприятия');
    await expect(page.el).to.be.accessible();
    const missing = await directory(
      html`<metodika-associations src=${KUZ} association-id="nope"></metodika-associations>`,
    );
    expect(missing.text).to.contain('Объединение не найдено.');
  });

  it('mode="platforms": organizations with role and level labels, filterable', async () => {
    const page = await directory(
      html`<metodika-associations mode="platforms" src=${KUZ}></metodika-associations>`,
    );
    expect(page.title).to.equal('Базовые школы и площадки');
    expect(page.count).to.equal('12 организаций');
    const makhalino = page.cards.find((c) => c.textContent!.includes('Махалино'))!;
    expect(makhalino.innerText).to.contain('Базовая школа · муниципальный уровень');
    expect(makhalino.innerText).to.contain('«Точка роста» · федеральный уровень');
    expect(plain(makhalino.innerText)).to.contain('с 1 сентября 2024');
    await page.toggleOption('«Точка роста»');
    expect(page.count).to.equal('3 организации из 12');
    await page.toggleOption('Ресурсный центр');
    expect(page.count).to.equal('5 организаций из 12');
    await expect(page.el).to.be.accessible();
  });

  it('platform details: roles, address, site, associations based there, events held there', async () => {
    const page = await directory(
      html`<metodika-associations mode="platforms" src=${KUZ} today="2026-11-23"></metodika-associations>`,
    );
    await page.open('sosh-makhalino');
    expect(page.dialog.open).to.be.true;
    expect(page.dialog.querySelector('h2')!.textContent).to.equal(
      'МБОУ СОШ с. Махалино Кузнецкого района',
    );
    const text = plain(page.dialog.innerText);
    expect(text).to.contain('Базовая школа · муниципальный уровень');
    expect(text).to.contain('«Точка роста» · федеральный уровень');
    expect(text).to.contain('с. Махалино, ул. Школьная, д. 2');
    expect(page.dialog.querySelector('a[href="https://makhalino-school.example/"]')).to.exist;
    const based = [...page.dialog.querySelectorAll('.based li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(based).to.have.length(5);
    expect(based).to.include('РМО учителей математики');
    // No directory on the page: names without links.
    expect(page.dialog.querySelector('.based a')).to.be.null;
    // Held there from today on (26 Nov, 7 and 15 Dec), not the October ones.
    const events = [...page.dialog.querySelectorAll('.upcoming li')].map((li) =>
      plain(li.textContent!),
    );
    expect(events).to.have.length(3);
    expect(events[0]).to.contain('26 ноября 2026');
    expect(text).to.not.contain('28 октября');
    expect(location.hash).to.equal('#pl.id=sosh-makhalino');
    await expect(page.el).to.be.accessible();
    await page.closeDialog();
    expect(page.focused?.dataset.id).to.equal('sosh-makhalino');
    expect(location.hash).to.equal('');
  });

  it('platform deep link: opens from the hash, links into the directory and the calendar', async () => {
    history.replaceState(null, '', '#pl.role=support-school&pl.id=sosh1-evlashevo');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <metodika-associations mode="platforms" src=${KUZ} today="2026-11-23"></metodika-associations>
      <metodika-associations src=${KUZ} today="2026-11-23"></metodika-associations>
      <metodika-calendar id="events" src=${KUZ} today="2026-11-23"></metodika-calendar>
    </div>`);
    const page = new AssociationsPage(wrapper.querySelector('metodika-associations')!);
    await page.ready();
    expect(page.chips).to.deep.equal(['Опорная школа']);
    expect(page.dialog.open).to.be.true;
    expect(page.dialog.querySelector('h2')!.textContent).to.contain('Евлашево');
    const based = [...page.dialog.querySelectorAll<HTMLAnchorElement>('.based a')];
    expect(based).to.have.length(4);
    expect(based.map((a) => a.getAttribute('href'))).to.include(
      '#pl.role=support-school&pl.id=sosh1-evlashevo&mo.id=mentor-club',
    );
    const events = page.upcomingLinks.map((href) => decodeURIComponent(href).split('.ev=')[1]);
    // 26 Nov twice and the contest of 8–10 Dec (and the next meetings of any series held
    // there); the conference of 12–13 Nov is over.
    expect(events.slice(0, 2)).to.deep.equal([
      'ev-2026-11-26-open-literature',
      'ev-2026-11-26-ymp-classroom',
    ]);
    expect(events).to.include('ev-2026-12-08-contest-teacher-of-year');
    expect(events).to.not.include('ev-2026-11-12-conference');
    await expect(page.el).to.be.accessible();
    // Following a link hands over to the directory, whose details open.
    based.find((a) => a.textContent!.includes('Клуб наставников'))!.click();
    const dir = new AssociationsPage(wrapper.querySelectorAll('metodika-associations')[1]!);
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await dir.settle();
    await page.settle();
    expect(page.dialog.open).to.be.false;
    expect(dir.dialog.open).to.be.true;
    expect(dir.dialog.querySelector('h2')!.textContent).to.contain('Клуб наставников');
    expect(location.hash).to.not.contain('pl.id');
    expect(location.hash).to.contain('pl.role=support-school');
    await dir.closeDialog();
  });

  it('a platform link to an organization the feed no longer has opens nothing', async () => {
    history.replaceState(null, '', '#pl.id=closed-school');
    const page = await directory(
      html`<metodika-associations mode="platforms" src=${KUZ}></metodika-associations>`,
    );
    expect(page.dialog.open).to.be.false;
    expect(page.count).to.equal('12 организаций');
  });

  it('English', async () => {
    const page = await directory(
      html`<metodika-associations lang="en" src=${KUZ}></metodika-associations>`,
    );
    expect(page.count).to.equal('18 associations');
    expect(page.text).to.contain('Methodical associations');
    expect(page.text).to.contain('23 members');
    await expect(page.el).to.be.accessible();
  });

  it('inside a hostile page it keeps its layout', async () => {
    const css = `* { all: revert !important; } body, body * { font-size: 32px !important; display: inline !important;
      color: #777 !important; background: #ff0 !important; } article, dl, button { display: none !important; }`;
    await withHostileCss(css, async () => {
      const page = await directory(
        html`<metodika-associations src=${KUZ}></metodika-associations>`,
      );
      const card = page.cards[0]!;
      expect(getComputedStyle(card).display).to.equal('flex');
      expect(getComputedStyle(card.querySelector('dl')!).display).to.equal('grid');
      await expect(page.el).to.be.accessible();
    });
  });
});

describe('associations: recurring meetings', () => {
  /** The directory (and, when asked, the calendar beside it) on the series fixture's feed. */
  async function onSeries(attrs: { lang?: string; today?: string; calendar?: boolean } = {}) {
    const src = fresh('series.json');
    loaderOptions.fetch = stubFetch({ 'series.json': () => json(seriesFeed()) });
    const today = attrs.today ?? '2026-11-01';
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <metodika-associations src=${src} today=${today} lang=${attrs.lang ?? 'ru'}></metodika-associations>
      ${attrs.calendar ? html`<metodika-calendar src=${src} today=${today} view="agenda"></metodika-calendar>` : ''}
    </div>`);
    const page = new AssociationsPage(wrapper.querySelector('metodika-associations')!);
    await page.ready();
    const calendar = wrapper.querySelector('metodika-calendar');
    return { page, calendar: calendar && new CalendarPage(calendar) };
  }

  it('a card tells its rhythm in words and its next three meetings, cancelled and moved marked', async () => {
    const { page } = await onSeries();
    expect(page.fact('rmo-math', 'Расписание')).to.equal(
      'каждый второй вторник месяца, с сентября по май, до 25 мая 2027 г.',
    );
    expect(page.nextMeetings('rmo-math').map((m) => plain(m.text))).to.deep.equal([
      '10 ноября (отменена)',
      '10 декабря (перенесена с 8 декабря)',
      '9 февраля',
    ]);
    expect(page.fact('smp', 'Расписание')).to.equal(
      'каждую последнюю пятницу месяца, с сентября по май',
    );
    expect(page.nextMeetings('smp').map((m) => plain(m.text))).to.deep.equal([
      '27 ноября',
      '25 декабря',
      '29 января',
    ]);
    // An association without series has neither.
    expect(page.fact('rmo-rus', 'Расписание')).to.equal('');
    expect(page.nextMeetings('rmo-rus')).to.deep.equal([]);
    await expect(page.el).to.be.accessible();
  });

  it('the rhythm follows today: after the series’ last meeting none is next', async () => {
    // May's second Tuesday is the 11th, the last before UNTIL (25 May).
    const { page } = await onSeries({ today: '2027-05-10' });
    expect(page.nextMeetings('rmo-math').map((m) => plain(m.text))).to.deep.equal(['11 мая']);
    const later = await onSeries({ today: '2027-06-01' });
    expect(later.page.fact('rmo-math', 'Расписание')).to.contain('каждый второй вторник');
    expect(later.page.nextMeetings('rmo-math')).to.deep.equal([]);
  });

  it('in English', async () => {
    const { page } = await onSeries({ lang: 'en' });
    expect(page.fact('rmo-math', 'Schedule')).to.equal(
      'every second Tuesday of the month, September to May, until 25 May 2027',
    );
    expect(page.nextMeetings('rmo-math').map((m) => plain(m.text))).to.deep.equal([
      'November 10 (cancelled)',
      'December 10 (moved from December 8)',
      'February 9',
    ]);
    await expect(page.el).to.be.accessible();
  });

  it('each next meeting and each upcoming one in the details opens that meeting in the calendar', async () => {
    const { page, calendar } = await onSeries({ calendar: true });
    await calendar!.ready();
    const links = page.nextMeetings('rmo-math').map((m) => decodeURIComponent(m.href));
    expect(links[1]).to.match(/\.ev=rmo-math-meeting@2026-12-08$/);
    await page.open('rmo-math');
    // The details list the series' next meetings among the association's events.
    expect(
      page.upcomingLinks.map((href) => decodeURIComponent(href).split('.ev=')[1]),
    ).to.deep.equal([
      'rmo-math-meeting@2026-11-10',
      'rmo-math-meeting@2026-12-08',
      'rmo-math-meeting@2027-02-09',
    ]);
    await expect(page.el).to.be.accessible();
    await page.closeDialog();
    page.followNextMeeting('rmo-math', 1);
    await calendar!.detailsOpened('rmo-math-meeting@2026-12-08');
    expect(plain(calendar!.detailsText)).to.contain('перенесено с 8 декабря');
  });
});

describe('associations: a phone at 200 % text', () => {
  for (const mode of ['associations', 'platforms'])
    it(`${mode}: nothing wider than the widget, the search label wraps`, async () => {
      const page = await directory(
        html`<metodika-associations mode=${mode} src=${KUZ} style="display: block; width: 360px; font-size: 200%"></metodika-associations>`,
      );
      expect(page.cards.length).to.be.greaterThan(0);
      expect(sticksOut(page)).to.deep.equal([]);
      await expect(page.el).to.be.accessible();
    });
});
