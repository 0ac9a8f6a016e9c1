import { parseFeed } from '@metodika/feed';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.ts';
import '../calendar/define.ts';
import { CollectionPage } from '../base/collection/collection.page.ts';
import { CalendarPage } from '../calendar/calendar.page.ts';
import { mount, plain, resetLoader, withHostileCss } from '../test-support/feeds.ts';
import { sticksOut } from '../test-support/widget.page.ts';
import { makePracticesFeed } from './practices.fixture.ts';
import type { MetodikaPractices } from './practices.ts';
import { fileSize, fileType } from './practices-model.ts';

const KUZ = '/demo/feeds/kuznetsk.json';

const practices = (template: ReturnType<typeof html>, wait = true) =>
  mount(template, CollectionPage<MetodikaPractices>, wait);

beforeEach(resetLoader);

describe('practices: cards', () => {
  it('featured pinned on top, then newest first; every field on the card', async () => {
    const page = await practices(html`<metodika-practices src=${KUZ}></metodika-practices>`);
    const cards = page.cards;
    expect(page.count).to.equal('25 практик');
    expect(cards).to.have.length(12);
    const featured = cards.filter((c) => c.classList.contains('featured')).length;
    expect(featured).to.equal(5);
    expect(cards.slice(0, 5).every((c) => c.classList.contains('featured'))).to.be.true;
    const dates = cards.slice(0, 5).map((c) => c.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).to.deep.equal([...dates].sort().reverse());
    expect(page.titles[0]).to.contain('сюжетно-ролевую игру');
    expect(cards[5]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-20');
    const first = page.card('pr-math-text-problems')!;
    const text = first.innerText;
    expect(text).to.contain('Белова Светлана Юрьевна, учитель математики, СОШ с. Махалино');
    expect(text).to.contain('Методическая разработка');
    expect(plain(text)).to.contain('5 ноября 2026');
    expect(text).to.contain('Математика');
    expect(text).to.contain('Математическая грамотность');
    const img = first.querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal(
      'Схема к задаче на движение, нарисованная учеником на доске',
    );
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('width')).to.equal('1200');
    expect(img.getAttribute('height')).to.equal('800');
    // Sized before it loads (the URL is not served): nothing jumps when it arrives.
    expect(img.getBoundingClientRect().height).to.be.greaterThan(50);
    await expect(page.el).to.be.accessible();
  });

  it('covers hide when bvi turns images off', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="bvi-body" data-bvi-images="false"><metodika-practices src=${KUZ}></metodika-practices></div>`,
    );
    const page = new CollectionPage(wrapper.querySelector('metodika-practices')!);
    await page.ready();
    const img = page.images[0]!;
    expect(getComputedStyle(img).display).to.equal('none');
  });

  it('"show more" adds a page and says what is left', async () => {
    const page = await practices(html`<metodika-practices src=${KUZ}></metodika-practices>`);
    expect(page.titles).to.have.length(12);
    await page.click('Показать ещё (осталось 13)');
    expect(page.titles).to.have.length(24);
    await page.click('Показать ещё (осталось 1)');
    expect(page.titles).to.have.length(25);
    expect(page.showMore).to.be.null;
  });

  it('limit="3": a compact strip of the newest three, no filters, details still open', async () => {
    const page = await practices(
      html`<metodika-practices src=${KUZ} limit="3"></metodika-practices>`,
    );
    expect(page.title).to.equal('Новые практики');
    expect(page.hasSearch).to.be.false;
    expect(page.titles).to.have.length(3);
    expect(page.titles[0]).to.contain('сюжетно-ролевую игру');
    await page.open('pr-lesson-leskov');
    expect(page.dialog.open).to.be.true;
    await expect(page.el).to.be.accessible();
    await page.closeDialog();
  });
});

describe('practices: filters, search, deep links', () => {
  it('OR within a facet, AND across; chips; "nothing found" resets', async () => {
    const page = await practices(html`<metodika-practices src=${KUZ}></metodika-practices>`);
    await page.toggleOption('Видео');
    expect(page.count).to.equal('3 практики из 25');
    await page.toggleOption('Презентация');
    expect(page.count).to.equal('6 практик из 25');
    await page.toggleOption('Математика');
    expect(page.count).to.equal('1 практика из 25');
    expect(page.titles[0]).to.contain('Итоги ГИА-2026 по математике');
    expect(page.chips).to.have.members(['Видео', 'Презентация', 'Математика']);
    await expect(page.el).to.be.accessible();
    await page.click('Убрать фильтр: Математика');
    expect(page.count).to.equal('6 практик из 25');
    await page.search('нет такого слова');
    expect(page.text).to.contain('Ничего не найдено по выбранным условиям.');
    await expect(page.el).to.be.accessible();
    page.noMatchesReset!.click();
    await page.settle();
    expect(page.count).to.equal('25 практик');
    expect(page.chips).to.deep.equal([]);
  });

  it('search ignores case and ё, and covers authors and organizations', async () => {
    const page = await practices(html`<metodika-practices src=${KUZ}></metodika-practices>`);
    await page.search('СЁЛА');
    const withDots = page.titles;
    await page.search('села');
    expect(page.titles).to.deep.equal(withDots);
    expect(withDots.some((t) => t.includes('Сёла') || t.includes('сёл'))).to.be.true;
    await page.search('шишкина анненково');
    expect(page.titles).to.have.length(1);
    expect(page.titles[0]).to.contain('Формирующее оценивание');
  });

  it('filters and the open practice round-trip through the hash, namespaced by id', async () => {
    const page = await practices(
      html`<metodika-practices id="best" src=${KUZ}></metodika-practices>`,
    );
    await page.toggleOption('Видео');
    await page.search('химия');
    await page.open('pr-video-chemistry-lab');
    const hash = decodeURIComponent(location.hash);
    expect(hash).to.contain('best.kind=video');
    expect(hash).to.contain('best.q=химия');
    expect(hash).to.contain('best.id=pr-video-chemistry-lab');
    await page.closeDialog();
    expect(location.hash).to.not.contain('best.id');
    expect(page.focused?.dataset.id).to.equal('pr-video-chemistry-lab');
    history.replaceState(null, '', '#best.subj=math&best.id=pr-lesson-leskov');
    const again = await practices(
      html`<metodika-practices id="best" src=${KUZ}></metodika-practices>`,
    );
    expect(again.chips).to.deep.equal(['Математика']);
    expect(again.dialog.open).to.be.true;
    expect(again.dialog.textContent).to.contain('Левша');
    await expect(again.el).to.be.accessible();
    await again.closeDialog();
  });
});

describe('practices: details', () => {
  it('attachments with type and size in Russian units; the event, linked to the page calendar', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <metodika-calendar id="events" src=${KUZ} today="2026-11-23" view="agenda" no-jsonld></metodika-calendar>
      <metodika-practices src=${KUZ}></metodika-practices>
    </div>`);
    const page = new CollectionPage(wrapper.querySelector('metodika-practices')!);
    await page.ready();
    await page.open('pr-math-text-problems');
    const text = plain(page.dialog.innerText);
    expect(text).to.contain('Методическая разработка (PDF)');
    expect(text).to.contain('PDF, 1,8 МБ');
    expect(text).to.contain('DOCX, 403 КБ');
    expect(text).to.contain('РМО учителей математики');
    const link = [...page.dialog.querySelectorAll('a')].find((a) =>
      a.getAttribute('href')?.startsWith('#'),
    )!;
    expect(link.getAttribute('href')).to.equal('#events.ev=ev-2026-10-29-rmo-math');
    expect(plain(link.parentElement!.textContent!)).to.contain('29 октября 2026');
    await expect(page.el).to.be.accessible();
    link.click();
    await page.settle();
    expect(page.dialog.open).to.be.false;
    const calendar = new CalendarPage(wrapper.querySelector('metodika-calendar')!);
    await calendar.detailsOpened('ev-2026-10-29-rmo-math');
    expect(plain(calendar.detailsDialog.innerText)).to.contain('Заседание РМО');
    await calendar.closeDialog(calendar.detailsDialog);
  });

  it('without a calendar on the page the event is plain text', async () => {
    const page = await practices(html`<metodika-practices src=${KUZ}></metodika-practices>`);
    await page.open('pr-math-text-problems');
    expect(page.dialog.innerText).to.contain('Заседание РМО');
    expect(
      [...page.dialog.querySelectorAll('a')].some((a) => a.getAttribute('href')?.startsWith('#')),
    ).to.be.false;
    await page.closeDialog();
  });

  it('English words, units and plurals', async () => {
    const page = await practices(
      html`<metodika-practices lang="en" src=${KUZ}></metodika-practices>`,
    );
    expect(page.count).to.equal('25 practices');
    expect(page.text).to.contain('Best practices');
    expect(page.text).to.contain('Lesson plan');
    await page.open('pr-math-text-problems');
    expect(plain(page.dialog.innerText)).to.contain('PDF, 1.8 MB');
    await expect(page.el).to.be.accessible();
    await page.closeDialog();
  });

  it('human sizes and types', () => {
    expect(fileSize(512, 'ru', ['Б', 'КБ', 'МБ', 'ГБ'])).to.equal('512 Б');
    expect(fileSize(1843200, 'ru', ['Б', 'КБ', 'МБ', 'ГБ'])).to.equal('1,8 МБ');
    expect(fileType('https://x.example/a.pptx?x=1', undefined)).to.equal('PPTX');
    expect(fileType('https://x.example/file', 'application/pdf')).to.equal('PDF');
  });
});

describe('practices: validation and robustness', () => {
  it('a cover without alt is rejected: the parser drops it with a "required" problem', async () => {
    const feed = makePracticesFeed(1) as { practices: { cover?: { alt?: string } }[] };
    delete feed.practices[0]!.cover!.alt;
    const { feed: parsed, problems } = parseFeed(JSON.stringify(feed), { mode: 'tolerant' });
    const problem = problems.find((p) => p.path === 'practices[0].cover.alt');
    expect(problem?.code).to.equal('required');
    expect(parsed?.practices[0]?.cover).to.be.undefined;
  });

  it('inside a hostile page it keeps its layout and stays accessible', async () => {
    const css = `* { all: revert !important; } body, body * { font-size: 30px !important; line-height: 0.5 !important;
      display: inline !important; text-transform: uppercase !important; } img, button, article { display: none !important; }`;
    await withHostileCss(css, async () => {
      const page = await practices(html`<metodika-practices src=${KUZ}></metodika-practices>`);
      const root = page.wrapper;
      expect(getComputedStyle(page.el).display).to.equal('block');
      expect(getComputedStyle(root).textTransform).to.equal('none');
      const card = page.cards[0]!;
      expect(getComputedStyle(card).display).to.equal('flex');
      expect(card.querySelector('button')!.getBoundingClientRect().height).to.be.greaterThan(20);
      await expect(page.el).to.be.accessible();
    });
  });
});

describe('practices: presets', () => {
  it('subject narrows the feed with a notice; «Показать все» widens it for the visit, in the hash', async () => {
    const page = await practices(
      html`<metodika-practices id="best" src=${KUZ} subject="math"></metodika-practices>`,
    );
    expect(await page.presetShown()).to.equal('Показаны только практики: предмет «Математика».');
    expect(page.count).to.equal('4 практики');
    expect(page.cards.every((card) => card.textContent?.includes('Математика'))).to.be.true;
    await expect(page.el).to.be.accessible();
    const button = page.presetButton!;
    expect(button.textContent?.trim()).to.equal('Показать все практики');
    button.focus();
    button.click();
    await page.settle();
    expect(page.count).to.equal('25 практик');
    expect(page.preset).to.equal('Показаны все практики, без подборки этой страницы.');
    expect(decodeURIComponent(location.hash)).to.contain('best.all=1');
    // The same button, relabelled: focus stays where the visitor is.
    expect(page.focused).to.equal(button);
    expect(button.textContent?.trim()).to.equal('Вернуть подборку');
    await expect(page.el).to.be.accessible();
    const again = await practices(
      html`<metodika-practices id="best" src=${KUZ} subject="math"></metodika-practices>`,
    );
    expect(again.count).to.equal('25 практик');
    await again.click('Вернуть подборку');
    expect(again.count).to.equal('4 практики');
    expect(location.hash).to.not.contain('best.all');
  });

  it('presets combine with the visitor’s filters, which count within the selection', async () => {
    const page = await practices(
      html`<metodika-practices src=${KUZ} kind="video lesson-plan" lang="en"></metodika-practices>`,
    );
    expect(await page.presetShown()).to.equal('Showing only practices: type “Video, Lesson plan”.');
    expect(page.count).to.equal('6 practices');
    await page.search('химия');
    expect(page.count).to.equal('1 practice of 6');
  });

  it('a compact strip keeps to the presets and offers no widening', async () => {
    const page = await practices(
      html`<metodika-practices src=${KUZ} limit="3" association="rmo-preschool"></metodika-practices>`,
    );
    expect(page.titles).to.have.length(3);
    expect(await page.presetShown()).to.contain('объединение «');
    expect(page.presetButton).to.be.null;
    await expect(page.el).to.be.accessible();
  });

  it('unknown ids are named in the console and narrow nothing; known ones still apply', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const all = await practices(
        html`<metodika-practices src=${KUZ} association="no-such-group"></metodika-practices>`,
      );
      expect(all.count).to.equal('25 практик');
      // Reported once the notice's chunk is there; still no notice then.
      await waitUntil(() => warnings.some((w) => w.includes('no-such-group')), 'the report');
      await all.settle();
      expect(all.preset).to.equal('');
      const some = await practices(
        html`<metodika-practices src=${KUZ} subject="math no-such-subject" education-level="ooo"></metodika-practices>`,
      );
      expect(await some.presetShown()).to.contain('предмет «Математика»');
      expect(some.preset).to.contain('уровень образования «');
    } finally {
      console.warn = original;
    }
    expect(warnings.some((w) => w.includes('association="…"') && w.includes('no-such-group'))).to.be
      .true;
    expect(warnings.some((w) => w.includes('subject="…"') && w.includes('no-such-subject'))).to.be
      .true;
  });
});

describe('practices: a phone at 200 % text', () => {
  it('nothing wider than the widget, the search label wraps', async () => {
    const page = await practices(
      html`<metodika-practices src=${KUZ} style="display: block; width: 360px; font-size: 200%"></metodika-practices>`,
    );
    expect(page.cards.length).to.be.greaterThan(0);
    expect(sticksOut(page)).to.deep.equal([]);
    await expect(page.el).to.be.accessible();
    // An open filter's options wrap within the widget too.
    page.facets[0]!.open = true;
    await page.settle();
    expect(sticksOut(page)).to.deep.equal([]);
    await expect(page.el).to.be.accessible();
  });
});
