/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * An answer whose e-mail cannot be sent (world "no-mail": the service's SMTP port has nobody
 * listening): the console says what happened and what to do, the request is unchanged, and the
 * answer typed is kept, in the form and in sessionStorage for that request.
 */
import { expect } from '@open-wc/testing';
import { type ConsolePageObject, helper, openConsole } from './console.page.ts';

const WORLD = 'no-mail';
const ADMIN = {
  email: 'mail.less@console.test',
  name: 'Без Почты',
  password: 'почта сегодня не работает',
};

let number = '';
let c: ConsolePageObject | null = null;

before(async function (this: { timeout(ms: number): void }) {
  this.timeout(60000);
  await helper(WORLD, 'account', { ...ADMIN, role: 'administrator' });
  ({
    numbers: [number = ''],
  } = await helper<{ numbers: string[] }>(WORLD, 'requests', { count: 1 }));
  sessionStorage.clear();
});

afterEach(() => {
  c?.remove();
  c = null;
});

describe('console: an answer that cannot be sent', () => {
  it('keeps the draft, leaves the request as it was and says what to do', async () => {
    c = await openConsole(WORLD, `#/requests/${encodeURIComponent(number)}`);
    await c.signIn(ADMIN.email, ADMIN.password);
    await c.untilHeading(`Заявка ${number}`);
    await c.untilText('Ответ педагогу');
    const text = 'Ответ, который не должен пропасть.';
    await c.fill('Текст ответа', text);
    await c.click('Отправить ответ');
    await c.untilText('Письмо не ушло, заявка не изменилась.');
    expect(c.text()).to.contain('позвоните педагогу');
    expect(c.text()).to.contain('Статус: Новая');
    expect(c.control('Текст ответа').value).to.equal(text);
    expect(sessionStorage.getItem(`metodika-console-answer:${number}`)).to.equal(text);
    await c.until(() => c!.live().startsWith('Письмо не ушло'), 'announced');
    await c.accessible();
  });
});
