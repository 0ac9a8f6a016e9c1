/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The console's way in, against a real service of its own (world "sign-in"): the first
 * administrator's one-time setup link, sign-out, a wrong password, the login throttle with the
 * time to wait, signing in again, "sign out everywhere", the language switch. axe in each state.
 */
import { expect } from '@open-wc/testing';
import { type ConsolePageObject, helper, openConsole } from './console.page.ts';

const WORLD = 'sign-in';
const ADMIN = {
  email: 'first.admin@console.test',
  name: 'Анна Первая',
  password: 'зелёный чайник на окне',
};

let c: ConsolePageObject | null = null;
let token: string | null = null;

before(async function (this: { timeout(ms: number): void }) {
  // Starts this file's service (an empty database) and reads the setup link from its log.
  this.timeout(60000);
  ({ token } = await helper<{ token: string | null }>(WORLD, 'setup-token'));
});

afterEach(() => {
  c?.remove();
  c = null;
});

describe('console: first administrator and signing in', () => {
  it('the setup link creates the first administrator and signs them in', async () => {
    expect(token, 'the service logged a setup link').to.be.a('string');
    c = await openConsole(WORLD, `#/setup/${token}`);
    await c.untilHeading('Первый администратор');
    await c.accessible();

    // Nothing filled: an error summary, each field marked and described by its message.
    await c.click('Сохранить пароль и войти');
    await c.until(() => c!.root.querySelector('[data-summary]'), 'error summary');
    expect(c.root.activeElement?.hasAttribute('data-summary'), 'summary focused').to.equal(true);
    expect(c.control('E-mail (логин)').getAttribute('aria-invalid')).to.equal('true');
    expect(c.fieldError('E-mail (логин)')).to.equal('Заполните это поле.');
    await c.accessible();

    // A password the service refuses: its message at the password field; nothing typed is lost.
    await c.fill('E-mail (логин)', ADMIN.email);
    await c.fill('Имя', ADMIN.name);
    await c.fill('Новый пароль', 'short');
    await c.fill('Пароль ещё раз', 'short');
    await c.click('Сохранить пароль и войти');
    await c.until(() => c!.fieldError('Новый пароль'), 'the service’s password message');
    expect(c.fieldError('Новый пароль')).to.contain('короче');
    expect(c.control('E-mail (логин)').value).to.equal(ADMIN.email);
    await c.accessible();

    await c.fill('Новый пароль', ADMIN.password);
    await c.fill('Пароль ещё раз', ADMIN.password);
    await c.click('Сохранить пароль и войти');
    await c.untilHeading('Заявки');
    expect(location.hash).to.equal('#/requests');
    const header = c.app.querySelector('header')!.textContent!.replace(/\s+/g, ' ');
    expect(header).to.contain(ADMIN.name).and.contain('администратор');
    const current = c.app.querySelector('nav a[aria-current="page"]');
    expect(current?.textContent?.trim()).to.equal('Заявки');
    await c.untilText('Заявок пока нет.');
    await c.accessible();

    // The link works once.
    c.remove();
    c = await openConsole(WORLD, `#/setup/${token}`);
    await c.untilText('Ссылка устарела');
    await c.accessible();

    await c.go('#/requests', 'Заявки');
    await c.click('Выйти');
    await c.untilHeading('Вход');
    await c.until(() => c!.live() === 'Вы вышли.', 'said in the live region');
    await c.accessible();
  });

  it('a wrong password is said; after repeated failures the throttle says when to try again', async () => {
    c = await openConsole(WORLD, '#/requests');
    await c.untilHeading('Вход');
    // Submitting empty: the form's own errors, no request to the service.
    await c.click('Войти');
    expect(c.fieldError('E-mail')).to.equal('Заполните это поле.');
    await c.accessible();

    await c.fill('E-mail', ADMIN.email);
    await c.fill('Пароль', 'not the password at all');
    await c.click('Войти');
    await c.untilText('Неверный e-mail или пароль');
    expect(c.control('E-mail').value, 'the e-mail stays').to.equal(ADMIN.email);
    await c.accessible();

    // The world allows 3 failures per account; the next attempt is refused with the wait.
    const submit = c.button('Войти') as HTMLButtonElement;
    for (let attempt = 2; attempt <= 4 && !c.text().includes('Слишком много'); attempt++) {
      await c.click('Войти');
      await c.until(() => !submit.disabled, 'the service answered');
    }
    await c.untilText('Слишком много неудачных попыток входа. Попробуйте снова через');
    expect(c.text()).to.match(/через \d+ минут/);
    await c.accessible();
  });

  it('signs in after the throttle (other account), English, and signs out everywhere', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(30000);
    await helper(WORLD, 'account', {
      email: 'metodist@console.test',
      name: 'Мария Методист',
      role: 'methodist',
      scope: 'all',
      password: 'длинный пароль методиста',
    });
    c = await openConsole(WORLD, '#/requests?status=new');
    await c.signIn('metodist@console.test', 'длинный пароль методиста');
    // The page the user asked for, with its filter.
    await c.untilHeading('Заявки');
    expect(location.hash).to.equal('#/requests?status=new');
    // A methodist has no administrator pages in the navigation.
    const nav = c.app.querySelector('nav')!.textContent!;
    expect(nav).to.contain('Заявки').and.not.contain('Пользователи');

    const language = c.app.querySelector('select')!;
    language.value = 'en';
    language.dispatchEvent(new Event('change'));
    await c.untilHeading('Requests');
    expect(document.documentElement.lang).to.equal('en');
    expect(localStorage.getItem('metodika-console-lang')).to.equal('en');
    await c.accessible();
    language.value = 'ru';
    language.dispatchEvent(new Event('change'));
    await c.untilHeading('Заявки');

    await c.click('Выйти на всех устройствах');
    await c.untilHeading('Вход');
    await c.until(() => c!.live() === 'Все сеансы завершены.', 'said in the live region');
    const session = await (await fetch('/admin/api/session')).json();
    expect(session.user).to.equal(null);
  });
});
