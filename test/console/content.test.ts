/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * Publishing and import in the console against a real service of its own (world "content"):
 * nothing published at first; the demo feed imported as feed.json through the page (a dry run
 * listing what would be added, then «Применить»); published as version 1 with a note; a broken
 * draft refused with its problems in a focused summary; a second version, its readable diff with
 * the first, a rollback confirmed in place; the exported workbook imported back as a no-op; a
 * colleague's save between the dry run and «Применить» (409) and the reload; an iCalendar file
 * and a broken one; the draft's events (search, postpone with a note, duplicate, a material, a
 * conflicting save kept in the form); the service failing; a methodist sees none of the pages;
 * keyboard, a phone's width at 200% text, English. axe in every state.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  type ConsolePageObject,
  focused,
  helper,
  openAs,
  squash,
  staffApi,
} from './console.page.ts';

const WORLD = 'content';
const EDITOR = {
  email: 'content.editor@console.test',
  name: 'Ирина Редактор',
  password: 'черновик публикуется одной кнопкой',
};
const METHODIST = {
  email: 'content.methodist@console.test',
  name: 'Пётр Методист',
  password: 'методисту публикация не нужна',
};

let c: ConsolePageObject | null = null;
let demo: { events: Record<string, unknown>[]; [key: string]: unknown };

/** Gives the page's file input these files, as a person choosing them would. */
async function pick(files: File[]): Promise<void> {
  const input = c!.root.querySelector<HTMLInputElement>('#import-file')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await c!.settled();
}

/** The draft as the API keeps it. */
interface DraftAnswer {
  document: typeof demo;
  revision: number;
}
/** A save of the draft through the API: a colleague working in another tab. */
const saveDraft = async (edit: (d: typeof demo) => void) => {
  const draft = await staffApi<DraftAnswer>('GET', '/admin/api/content/draft');
  edit(draft.document);
  return staffApi<DraftAnswer>('PUT', '/admin/api/content/draft', {
    document: draft.document,
    revision: draft.revision,
  });
};

const versionNumbers = () =>
  [...c!.root.querySelectorAll('tr[data-version]')].map((tr) => tr.getAttribute('data-version'));

async function rowButton(version: number, text: string): Promise<void> {
  const button = [
    ...c!.root.querySelectorAll<HTMLButtonElement>(`tr[data-version="${version}"] button`),
  ].find((b) => squash(b.textContent) === text);
  if (!button) throw new Error(`no «${text}» for version ${version}`);
  button.click();
  await c!.settled();
}

before(async function (this: { timeout(ms: number): void }) {
  this.timeout(60000);
  await helper(WORLD, 'account', { ...EDITOR, role: 'editor' });
  await helper(WORLD, 'account', { ...METHODIST, role: 'methodist' });
  demo = await (await fetch('/demo/feeds/kuznetsk.json')).json();
});

afterEach(async () => {
  c?.remove();
  c = null;
  await setViewport({ width: 800, height: 600 });
});

describe('console: publishing and import', () => {
  it('nothing yet: the draft is empty, no versions; downloads and public addresses shown', async () => {
    c = await openAs(WORLD, EDITOR, '#/publishing', 'Публикация');
    await c!.untilText('Черновика пока нет');
    await c!.untilText('Опубликованных версий пока нет.');
    const nav = [...c!.app.querySelectorAll('nav a')].map((a) => squash(a.textContent));
    expect(nav).to.include.members(['Публикация', 'Импорт']);
    const urls = [...c!.root.querySelectorAll('[data-url]')].map((n) => squash(n.textContent));
    expect(urls).to.deep.equal([
      `${location.origin}/feed.json`,
      `webcal://${location.host}/events.ics`,
      `${location.origin}/practices.atom`,
      `${location.origin}/practices.json`,
    ]);
    const links = [...c!.root.querySelectorAll<HTMLAnchorElement>('ul.links a')].map(
      (a) => new URL(a.href).pathname,
    );
    expect(links, 'no zip before the first publication').to.deep.equal([
      '/admin/api/content/export.xlsx',
      '/admin/api/content/template.xlsx',
    ]);
    expect(c!.text()).to.contain('Доступно после первой публикации');
    // The import's hints send people here by this link's name.
    expect(c!.hasButton('Черновик как книга Excel')).to.equal(true);
    await c!.accessible();
  });

  it('import asks for a file, then a feed.json dry run lists what would be added; «Применить» makes it the draft', async () => {
    c = await openAs(WORLD, EDITOR, '#/import', 'Импорт');
    await c!.click('Проверить');
    await c!.until(() => c!.root.querySelector('[data-summary]'), 'the error summary');
    expect(focused()?.hasAttribute('data-summary')).to.equal(true);
    expect(c!.fieldError('Файл')).to.equal('Выберите файл.');
    await c!.accessible();

    await pick([new File([JSON.stringify(demo)], 'feed.json', { type: 'application/json' })]);
    await c!.click('Проверить');
    await c!.until(() => c!.root.querySelector('[data-dry-run]'), 'the dry run');
    expect(focused()?.id).to.equal('dry-run-title');
    const events = squash(c!.root.querySelector('[data-collection="events"] h3')!.textContent);
    expect(events).to.equal(`Мероприятия: добавлено ${demo.events.length}, изменено 0, удалено 0`);
    const added = [
      ...c!.root.querySelectorAll('[data-collection="events"] [data-kind="added"] li'),
    ];
    expect(added.map((li) => squash(li.textContent))).to.include(String(demo.events[0]!.title));
    expect(c!.live()).to.contain('Предварительный просмотр');
    expect(
      (await staffApi<DraftAnswer>('GET', '/admin/api/content/draft')).document,
      'nothing changed yet',
    ).to.equal(null);
    await c!.accessible();

    await c!.click('Применить');
    await c!.until(() => c!.root.querySelector('[data-done]'), 'applied');
    expect(c!.text()).to.contain('Импорт применён');
    expect(focused()?.hasAttribute('data-done')).to.equal(true);
    expect((await staffApi<DraftAnswer>('GET', '/admin/api/content/draft')).revision).to.equal(1);
    await c!.accessible();
  });

  it('publishes the draft as version 1 with a note; the draft says who saved it', async () => {
    c = await openAs(WORLD, EDITOR, '#/publishing', 'Публикация');
    await c!.untilText('Ирина Редактор');
    expect(c!.text()).to.contain('Ошибок нет: черновик можно опубликовать.');
    await c!.fill('Комментарий к версии (необязательно)', 'Первая публикация');
    await c!.click('Опубликовать');
    await c!.until(() => c!.root.querySelector('[data-published]'), 'published');
    expect(c!.text()).to.contain('Опубликована версия 1.');
    expect(focused()?.hasAttribute('data-published')).to.equal(true);
    await c!.until(() => versionNumbers().length === 1, 'version 1 listed');
    const row = squash(c!.root.querySelector('tr[data-version="1"]')!.textContent);
    expect(row).to.contain('Ирина Редактор').and.contain('Первая публикация');
    expect((await fetch('/feed.json')).status).to.equal(200);
    const zip = c!.root.querySelector<HTMLAnchorElement>('a[href$="/site.zip"]');
    expect(zip, 'the zip once published').to.exist;
    const response = await fetch(zip!.href);
    expect([response.status, response.headers.get('content-type')]).to.deep.equal([
      200,
      'application/zip',
    ]);
    await c!.accessible();
  });

  it('a broken draft is refused: the problems grouped by severity, the summary focused', async () => {
    await saveDraft((d) => {
      d.events[0]!.kind = 'party';
    });
    c = await openAs(WORLD, EDITOR, '#/publishing', 'Публикация');
    await c!.until(() => c!.root.querySelector('.problems.error'), 'the draft’s errors');
    expect(squash(c!.root.querySelector('.problems.error h3')!.textContent)).to.match(
      /^Ошибки \(\d+\)$/,
    );
    expect(squash(c!.root.querySelector('.problems.error li')!.textContent)).to.match(/^events/);
    await c!.click('Опубликовать');
    await c!.until(() => c!.root.querySelector('[data-summary]'), 'the refusal');
    expect(focused()?.hasAttribute('data-summary')).to.equal(true);
    const summary = squash(c!.root.querySelector('[data-summary]')!.textContent);
    expect(summary).to.contain('Лента не опубликована').and.contain('events');
    expect(c!.live()).to.contain('не опубликована');
    await c!.accessible();
  });

  it('a second version, its diff with the first by label and field, a rollback confirmed in place', async () => {
    await saveDraft((d) => {
      d.events[0]!.kind = 'seminar';
      d.events[1]!.title = 'Новое название семинара';
      d.events.pop();
    });
    c = await openAs(WORLD, EDITOR, '#/publishing', 'Публикация');
    await c!.untilText('Ошибок нет');
    await c!.click('Опубликовать');
    await c!.until(() => versionNumbers().join() === '2,1', 'versions 2 and 1');

    await rowButton(2, 'Сравнить с предыдущей');
    await c!.until(
      () => c!.root.querySelector('.comparison [data-collection="events"]'),
      'the diff',
    );
    expect(focused()?.id).to.equal('comparison-title');
    const diff = squash(c!.root.querySelector('.comparison')!.textContent);
    expect(diff)
      .to.contain('Что изменилось: версия 1 → версия 2')
      .and.contain('Новое название семинара (поля: title')
      .and.contain('Удалится');
    await c!.accessible();
    await c!.click('Закрыть');

    await rowButton(1, 'Вернуть эту версию');
    expect(squash(focused()?.textContent)).to.equal('Да, вернуть');
    expect(c!.text()).to.contain('Опубликовать версию 1 снова?');
    await c!.accessible();
    await c!.click('Отмена');
    expect(focused()?.getAttribute('data-rollback')).to.equal('1');
    await rowButton(1, 'Вернуть эту версию');
    await c!.click('Да, вернуть');
    await c!.until(() => versionNumbers().join() === '3,2,1', 'version 3');
    expect(c!.text()).to.contain('Версия 1 опубликована снова как версия 3.');
    const served = await (await fetch('/feed.json')).json();
    expect(served.events[1].title).to.not.equal('Новое название семинара');
  });

  it('the exported workbook imports back with no changes', async () => {
    const response = await fetch('/admin/api/content/export.xlsx');
    expect(response.status).to.equal(200);
    const workbook = new File([await response.arrayBuffer()], 'draft.xlsx');
    c = await openAs(WORLD, EDITOR, '#/import', 'Импорт');
    c!.control('Книга Excel (.xlsx)').click();
    await c!.settled();
    // It says that the workbook replaces the whole draft, and how to start from the draft.
    expect(c!.hint('Файл'))
      .to.contain('Книга целиком заменит черновик')
      .and.contain('скачайте «Черновик как книга Excel» (раздел «Публикация» → «Скачать»)');
    await pick([workbook]);
    await c!.click('Проверить');
    await c!.until(() => c!.root.querySelector('[data-dry-run]'), 'the dry run');
    expect(c!.text()).to.contain('Изменений нет.');
    await c!.accessible();
  });

  it('a folder of CSV files (several chosen at once) as a dry run', async () => {
    const names = ['associations', 'consultation', 'events', 'organizations', 'people'];
    names.push('occurrences', 'practices', 'publisher', 'taxonomies', 'topics');
    const files = await Promise.all(
      names.map(
        async (name) =>
          new File(
            [await (await fetch(`/demo/feeds/csv/kuznetsk/${name}.csv`)).arrayBuffer()],
            `${name}.csv`,
          ),
      ),
    );
    c = await openAs(WORLD, EDITOR, '#/import', 'Импорт');
    c!.control('Папка CSV-файлов').click();
    await c!.settled();
    expect(c!.hint('CSV-файлы')).to.contain('Папка целиком заменит черновик');
    expect(c!.root.querySelector<HTMLInputElement>('#import-file')!.multiple).to.equal(true);
    await pick(files);
    await c!.click('Проверить');
    await c!.until(() => c!.root.querySelector('[data-dry-run]'), 'the dry run');
    expect(c!.text()).to.contain('Предварительный просмотр');
    await c!.accessible();
    await c!.click('Отказаться');
  });

  it('a colleague saves between the dry run and «Применить»: a 409 keeps the preview and offers a reload', async () => {
    c = await openAs(WORLD, EDITOR, '#/import', 'Импорт');
    const changed = structuredClone(demo);
    changed.events[0]!.title = 'Семинар из другой ленты';
    await pick([new File([JSON.stringify(changed)], 'feed.json')]);
    await c!.click('Проверить');
    await c!.until(() => c!.root.querySelector('[data-dry-run]'), 'the dry run');
    await saveDraft((d) => {
      d.events[2]!.title = 'Правка коллеги';
    });
    await c!.click('Применить');
    await c!.until(() => c!.root.querySelector('[data-conflict]'), 'the conflict');
    expect(focused()?.hasAttribute('data-conflict')).to.equal(true);
    expect(c!.text()).to.contain('изменил коллега');
    await c!.accessible();
    await c!.click('Обновить черновик и проверить снова');
    await c!.until(
      () =>
        c!.live().includes('Черновик обновлён') && c!.text().includes('Семинар из другой ленты'),
      'checked again',
    );
    expect(focused()?.id).to.equal('dry-run-title');
    await c!.click('Применить');
    await c!.until(() => c!.root.querySelector('[data-done]'), 'applied');
  });

  it('draft events: search, postpone with a note visitors see, duplicate, a material after the event', async () => {
    c = await openAs(WORLD, EDITOR, '#/content-events', 'Мероприятия в черновике');
    await c!.until(() => c!.root.querySelectorAll('tr[data-event]').length > 10, 'the events');
    await c!.accessible();
    await c!.fill('Поиск по названию', 'школа молодого');
    await c!.until(() => c!.root.querySelectorAll('tr[data-event]').length < 10, 'filtered');
    expect(location.hash).to.contain('q=');
    const rows = [...c!.root.querySelectorAll('tr[data-event] th')].map((th) =>
      squash(th.textContent),
    );
    expect(rows.length).to.be.greaterThan(0);
    for (const title of rows) expect(title.toLowerCase()).to.contain('школа молодого');
    await c!.fill('Поиск по названию', 'ничего такого нет');
    await c!.untilText('Ничего не найдено');
    await c!.fill('Поиск по названию', '');

    const id = 'ev-2026-10-08-ymp-programme';
    const inRow = async (text: string) => {
      const button = [
        ...c!.root.querySelectorAll<HTMLButtonElement>(`tr[data-event="${id}"] button`),
      ].find((b) => squash(b.textContent) === text);
      if (!button) throw new Error(`no «${text}» in ${id}`);
      button.click();
      await c!.settled();
    };
    await inRow('Перенести');
    expect(focused()?.id).to.equal('edit-note');
    await c!.fill('Пояснение для посетителей', 'Перенесено на 15 октября, время то же.');
    await c!.accessible();
    await c!.click('Сохранить в черновик');
    await c!.until(() => !c!.root.querySelector('[data-edit]'), 'saved');
    const row = () => squash(c!.root.querySelector(`tr[data-event="${id}"]`)!.textContent);
    expect(row()).to.contain('Перенесено').and.contain('Перенесено на 15 октября');
    expect(c!.live()).to.contain('Сохранено в черновик');
    let draft = await staffApi<DraftAnswer>('GET', '/admin/api/content/draft');
    const saved = draft.document.events.find((e) => e.id === id)!;
    expect([saved.status, saved.statusNote]).to.deep.equal([
      'postponed',
      'Перенесено на 15 октября, время то же.',
    ]);

    await inRow('Дублировать');
    await c!.until(() => c!.root.querySelector(`tr[data-event="${id}-copy"]`), 'the copy');
    expect(squash(c!.root.querySelector(`tr[data-event="${id}-copy"] th`)!.textContent)).to.match(
      / \(копия\)$/,
    );

    await inRow('Добавить материал');
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.root.querySelector('[data-edit] [data-summary]'), 'the summary');
    await c!.accessible();
    await c!.fill('Название материала', 'Запись занятия');
    await c!.fill('Адрес материала (https://…)', 'https://video.example.ru/shmp-1');
    await c!.click('Сохранить в черновик');
    await c!.until(() => !c!.root.querySelector('[data-edit]'), 'saved');
    draft = await staffApi<DraftAnswer>('GET', '/admin/api/content/draft');
    const materials = draft.document.events.find((e) => e.id === id)!.materials as unknown[];
    expect(materials.at(-1)).to.deep.equal({
      title: 'Запись занятия',
      url: 'https://video.example.ru/shmp-1',
      when: 'after',
    });
  });

  it('draft events: a colleague saved first — the edit stays in the form, reload, save again', async () => {
    c = await openAs(WORLD, EDITOR, '#/content-events', 'Мероприятия в черновике');
    const id = 'ev-2026-10-01-council';
    await c!.until(() => c!.root.querySelector(`tr[data-event="${id}"]`), 'the event');
    const cancel = [
      ...c!.root.querySelectorAll<HTMLButtonElement>(`tr[data-event="${id}"] button`),
    ].find((b) => squash(b.textContent) === 'Отменить')!;
    cancel.click();
    await c!.settled();
    await c!.fill('Пояснение для посетителей', 'Отменено из-за карантина.');
    await saveDraft((d) => {
      d.events[5]!.title = 'Правка коллеги в другой вкладке';
    });
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.root.querySelector('[data-save-error]'), 'the conflict');
    expect(focused()?.hasAttribute('data-save-error')).to.equal(true);
    expect(c!.text()).to.contain('изменил коллега');
    expect(c!.control<HTMLTextAreaElement>('Пояснение для посетителей').value).to.equal(
      'Отменено из-за карантина.',
    );
    await c!.accessible();
    await c!.click('Обновить черновик');
    await c!.until(() => !c!.root.querySelector('[data-save-error]'), 'reloaded');
    await c!.click('Сохранить в черновик');
    await c!.until(() => !c!.root.querySelector('[data-edit]'), 'saved');
    const draft = await staffApi<DraftAnswer>('GET', '/admin/api/content/draft');
    expect(draft.document.events[5]!.title).to.equal('Правка коллеги в другой вкладке');
    expect(draft.document.events.find((e) => e.id === id)!.status).to.equal('cancelled');
  });

  it('what publishing would change: the newest version against the draft', async () => {
    c = await openAs(WORLD, EDITOR, '#/publishing', 'Публикация');
    await c!.untilText('Что изменится при публикации');
    await c!.click('Что изменится при публикации');
    await c!.until(() => c!.root.querySelector('[data-comparison] [data-collection]'), 'the diff');
    expect(squash(c!.root.querySelector('#comparison-title')!.textContent)).to.equal(
      'Что изменилось: версия 3 → черновик',
    );
    expect(c!.text()).to.contain('(копия)');
    await c!.accessible();
  });

  it('an iCalendar file: the dry run says how many events it read; «Отказаться» changes nothing', async () => {
    c = await openAs(WORLD, EDITOR, '#/import', 'Импорт');
    c!.control('Файл календаря (.ics)').click();
    await c!.settled();
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Yandex LLC//Yandex Calendar//EN',
      'BEGIN:VEVENT',
      'UID:webinar-ui@yandex.ru',
      'SUMMARY:Вебинар из календаря',
      'DTSTART:20270301T070000Z',
      'DTEND:20270301T083000Z',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    await pick([new File([ics], 'calendar.ics', { type: 'text/calendar' })]);
    await c!.click('Проверить');
    await c!.until(() => c!.root.querySelector('[data-dry-run]'), 'the dry run');
    expect(c!.text()).to.contain('Мероприятий в календаре: 1, пропущено: 0');
    const added = squash(c!.root.querySelector('[data-kind="added"]')!.textContent);
    expect(added).to.contain('Вебинар из календаря');
    await c!.accessible();
    const before = (await staffApi<DraftAnswer>('GET', '/admin/api/content/draft')).revision;
    await c!.click('Отказаться');
    expect(c!.live()).to.contain('Черновик не изменён');
    expect(focused()?.id).to.equal('import-file');
    expect((await staffApi<DraftAnswer>('GET', '/admin/api/content/draft')).revision).to.equal(
      before,
    );

    await pick([new File(['hello'], 'broken.ics')]);
    await c!.click('Проверить');
    await c!.until(() => c!.root.querySelector('[data-summary]'), 'the file refused');
    expect(c!.fieldError('Файл')).to.match(/iCalendar/);
    await c!.accessible();
  });

  it('the service failing: the page says so and «Повторить» loads it', async () => {
    const realFetch = window.fetch;
    window.fetch = async (input, init) =>
      new URL(String(input), location.href).pathname === '/admin/api/content/draft'
        ? new Response('{}', { status: 500 })
        : realFetch(input, init);
    try {
      c = await openAs(WORLD, EDITOR, '#/publishing', 'Публикация');
      await c!.untilText('Повторить');
      expect(c!.text()).to.contain('Не получилось');
      await c!.accessible();
    } finally {
      window.fetch = realFetch;
    }
    await c!.click('Повторить');
    await c!.untilText('Что изменится при публикации');
  });

  it('keyboard: Tab reaches the source choice, Space picks the address, the URL field follows', async () => {
    c = await openAs(WORLD, EDITOR, '#/import', 'Импорт');
    let element: Element | null = null;
    for (let i = 0; i < 30; i++) {
      await sendKeys({ press: 'Tab' });
      element = focused();
      if (element instanceof HTMLInputElement && element.type === 'radio') break;
    }
    expect((element as HTMLInputElement).type).to.equal('radio');
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
    await c!.settled();
    await sendKeys({ press: 'Tab' });
    expect((focused() as HTMLElement).id).to.equal('import-url');
    await sendKeys({ press: 'Enter' });
    await c!.until(() => c!.root.querySelector('[data-summary]'), 'the error summary');
    expect(c!.fieldError('Адрес календаря')).to.equal('Укажите адрес календаря.');
  });

  it('keyboard: a rollback asked and cancelled without a mouse, focus back where it was', async () => {
    c = await openAs(WORLD, EDITOR, '#/publishing', 'Публикация');
    await c!.until(() => versionNumbers().length === 3, 'the versions');
    let element: Element | null = null;
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Tab' });
      element = focused();
      if (element?.getAttribute('data-rollback') === '2') break;
    }
    expect(element?.getAttribute('data-rollback')).to.equal('2');
    expect(getComputedStyle(element!).outlineStyle).to.not.equal('none');
    await sendKeys({ press: 'Enter' });
    await c!.settled();
    expect(squash(focused()?.textContent)).to.equal('Да, вернуть');
    await sendKeys({ press: 'Tab' });
    expect(squash(focused()?.textContent)).to.equal('Отмена');
    await sendKeys({ press: 'Enter' });
    await c!.settled();
    expect(focused()?.getAttribute('data-rollback')).to.equal('2');
    expect(versionNumbers()).to.have.length(3);
  });

  it('a phone’s width at 200% text: nothing scrolls sideways; English', async () => {
    await setViewport({ width: 360, height: 740 });
    c = await openAs(WORLD, EDITOR, '#/publishing', 'Публикация');
    await c!.until(() => versionNumbers().length === 3, 'the versions');
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    document.documentElement.style.fontSize = '200%';
    c!.el.style.fontSize = '1rem';
    try {
      await c!.settled();
      expect(document.documentElement.scrollWidth, 'publishing').to.be.at.most(360);
      await c!.go('#/import', 'Импорт');
      expect(document.documentElement.scrollWidth, 'import').to.be.at.most(360);
      await c!.go('#/content-events', 'Мероприятия в черновике');
      await c!.until(() => c!.root.querySelector('tr[data-event]'), 'the events');
      expect(document.documentElement.scrollWidth, 'draft events').to.be.at.most(360);
    } finally {
      document.documentElement.style.removeProperty('font-size');
      c!.el.style.removeProperty('font-size');
    }
    await c!.go('#/publishing', 'Публикация');
    const language = c!.app.querySelector('select')!;
    language.value = 'en';
    language.dispatchEvent(new Event('change'));
    await c!.untilHeading('Publishing');
    await c!.untilText('Compare with previous');
    expect(c!.text()).and.contain('Bring this version back');
    await c!.accessible();
    await c!.go('#/import', 'Import');
    expect(c!.text()).to.contain('A feed.json feed');
    await c!.accessible();
    await c!.go('#/content-events', 'Events in the draft');
    await c!.untilText('Postponed');
    expect(c!.text()).to.contain('Duplicate');
    await c!.accessible();
    language.value = 'ru';
    language.dispatchEvent(new Event('change'));
    await c!.untilHeading('Мероприятия в черновике');
  });

  it('a methodist sees neither page', async () => {
    c = await openAs(WORLD, METHODIST, '#/publishing', 'Публикация');
    const nav = [...c!.app.querySelectorAll('nav a')].map((a) => squash(a.textContent));
    expect(nav).to.not.include('Публикация');
    expect(c!.text() || squash(c!.app.querySelector('main')!.textContent)).to.contain('нет прав');
  });
});
