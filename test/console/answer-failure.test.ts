/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * An answer whose e-mail cannot be sent at first (world "no-mail": the service's SMTP port has
 * nobody listening until the test starts a catcher there): the answer is saved and the request
 * answered, the history says the e-mail was not delivered, why, and what to do, and offers to
 * send it again; once mail works, sending again delivers it once and the offer goes away.
 */
import { expect } from '@open-wc/testing';
import { type ConsolePageObject, helper, openConsole } from './console.page.ts';

const WORLD = 'no-mail';
const ADMIN = {
  email: 'mail.less@console.test',
  name: 'Без Почты',
  password: 'почта сегодня не работает',
};
const RESEND = 'Отправить письмо ещё раз';

interface Caught {
  to: string[];
  subject: string;
}

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

describe('console: an answer whose e-mail does not go at first', () => {
  it('is saved; the history says why and what to do, and sends it again once asked', async () => {
    c = await openConsole(WORLD, `#/requests/${encodeURIComponent(number)}`);
    await c.signIn(ADMIN.email, ADMIN.password);
    await c.untilHeading(`Заявка ${number}`);
    await c.untilText('Ответ педагогу');
    const text = 'Ответ, который не должен пропасть.';
    await c.fill('Текст ответа', text);
    await c.click('Отправить ответ');
    await c.untilText('Статус: Отвечена');
    await c.until(() => c!.live().startsWith('Ответ записан, но письмо не ушло'), 'announced');
    expect(c.history()).to.contain(text);
    expect(c.history()).to.contain('Письмо не доставлено: почтовый сервер не ответил.');
    expect(c.history()).to.contain('Сервис сам попробует снова');
    // Saved: the draft and its key are done with.
    expect(sessionStorage.getItem(`metodika-console-answer:${number}`)).to.equal(null);
    expect(sessionStorage.getItem(`metodika-console-answer-key:${number}`)).to.equal(null);
    await c.accessible();

    await helper(WORLD, 'mail-up', {});
    await c.click(RESEND);
    await c.until(() => c!.history().includes('Письмо отправлено'), 'sent');
    await c.until(() => c!.live() === 'Письмо с ответом отправлено.', 'announced');
    expect(c.hasButton(RESEND)).to.equal(false);
    expect(c.history()).not.to.contain('не доставлено');
    const { messages } = await helper<{ messages: Caught[] }>(WORLD, 'mail');
    const letters = messages.filter((m) => m.subject === `Ответ на заявку ${number}`);
    expect(letters, 'one letter').to.have.length(1);
    await c.accessible();
  });
});
