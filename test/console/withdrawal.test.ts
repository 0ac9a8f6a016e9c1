/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * Withdrawal of consent for a person who never sent a request, only registered for an event,
 * against a real service of its own (world "withdrawal"; the events of fixtures/events.json):
 * the search counts what it found per kind, the confirmation says a place will be freed, the
 * deletion frees it for the first person waiting (who gets the letter), and the event's list no
 * longer shows the person. axe in every state.
 */
import { expect } from '@open-wc/testing';
import {
  type ConsolePageObject,
  helper,
  lettersAt,
  openConsole,
  untilLetter,
} from './console.page.ts';

const WORLD = 'withdrawal';
const ADMIN = {
  email: 'withdrawal.boss@console.test',
  name: 'Ирина Оператор',
  password: 'отзыв согласия касается и записей',
};
/** Capacity 2 with a waiting list (fixtures/events.json). */
const MK = 'reg-2030-03-12-mk-assessment';
const MK_TITLE = 'Мастер-класс «Формирующее оценивание на уроке»';
/** Addresses of this file only: the mail catcher is shared with the other worlds. */
const PEOPLE = {
  1: { name: 'Анна Остающаяся', email: 'anna@withdrawal.test' },
  2: { name: 'Борис Уходящий', email: 'boris@withdrawal.test', phone: '+7 912 000-77-02' },
  3: { name: 'Вера Ждущая', email: 'vera@withdrawal.test' },
};

let c: ConsolePageObject | null = null;

before(async function (this: { timeout(ms: number): void }) {
  this.timeout(60000);
  await helper(WORLD, 'account', { ...ADMIN, role: 'administrator' });
  const { statuses } = await helper<{ statuses: string[] }>(WORLD, 'registrations', {
    eventId: MK,
    count: 3,
    overrides: PEOPLE,
  });
  expect(statuses).to.deep.equal(['confirmed', 'confirmed', 'waiting']);
});

beforeEach(async () => {
  c = await openConsole(WORLD, '#/withdrawal');
  await c.until(() => c!.heading(), 'a page');
  if (c.heading() === 'Вход') await c.signIn(ADMIN.email, ADMIN.password);
  await c.untilHeading('Отзыв согласия');
});

afterEach(() => {
  c?.remove();
  c = null;
});

describe('console: withdrawal of consent for event registrations', () => {
  it('finds a person who only registered, deletes them, and the next one waiting takes the place', async () => {
    await c!.untilText('Отзывов ещё не было.');
    await c!.accessible();

    await c!.fill('Телефон', '8 (912) 000 77 02');
    await c!.click('Найти');
    await c!.untilText('Найдено: 0 заявок, 1 запись на мероприятие');
    expect(c!.live()).to.contain('Найдено: 0 заявок, 1 запись на мероприятие');
    expect(c!.text())
      .to.contain('Записи на мероприятия')
      .and.contain(MK_TITLE)
      .and.contain('12 марта 2030')
      .and.contain('записан(а)');
    await c!.accessible();

    await c!.click('Удалить всё найденное');
    await c!.untilText('Удалить найденное безвозвратно?');
    expect(c!.text()).to.contain('его займёт первый из листа ожидания и получит письмо');
    await c!.accessible();

    await c!.click('Да, удалить');
    await c!.untilText('Удалено: 0 заявок, 1 запись на мероприятие');
    expect(c!.text()).to.contain('Из листа ожидания на освободившиеся места: 1');
    await c!.until(() => c!.root.querySelectorAll('tbody tr').length === 1, 'one past withdrawal');
    const record = c!.root.querySelector('tbody tr')!.textContent!.replace(/\s+/g, ' ');
    expect(record).to.contain(ADMIN.name).and.contain(' 0 ').and.contain(' 1');
    expect(c!.text()).not.to.contain('boris@withdrawal.test').and.not.to.contain(PEOPLE[2].name);
    await c!.accessible();

    // Vera, first on the waiting list, got the place and the letter a cancellation sends.
    await untilLetter(WORLD, PEOPLE[3].email, 'Освободилось место');
    const letters = await lettersAt(WORLD, 'withdrawal.test');
    expect(
      letters.some((m) => m.to.includes(PEOPLE[2].email) && /Освободилось|отмен/i.test(m.subject)),
    ).to.equal(false);

    // The event's list: Boris is in none of its tables, Vera is registered.
    await c!.go(`#/events/${encodeURIComponent(MK)}`, MK_TITLE);
    await c!.untilText(PEOPLE[3].name);
    expect(c!.text())
      .to.contain(PEOPLE[1].name)
      .and.contain('В листе ожидания никого нет.')
      .and.not.contain(PEOPLE[2].name);
    await c!.accessible();

    // Searching again finds nothing of either kind.
    await c!.go('#/withdrawal', 'Отзыв согласия');
    await c!.fill('E-mail', PEOPLE[2].email);
    await c!.click('Найти');
    await c!.untilText('С такими контактами нет ни заявок, ни записей на мероприятия.');
    await c!.accessible();
  });
});
