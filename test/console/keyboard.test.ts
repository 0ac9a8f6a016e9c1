/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The console by keyboard alone (world "keyboard", a real service): Tab to the login fields,
 * type, Enter; focus lands on the page's heading; Tab to a request, Enter; focus on its heading;
 * the focused link shows a visible ring.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type ConsolePageObject, focused, helper, openConsole, tabTo } from './console.page.ts';

const WORLD = 'keyboard';
const USER = {
  email: 'keys@console.test',
  name: 'Клара Клавиатура',
  password: 'только клавиатура и ничего больше',
};

let number = '';
let c: ConsolePageObject | null = null;

before(async function (this: { timeout(ms: number): void }) {
  this.timeout(60000);
  await helper(WORLD, 'account', { ...USER, role: 'methodist', scope: 'all' });
  ({
    numbers: [number = ''],
  } = await helper<{ numbers: string[] }>(WORLD, 'requests', { count: 1 }));
});

afterEach(() => {
  c?.remove();
  c = null;
});

describe('console: keyboard alone', () => {
  it('signs in, opens a request and lands on each page’s heading', async function (this: {
    timeout(ms: number): void;
  }) {
    // Every key is a round trip to the browser's driver.
    this.timeout(40000);
    c = await openConsole(WORLD, '#/requests');
    await c.untilHeading('Вход');
    (document.activeElement as HTMLElement | null)?.blur();

    await tabTo((e) => e.id === 'email', 'the e-mail field');
    await sendKeys({ type: USER.email });
    await tabTo((e) => e.id === 'password', 'the password field');
    await sendKeys({ type: USER.password });
    await sendKeys({ press: 'Enter' });
    await c.untilHeading('Заявки');
    await c.until(() => focused()?.tagName === 'H1', 'focus on the list’s heading');

    const link = await tabTo((e) => e.textContent?.trim() === number, `the link to ${number}`);
    expect(getComputedStyle(link).outlineStyle, 'a visible focus ring').to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await c.untilHeading(`Заявка ${number}`);
    await c.until(() => focused()?.textContent?.includes(number), 'focus on the request’s heading');
    expect(focused()!.tagName).to.equal('H1');
  });
});
