/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The requests a methodical office works with, against a real service of its own (world
 * "requests") with 30 requests POSTed to the public form endpoint: the list with status counts,
 * paging, filters and search kept in the hash; a request's page with the consent record, a
 * note, status changes and reopening; an e-mail answer that reaches the mail catcher; a note of
 * the call for a phone-only request; the export links; a withdrawal of consent. axe throughout.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { type ConsolePageObject, helper, openConsole } from './console.page.ts';

const WORLD = 'requests';
const ADMIN = {
  email: 'boss@console.test',
  name: 'Ольга Руководитель',
  password: 'пароль руководителя кабинета',
};
const TOPICS = ['attestation', 'gia', 'fgos-foop'] as const;

interface Caught {
  to: string[];
  subject: string;
  text: string;
}

let numbers: string[] = [];
let c: ConsolePageObject | null = null;

const rows = () => [...c!.root.querySelectorAll('tbody tr')];
const rowNumbers = () => rows().map((r) => r.querySelector('th a')!.textContent!.trim());

before(async function (this: { timeout(ms: number): void }) {
  // Starts this file's service, makes an account with its CLI and posts 30 requests.
  this.timeout(60000);
  await helper(WORLD, 'account', { ...ADMIN, role: 'administrator' });
  const overrides: Record<string, unknown> = {};
  for (let i = 1; i <= 30; i++) {
    overrides[i] = {
      topic: TOPICS[i % 3],
      ...(i % 2 === 0 ? { methodist: 'kireeva' } : { methodist: 'saveleva' }),
    };
  }
  overrides[7] = { topic: TOPICS[1], organization: { name: 'Гимназия «Уникальная»' } };
  overrides[28] = { topic: TOPICS[1], email: 'withdraw.me@school.test' };
  overrides[29] = { topic: TOPICS[2], email: 'Withdraw.Me@school.test', phone: '+7 912 000-00-29' };
  // A teacher who left only a phone number.
  overrides[30] = {
    topic: TOPICS[0],
    email: null,
    phone: '+7 (912) 000-00-30',
    name: 'Телефонов Пётр',
  };
  ({ numbers } = await helper<{ numbers: string[] }>(WORLD, 'requests', { count: 30, overrides }));
  expect(numbers).to.have.length(30);
  sessionStorage.clear();
});

beforeEach(async () => {
  c = await openConsole(WORLD, '#/requests?pageSize=10');
  await c.until(() => c!.heading(), 'a page');
  // The session cookie stays for the whole file: only the first test signs in.
  if (c.heading() === 'Вход') await c.signIn(ADMIN.email, ADMIN.password);
});

afterEach(() => {
  c?.remove();
  c = null;
});

describe('console: the requests list', () => {
  it('counts per status, new requests marked in words, paging kept in the hash', async () => {
    await c!.until(() => rows().length === 10, 'ten rows');
    const tabs = c!.root
      .querySelector('nav[aria-label="По статусам"]')!
      .textContent!.replace(/\s+/g, ' ');
    expect(tabs).to.contain('Все 30').and.contain('Новая 30').and.contain('В работе 0');
    // New and not opened: bold and a visible word, with a screen-reader phrase.
    expect(rows()[0]!.classList.contains('unread')).to.equal(true);
    expect(rows()[0]!.textContent).to.contain('Новая').and.contain('новая, не просмотрена');
    expect(c!.text()).to.contain('Страница 1 из 3');
    await c!.accessible();

    const first = rowNumbers();
    await c!.click('Следующая');
    await c!.until(() => rowNumbers()[0] !== first[0], 'page 2');
    expect(location.hash).to.equal('#/requests?page=2&pageSize=10');
    expect(c!.text()).to.contain('Страница 2 из 3');
    const second = rowNumbers();
    expect(second.some((n) => first.includes(n))).to.equal(false);

    history.back();
    await c!.until(() => rowNumbers()[0] === first[0], 'Back returns to page 1');
    expect(location.hash).to.equal('#/requests?pageSize=10');
  });

  it('filters by topic, status and period, searches, and shows the empty state', async () => {
    await c!.until(() => rows().length === 10, 'ten rows');
    await c!.choose('Тема', 'Подготовка к ГИА');
    await c!.until(() => location.hash.includes('topic=gia'), 'topic in the hash');
    await c!.until(() => c!.text().includes('Показаны: 10 заявок'), 'ten GIA requests');
    for (const row of rows()) expect(row.textContent).to.contain('Подготовка к ГИА');
    await c!.accessible();

    // A reload keeps the filter.
    c!.remove();
    c = await openConsole(WORLD, location.hash);
    await c.until(() => c!.text().includes('Показаны: 10 заявок'), 'still ten after a reload');
    expect(c.control<HTMLSelectElement>('Тема').value).to.equal('gia');

    await c.click('Сбросить фильтры');
    await c.fill('Поиск', 'уникальная');
    await c.click('Найти');
    await c.until(() => rows().length === 1, 'one request found by its organization');
    expect(rows()[0]!.textContent).to.contain('Гимназия «Уникальная»');
    expect(location.hash).to.contain('q=');
    await c.until(() => c!.live().includes('1 заявка'), 'the count announced');

    await c.go('#/requests?status=in-progress', 'Заявки');
    await c.untilText('Заявок с такими условиями нет.');
    expect(
      c.root.querySelector('nav[aria-label="По статусам"] a[aria-current="true"]')!.textContent,
    ).to.contain('В работе');
    await c.accessible();

    await c.go('#/requests', 'Заявки');
    await c.fill('Получена с', '2099-01-01');
    await c.click('Найти');
    await c.untilText('Заявок с такими условиями нет.');
    expect(location.hash).to.equal('#/requests?from=2099-01-01');
  });

  it('export links carry the filters; the files are CSV and XLSX', async () => {
    await c!.go('#/requests?topic=gia', 'Заявки');
    await c!.until(() => rows().length > 0, 'rows');
    const csv = c!.button('CSV') as HTMLAnchorElement;
    const xlsx = c!.button('Excel (.xlsx)') as HTMLAnchorElement;
    expect(csv.href).to.match(/\/admin\/api\/requests\.csv\?topic=gia$/);
    expect(xlsx.href).to.match(/\/admin\/api\/requests\.xlsx\?topic=gia$/);
    const csvAnswer = await fetch(csv.href);
    expect(csvAnswer.headers.get('content-type')).to.contain('text/csv');
    const text = await csvAnswer.text();
    const lines = text.trim().split(/\r?\n/);
    expect(lines.length, 'header and 10 rows').to.equal(11);
    const xlsxAnswer = await fetch(xlsx.href);
    expect(xlsxAnswer.headers.get('content-type')).to.equal(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const bytes = new Uint8Array(await xlsxAnswer.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!), 'a zip (xlsx) file').to.equal('PK');
  });
});

describe('console: a request', () => {
  it('shows what the teacher sent and the consent; notes, status changes and reopening', async () => {
    const number = numbers[0]!;
    await c!.go(`#/requests/${encodeURIComponent(number)}`, `Заявка ${number}`);
    await c!.untilText('Что прислал педагог');
    expect(c!.text()).to.contain('Педагог 1').and.contain('Вопрос номер 1 об аттестации');
    const mail = c!.root.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(mail.href).to.equal('mailto:teacher1@school.test');
    expect(c!.text())
      .to.contain('Согласие на обработку персональных данных')
      .and.contain('2026-09-01');
    expect(c!.text()).to.contain('Савельева Ольга Николаевна');
    await c!.accessible();

    // An empty note is refused at the field; a note is added to the history.
    await c!.click('Добавить заметку');
    expect(c!.fieldError('Текст заметки')).to.equal('Заполните это поле.');
    await c!.fill('Текст заметки', 'Перезвонить после обеда');
    await c!.click('Добавить заметку');
    await c!.until(
      () => c!.root.querySelector('ol.history')?.textContent?.includes('Перезвонить после обеда'),
      'note in the history',
    );
    expect(c!.control('Текст заметки').value).to.equal('');
    expect(c!.root.querySelector('ol.history')!.textContent).to.contain('Ольга Руководитель');
    await c!.until(() => c!.live() === 'Заметка добавлена.', 'announced');

    await c!.click('Взять в работу');
    await c!.untilText('Статус: В работе');
    await c!.click('Отметить отвеченной');
    await c!.untilText('Статус: Отвечена');
    await c!.accessible();
    await c!.click('Открыть снова');
    await c!.untilText('Статус: В работе');
    const history = c!.root.querySelector('ol.history')!.textContent!.replace(/\s+/g, ' ');
    expect(history)
      .to.contain('Новая → В работе')
      .and.contain('В работе → Отвечена')
      .and.contain('Отвечена → В работе');

    // Opened: no longer marked new in the list, and the list link keeps its filters.
    const listed = await (
      await fetch(`/admin/api/requests?q=${encodeURIComponent(number)}`)
    ).json();
    expect(
      listed.items.map((r: { number: string; unread: boolean }) => [r.number, r.unread]),
    ).to.deep.equal([[number, false]]);
    await c!.click('← Все заявки');
    await c!.untilHeading('Заявки');
    await c!.until(() => rows().length > 0, 'rows');
  });

  it('assigns the request to a colleague', async () => {
    const number = numbers[1]!;
    await c!.go(`#/requests/${encodeURIComponent(number)}`, `Заявка ${number}`);
    await c!.untilText('Ответственный');
    await c!.choose('Ответственный', 'Ольга Руководитель');
    await c!.click('Назначить');
    await c!.until(() => c!.live() === 'Ответственный назначен.', 'assigned');
    expect(c!.root.querySelector('ol.history')!.textContent).to.contain('Назначение');
  });

  it('an e-mail answer reaches the teacher (mail catcher) and marks the request answered', async () => {
    const number = numbers[2]!;
    await c!.go(`#/requests/${encodeURIComponent(number)}`, `Заявка ${number}`);
    await c!.untilText('Ответ педагогу');
    await c!.fill('Текст ответа', 'Здравствуйте! Документы можно сдать в четверг.');
    // The draft survives a reload of the console.
    c!.remove();
    c = await openConsole(WORLD, location.hash);
    await c.untilText('Ответ педагогу');
    expect(c.control('Текст ответа').value).to.equal(
      'Здравствуйте! Документы можно сдать в четверг.',
    );
    await c.accessible();

    await c.click('Отправить ответ');
    await c.untilText('Статус: Отвечена');
    await c.until(() => c!.live().startsWith('Ответ отправлен'), 'announced');
    expect(sessionStorage.getItem(`metodika-console-answer:${number}`)).to.equal(null);
    const { messages } = await helper<{ messages: Caught[] }>(WORLD, 'mail');
    const answer = messages.find(
      (m) => m.to.includes('teacher3@school.test') && m.subject.includes(number),
    );
    expect(answer, 'the answer e-mail').to.exist;
    expect(answer!.text).to.contain('Документы можно сдать в четверг.');
    expect(c.history()).to.contain('Ответ по e-mail');
    expect(c.history()).to.contain('Письмо отправлено');
    expect(c.hasButton('Отправить письмо ещё раз')).to.equal(false);
    expect(sessionStorage.getItem(`metodika-console-answer-key:${number}`)).to.equal(null);
    await c.accessible();
  });

  /** Sends the answer; the service records it and sends the letter, but its reply never arrives. */
  async function sendAnswerReplyLost(): Promise<void> {
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      if (!new URL(String(input), location.href).pathname.endsWith('/answer')) return response;
      window.fetch = realFetch;
      throw new TypeError('Failed to fetch');
    };
    try {
      await c!.click('Отправить ответ');
      await c!.untilText('Черновик ответа сохранён');
    } finally {
      window.fetch = realFetch;
    }
  }

  it('an answer whose reply was lost on the way, sent again, is one answer and one letter', async () => {
    const number = numbers[10]!;
    await c!.go(`#/requests/${encodeURIComponent(number)}`, `Заявка ${number}`);
    await c!.untilText('Ответ педагогу');
    await c!.fill('Текст ответа', 'Ответ, который дошёл, а подтверждение нет.');
    await sendAnswerReplyLost();
    await c!.click('Отправить ответ');
    await c!.untilText('Статус: Отвечена');
    await c!.until(() => c!.live().startsWith('Ответ отправлен'), 'announced');
    expect(c!.history().split('Ответ по e-mail').length - 1, 'one answer').to.equal(1);
    const { messages } = await helper<{ messages: Caught[] }>(WORLD, 'mail');
    const letters = messages.filter((m) => m.subject === `Ответ на заявку ${number}`);
    expect(letters, 'one letter').to.have.length(1);
    await c!.accessible();
  });

  it('an answer edited after a lost reply is not dropped: it is said, kept, and sent as its own', async () => {
    const number = numbers[12]!;
    await c!.go(`#/requests/${encodeURIComponent(number)}`, `Заявка ${number}`);
    await c!.untilText('Ответ педагогу');
    await c!.fill('Текст ответа', 'Первый вариант ответа.');
    await sendAnswerReplyLost();
    await c!.fill('Текст ответа', 'Второй вариант, дополненный.');
    await c!.click('Отправить ответ');
    await c!.untilText('Новый текст остался в поле');
    expect(c!.live()).to.contain('уже сохранён');
    await c!.accessible();
    await c!.click('Отправить ответ');
    await c!.untilText('Статус: Отвечена');
    const history = c!.history();
    expect(history)
      .to.contain('Первый вариант ответа.')
      .and.contain('Второй вариант, дополненный.');
    const { messages } = await helper<{ messages: Caught[] }>(WORLD, 'mail');
    const letters = messages.filter((m) => m.subject === `Ответ на заявку ${number}`);
    expect(letters, 'two letters, one per answer').to.have.length(2);
  });

  it('a phone-only request is answered with a note of the call', async () => {
    const number = numbers[29]!;
    await c!.go(`#/requests/${encodeURIComponent(number)}`, `Заявка ${number}`);
    await c!.untilText('Запись о звонке');
    const tel = c!.root.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).to.equal('tel:+79120000030');
    await c!.fill('Что обсудили по телефону', 'Позвонила, договорились о встрече в пятницу.');
    await c!.click('Сохранить и отметить отвеченной');
    await c!.untilText('Статус: Отвечена');
    expect(c!.root.querySelector('ol.history')!.textContent)
      .to.contain('Звонок')
      .and.contain('договорились о встрече');
    await c!.accessible();
  });

  it('a request with an e-mail may be answered by a call instead; an answered one may still get a call', async () => {
    const number = numbers[11]!;
    await c!.go(`#/requests/${encodeURIComponent(number)}`, `Заявка ${number}`);
    await c!.untilText('Ответ педагогу');
    // The letter is the default; the call is the other choice.
    expect(c!.control('Письмом на e-mail').checked).to.equal(true);
    expect(c!.control('Записать звонок').checked).to.equal(false);
    expect(c!.text()).to.contain('Уйдёт письмом на');
    await c!.accessible();

    await c!.tick('Записать звонок');
    await c!.fill(
      'Что обсудили по телефону',
      'Дозвонилась, договорились о консультации во вторник.',
    );
    expect(c!.text()).to.contain('Письмо не отправляется');
    await c!.accessible();
    const { messages: before } = await helper<{ messages: Caught[] }>(WORLD, 'mail');
    await c!.click('Сохранить и отметить отвеченной');
    await c!.untilText('Статус: Отвечена');
    await c!.until(() => c!.live().startsWith('Звонок записан'), 'announced');
    expect(c!.history()).to.contain('Звонок').and.contain('консультации во вторник');
    expect(c!.history()).not.to.contain('Ответ по e-mail');
    await c!.accessible();

    // Answered now: the call stays possible (a letter that never arrived says to call).
    await c!.click('Записать звонок');
    await c!.untilText('Сохранить запись о звонке');
    await c!.fill('Что обсудили по телефону', 'Перезвонила: вторник подтвердили.');
    await c!.accessible();
    await c!.click('Сохранить запись о звонке');
    await c!.until(
      () => c!.history().includes('вторник подтвердили'),
      'the second call in the history',
    );
    expect(c!.text()).to.contain('Статус: Отвечена');
    const { messages: after } = await helper<{ messages: Caught[] }>(WORLD, 'mail');
    const lettersFor = (list: Caught[]) => list.filter((m) => m.subject.includes(number)).length;
    expect(lettersFor(after), 'no letter for a call').to.equal(lettersFor(before));
    await c!.accessible();
  });

  it('a request that does not exist says so', async () => {
    await c!.go(`#/requests/${encodeURIComponent('К-1999-999999')}`, 'Заявка К-1999-999999');
    await c!.untilText('Заявки с таким номером нет');
    await c!.accessible();
  });
});

describe('console: withdrawal of consent', () => {
  it('finds a person’s requests by e-mail, deletes them after a confirmation, keeps a record', async () => {
    await c!.go('#/withdrawal', 'Отзыв согласия');
    await c!.untilText('Выполненные отзывы');
    await c!.click('Найти');
    expect(c!.fieldError('E-mail')).to.equal('Укажите e-mail или телефон.');
    await c!.accessible();

    await c!.fill('E-mail', 'withdraw.me@school.test');
    await c!.click('Найти');
    await c!.untilText('Найдено: 2 заявки, 0 записей на мероприятия');
    expect(c!.text()).to.contain(numbers[27]!).and.contain(numbers[28]!);
    await c!.accessible();
    await c!.click('Удалить всё найденное');
    await c!.untilText('Удалить найденное безвозвратно?');
    expect(c!.root.activeElement?.textContent?.trim()).to.equal('Да, удалить');
    await c!.accessible();
    await c!.click('Да, удалить');
    await c!.untilText('Удалено: 2 заявки, 0 записей на мероприятия');
    await c!.until(() => c!.root.querySelectorAll('tbody tr').length === 1, 'one past withdrawal');
    expect(c!.root.querySelector('tbody tr')!.textContent).to.contain('Ольга Руководитель');
    expect(c!.text()).not.to.contain('withdraw.me@school.test');
    await c!.accessible();

    await c!.fill('E-mail', 'withdraw.me@school.test');
    await c!.click('Найти');
    await c!.untilText('С такими контактами нет ни заявок, ни записей на мероприятия.');
    await c!.go(`#/requests/${encodeURIComponent(numbers[27]!)}`, 'Заявка');
    await c!.untilText('Заявки с таким номером нет');
  });
});

describe('console: the session ends mid-work', () => {
  it('back to the login on the same page; after signing in the typed note is still there', async () => {
    const number = numbers[3]!;
    await c!.go(`#/requests/${encodeURIComponent(number)}`, `Заявка ${number}`);
    await c!.untilText('Внутренняя заметка');
    await c!.fill('Текст заметки', 'Текст, который нельзя потерять');
    // The session ends elsewhere (another tab signs out).
    const { csrfToken } = await (await fetch('/admin/api/session')).json();
    const out = await fetch('/admin/api/logout', {
      method: 'POST',
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(out.status).to.equal(204);

    await c!.click('Добавить заметку');
    await c!.untilHeading('Вход');
    expect(c!.app.textContent).to.contain('Сеанс закончился');
    expect(location.hash).to.equal(`#/requests/${encodeURIComponent(number)}`);
    await c!.accessible();
    await c!.fill('E-mail', ADMIN.email);
    await c!.fill('Пароль', ADMIN.password);
    await c!.click('Войти');
    await c!.untilHeading(`Заявка ${number}`);
    expect(c!.control('Текст заметки').value).to.equal('Текст, который нельзя потерять');
    await c!.click('Добавить заметку');
    await c!.until(
      () =>
        c!.root
          .querySelector('ol.history')
          ?.textContent?.includes('Текст, который нельзя потерять'),
      'the note saved after signing back in',
    );
  });
});

describe('console: the session ends and someone else signs in', () => {
  it('they start at their own start page: not the address, nor what the previous person typed', async () => {
    const NEXT = { email: 'next@console.test', password: 'пароль следующего методиста' };
    await helper(WORLD, 'account', { ...NEXT, name: 'Следующий Методист', role: 'methodist' });
    const number = numbers[4]!;
    await c!.go(`#/requests/${encodeURIComponent(number)}`, `Заявка ${number}`);
    await c!.untilText('Внутренняя заметка');
    await c!.fill('Текст заметки', 'Черновик администратора');
    const { csrfToken } = await (await fetch('/admin/api/session')).json();
    await fetch('/admin/api/logout', { method: 'POST', headers: { 'x-csrf-token': csrfToken } });
    await c!.click('Добавить заметку');
    await c!.untilHeading('Вход');

    await c!.signIn(NEXT.email, NEXT.password);
    await c!.untilHeading('Заявки');
    expect(location.hash).to.equal('#/requests');
    expect(c!.app.textContent).not.to.contain('Черновик администратора');
    await c!.accessible();

    await c!.click('Выйти');
    await c!.untilHeading('Вход');
    await c!.signIn(ADMIN.email, ADMIN.password);
    await c!.untilHeading('Заявки');
  });
});

describe('console: phone width, 200% text, forced colours, reduced motion', () => {
  /** Sideways scrolling of the page itself (a wide table scrolls inside its own region). */
  const overflow = () =>
    document.documentElement.scrollWidth - document.documentElement.clientWidth;

  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  it('a 360 px phone: the list, a request and the filters fit without sideways scrolling', async () => {
    await setViewport({ width: 360, height: 740 });
    await c!.go('#/requests?pageSize=10', 'Заявки');
    await c!.until(() => rows().length === 10, 'rows');
    expect(overflow()).to.be.at.most(0);
    // Each request a card, every value named: nothing hidden behind sideways scrolling.
    const wrap = c!.root.querySelector('.table-wrap')!;
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
    expect(getComputedStyle(rows()[0]!.querySelector('td')!, '::before').content).to.contain(
      'Получена',
    );
    await c!.accessible();
    const number = numbers[5]!;
    await c!.go(`#/requests/${encodeURIComponent(number)}`, `Заявка ${number}`);
    await c!.untilText('Что прислал педагог');
    expect(overflow()).to.be.at.most(0);
    await c!.accessible();
  });

  it('200% text on a 1280 px screen: nothing cut off or scrolling sideways', async () => {
    await setViewport({ width: 1280, height: 800 });
    document.documentElement.style.fontSize = '200%';
    c!.el.style.fontSize = '1rem';
    await c!.go('#/requests?pageSize=10', 'Заявки');
    await c!.until(() => rows().length === 10, 'rows');
    expect(overflow()).to.be.at.most(0);
    const number = numbers[6]!;
    await c!.go(`#/requests/${encodeURIComponent(number)}`, `Заявка ${number}`);
    await c!.untilText('Что прислал педагог');
    expect(overflow()).to.be.at.most(0);
    c!.el.style.removeProperty('font-size');
  });

  it('forced colours: the current page and status are told by more than colour; axe passes', async () => {
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await c!.go('#/requests?pageSize=10', 'Заявки');
    await c!.until(() => rows().length === 10, 'rows');
    const current = c!.app.querySelector('nav a[aria-current="page"]')!;
    expect(getComputedStyle(current, '::before').content).to.contain('▸');
    const tab = c!.root.querySelector('.tabs a[aria-current="true"]')!;
    expect(getComputedStyle(tab).textDecorationLine).to.contain('underline');
    // Reduced motion: nothing moves.
    expect(document.getAnimations()).to.have.length(0);
    await c!.accessible();
  });
});
