/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The console's loading, error and empty states, with the service replaced by a fetch double
 * (the real service can't be made slow or broken on demand): each state is said in words, has
 * a way on (Retry), and passes axe.
 */
import { expect } from '@open-wc/testing';
import { ConsolePageObject, openConsole } from './console.page.ts';

const realFetch = window.fetch;
const USER = {
  id: 1,
  email: 'a@b.test',
  name: 'Анна',
  role: 'methodist',
  scope: 'all',
  personId: null,
  disabled: false,
  lastLoginAt: null,
};
const SESSION = {
  user: USER,
  csrfToken: 't',
  timeZone: 'Asia/Vladivostok',
  department: { id: 'd', name: 'РМЦ' },
};
const EMPTY_LIST = {
  items: [],
  total: 0,
  page: 1,
  pageSize: 50,
  counts: { new: 0, 'in-progress': 0, answered: 0 },
  topics: [],
  methodists: [],
};

type Handler = (path: string) => Promise<Response> | Response;
let handler: Handler = () => new Response('{}');
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

let c: ConsolePageObject | null = null;

beforeEach(() => {
  window.fetch = async (input) => handler(new URL(String(input), location.href).pathname);
});

afterEach(() => {
  window.fetch = realFetch;
  c?.remove();
  c = null;
});

describe('console states (service double)', () => {
  it('the service unreachable: said, with Retry that works', async () => {
    handler = () => {
      throw new TypeError('Failed to fetch');
    };
    history.replaceState(null, '', '#/requests');
    const el = document.createElement('metodika-console');
    document.body.append(el);
    c = new ConsolePageObject(el);
    await c.until(() => c!.mainText().includes('Сервис не ответил'), 'the failure said');
    await c.accessible();
    handler = (path) =>
      path === '/admin/api/session' ? json({ ...SESSION, user: null }) : json({});
    await c.click('Повторить');
    await c.untilHeading('Вход');
  });

  it('the list: loading, then an error with Retry, then empty', async () => {
    let release: (r: Response) => void = () => {};
    handler = (path) =>
      path === '/admin/api/session'
        ? json(SESSION)
        : new Promise<Response>((resolve) => {
            release = resolve;
          });
    c = await openConsole('states', '#/requests');
    await c.untilHeading('Заявки');
    await c.until(() => c!.root.querySelector('[role="status"]'), 'loading said');
    expect(c.text()).to.contain('Загрузка…');
    await c.accessible();

    release(json({ error: 'internal', message: '' }, 500));
    await c.untilText('Не удалось загрузить заявки.');
    await c.until(() => c!.live().includes('Не получилось'), 'failure announced');
    await c.accessible();

    handler = (path) => (path === '/admin/api/session' ? json(SESSION) : json(EMPTY_LIST));
    await c.click('Повторить');
    await c.untilText('Заявок пока нет.');
    await c.accessible();
  });
});
