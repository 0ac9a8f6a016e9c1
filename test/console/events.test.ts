/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * Events whose registration the service keeps, against a real service of its own (world
 * "events"; its feed is the demo's plus fixtures/events.json): the list with places, registered
 * and waiting; an event's registered people and waiting list; moving someone to the waiting list
 * and back (refused while the event is full); cancelling after a confirmation, which promotes the
 * first person waiting and e-mails them (mail catcher); attendance saved per tick, and put back
 * when the save fails; the sign-in sheet; a letter to participants whose draft outlives a failed
 * send and a reload; loading, error, empty and not-found states; a phone's width; English.
 * axe in every state.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { byUpcoming } from '../../packages/console/src/pages/events/event-format.ts';
import { hashFor, parseHash, sectionOf } from '../../packages/console/src/router/route.ts';
import {
  type ConsolePageObject,
  focused,
  helper,
  lettersAt,
  openConsole,
  squash,
  tabTo,
  untilLetter,
} from './console.page.ts';

const WORLD = 'events';
const ADMIN = {
  email: 'events.boss@console.test',
  name: 'Нина Организатор',
  password: 'места на мастер-класс кончились',
};
const METHODIST = {
  email: 'events.methodist@console.test',
  name: 'Олег Методист',
  password: 'списки участников видны и методисту',
};
/** Capacity 2 with a waiting list and one question (fixtures/events.json). */
const MK = 'reg-2030-03-12-mk-assessment';
const MK_TITLE = 'Мастер-класс «Формирующее оценивание на уроке»';
/** Capacity 12, no waiting list, an all-day date; nobody signs up. */
const INTERNSHIP = 'reg-2030-04-02-internship';
const INTERNSHIP_TITLE = 'Стажировка «Наставничество в школе: первый год молодого учителя»';

const realFetch = window.fetch;
let c: ConsolePageObject | null = null;

/** The names in one of the event page's lists, in order. */
const names = (list: 'confirmed' | 'waiting' | 'cancelled') =>
  [...c!.root.querySelectorAll(`table[data-list="${list}"] tbody [data-name]`)].map((n) =>
    squash(n.textContent),
  );

/** A person's row (their name heads it). */
function row(name: string): HTMLTableRowElement {
  const found = [...c!.root.querySelectorAll<HTMLTableRowElement>('tbody tr')].find(
    (tr) => squash(tr.querySelector('[data-name]')?.textContent) === name,
  );
  if (!found) throw new Error(`no row for «${name}»`);
  return found;
}

/** Clicks a button in a person's row by its visible text. */
async function rowClick(name: string, text: string): Promise<void> {
  const button = [...row(name).querySelectorAll('button')].find(
    (b) => squash(b.textContent) === text,
  );
  if (!button) throw new Error(`no «${text}» for «${name}»`);
  button.click();
  await c!.settled();
}

const attendance = (name: string) =>
  row(name).querySelector<HTMLInputElement>('input[type="checkbox"]')!;

async function tick(name: string, checked: boolean): Promise<void> {
  const box = attendance(name);
  box.focus();
  box.checked = checked;
  box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await c!.settled();
}

/** Replaces the answers of API paths ending with `suffix` (the rest reach the real service). */
function breakCalls(suffix: string, answer: () => Promise<Response>): void {
  window.fetch = async (input, init) =>
    new URL(String(input), location.href).pathname.endsWith(suffix)
      ? answer()
      : realFetch(input, init);
}

before(async function (this: { timeout(ms: number): void }) {
  this.timeout(60000);
  await helper(WORLD, 'account', { ...ADMIN, role: 'administrator' });
  // Two places: participants 1 and 2 registered, 3 and 4 on the waiting list.
  const { statuses } = await helper<{ statuses: string[] }>(WORLD, 'registrations', {
    eventId: MK,
    count: 4,
    overrides: { 2: { answers: { subject: 'физика' }, phone: '+7 912 000-00-02' } },
  });
  expect(statuses).to.deep.equal(['confirmed', 'confirmed', 'waiting', 'waiting']);
  sessionStorage.clear();
});

beforeEach(async () => {
  c = await openConsole(WORLD, '#/events');
  await c.until(() => c!.heading(), 'a page');
  if (c.heading() === 'Вход') await c.signIn(ADMIN.email, ADMIN.password);
  await c.untilHeading('Мероприятия');
});

afterEach(async () => {
  window.fetch = realFetch;
  c?.remove();
  c = null;
  await setViewport({ width: 800, height: 600 });
});

describe('console: the events routes', () => {
  it('#/events is the list, #/events/<id> an event of it', () => {
    expect(parseHash('#/events').name).to.equal('events');
    const event = parseHash(`#/events/${encodeURIComponent('ev 1/2')}`);
    expect(event).to.include({ name: 'event', eventId: 'ev 1/2' });
    expect(sectionOf(event)).to.equal('events');
    expect(hashFor('events/ev 1/2')).to.equal('#/events/ev%201%2F2');
  });

  it('the list: upcoming events soonest first, then past ones latest first', () => {
    const now = Date.parse('2026-12-04T12:00:00Z');
    const events = [
      { id: 'past-old', start: '2026-10-01T14:00:00+03:00' },
      { id: 'later', start: '2027-03-01' },
      { id: 'past-recent', start: '2026-12-03' },
      { id: 'today-all-day', start: '2026-12-04' },
      { id: 'soon', start: '2026-12-10T10:00:00+03:00' },
    ];
    expect(byUpcoming(events, now).map((e) => e.id)).to.deep.equal([
      'today-all-day',
      'soon',
      'later',
      'past-recent',
      'past-old',
    ]);
  });
});

describe('console: events with registration kept by the service', () => {
  it('lists the events with places, registered and waiting, dates in the department’s zone', async () => {
    await c!.until(() => c!.root.querySelectorAll('tbody tr').length === 2, 'two events');
    const current = c!.app.querySelector('nav a[aria-current="page"]')!;
    expect(squash(current.textContent)).to.equal('Мероприятия');
    const mk = squash(c!.root.querySelector(`tr[data-event="${MK}"]`)!.textContent);
    expect(mk)
      .to.contain(MK_TITLE)
      .and.contain('12 марта 2030')
      .and.contain('10:00')
      .and.contain('свободно 0')
      .and.contain('Состоится');
    const cells = [...c!.root.querySelectorAll(`tr[data-event="${MK}"] td`)].map((td) =>
      squash(td.textContent),
    );
    expect(cells.slice(1, 4)).to.deep.equal(['2 (свободно 0)', '2', '2']);
    const internship = squash(c!.root.querySelector(`tr[data-event="${INTERNSHIP}"]`)!.textContent);
    expect(internship)
      .to.contain('2 апреля 2030')
      .and.contain('свободно 12')
      .and.contain('листа ожидания нет');
    expect(c!.root.querySelector('caption')!.textContent).to.contain('Мероприятия с записью');
    await c!.accessible();

    // An event without anybody: said in words, no empty tables.
    await c!.click(INTERNSHIP_TITLE);
    await c!.untilHeading(INTERNSHIP_TITLE);
    await c!.untilText('Пока никто не записался.');
    expect(c!.text()).to.contain('0 из 12, свободно 12').and.not.contain('Лист ожидания (');
    expect(c!.root.querySelector('table')).to.equal(null);
    await c!.accessible();
  });

  it('an event: the registered and the waiting list with counts, in tables with captions', async () => {
    await c!.go(`#/events/${MK}`, MK_TITLE);
    await c!.untilText('Участники (2)');
    expect(c!.text()).to.contain('Лист ожидания (2)').and.contain('2 из 2, свободно 0');
    expect(names('confirmed')).to.deep.equal(['Участник 1', 'Участник 2']);
    expect(names('waiting')).to.deep.equal(['Участник 3', 'Участник 4']);
    const captions = [...c!.root.querySelectorAll('caption')].map((n) => squash(n.textContent));
    expect(captions).to.deep.equal(['Участники: 2 человека', 'Лист ожидания: 2 человека']);
    const second = squash(row('Участник 2').textContent);
    expect(second).to.contain('Предмет: физика').and.contain('participant2@events.test');
    expect(row('Участник 2').querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal(
      'tel:+79120000002',
    );
    // Buttons and ticks are named with the person they act on.
    expect(row('Участник 1').querySelector('button')!.getAttribute('aria-label')).to.equal(
      'В лист ожидания: Участник 1',
    );
    expect(attendance('Участник 1').getAttribute('aria-label')).to.equal(
      'Присутствовал(а): Участник 1',
    );
    await c!.accessible();
  });

  it('moves someone to the waiting list (the first waiting is promoted) and refuses back while full', async () => {
    await c!.go(`#/events/${MK}`, MK_TITLE);
    await c!.untilText('Участники (2)');
    await rowClick('Участник 1', 'В лист ожидания');
    await c!.until(() => names('waiting').includes('Участник 1'), 'moved to the waiting list');
    expect(names('confirmed')).to.deep.equal(['Участник 2', 'Участник 3']);
    // The waiting list is in the order people joined it: Участник 1, moved back to it, queues
    // behind Участник 4 (the service promotes in that order).
    expect(names('waiting')).to.deep.equal(['Участник 4', 'Участник 1']);
    await c!.until(
      () =>
        c!
          .live()
          .startsWith('Участник 1: в листе ожидания. Из листа ожидания записан(а) Участник 3'),
      'the move and the promotion announced',
    );
    // Focus follows the person to their new list.
    expect(c!.root.activeElement?.id).to.equal(row('Участник 1').querySelector('th')!.id);
    const promoted = await untilLetter(WORLD, 'participant3@events.test', 'Освободилось место');
    expect(promoted.subject).to.contain(MK_TITLE);
    expect(promoted.text).to.contain('/registrations/cancel/');
    expect(row('Участник 3').textContent).to.contain('из листа ожидания');
    await c!.accessible();

    const register = [...row('Участник 1').querySelectorAll('button')].find(
      (b) => squash(b.textContent) === 'Записать',
    )!;
    register.focus();
    await rowClick('Участник 1', 'Записать');
    await c!.untilText('Все места заняты. Сначала освободите место.');
    expect(c!.root.activeElement, 'focus stays on the button').to.equal(register);
    expect(names('waiting')).to.deep.equal(['Участник 4', 'Участник 1']);
    await c!.until(() => c!.live().startsWith('Все места заняты'), 'the refusal announced');
    await c!.accessible();
  });

  it('cancelling asks first; the first person waiting is then registered and told', async () => {
    await c!.go(`#/events/${MK}`, MK_TITLE);
    await c!.untilText('Участники (2)');
    await rowClick('Участник 2', 'Отменить запись');
    await c!.until(() => row('Участник 2').querySelector('[role="group"]'), 'the question');
    expect(squash(row('Участник 2').querySelector('[role="group"]')!.textContent))
      .to.contain('Отменить запись «Участник 2»?')
      .and.contain('Первый из листа ожидания будет записан и получит письмо.');
    expect(squash(c!.root.activeElement?.textContent)).to.equal('Да, отменить запись');
    await c!.accessible();
    await rowClick('Участник 2', 'Не отменять');
    expect(names('confirmed')).to.include('Участник 2');
    expect(c!.root.activeElement?.getAttribute('aria-label')).to.equal(
      'Отменить запись: Участник 2',
    );

    // Escape closes the question too.
    await rowClick('Участник 2', 'Отменить запись');
    c!.root.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await c!.until(() => !row('Участник 2').querySelector('[role="group"]'), 'closed by Escape');
    expect(c!.root.activeElement?.getAttribute('aria-label')).to.equal(
      'Отменить запись: Участник 2',
    );

    await rowClick('Участник 2', 'Отменить запись');
    await rowClick('Участник 2', 'Да, отменить запись');
    await c!.until(() => names('cancelled').includes('Участник 2'), 'cancelled');
    expect(squash(c!.root.activeElement?.textContent), 'focus on the folded list').to.equal(
      'Отменившие запись (1)',
    );
    expect(names('confirmed')).to.deep.equal(['Участник 3', 'Участник 4']);
    expect(names('waiting')).to.deep.equal(['Участник 1']);
    expect(c!.text()).to.contain('Отменившие запись (1)').and.contain('Лист ожидания (1)');
    await c!.until(
      () => c!.live().includes('Из листа ожидания записан(а) Участник 4'),
      'the promotion announced',
    );
    await untilLetter(WORLD, 'participant4@events.test', 'Освободилось место');
    c!.root.querySelector('details')!.open = true;
    await c!.accessible();
    // A registration cancelled by mistake can be brought back to either list.
    expect(
      [...row('Участник 2').querySelectorAll('button')].map((b) => squash(b.textContent)),
    ).to.deep.equal(['Записать', 'В лист ожидания']);
  });

  it('attendance: each tick saved at once; a failed save is put back and says what to do', async () => {
    await c!.go(`#/events/${MK}`, MK_TITLE);
    await c!.untilText('Участники (2)');
    await tick('Участник 3', true);
    await c!.until(
      () => c!.live() === 'Участник 3: отмечен(а) как присутствовавший(ая).',
      'saved and announced',
    );
    expect(squash(row('Участник 3').textContent)).to.contain('Сохранено');
    await c!.accessible();

    // Saved on the service: a reload shows the tick.
    c!.remove();
    c = await openConsole(WORLD, `#/events/${MK}`);
    await c.untilText('Участники (2)');
    expect(attendance('Участник 3').checked).to.equal(true);
    expect(attendance('Участник 4').checked).to.equal(false);

    breakCalls('/attended', async () => {
      throw new TypeError('Failed to fetch');
    });
    await tick('Участник 4', true);
    await c.until(() => row('Участник 4').textContent?.includes('Не сохранилось'), 'failure shown');
    expect(attendance('Участник 4').checked, 'the tick put back').to.equal(false);
    expect(c.text()).to.contain(
      'Отметка для «Участник 4» не сохранилась и возвращена как была. Проверьте подключение и отметьте ещё раз.',
    );
    await c.until(() => c!.live().startsWith('Отметка для «Участник 4» не сохранилась'), 'said');
    const box = attendance('Участник 4');
    const described = (box.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => squash(c!.root.getElementById(id)?.textContent))
      .join(' ');
    expect(described).to.equal('Не сохранилось — отметьте ещё раз');
    await c.accessible();

    window.fetch = realFetch;
    await tick('Участник 4', true);
    await c.until(
      () => row('Участник 4').textContent?.includes('Сохранено'),
      'saved the second time',
    );
    await tick('Участник 4', false);
    await c.until(() => c!.live() === 'Участник 4: отметка о присутствии снята.', 'unticked');
    expect(attendance('Участник 4').checked).to.equal(false);
  });

  it('the sign-in sheet: xlsx and csv of the registered and the waiting list', async () => {
    await c!.go(`#/events/${MK}`, MK_TITLE);
    await c!.untilText('Лист регистрации');
    const xlsx = c!.button('Excel (.xlsx)') as HTMLAnchorElement;
    const csv = c!.button('CSV') as HTMLAnchorElement;
    expect(xlsx.pathname).to.equal(`/admin/api/events/${MK}/registrations.xlsx`);
    expect(csv.pathname).to.equal(`/admin/api/events/${MK}/registrations.csv`);
    expect(xlsx.hasAttribute('download')).to.equal(true);
    const xlsxAnswer = await fetch(xlsx.href);
    expect(xlsxAnswer.status).to.equal(200);
    expect(xlsxAnswer.headers.get('content-type')).to.equal(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const bytes = new Uint8Array(await xlsxAnswer.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!), 'a zip (xlsx) file').to.equal('PK');
    const csvAnswer = await fetch(csv.href);
    expect(csvAnswer.headers.get('content-type')).to.contain('text/csv');
    const lines = (await csvAnswer.text()).trim().split(/\r?\n/);
    expect(lines, 'header, two registered, one waiting').to.have.length(4);
    expect(lines[0]).to.contain('Подпись');
  });

  it('a letter to participants: the draft outlives a failed send and a reload, then reaches them', async () => {
    await c!.go(`#/events/${MK}`, MK_TITLE);
    await c!.untilText('Написать участникам');
    await c!.click('Отправить письмо');
    expect(c!.fieldError('Текст письма')).to.equal('Заполните это поле.');
    const text = 'Встреча переносится в каб. 14, второй этаж.';
    await c!.fill('Текст письма', text);
    expect(c!.text()).to.contain('Получат письмо: 2 человека');
    const waiting = c!.control('Также тем, кто в листе ожидания');
    waiting.click();
    await c!.settled();
    expect(c!.text()).to.contain('Получат письмо: 3 человека');

    breakCalls('/message', async () => {
      throw new TypeError('Failed to fetch');
    });
    await c!.click('Отправить письмо');
    await c!.untilText('Письма не ушли.');
    expect(c!.text()).to.contain('Сервис не ответил');
    expect(c!.control('Текст письма').value).to.equal(text);
    await c!.until(() => c!.live().includes('Письма не ушли'), 'said');
    await c!.accessible();
    window.fetch = realFetch;

    // A service without e-mail says so; the text stays.
    breakCalls('/message', async () =>
      Response.json(
        { error: 'mail_not_configured', message: '' },
        { status: 409, headers: { 'content-type': 'application/json' } },
      ),
    );
    await c!.click('Отправить письмо');
    await c!.untilText('Почта сервиса не настроена');
    expect(c!.control('Текст письма').value).to.equal(text);
    await c!.accessible();
    window.fetch = realFetch;

    c!.remove();
    c = await openConsole(WORLD, `#/events/${MK}`);
    await c.untilText('Написать участникам');
    expect(c.control('Текст письма').value, 'kept over a reload').to.equal(text);
    expect(c.control('Также тем, кто в листе ожидания').checked).to.equal(true);

    await c.click('Отправить письмо');
    await c.untilText('Письмо отправлено: 3 адресата.');
    await c.until(() => c!.live() === 'Письмо отправлено: 3 адресата.', 'announced');
    expect(c.control('Текст письма').value).to.equal('');
    expect(sessionStorage.getItem(`metodika-console-event-message:${MK}`)).to.equal(null);
    for (const to of ['participant3', 'participant4', 'participant1']) {
      const letter = await untilLetter(WORLD, `${to}@events.test`, 'Сообщение участникам');
      expect(letter.subject).to.contain(MK_TITLE);
      expect(letter.text).to.contain(text);
    }
    const cancelled = (await lettersAt(WORLD, 'events.test')).filter(
      (m) => m.to.includes('participant2@events.test') && m.subject.startsWith('Сообщение'),
    );
    expect(cancelled, 'nothing to the person who cancelled').to.have.length(0);
    await c.accessible();
  });

  it('by keyboard alone: Tab to a tick, Space saves it; Enter asks before cancelling, Escape keeps', async function (this: {
    timeout(ms: number): void;
  }) {
    // Every key is a round trip to the browser's driver.
    this.timeout(30000);
    await c!.go(`#/events/${MK}`, MK_TITLE);
    await c!.untilText('Участники (2)');
    await c!.until(() => focused()?.tagName === 'H1', 'focus on the heading');
    const box = await tabTo(
      (e) => e.getAttribute('aria-label') === 'Присутствовал(а): Участник 4',
      'the tick of Участник 4',
      30,
    );
    expect(getComputedStyle(box).outlineStyle, 'a visible focus ring').to.equal('solid');
    await sendKeys({ press: 'Space' });
    await c!.until(
      () => c!.live() === 'Участник 4: отмечен(а) как присутствовавший(ая).',
      'saved by Space',
    );
    await tabTo(
      (e) => e.getAttribute('aria-label') === 'Отменить запись: Участник 4',
      'the cancel button of Участник 4',
      30,
    );
    await sendKeys({ press: 'Enter' });
    await c!.until(() => focused()?.textContent?.trim() === 'Да, отменить запись', 'the question');
    await sendKeys({ press: 'Escape' });
    await c!.until(
      () => focused()?.getAttribute('aria-label') === 'Отменить запись: Участник 4',
      'back on the cancel button',
    );
    expect(names('confirmed')).to.include('Участник 4');
  });

  it('a phone’s width: each person a card, nothing scrolls sideways; English', async () => {
    await setViewport({ width: 360, height: 740 });
    await c!.go(`#/events/${MK}`, MK_TITLE);
    await c!.untilText('Участники (2)');
    for (const wrap of c!.root.querySelectorAll<HTMLElement>('.table-wrap'))
      expect(wrap.scrollWidth - wrap.clientWidth, 'no sideways scrolling').to.be.at.most(0);
    expect(document.documentElement.scrollWidth).to.be.at.most(
      document.documentElement.clientWidth,
    );
    // Each value names its column (the header row is hidden on a phone).
    const contacts = row('Участник 3').querySelector('td[data-label="Контакты"]')!;
    expect(getComputedStyle(contacts, '::before').content).to.contain('Контакты');
    expect(getComputedStyle(row('Участник 3')).display).to.equal('block');
    await c!.accessible();

    await c!.go('#/events', 'Мероприятия');
    await c!.until(() => c!.root.querySelectorAll('tbody tr').length === 2, 'two events');
    expect(document.documentElement.scrollWidth).to.be.at.most(
      document.documentElement.clientWidth,
    );
    const wrap = c!.root.querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth - wrap.clientWidth, 'long titles wrap').to.be.at.most(0);
    await c!.accessible();
    await c!.go(`#/events/${MK}`, MK_TITLE);
    await c!.untilText('Участники (2)');

    const language = c!.app.querySelector('select')!;
    language.value = 'en';
    language.dispatchEvent(new Event('change'));
    await c!.untilText('Participants (2)');
    expect(c!.text()).to.contain('Waiting list (1)').and.contain('Write to participants');
    expect(c!.text()).to.contain('12 March 2030');
    await c!.accessible();
    language.value = 'ru';
    language.dispatchEvent(new Event('change'));
    await c!.untilText('Участники (2)');
  });

  it('an event: loading, then an error with Retry that works', async () => {
    c!.remove();
    let release: (r: Response) => void = () => {};
    breakCalls(
      '/registrations',
      () =>
        new Promise<Response>((resolve) => {
          release = resolve;
        }),
    );
    c = await openConsole(WORLD, `#/events/${MK}`);
    await c.untilHeading('Мероприятие');
    await c.until(() => c!.root.querySelector('[role="status"]'), 'loading said');
    expect(c.text()).to.contain('Загрузка…');
    await c.accessible();

    release(new Response('{"error":"internal"}', { status: 500 }));
    await c.untilText('Не удалось загрузить список участников.');
    await c.until(() => c!.live().includes('Не получилось'), 'failure announced');
    await c.accessible();

    window.fetch = realFetch;
    await c.click('Повторить');
    await c.untilHeading(MK_TITLE);
    await c.untilText('Участники (2)');
  });

  it('an unknown event is said so, with the way back', async () => {
    await c!.go('#/events/no-such-event', 'Мероприятие');
    await c!.untilText('Такого мероприятия с записью через кабинет нет');
    expect(c!.button('← Все мероприятия')).to.exist;
    await c!.accessible();
  });

  it('a methodist (any signed-in role) works with the lists too', async () => {
    await helper(WORLD, 'account', { ...METHODIST, role: 'methodist', scope: 'own' });
    await c!.click('Выйти');
    await c!.untilHeading('Вход');
    await c!.signIn(METHODIST.email, METHODIST.password);
    await c!.go(`#/events/${MK}`, MK_TITLE);
    await c!.untilText('Участники (2)');
    expect(c!.app.querySelector('nav')!.textContent).to.contain('Мероприятия');
    await c!.click('Выйти');
    await c!.untilHeading('Вход');
    await c!.signIn(ADMIN.email, ADMIN.password);
  });

  it('the list: loading, an error with Retry, and the empty state that says how events get a list', async () => {
    c!.remove();
    let release: (r: Response) => void = () => {};
    breakCalls(
      '/admin/api/events',
      () =>
        new Promise<Response>((resolve) => {
          release = resolve;
        }),
    );
    c = await openConsole(WORLD, '#/events');
    await c.untilHeading('Мероприятия');
    await c.until(() => c!.root.querySelector('[role="status"]'), 'loading said');
    expect(c.text()).to.contain('Загрузка…');
    await c.accessible();

    release(new Response('{"error":"internal"}', { status: 500 }));
    await c.untilText('Не удалось загрузить мероприятия.');
    await c.until(() => c!.live().includes('Не получилось'), 'failure announced');
    await c.accessible();

    breakCalls('/admin/api/events', async () =>
      Response.json({ items: [] }, { headers: { 'content-type': 'application/json' } }),
    );
    await c.click('Повторить');
    await c.untilText('Списков участников пока нет.');
    expect(c.text()).to.contain('registration.endpoint');
    await c.accessible();
  });
});
