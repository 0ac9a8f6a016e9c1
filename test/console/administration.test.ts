/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The administrator's pages against a real service of its own (world "administration"): a new
 * account's one-time invitation link (copied, then used to set a password and sign in), role
 * and scope changes, disabling, a password reset link; settings; API tokens shown once and
 * revoked after a confirmation; the audit log with a filter; a methodist kept out of all of it;
 * the own-password change. axe in every state.
 */
import { expect } from '@open-wc/testing';
import { type ConsolePageObject, helper, openConsole } from './console.page.ts';

const WORLD = 'administration';
const ADMIN = {
  email: 'root@console.test',
  name: 'Игорь Администратор',
  password: 'администратор знает пароль',
};

let c: ConsolePageObject | null = null;
let copied: string[] = [];

before(async function (this: { timeout(ms: number): void }) {
  this.timeout(60000);
  await helper(WORLD, 'account', { ...ADMIN, role: 'administrator' });
  // The clipboard as a test double: headless Chromium refuses the real one without a gesture.
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void copied.push(text) },
  });
});

beforeEach(async () => {
  copied = [];
  c = await openConsole(WORLD, '#/users');
  await c.until(() => c!.heading(), 'a page');
  if (c.heading() === 'Вход') await c.signIn(ADMIN.email, ADMIN.password);
});

afterEach(() => {
  c?.remove();
  c = null;
});

const rowOf = (text: string) =>
  [...c!.root.querySelectorAll('tbody tr')].find((r) => r.textContent!.includes(text));

describe('console: accounts', () => {
  it('creates an account and shows its one-time invitation link with a copy button', async () => {
    await c!.untilHeading('Пользователи');
    await c!.until(() => rowOf(ADMIN.email), 'the list');
    expect(c!.app.querySelector('nav a[aria-current="page"]')!.textContent!.trim()).to.equal(
      'Пользователи',
    );
    await c!.accessible();

    await c!.click('Создать и получить ссылку');
    await c!.until(() => c!.root.querySelector('[data-summary]'), 'error summary');
    expect(c!.fieldError('E-mail')).to.equal('Заполните это поле.');
    await c!.accessible();

    await c!.fill('E-mail', 'new.methodist@console.test');
    await c!.fill('Имя', 'Вера Новикова');
    await c!.choose('Роль', 'методист');
    await c!.choose('Какие заявки видит методист', 'только адресованные');
    await c!.fill('Методист в ленте (id)', 'kireeva');
    await c!.click('Создать и получить ссылку');
    await c!.until(() => c!.root.querySelector('[data-secret]'), 'the invitation link');
    const link = c!.root.querySelector('[data-secret]')!.textContent!.trim();
    expect(link).to.match(/\/admin\/#\/link\/[\w-]+$/);
    await c!.until(() => rowOf('new.methodist@console.test'), 'the new account listed');
    expect(rowOf('new.methodist@console.test')!.textContent)
      .to.contain('только адресованные ему')
      .and.contain('kireeva');
    await c!.accessible();

    await c!.click('Копировать');
    expect(copied).to.deep.equal([link]);
    await c!.until(() => c!.live() === 'Скопировано в буфер обмена.', 'copy announced');

    // The same e-mail again: the service's message at the field, what was typed kept.
    await c!.fill('E-mail', 'new.methodist@console.test');
    await c!.fill('Имя', 'Вера Новикова');
    await c!.click('Создать и получить ссылку');
    await c!.until(() => c!.fieldError('E-mail'), 'the service’s field message');
    expect(c!.fieldError('E-mail')).to.contain('уже есть');
    expect(c!.control('Имя').value).to.equal('Вера Новикова');
    await c!.accessible();
  });

  it('changes role and disables an account; a reset gives a new one-time link', async () => {
    await c!.until(() => rowOf('new.methodist@console.test'), 'the account');
    // Each row's buttons are named with the person: «Изменить: Вера Новикова».
    c!.root
      .querySelector<HTMLButtonElement>('button[aria-label="Изменить: Вера Новикова"]')!
      .click();
    await c!.untilText('Изменение: new.methodist@console.test');
    expect(c!.root.activeElement?.id).to.equal('edit-name');
    await c!.accessible();
    await c!.choose('Какие заявки видит методист', 'все заявки');
    c!.control('Отключён').click();
    await c!.click('Сохранить');
    await c!.until(() => c!.live() === 'Изменения сохранены.', 'saved');
    await c!.until(
      () => rowOf('new.methodist@console.test')!.textContent!.includes('Отключён'),
      'disabled shown',
    );
    expect(rowOf('new.methodist@console.test')!.textContent).to.contain('все заявки');

    c!.root
      .querySelector<HTMLButtonElement>('button[aria-label="Сбросить пароль: Вера Новикова"]')!
      .click();
    await c!.untilText('Ссылка для нового пароля');
    expect(c!.root.querySelector('[data-secret]')!.textContent).to.match(
      /\/admin\/#\/link\/[\w-]+$/,
    );
    await c!.accessible();
  });

  it('a reset the service did not answer: the reason on the page and aloud; the next try clears it', async () => {
    await c!.until(() => rowOf('new.methodist@console.test'), 'the account');
    const reset = () =>
      c!.root
        .querySelector<HTMLButtonElement>('button[aria-label="Сбросить пароль: Вера Новикова"]')!
        .click();
    const realFetch = window.fetch;
    window.fetch = async (input, init) =>
      new URL(String(input), location.href).pathname.endsWith('/reset')
        ? Promise.reject(new TypeError('offline'))
        : realFetch(input, init);
    try {
      reset();
      await c!.until(() => c!.root.querySelector('.notice.problem'), 'the problem shown');
      expect(c!.root.querySelector('.notice.problem')!.textContent).to.contain('Сервис не ответил');
      expect(c!.live()).to.contain('Сервис не ответил');
      await c!.accessible();
    } finally {
      window.fetch = realFetch;
    }
    reset();
    await c!.untilText('Ссылка для нового пароля');
    expect(c!.text(), 'the old problem gone').not.to.contain('Сервис не ответил');
  });
});

describe('console: settings, tokens, audit', () => {
  it('settings: recipients and the message option saved; retention shown', async () => {
    await c!.go('#/settings', 'Настройки');
    await c!.untilText('Срок хранения');
    expect(c!.text()).to.match(/Срок хранения \d+ (день|дня|дней)/);
    expect(c!.text()).to.contain('Последняя очистка');
    await c!.accessible();
    await c!.fill('Кому сообщать о новых заявках', 'not an address');
    await c!.click('Сохранить');
    await c!.until(() => c!.fieldError('Кому сообщать о новых заявках'), 'the address refused');
    await c!.accessible();
    await c!.fill('Кому сообщать о новых заявках', 'office@console.test\nhead@console.test');
    c!.control('Включать в письмо текст заявки').click();
    await c!.click('Сохранить');
    await c!.until(() => c!.live() === 'Сохранено.', 'saved');
    c!.remove();
    c = await openConsole(WORLD, '#/settings');
    await c.untilText('Срок хранения');
    expect(c.control<HTMLTextAreaElement>('Кому сообщать о новых заявках').value).to.equal(
      'office@console.test\nhead@console.test',
    );
    expect(c.control('Включать в письмо текст заявки').checked).to.equal(false);
  });

  it('API tokens: the secret shown once; revoked after a confirmation', async () => {
    await c!.go('#/tokens', 'API-токены');
    await c!.untilText('Токенов нет.');
    await c!.accessible();
    await c!.fill('Название', 'Выгрузка для отчёта');
    await c!.click('Создать токен');
    await c!.until(() => c!.root.querySelector('[data-secret]'), 'the secret');
    const secret = c!.root.querySelector('[data-secret]')!.textContent!.trim();
    expect(secret.length).to.be.greaterThan(20);
    await c!.until(() => rowOf('Выгрузка для отчёта'), 'listed');
    expect(rowOf('Выгрузка для отчёта')!.textContent)
      .to.contain('Действует')
      .and.not.contain(secret);
    await c!.accessible();
    const scriptApi = async () =>
      (await helper<{ status: number }>(WORLD, 'script-api', { secret })).status;
    expect(await scriptApi(), 'the new token opens the script API').to.equal(200);

    c!.root
      .querySelector<HTMLButtonElement>('button[aria-label="Отозвать: Выгрузка для отчёта"]')!
      .click();
    await c!.untilText('Отозвать токен «Выгрузка для отчёта»?');
    expect(c!.root.activeElement?.textContent?.trim()).to.equal('Да, отозвать');
    await c!.accessible();
    await c!.click('Да, отозвать');
    await c!.until(() => rowOf('Выгрузка для отчёта')?.textContent?.includes('Отозван'), 'revoked');
    expect(await scriptApi(), 'the revoked token does not').to.equal(401);

    // Shown once: a fresh page has no secret.
    c!.remove();
    c = await openConsole(WORLD, '#/tokens');
    await c.until(() => rowOf('Выгрузка для отчёта'), 'listed');
    expect(c.root.querySelector('[data-secret]')).to.equal(null);
  });

  it('the audit log lists who did what, filtered by action', async () => {
    await c!.go('#/audit', 'Журнал действий');
    await c!.until(() => c!.root.querySelectorAll('tbody tr').length > 0, 'entries');
    expect(c!.text()).to.contain('account.create').and.contain('Игорь Администратор');
    await c!.accessible();
    await c!.choose('Действие', 'Создана учётная запись');
    await c!.click('Найти');
    await c!.until(() => location.hash.includes('action=account.create'), 'filter in the hash');
    await c!.until(
      () =>
        [...c!.root.querySelectorAll('tbody tr')].every((r) =>
          r.textContent!.includes('account.create'),
        ),
      'only account.create',
    );
    expect(c!.text()).to.contain('new.methodist@console.test');
  });
});

describe('console: a methodist and their own password', () => {
  it('a methodist is kept out of administration; changes their own password', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(30000);
    await helper(WORLD, 'account', {
      email: 'plain@console.test',
      name: 'Пётр Методист',
      role: 'methodist',
      password: 'обычный пароль методиста',
    });
    const administration = location.hash;
    await c!.click('Выйти');
    await c!.untilHeading('Вход');
    // Signing out forgets the administrator's page: the methodist starts at the requests.
    expect(location.hash).to.equal('#/');
    await c!.signIn('plain@console.test', 'обычный пароль методиста');
    await c!.untilHeading('Заявки');
    location.hash = administration;
    await c!.until(
      () => c!.app.querySelector('main')!.textContent!.includes('нет прав'),
      'administration refused',
    );
    await c!.accessible();

    await c!.go('#/password', 'Смена пароля');
    await c!.fill('Текущий пароль', 'не тот пароль');
    await c!.fill('Новый пароль', 'новый длинный пароль методиста');
    await c!.fill('Пароль ещё раз', 'новый длинный пароль методиста');
    await c!.click('Сменить пароль');
    await c!.until(() => c!.fieldError('Текущий пароль'), 'wrong current password at its field');
    expect(c!.fieldError('Текущий пароль')).to.contain('неверно');
    await c!.accessible();
    await c!.fill('Текущий пароль', 'обычный пароль методиста');
    await c!.click('Сменить пароль');
    await c!.untilText('Пароль изменён.');
    await c!.accessible();
    await c!.click('Выйти');
    await c!.signIn('plain@console.test', 'новый длинный пароль методиста');
  });
});

describe('console: an invitation link', () => {
  it('the invited person sets a password at the link and is signed in', async () => {
    // The previous test left the methodist signed in.
    await c!.click('Выйти');
    await c!.signIn(ADMIN.email, ADMIN.password);
    await c!.go('#/users', 'Пользователи');
    await c!.fill('E-mail', 'invited@console.test');
    await c!.fill('Имя', 'Приглашённая Ирина');
    await c!.choose('Роль', 'редактор');
    await c!.click('Создать и получить ссылку');
    await c!.until(() => c!.root.querySelector('[data-secret]'), 'the invitation link');
    const link = new URL(c!.root.querySelector('[data-secret]')!.textContent!.trim());
    await c!.click('Выйти');
    await c!.untilHeading('Вход');

    await c!.go(link.hash, 'Приглашение в консоль');
    await c!.untilText('Приглашённая Ирина');
    expect(c!.text()).to.contain('invited@console.test');
    await c!.accessible();
    await c!.fill('Новый пароль', 'пароль приглашённого редактора');
    await c!.fill('Пароль ещё раз', 'пароль другой');
    await c!.click('Сохранить пароль и войти');
    expect(c!.fieldError('Пароль ещё раз')).to.contain('не совпадают');
    await c!.fill('Пароль ещё раз', 'пароль приглашённого редактора');
    await c!.click('Сохранить пароль и войти');
    // An editor's work starts at the content editors (the requests are not theirs).
    await c!.untilHeading('Содержание');
    expect(c!.app.querySelector('header')!.textContent)
      .to.contain('Приглашённая Ирина')
      .and.contain('редактор');
  });
});
