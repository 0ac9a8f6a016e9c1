/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * Each role lands where it can work (world "roles"): the console opened at /admin/ shows an
 * editor the content editors and a methodist or an administrator the requests; the navigation
 * lists only what the role may open; a link to a page the role may not open says so, with a link
 * to the role's start page, instead of a list the service refuses. axe in every state.
 */
import { expect } from '@open-wc/testing';
import {
  type ConsolePageObject,
  helper,
  openConsole,
  type Person,
  squash,
} from './console.page.ts';

const WORLD = 'roles';
const EDITOR = {
  email: 'roles.editor@console.test',
  name: 'Ева Редактор',
  password: 'редактор правит ленту округа',
};
const METHODIST = {
  email: 'roles.methodist@console.test',
  name: 'Марк Методист',
  password: 'методист отвечает на заявки',
};
const ADMIN = {
  email: 'roles.admin@console.test',
  name: 'Анна Администратор',
  password: 'администратор заводит учётные записи',
};

let c: ConsolePageObject | null = null;

/** Signs whoever is signed in out, then opens the console at `hash` and signs `who` in. */
async function signInAt(who: Person, hash: string): Promise<ConsolePageObject> {
  c = await openConsole(WORLD, hash);
  if (c.app.querySelector('nav')) {
    await c.click('Выйти');
    await c.untilHeading('Вход');
    c.remove();
    c = await openConsole(WORLD, hash);
  }
  await c.signIn(who.email, who.password);
  return c;
}

const navEntries = () => [...c!.app.querySelectorAll('nav a')].map((a) => squash(a.textContent));
/** The console opened at /admin/ itself: no page in the address. */
const noPage = () => location.pathname + location.search;

before(async function (this: { timeout(ms: number): void }) {
  this.timeout(60000);
  await helper(WORLD, 'account', { ...EDITOR, role: 'editor' });
  await helper(WORLD, 'account', { ...METHODIST, role: 'methodist' });
  await helper(WORLD, 'account', { ...ADMIN, role: 'administrator' });
});

afterEach(() => {
  c?.remove();
  c = null;
});

describe('console: each role’s start page and sections', () => {
  it('an editor lands on the content editors; neither the requests nor the withdrawal is offered', async () => {
    await signInAt(EDITOR, noPage());
    await c!.untilHeading('Содержание');
    expect(location.hash).to.equal('#/content');
    expect(c!.app.querySelector('[data-forbidden]') === null).to.equal(true);
    const nav = navEntries();
    expect(nav).to.include.members(['Содержание', 'Публикация', 'Мероприятия']);
    expect(nav).to.not.include('Заявки');
    expect(nav).to.not.include('Отзыв согласия');
    expect(nav).to.not.include('Пользователи');
    await c!.accessible();

    // Reloading /admin/ with the session alive lands there too.
    c!.remove();
    c = await openConsole(WORLD, noPage());
    await c.untilHeading('Содержание');
    expect(location.hash).to.equal('#/content');
  });

  it('an editor following a link to the requests is told there is no access, and led to the content', async () => {
    await signInAt(EDITOR, noPage());
    await c!.untilHeading('Содержание');
    await c!.go('#/requests', 'Заявки');
    const main = c!.app.querySelector('main')!;
    await c!.until(() => main.querySelector('[data-forbidden]'), 'the no-access state');
    expect(squash(main.querySelector('[data-forbidden] h2')?.textContent)).to.equal(
      'Нет доступа к этому разделу',
    );
    // No list asking the service for what it refuses.
    expect(main.querySelector('console-requests-page') === null).to.equal(true);
    await c!.accessible();
    await c!.click('Перейти в раздел «Содержание»');
    await c!.untilHeading('Содержание');
    expect(location.hash).to.equal('#/content');

    // A request's own page is the requests' section too.
    await c!.go('#/requests/2026-0001', 'Заявка');
    expect(c!.app.querySelector('main [data-forbidden]') !== null).to.equal(true);
  });

  it('a methodist lands on the requests; content and administration are not offered, and a link there says so', async () => {
    await signInAt(METHODIST, noPage());
    await c!.untilHeading('Заявки');
    expect(location.hash).to.equal('#/requests');
    const nav = navEntries();
    expect(nav).to.include.members(['Заявки', 'Мероприятия']);
    for (const hidden of ['Содержание', 'Публикация', 'Импорт', 'Пользователи', 'Журнал'])
      expect(nav).to.not.include(hidden);
    await c!.go('#/publishing', 'Публикация');
    expect(squash(c!.app.querySelector('main [data-forbidden]')?.textContent)).to.contain(
      'Нет доступа к этому разделу',
    );
    await c!.accessible();
    await c!.click('Перейти в раздел «Заявки»');
    await c!.untilHeading('Заявки');
  });

  it('an administrator lands on the requests with every section offered', async () => {
    await signInAt(ADMIN, noPage());
    await c!.untilHeading('Заявки');
    expect(location.hash).to.equal('#/requests');
    expect(navEntries()).to.include.members([
      'Заявки',
      'Содержание',
      'Публикация',
      'Отзыв согласия',
      'Пользователи',
      'API-токены',
    ]);
    await c!.accessible();
  });
});
