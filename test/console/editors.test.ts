/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The content editors against a real service of its own (world "editors"), the draft being the
 * demo feed: an organization added and picked as an event's venue; the feed's own Russian
 * messages at the fields; a failed save and a colleague's save (409) keeping what was typed; the
 * recurrence builder writing a rule and saying it in words; the live widget following the form;
 * a referenced item refused on delete, an unreferenced one deleted; a methodist without the page;
 * keyboard; a phone's width. axe in every state.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { problemMessage } from '../../packages/feed/src/problems.ts';
import {
  type ConsolePageObject,
  focused,
  helper,
  openConsole,
  openAs as openPage,
  type Person,
  squash,
  staffApi,
} from './console.page.ts';

const WORLD = 'editors';
const EDITOR = {
  email: 'editors.editor@console.test',
  name: 'Вера Редактор',
  password: 'черновик правится прямо в браузере',
};
const METHODIST = {
  email: 'editors.methodist@console.test',
  name: 'Олег Методист',
  password: 'методисту правка ленты не нужна',
};
const EVENT = 'ev-2026-10-01-council';

type Doc = Record<string, unknown> & {
  events: Record<string, unknown>[];
  organizations: Record<string, unknown>[];
};
interface DraftAnswer {
  document: Doc;
  revision: number;
}

let c: ConsolePageObject | null = null;

const draft = () => staffApi<DraftAnswer>('GET', '/admin/api/content/draft');
/** A colleague's save in another tab. */
async function saveDraft(edit: (d: Doc) => void): Promise<DraftAnswer> {
  const current = await draft();
  edit(current.document);
  return staffApi<DraftAnswer>('PUT', '/admin/api/content/draft', {
    document: current.document,
    revision: current.revision,
  });
}
const eventIn = (d: Doc, id = EVENT) => d.events.find((e) => e.id === id)!;

async function openAs(who: Person, hash: string, heading: string): Promise<void> {
  c = await openPage(WORLD, who, hash, heading);
}

/** The event's form, opened from the list as a person would. */
async function openEvent(id = EVENT): Promise<void> {
  await openAs(EDITOR, `#/content?c=events&id=${id}`, 'Содержание');
  await c!.until(() => c!.root.querySelector('form h2'), 'the event form');
}

before(async function (this: { timeout(ms: number): void }) {
  this.timeout(60000);
  await helper(WORLD, 'account', { ...EDITOR, role: 'editor' });
  await helper(WORLD, 'account', { ...METHODIST, role: 'methodist' });
  // The draft starts as the demo feed, put by the API as an import would.
  c = await openConsole(WORLD, '#/requests');
  await c.signIn(EDITOR.email, EDITOR.password);
  const demo = await (await fetch('/demo/feeds/kuznetsk.json')).json();
  const first = await draft();
  await staffApi('PUT', '/admin/api/content/draft', { document: demo, revision: first.revision });
  c.remove();
  c = null;
});

afterEach(async () => {
  c?.remove();
  c = null;
  await setViewport({ width: 1100, height: 800 });
});

describe('console: content editors', () => {
  it('adds an organization, then picks it as an event’s venue; the draft keeps both', async () => {
    await openAs(EDITOR, '#/content?c=organizations', 'Содержание');
    await c!.until(() => c!.root.querySelector('tr[data-item="metodkab"]'), 'the organizations');
    const nav = [...c!.app.querySelectorAll('nav a')].map((a) => squash(a.textContent));
    expect(nav).to.include('Содержание');
    await c!.accessible();
    await c!.click('Добавить');
    await c!.until(() => c!.root.querySelector('form h2'), 'the new item form');
    expect(squash(c!.root.querySelector('form h2')!.textContent)).to.equal('Новая запись');
    await c!.until(() => focused()?.id === 'form-title', 'focus on the form’s heading');
    await c!.fill('Идентификатор', 'sosh-99');
    await c!.fill('Название', 'МБОУ СОШ № 99');
    await c!.choose('Тип', 'Школа');
    await c!.accessible();
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.live().includes('сохранено'), 'saved');
    expect(c!.live()).to.equal('«МБОУ СОШ № 99» сохранено в черновике.');
    const saved = await draft();
    expect(saved.document.organizations.find((o) => o.id === 'sosh-99')).to.deep.equal({
      id: 'sosh-99',
      name: 'МБОУ СОШ № 99',
      type: 'school',
    });
    await c!.click('Закрыть');
    await c!.until(() => c!.root.querySelector('tr[data-item="sosh-99"]'), 'in the list');

    await c!.go(`#/content?c=events&id=${EVENT}`, 'Содержание');
    await c!.until(() => c!.root.querySelector('form h2'), 'the event form');
    await c!.choose('Место проведения', 'МБОУ СОШ № 99');
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.live().includes('сохранено'), 'saved');
    const after = await draft();
    expect((eventIn(after.document).venue as { organization: string }).organization).to.equal(
      'sosh-99',
    );
    expect(after.revision).to.equal(saved.revision + 1);
  });

  it('an organization’s statuses are a list of their own; a status left unchosen is the feed’s error', async () => {
    await openAs(EDITOR, '#/content?c=organizations&id=sosh-99', 'Содержание');
    await c!.until(() => c!.root.querySelector('form h2'), 'the organization');
    await c!.click('Добавить: Статусы и площадки');
    await c!.fill('Тема работы', 'Наставничество');
    const status = c!.control<HTMLSelectElement>('Статус', c!.group('№ 1'));
    expect(status.value, 'nothing chosen yet').to.equal('');
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.root.querySelector('[data-summary]'), 'the summary');
    expect(c!.fieldError('Статус')).to.equal(problemMessage('required', {}, 'ru'));
    await c!.accessible();
    await c!.choose('Статус', 'Стажировочная площадка');
    await c!.choose('Уровень статуса', 'Муниципальный');
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.live().includes('сохранено'), 'saved');
    const saved = (await draft()).document.organizations.find((o) => o.id === 'sosh-99')!;
    expect(saved.roles).to.deep.equal([
      { topic: 'Наставничество', role: 'internship-site', level: 'municipal' },
    ]);
  });

  it('checks on the spot with the feed’s own words, and keeps the draft unchanged', async () => {
    await openEvent();
    const before = await draft();
    await c!.fill('Название', '');
    expect(c!.fieldError('Название')).to.equal(problemMessage('required', {}, 'ru'));
    await c!.fill('Ссылка на трансляцию', 'javascript:alert(1)');
    expect(c!.fieldError('Ссылка на трансляцию')).to.equal(
      problemMessage('web_url', { value: 'javascript:alert(1)' }, 'ru'),
    );
    await c!.fill('Мест', 'двадцать');
    expect(c!.fieldError('Мест')).to.not.equal('');
    await c!.accessible();
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.root.querySelector('[data-summary]'), 'the summary');
    expect(focused()?.hasAttribute('data-summary')).to.equal(true);
    expect(squash(c!.root.querySelector('[data-summary]')!.textContent)).to.contain('Название: ');
    expect((await draft()).revision, 'nothing saved').to.equal(before.revision);
    await c!.accessible();
    // The summary's entry takes focus to its field.
    const entry = [...c!.root.querySelectorAll<HTMLButtonElement>('[data-summary] button')].find(
      (b) => squash(b.textContent).startsWith('Название'),
    )!;
    entry.click();
    expect(focused()).to.equal(c!.control('Название'));
  });

  it('a failed save keeps the form as typed and says so', async () => {
    await openEvent();
    await c!.fill('Название', 'Совет, перенесённый в актовый зал');
    const realFetch = window.fetch;
    window.fetch = async (input, init) =>
      init?.method === 'PUT' &&
      new URL(String(input), location.href).pathname === '/admin/api/content/draft'
        ? new Response('{}', { status: 500 })
        : realFetch(input, init);
    try {
      await c!.click('Сохранить в черновик');
      await c!.until(() => c!.root.querySelector('[data-save-error]'), 'the failure');
    } finally {
      window.fetch = realFetch;
    }
    expect(squash(c!.root.querySelector('[data-save-error]')!.textContent)).to.contain(
      'Черновик не сохранён, ваши правки остались в форме.',
    );
    expect(focused()?.hasAttribute('data-save-error')).to.equal(true);
    expect(c!.control('Название').value).to.equal('Совет, перенесённый в актовый зал');
    await c!.accessible();
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.live().includes('сохранено'), 'saved on the second try');
    expect(eventIn((await draft()).document).title).to.equal('Совет, перенесённый в актовый зал');
  });

  it('a colleague saved first (409): the edits stay, reload keeps them, the second save has both', async () => {
    await openEvent();
    await c!.fill('Пояснение к статусу', 'Начало в 15:00, а не в 14:00.');
    await saveDraft((d) => {
      d.organizations[0]!.shortName = 'Методкабинет (правка коллеги)';
    });
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.root.querySelector('[data-save-error]'), 'the conflict');
    expect(c!.text()).to.contain('изменил коллега');
    expect(c!.control<HTMLTextAreaElement>('Пояснение к статусу').value).to.equal(
      'Начало в 15:00, а не в 14:00.',
    );
    await c!.accessible();
    await c!.click('Обновить черновик и оставить мои правки');
    await c!.until(() => !c!.root.querySelector('[data-save-error]'), 'reloaded');
    expect(c!.control<HTMLTextAreaElement>('Пояснение к статусу').value).to.equal(
      'Начало в 15:00, а не в 14:00.',
    );
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.live().includes('сохранено'), 'saved');
    const after = (await draft()).document;
    expect(after.organizations[0]!.shortName).to.equal('Методкабинет (правка коллеги)');
    expect(eventIn(after).statusNote).to.equal('Начало в 15:00, а не в 14:00.');
  });

  it('the rule builder: «каждую неделю по вторникам до 25 мая» written as a rule and in words', async () => {
    await openEvent();
    await c!.choose('Повторять', 'каждую неделю');
    await c!.tick('Вторник', true, c!.group('Дни недели'));
    await c!.tick('до даты', true, c!.group('Окончание серии'));
    await c!.fill('Последний день', '2027-05-25');
    const code = squash(c!.root.querySelector('[data-rule-code]')!.textContent);
    expect(code).to.equal('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270525');
    const words = squash(c!.root.querySelector('[data-rule-words]')!.textContent);
    expect(words).to.contain('каждую неделю по вторникам');
    expect(words).to.contain('25 мая 2027');
    // The event's first meeting is a Thursday: the feed warns the series starts at its first.
    await c!.accessible();
    await c!.click('Добавить дату');
    await c!.fillIn('Даты без встречи', 'Даты без встречи 1', '2027-01-05');
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.live().includes('сохранено'), 'saved');
    expect(eventIn((await draft()).document).recurrence).to.deep.equal({
      rule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270525',
      except: ['2027-01-05'],
    });
    // Monthly: «второй вторник», shown with its ordinal.
    await c!.choose('Повторять', 'каждый месяц');
    await c!.choose('Который вторник месяца', 'второй');
    expect(squash(c!.root.querySelector('[data-rule-code]')!.textContent)).to.equal(
      'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270525',
    );
    expect(squash(c!.root.querySelector('[data-rule-words]')!.textContent)).to.contain(
      'второй вторник',
    );
  });

  it('the reminder the day before is on unless cleared; clearing writes false, ticking again leaves it out', async () => {
    const id = 'ev-2026-12-17-mc-history-sources';
    await openEvent(id);
    const label = 'Напомнить участникам за день до мероприятия';
    const box = () => c!.control(label, c!.group('Запись'));
    // The feed has no `reminder` for this event: the service reminds, so the box is ticked.
    expect(eventIn((await draft()).document, id).registration).to.not.have.property('reminder');
    expect(box().checked).to.equal(true);
    await c!.accessible();
    await c!.tick(label, false, c!.group('Запись'));
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.live().includes('сохранено'), 'saved');
    const off = eventIn((await draft()).document, id).registration as Record<string, unknown>;
    expect(off.reminder).to.equal(false);
    expect(off.waitlist).to.equal(true);
    await c!.tick(label, true, c!.group('Запись'));
    const before = (await draft()).revision;
    await c!.click('Сохранить в черновик');
    await waitUntil(async () => (await draft()).revision > before, 'saved again', {
      timeout: 9000,
    });
    const on = eventIn((await draft()).document, id).registration as Record<string, unknown>;
    expect(on).to.not.have.property('reminder');
    expect(box().checked).to.equal(true);
  });

  it('unsaved edits: a link, Back or closing the tab asks first; nothing is asked when nothing changed or after a save', async () => {
    const dialog = () => c!.app.querySelector<HTMLDialogElement>('dialog[open]');
    const closingIsAsked = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    // Nothing typed: the navigation is followed, the tab closes without a question.
    await openEvent();
    expect(closingIsAsked()).to.equal(false);
    await c!.click('Публикация');
    await c!.untilHeading('Публикация');
    expect(dialog() === null).to.equal(true);

    // Typed and not saved: a link asks, in a modal dialog with «Остаться» focused.
    await c!.go('#/content?c=events', 'Содержание');
    await c!.until(() => c!.root.querySelector(`tr[data-item="${EVENT}"]`), 'the events');
    await c!.go(`#/content?c=events&id=${EVENT}`, 'Содержание');
    await c!.until(() => c!.root.querySelector('form h2'), 'the event form');
    await c!.fill('Название', 'Совет: название ещё не сохранено');
    expect(closingIsAsked()).to.equal(true);
    await c!.click('Публикация');
    await c!.until(dialog, 'the question');
    expect(squash(dialog()!.querySelector('h2')!.textContent)).to.equal('Уйти без сохранения?');
    expect(focused()?.textContent?.trim()).to.equal('Остаться');
    expect(location.hash).to.equal(`#/content?c=events&id=${EVENT}`);
    await c!.accessible();
    await c!.click('Остаться');
    expect(dialog() === null).to.equal(true);
    expect(c!.control<HTMLInputElement>('Название').value).to.equal(
      'Совет: название ещё не сохранено',
    );

    // Escape is «Остаться» too; then Back asks, and «Уйти без сохранения» goes where Back went.
    await c!.click('Закрыть');
    await c!.until(dialog, 'the question on «Закрыть»');
    await sendKeys({ press: 'Escape' });
    await c!.until(() => !dialog(), 'Escape stays');
    expect(c!.root.querySelector('form h2') !== null).to.equal(true);
    history.back();
    await c!.until(dialog, 'the question on Back');
    expect(location.hash).to.equal(`#/content?c=events&id=${EVENT}`);
    expect(c!.control<HTMLInputElement>('Название').value).to.equal(
      'Совет: название ещё не сохранено',
    );
    await c!.click('Уйти без сохранения');
    await c!.until(() => !c!.root.querySelector('form h2'), 'the form left');
    expect(location.hash).to.equal('#/content?c=events');
    expect(dialog() === null).to.equal(true);
    expect(closingIsAsked()).to.equal(false);
    expect(eventIn((await draft()).document).title).to.not.equal(
      'Совет: название ещё не сохранено',
    );

    // Saved: nothing to ask about.
    await c!.go(`#/content?c=events&id=${EVENT}`, 'Содержание');
    await c!.until(() => c!.root.querySelector('form h2'), 'the event form again');
    const title = c!.control<HTMLInputElement>('Название').value;
    await c!.fill('Название', `${title} (сохранено)`);
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.live().includes('сохранено'), 'saved');
    expect(closingIsAsked()).to.equal(false);
    await c!.click('Публикация');
    await c!.untilHeading('Публикация');
    expect(dialog() === null).to.equal(true);
  });

  it('a series’ next meetings: one cancelled with a note, one moved to another day and venue, one restored; written as recurrence.changes', async () => {
    // An event without a rule has no meetings to change.
    await openEvent('ev-2026-10-05-shmo-evlashevo');
    expect(c!.root.querySelectorAll('li[data-meeting]').length).to.equal(0);
    expect(c!.text()).to.not.contain('Ближайшие встречи');
    c!.remove();

    const id = 'ev-2026-11-17-rmo-science';
    await openEvent(id);
    const meetings = () => [...c!.root.querySelectorAll<HTMLElement>('li[data-meeting]')];
    await c!.until(() => meetings().length === 6, 'the next six meetings');
    const [first = '', second = '', third = ''] = meetings().map((li) => li.dataset.meeting!);
    const within = (date: string) =>
      c!.root.querySelector<HTMLElement>(`li[data-meeting="${date}"]`)!;
    const stateOf = (date: string) =>
      squash(within(date).querySelector('[data-state]')!.textContent);
    const press = async (date: string, text: string) => {
      const button = [...within(date).querySelectorAll('button')].find(
        (b) => squash(b.textContent) === text,
      );
      if (!button) throw new Error(`no «${text}» at ${date}`);
      button.click();
      await c!.settled();
    };
    const type = async (control: HTMLInputElement | HTMLTextAreaElement, value: string) => {
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await c!.settled();
    };
    expect(stateOf(first)).to.contain('13:00');
    await c!.accessible();

    await press(first, 'Отменить встречу');
    expect(stateOf(first)).to.equal('Отменена');
    await type(
      c!.control<HTMLTextAreaElement>('Пояснение для участников', within(first)),
      'Заседание переносится на весенние каникулы.',
    );

    await press(second, 'Перенести');
    const moveTo = new Date(Date.parse(`${second}T00:00:00Z`) + 86400000)
      .toISOString()
      .slice(0, 10);
    const start = c!.group('Новое начало', within(second));
    await type(c!.control('дата', start), '');
    await c!.until(() => start.querySelector('.field-error')?.textContent, 'the feed’s error');
    await type(c!.control('дата', start), moveTo);
    await type(c!.control('время', start), '15:00');
    expect(start.querySelector('.field-error') === null).to.equal(true);
    await c!.choose('Другое место', 'МКУ «Центр расчётно-методического');
    await c!.choose('Другой формат', 'Онлайн');
    await type(
      c!.control('Ссылка на трансляцию этой встречи', within(second)),
      'https://meet.example.ru/rmo-science',
    );
    expect(stateOf(second)).to.contain('Перенесена');

    await press(third, 'Отменить встречу');
    await press(third, 'Вернуть как было');
    expect(stateOf(third)).to.not.contain('Отменена');
    await c!.accessible();

    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.live().includes('сохранено'), 'saved');
    const recurrence = eventIn((await draft()).document, id).recurrence as Record<string, unknown>;
    expect(recurrence.rule).to.equal(
      'FREQ=MONTHLY;BYMONTH=9,10,11,12,1,2,3,4,5;BYDAY=3TU;UNTIL=20270518',
    );
    expect(recurrence.changes).to.deep.equal([
      {
        date: first,
        status: 'cancelled',
        statusNote: 'Заседание переносится на весенние каникулы.',
      },
      {
        date: second,
        start: `${moveTo}T15:00:00+03:00`,
        venue: { organization: 'metodkab' },
        format: 'online',
        onlineUrl: 'https://meet.example.ru/rmo-science',
      },
    ]);
  });

  it('the preview is the real calendar with the form’s draft, and follows the typing', async () => {
    await openEvent('ev-2026-10-05-shmo-evlashevo');
    await c!.until(() => c!.previewText().includes('Заседание ШМО'), 'the widget shows the event');
    await c!.fill('Название', 'ШМО: новое название из формы');
    await c!.until(() => c!.previewText().includes('ШМО: новое название из формы'), 'updated');
    expect(c!.previewText()).to.not.contain('межпредметная диагностика');
    await c!.accessible();
    await c!.fill('Название', '');
    await c!.until(
      () => c!.previewText().includes('Предпросмотр появится, когда в форме не останется ошибок'),
      'no preview of an invalid event',
    );
  });

  it('a referenced organization is not deleted (the places are listed); a free one is', async () => {
    await openAs(EDITOR, '#/content?c=organizations&q=sosh-99', 'Содержание');
    await c!.until(() => c!.root.querySelector('tr[data-item="sosh-99"]'), 'the organization');
    await c!.click('Удалить');
    await c!.click('Да, удалить');
    await c!.until(() => c!.root.querySelector('[data-refused]'), 'refused');
    const refused = squash(c!.root.querySelector('[data-refused]')!.textContent);
    expect(refused).to.contain('нельзя удалить');
    expect(refused).to.contain('Место проведения');
    expect(focused()?.hasAttribute('data-refused')).to.equal(true);
    expect((await draft()).document.organizations.some((o) => o.id === 'sosh-99')).to.equal(true);
    await c!.accessible();

    await saveDraft((d) => {
      d.organizations.push({ id: 'free-org', name: 'Свободная организация', type: 'other' });
    });
    c!.remove();
    await openAs(EDITOR, '#/content?c=organizations&q=free-org', 'Содержание');
    await c!.until(() => c!.root.querySelector('tr[data-item="free-org"]'), 'the free one');
    await c!.click('Удалить');
    await c!.click('Да, удалить');
    await c!.until(() => c!.live().includes('удалено'), 'deleted');
    expect((await draft()).document.organizations.some((o) => o.id === 'free-org')).to.equal(false);
  });

  it('a delete after a colleague’s save is refused (409), the list says so and reloads', async () => {
    await saveDraft((d) => {
      d.organizations.push({ id: 'late-org', name: 'Поздняя организация', type: 'other' });
    });
    await openAs(EDITOR, '#/content?c=organizations&q=late-org', 'Содержание');
    await c!.until(() => c!.root.querySelector('tr[data-item="late-org"]'), 'the organization');
    await saveDraft((d) => {
      d.organizations[0]!.shortName = 'Вторая правка коллеги';
    });
    await c!.click('Удалить');
    await c!.click('Да, удалить');
    await c!.until(() => c!.root.querySelector('[data-save-error]'), 'the conflict');
    expect(c!.text()).to.contain('изменил коллега');
    expect(focused()?.hasAttribute('data-save-error')).to.equal(true);
    await c!.accessible();
    await c!.click('Обновить черновик');
    await c!.until(() => !c!.root.querySelector('[data-save-error]'), 'reloaded');
    await c!.click('Удалить');
    await c!.click('Да, удалить');
    await c!.until(() => c!.live().includes('удалено'), 'deleted');
    const after = (await draft()).document.organizations;
    expect(after.some((o) => o.id === 'late-org')).to.equal(false);
    expect(after[0]!.shortName).to.equal('Вторая правка коллеги');
  });

  it('people: consent to publication is a field, with the feed’s warning without it', async () => {
    await openAs(EDITOR, '#/content?c=people&id=kireeva', 'Содержание');
    await c!.until(() => c!.root.querySelector('form h2'), 'the person');
    await c!.tick('Согласие на публикацию имени и контактов', false);
    await c!.fill('E-mail', 'kireeva@example.ru');
    await c!.until(() => c!.root.querySelector('[data-warning]'), 'the consent warning');
    expect(c!.text()).to.contain('152-ФЗ');
    await c!.accessible();
  });

  it('keyboard: Tab reaches «Изменить», Enter opens the form; a phone at 200% text scrolls nothing sideways; English', async () => {
    await openAs(EDITOR, '#/content?c=events&q=council', 'Содержание');
    await c!.until(() => c!.root.querySelector(`tr[data-item="${EVENT}"]`), 'the event');
    let element: Element | null = null;
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Tab' });
      element = focused();
      if (squash(element?.textContent) === 'Изменить') break;
    }
    expect(squash(element?.textContent)).to.equal('Изменить');
    await sendKeys({ press: 'Enter' });
    await c!.until(() => c!.root.querySelector('form h2'), 'the form');

    await setViewport({ width: 360, height: 740 });
    document.documentElement.style.fontSize = '200%';
    c!.el.style.fontSize = '1rem';
    try {
      await c!.settled();
      await c!.choose('Повторять', 'каждый месяц');
      expect(
        document.documentElement.scrollWidth,
        c!.overflowing(360).slice(-6).join(' '),
      ).to.be.at.most(360);
      // The rule was changed and not saved: the console asks before leaving the form.
      await c!.go('#/content?c=organizations', 'Содержание');
      await c!.click('Уйти без сохранения');
      await c!.until(() => c!.root.querySelector('tr[data-item]'), 'the list');
      expect(document.documentElement.scrollWidth, 'the list').to.be.at.most(360);
    } finally {
      document.documentElement.style.removeProperty('font-size');
      c!.el.style.removeProperty('font-size');
    }
    await c!.accessible();
    const language = c!.app.querySelector('select')!;
    language.value = 'en';
    language.dispatchEvent(new Event('change'));
    await c!.untilHeading('Content');
    await c!.untilText('Organizations');
    await c!.go(`#/content?c=events&id=${EVENT}`, 'Content');
    await c!.untilText('Save to the draft');
    await c!.fill('Title', '');
    expect(c!.fieldError('Title')).to.equal(problemMessage('required', {}, 'en'));
    expect(c!.text()).to.contain('Sign-up until').and.contain('Seminar').and.not.contain('Мест');
    await c!.accessible();
    language.value = 'ru';
    language.dispatchEvent(new Event('change'));
    await c!.untilHeading('Содержание');
  });

  it('an association: the directory previews it and follows the form', async () => {
    await openAs(EDITOR, '#/content?c=associations&id=rmo-math', 'Содержание');
    await c!.until(() => c!.previewText().includes('РМО учителей математики'), 'the directory');
    await c!.choose('Руководитель', 'Киреева');
    await c!.fill('Название', 'РМО учителей математики и информатики');
    await c!.until(() => c!.previewText().includes('математики и информатики'), 'updated');
    await c!.accessible();
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.live().includes('сохранено'), 'saved');
    const association = (await draft()).document.associations as Record<string, unknown>[];
    expect(association.find((a) => a.id === 'rmo-math')!.leader).to.equal('kireeva');
  });

  it('a practice: the practices feed previews it; its authors are a list', async () => {
    await openAs(EDITOR, '#/content?c=practices&id=pr-math-text-problems', 'Содержание');
    await c!.until(() => c!.previewText().includes('Система упражнений'), 'the practices feed');
    await c!.click('Добавить: Авторы');
    await c!.fillIn('№ 2', 'ФИО', 'Соавтор Пётр Ильич');
    await c!.fill('Название', 'Упражнения по моделированию: новая редакция');
    await c!.until(
      () => c!.previewText().includes('Упражнения по моделированию: новая редакция'),
      'the preview follows',
    );
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.live().includes('сохранено'), 'saved');
    const practices = (await draft()).document.practices as Record<string, unknown>[];
    expect(practices.find((p) => p.id === 'pr-math-text-problems')!.authors).to.deep.equal([
      {
        name: 'Белова Светлана Юрьевна',
        position: 'учитель математики',
        organization: 'sosh-makhalino',
      },
      { name: 'Соавтор Пётр Ильич' },
    ]);
    await c!.click('Убрать № 1');
    await c!.click('Убрать № 1');
    expect(c!.groupError('Авторы')).to.equal(problemMessage('required', {}, 'ru'));
    await c!.accessible();
  });

  it('a subject others refer to is not deleted; the publisher and consultations are single forms', async () => {
    await openAs(EDITOR, '#/content?c=taxonomies.subjects&q=Математика', 'Содержание');
    await c!.until(() => c!.root.querySelector('tr[data-item="math"]'), 'the subject');
    await c!.click('Удалить');
    await c!.click('Да, удалить');
    await c!.until(() => c!.root.querySelector('[data-refused]'), 'refused');
    const refused = squash(c!.root.querySelector('[data-refused]')!.textContent);
    expect(refused).to.contain(
      'Объединения: «РМО учителей математики и информатики» — поле «Предметы»',
    );
    await c!.accessible();

    await c!.go('#/content?c=publisher', 'Содержание');
    await c!.until(() => c!.root.querySelector('form h2'), 'the publisher');
    expect(c!.control('Часовой пояс').value).to.equal('Europe/Moscow');
    await c!.fill('Часовой пояс', 'Europe/Nowhere');
    await c!.until(() => c!.fieldError('Часовой пояс') !== '', 'the zone refused');
    expect(c!.fieldError('Часовой пояс')).to.contain('Europe/Nowhere');
    await c!.accessible();

    // The zone typed is not saved (the feed refused it): leaving asks first.
    await c!.go('#/content?c=consultation', 'Содержание');
    await c!.click('Уйти без сохранения');
    await c!.untilText('Адрес приёма заявок');
    await c!.fill('Адрес приёма заявок', 'http://example.ru/api/consultations');
    expect(c!.fieldError('Адрес приёма заявок')).to.equal(
      problemMessage('https_required', {}, 'ru'),
    );
    await c!.accessible();
  });

  it('the built console under the service’s CSP: the preview’s calendar paints the draft', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const seen = await helper<{ csp: string; widgetText: string; problems: string[] }>(
      WORLD,
      'editors-built',
      {
        email: EDITOR.email,
        password: EDITOR.password,
        hash: '#/content?c=events&id=ev-2026-10-05-shmo-evlashevo',
        expect: 'Заседание ШМО гуманитарного цикла',
      },
    );
    expect(seen.csp).to.contain("script-src 'self'").and.not.contain('unsafe-inline');
    expect(seen.problems, 'no CSP violation, error or failed response').to.deep.equal([]);
    expect(seen.widgetText).to.contain('Заседание ШМО гуманитарного цикла');
  });

  it('the urgent actions’ page leads to all of an event’s fields', async () => {
    await openAs(EDITOR, '#/content-events?q=council', 'Мероприятия в черновике');
    await c!.until(() => c!.root.querySelector(`tr[data-event="${EVENT}"]`), 'the event');
    await c!.click('Все поля');
    await c!.untilHeading('Содержание');
    await c!.until(() => c!.root.querySelector('form h2'), 'the event form');
    expect(c!.control('Название').value).to.equal(eventIn((await draft()).document).title);
  });

  it('a large draft: typing is checked after a pause, and «Сохранить» never saves it unchecked', async () => {
    await saveDraft((d) => {
      const model = eventIn(d);
      for (let i = 0; i < 700; i++) d.events.push({ ...model, id: `copy-${i}` });
    });
    await openEvent();
    const before = (await draft()).revision;
    await c!.fill('Название', '');
    await c!.until(() => c!.fieldError('Название') !== '', 'checked after the pause');
    expect(c!.fieldError('Название')).to.equal(problemMessage('required', {}, 'ru'));
    await c!.fill('Название', 'Совет');
    await c!.fill('Название', '');
    // A save right after typing checks first and refuses.
    await c!.click('Сохранить в черновик');
    await c!.until(() => c!.root.querySelector('[data-summary]'), 'the summary');
    expect((await draft()).revision).to.equal(before);
  });

  it('a methodist has no content page', async () => {
    await openAs(METHODIST, '#/content', 'Содержание');
    const nav = [...c!.app.querySelectorAll('nav a')].map((a) => squash(a.textContent));
    expect(nav).to.not.include('Содержание');
    expect(squash(c!.app.querySelector('main')!.textContent)).to.contain('нет прав');
  });

  it('a department without a draft starts with the publisher', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(30000);
    const fresh = 'editors-empty';
    await helper(fresh, 'account', { ...EDITOR, role: 'editor' });
    c = await openConsole(fresh, '#/content?c=publisher');
    if (c.heading() !== 'Вход') {
      await c.click('Выйти');
      await c.untilHeading('Вход');
    }
    await c.signIn(EDITOR.email, EDITOR.password);
    await c.until(() => c!.root.querySelector('form h2'), 'the publisher form');
    expect(c.text()).to.contain('Черновика пока нет');
    await c.accessible();
    await c.fill('Идентификатор', 'rmc');
    await c.fill('Название', 'Ресурсно-методический центр');
    await c.fill('Часовой пояс', 'Asia/Novokuznetsk');
    await c.click('Сохранить в черновик');
    await c.until(() => c!.live().includes('сохранено'), 'saved');
    const first = await draft();
    expect(first.document.publisher).to.deep.equal({
      id: 'rmc',
      name: 'Ресурсно-методический центр',
      timeZone: 'Asia/Novokuznetsk',
    });
    expect(first.document.version).to.equal(1);
    await c.go('#/content?c=organizations', 'Содержание');
    await c.untilText('В этом разделе пока ничего нет.');
    await c.accessible();
  });
});
