import { addDays, todayInZone } from '@metodika/feed';
import { expect } from '@open-wc/testing';
import './define.ts';
import { json } from '../../../../test/embed/fixtures/make-feed.ts';
import { loaderOptions } from '../base/feed-loader.ts';
import { sendOptions } from '../base/form/form-send.ts';
import { fresh } from '../test-support/feeds.ts';
import { sticksOut } from '../test-support/widget.page.ts';
import { REG_ENDPOINT, registrationFeed, registrationSeriesFeed } from './registration.fixtures.ts';
import { mountRegistration } from './registration.page.ts';
import { forgetAvailability, registrationClock } from './registration-availability.ts';
import type { RegistrationSentEvent } from './registration-sent-event.ts';

type State = 'open' | 'waitlist' | 'deadline' | 'cancelled' | 'past' | 'full';

/** What the service double says about places, and the requests it was sent. */
let places: (id: string) => Response | Promise<Response>;
let answers: (() => Response | Promise<Response>)[];
let posted: { url: string; body: Record<string, unknown> }[];
let gets: string[];

const availability = (state: State, extra: Record<string, unknown> = {}) =>
  json({
    eventId: 'mk-small',
    capacity: 2,
    confirmed: state === 'open' ? 1 : 2,
    waiting: state === 'waitlist' ? 3 : 0,
    placesLeft: state === 'open' ? 1 : 0,
    waitlist: true,
    state,
    deadline: '2031-03-01',
    ...extra,
  });

const form = (event = 'mk-small', lang = '') =>
  mountRegistration({ src: fresh('registration.json'), feed: registrationFeed(), event, lang });

beforeEach(() => {
  loaderOptions.storage = null;
  sessionStorage.clear();
  forgetAvailability();
  posted = [];
  gets = [];
  places = () => availability('open');
  answers = [() => json({ status: 'confirmed', eventId: 'mk-small' }, 201)];
  sendOptions.fetch = async (input, init) => {
    const url = String(input);
    expect(url.startsWith(`${REG_ENDPOINT}/`)).to.be.true;
    if (!init?.method || init.method === 'GET') {
      gets.push(url);
      return places(url.slice(REG_ENDPOINT.length + 1));
    }
    posted.push({ url, body: JSON.parse(String(init.body)) });
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    return answer();
  };
});

afterEach(() => {
  registrationClock.now = () => Date.now();
  delete sendOptions.fetch;
  delete loaderOptions.fetch;
});

describe('registration', () => {
  it('places left, the button, then the form with autocomplete, questions and an unticked consent', async () => {
    const page = await form();
    await page.placesKnown();
    expect(page.title).to.equal('Запись на мероприятие');
    expect(page.places).to.contain('Осталось 1 место из 2.');
    expect(page.places).to.contain('Запись до 1 марта.');
    expect(gets).to.deep.equal([`${REG_ENDPOINT}/mk-small`]);
    expect(page.hasForm).to.be.false;
    await expect(page.el).to.be.accessible();
    expect(page.placesButton!.textContent!.trim()).to.equal('Записаться');
    await page.openForm();
    expect(page.hasForm).to.be.true;
    expect(page.focused).to.equal(page.control('name'));
    expect(page.control('name').autocomplete).to.equal('name');
    expect(page.control('organization').autocomplete).to.equal('organization');
    // The organization by type-ahead from the feed's organizations.
    const suggested = [...(page.control('organization').list?.options ?? [])].map((o) => o.value);
    expect(suggested).to.deep.equal(['Методический кабинет', 'МБОУ СОШ № 1']);
    expect(page.control('email').autocomplete).to.equal('email');
    expect(page.control('email').required).to.be.true;
    expect(page.control('phone').autocomplete).to.equal('tel');
    expect(page.label('q-subject')).to.equal('Предмет *');
    expect(page.label('q-years')).to.equal('Стаж');
    expect(page.control('consent').checked).to.be.false;
    expect(page.text).to.contain('МКУ «Методический центр»');
    await expect(page.el).to.be.accessible();
  });

  it('empty form: errors at the fields and in a summary, e-mail and the required question named', async () => {
    const page = await form();
    await page.openForm();
    await page.submit();
    expect(posted).to.have.length(0);
    expect(page.summary!.textContent).to.contain('Проверьте форму: 5 ошибок');
    expect(page.error('email')).to.contain('подтверждение и ссылка для отмены');
    expect(page.error('q-subject')).to.contain('Ответьте на вопрос «Предмет»');
    expect(page.error('consent')).to.contain('записаться нельзя');
    expect(page.focused).to.equal(page.control('name'));
    expect(page.control('email').getAttribute('aria-invalid')).to.equal('true');
    await expect(page.el).to.be.accessible();
    await page.fill('email', 'не почта');
    expect(page.error('email')).to.not.equal('');
    await page.fill('email', 'ivanova@school1.example');
    expect(page.error('email')).to.equal('');
  });

  it('signs up: the request as the service expects it, confirmed, event fired, counts asked again', async () => {
    const page = await form();
    let fired: RegistrationSentEvent | undefined;
    page.el.addEventListener('metodika-registration-sent', (e) => {
      fired = e;
    });
    await page.signUp({ phone: '+7 (912) 345-67-89', 'q-years': '12' });
    expect(posted).to.have.length(1);
    const { url, body } = posted[0]!;
    expect(url).to.equal(`${REG_ENDPOINT}/mk-small`);
    expect(body).to.include({
      name: 'Иванова Мария Петровна',
      email: 'ivanova@school1.example',
      phone: '+7 (912) 345-67-89',
      locale: 'ru',
      website: '',
    });
    expect(body.organization).to.deep.equal({ id: 'school1', name: 'МБОУ СОШ № 1' });
    expect(body.answers).to.deep.equal({ subject: 'Математика', years: '12' });
    expect((body.consent as { version: string }).version).to.equal('2026-09-01');
    expect(String(body.idempotencyKey)).to.match(/^[A-Za-z0-9-]{16,64}$/);
    expect(page.success!.textContent).to.contain('Вы записаны');
    expect(page.success!.textContent).to.contain('ivanova@school1.example');
    expect(page.focused).to.equal(page.success);
    expect(fired?.status).to.equal('confirmed');
    expect(fired?.eventId).to.equal('mk-small');
    expect(sessionStorage.length).to.equal(0);
    expect(gets).to.have.length(2);
    await expect(page.el).to.be.accessible();
    page.button('Записать ещё одного участника').click();
    await page.placesKnown();
    expect(page.hasForm).to.be.false;
    expect(page.focused === page.placesButton, 'focus on «Записаться»').to.be.true;
  });

  it('no places: «Встать в лист ожидания», then the position in the queue', async () => {
    places = () => availability('waitlist');
    answers = [() => json({ status: 'waiting', eventId: 'mk-small', waiting: 4 }, 201)];
    const page = await form();
    await page.placesKnown();
    expect(page.places).to.contain('Свободных мест нет.');
    expect(page.places).to.contain('сейчас в нём 3 человека');
    expect(page.placesButton!.textContent!.trim()).to.equal('Встать в лист ожидания');
    await expect(page.el).to.be.accessible();
    await page.signUp();
    expect(page.success!.textContent).to.contain('Вы в листе ожидания');
    expect(page.success!.textContent).to.contain('Ваш номер в очереди: 4.');
    await expect(page.el).to.be.accessible();
  });

  it('the same e-mail again: the service’s words at the e-mail field, draft kept', async () => {
    answers = [
      () =>
        json(
          {
            error: 'registration_duplicate',
            message: 'С этой почты уже есть запись на это мероприятие.',
            status: 'confirmed',
          },
          409,
        ),
    ];
    const page = await form();
    await page.signUp();
    expect(page.error('email')).to.equal('С этой почты уже есть запись на это мероприятие.');
    expect(page.summary).to.exist;
    expect(page.focused).to.equal(page.control('email'));
    expect(page.control('name').value).to.equal('Иванова Мария Петровна');
    await expect(page.el).to.be.accessible();
  });

  it('a bare-date deadline: its own day is open to its end in the publisher’s zone, the next closed', async () => {
    // Ten hours behind UTC: the publisher's day ends long after it has ended in UTC+14.
    const zone = 'Pacific/Honolulu';
    const today = todayInZone(zone);
    const withDeadline = (deadline: string) => {
      const feed = registrationFeed() as {
        publisher: { timeZone: string };
        events: { id: string; registration?: object }[];
      };
      feed.publisher.timeZone = zone;
      const event = feed.events.find((e) => e.id === 'mk-free')!;
      event.registration = { ...event.registration, deadline };
      return mountRegistration({ src: fresh('registration.json'), feed, event: 'mk-free' });
    };
    const last = await withDeadline(today);
    await last.placesKnown();
    expect(gets).to.deep.equal([`${REG_ENDPOINT}/mk-free`]);
    expect(last.placesButton!.textContent!.trim()).to.equal('Записаться');
    last.el.remove();
    gets = [];
    forgetAvailability();
    const after = await withDeadline(addDays(today, -1));
    await after.placesKnown();
    expect(after.places).to.contain('Запись закрыта: срок записи истёк.');
    expect(gets).to.deep.equal([]);
  });

  for (const [event, text] of [
    ['mk-late', 'Запись закрыта: срок записи истёк.'],
    ['mk-off', 'Мероприятие отменено, запись закрыта.'],
    ['mk-past', 'Мероприятие уже началось, запись закрыта.'],
  ] as const) {
    it(`closed by the feed (${event}): says why, asks the service nothing`, async () => {
      const page = await form(event);
      await page.placesKnown();
      expect(page.places).to.contain(text);
      expect(page.placesButton).to.equal(null);
      expect(gets).to.deep.equal([]);
      await expect(page.el).to.be.accessible();
    });
  }

  it('full with no waiting list (the service says so)', async () => {
    places = () => availability('full', { waitlist: false });
    const page = await form('mk-nowait');
    await page.placesKnown();
    expect(page.places).to.contain('Свободных мест нет, лист ожидания не ведётся.');
    expect(page.placesButton).to.equal(null);
    await expect(page.el).to.be.accessible();
  });

  it('the last place taken while the form was open: the service’s word, the form closed', async () => {
    answers = [
      () => json({ error: 'registration_full', message: 'Места закончились.', state: 'full' }, 409),
    ];
    const page = await form('mk-nowait');
    await page.signUp();
    expect(page.hasForm).to.be.false;
    expect(page.text).to.contain('Места закончились.');
    expect(page.focused?.textContent).to.equal('Места закончились.');
    expect(page.places).to.contain('лист ожидания не ведётся');
    await expect(page.el).to.be.accessible();
  });

  it('service down: the widget still renders, says so, and checks again on request', async () => {
    places = () => Promise.reject(new TypeError('Failed to fetch'));
    const page = await form();
    await page.placesKnown();
    expect(page.places).to.contain('Запись сейчас недоступна');
    expect(page.hasForm).to.be.false;
    await expect(page.el).to.be.accessible();
    places = () => json({ error: 'internal' }, 500);
    page.placesButton!.click();
    await page.placesKnown();
    expect(page.places).to.contain('Запись сейчас недоступна');
    places = () => availability('open');
    page.placesButton!.click();
    await page.placesKnown();
    expect(page.places).to.contain('Осталось 1 место');
    expect(gets).to.have.length(3);
  });

  it('places are asked once per 30 s, whoever asks', async () => {
    const first = await form();
    await first.placesKnown();
    const second = await form();
    await second.placesKnown();
    expect(second.places).to.contain('Осталось 1 место');
    expect(gets).to.have.length(1);
  });

  it('sending fails: the draft is kept (also over a reload) and the retry is the same sign-up', async () => {
    answers = [
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => json({ error: 'internal' }, 503),
      () => json({ status: 'confirmed', eventId: 'mk-small' }, 200),
    ];
    const page = await form();
    await page.signUp();
    expect(page.problem!.textContent).to.contain('сохранено');
    expect(page.focused!.textContent!.trim()).to.equal('Отправить ещё раз');
    await expect(page.el).to.be.accessible();
    page.el.remove();
    const again = await form();
    await again.openForm();
    expect(again.control('name').value).to.equal('Иванова Мария Петровна');
    expect(again.control('q-subject').value).to.equal('Математика');
    await again.tickConsent();
    await again.submit();
    await again.sent();
    expect(again.problem).to.exist;
    again.button('Отправить ещё раз')!.click();
    await again.sent();
    expect(again.success!.textContent).to.contain('Вы записаны');
    const keys = new Set(posted.map((p) => p.body.idempotencyKey));
    expect(posted).to.have.length(3);
    expect(keys.size).to.equal(1);
  });

  it('the service’s field errors land at their fields (answers.subject → the question)', async () => {
    answers = [
      () =>
        json(
          { error: 'validation', fields: { 'answers.subject': 'Ответьте на вопрос «Предмет».' } },
          422,
        ),
    ];
    const page = await form();
    await page.signUp();
    expect(page.error('q-subject')).to.equal('Ответьте на вопрос «Предмет».');
    expect(page.focused).to.equal(page.control('q-subject'));
  });

  it('rate limited: when to try again', async () => {
    answers = [() => new Response('{}', { status: 429, headers: { 'Retry-After': '60' } })];
    const page = await form();
    await page.signUp();
    expect(page.problem!.textContent).to.contain('через 60 с');
  });

  it('a page elsewhere, no sign-up at all, an unknown event', async () => {
    const ext = await form('mk-ext');
    expect(ext.places).to.contain('Записаться на сайте организатора');
    await expect(ext.el).to.be.accessible();
    const none = await form('g0');
    expect(none.places).to.contain('Запись на это мероприятие не ведётся.');
    const unknown = await form('nope');
    expect(unknown.text).to.contain('Мероприятие не найдено');
    expect(gets).to.deep.equal([]);
  });

  it('English', async () => {
    const page = await form('mk-small', 'en');
    await page.placesKnown();
    expect(page.title).to.equal('Sign up for the event');
    expect(page.places).to.contain('1 place left of 2.');
    expect(page.placesButton!.textContent!.trim()).to.equal('Sign up');
    await page.openForm();
    expect(page.label('email')).to.equal('E-mail *');
    await expect(page.el).to.be.accessible();
  });

  it('phone width and 200% text: nothing wider than the widget', async () => {
    const page = await form();
    page.el.style.cssText = 'display:block;width:320px;font-size:200%';
    await page.openForm();
    expect(page.hasForm, 'the form is open').to.equal(true);
    expect(sticksOut(page)).to.deep.equal([]);
  });
});

describe('registration for a series of meetings', () => {
  /** «Школа молодого педагога» as a visitor sees it at `iso`. */
  const seriesAt = (iso: string, lang = '') => {
    registrationClock.now = () => Date.parse(iso);
    return mountRegistration({
      src: fresh('registration-series.json'),
      feed: registrationSeriesFeed(),
      event: 'mk-series',
      lang,
    });
  };

  it('mid-way: says it is a series, names the next meeting (moved) and takes sign-ups', async () => {
    places = () => availability('open', { eventId: 'mk-series', capacity: 20, placesLeft: 19 });
    answers = [() => json({ status: 'confirmed', eventId: 'mk-series' }, 201)];
    const page = await seriesAt('2026-12-01T00:00:00+10:00');
    await page.placesKnown();
    expect(page.places).to.contain('Осталось 19 мест из 20.');
    expect(page.places).to.contain('Это цикл встреч');
    // 8 December is moved to Wednesday the 9th.
    // The publisher's clock, their zone named: the test browser is in Berlin.
    expect(page.places).to.contain(
      'Ближайшая встреча — 9 декабря, 15:00, время: Владивосток (GMT+10).',
    );
    expect(gets).to.deep.equal([`${REG_ENDPOINT}/mk-series`]);
    await expect(page.el).to.be.accessible();
    expect(page.placesButton!.textContent!.trim()).to.equal('Записаться');
    await page.signUp();
    expect(posted.map((p) => p.url)).to.deep.equal([`${REG_ENDPOINT}/mk-series`]);
    expect(page.success).to.not.equal(null);
    await expect(page.el).to.be.accessible();
  });

  it('a minute before the last meeting, it is the one named', async () => {
    const page = await seriesAt('2027-05-11T14:59:00+10:00');
    await page.placesKnown();
    expect(page.places).to.contain(
      'Ближайшая встреча — 11 мая, 15:00, время: Владивосток (GMT+10).',
    );
  });

  it('ended: says all meetings have passed, asks the service nothing, offers no button', async () => {
    const page = await seriesAt('2027-05-11T15:00:00+10:00');
    await page.placesKnown();
    expect(page.places).to.contain('Все встречи цикла прошли, запись закрыта.');
    expect(page.places).to.not.contain('Ближайшая встреча');
    expect(page.placesButton).to.equal(null);
    expect(gets).to.deep.equal([]);
    await expect(page.el).to.be.accessible();
  });

  it('in English', async () => {
    const page = await seriesAt('2026-12-01T00:00:00+10:00', 'en');
    await page.placesKnown();
    expect(page.places).to.contain('This is a series of meetings');
    expect(page.places).to.contain(
      'Next meeting: December 9, 03:00 PM, time zone: Vladivostok Standard Time (GMT+10).',
    );
    const ended = await seriesAt('2027-06-01T00:00:00+10:00', 'en');
    await ended.placesKnown();
    expect(ended.places).to.contain('All meetings of the series have passed; sign-up is closed.');
  });
});
