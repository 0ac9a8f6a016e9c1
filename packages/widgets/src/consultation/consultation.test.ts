import { expect } from '@open-wc/testing';
import './define.ts';
import { json } from '../../../../test/embed/fixtures/make-feed.ts';
import { loaderOptions } from '../base/feed-loader.ts';
import { fresh } from '../test-support/feeds.ts';
import { consultationFeed, ENDPOINT } from './consultation.fixtures.ts';
import { mountForm } from './consultation.page.ts';
import { sendOptions } from './consultation-send.ts';
import type { ConsultationSentEvent } from './consultation-sent-event.ts';

const DRAFT = `metodika:consultation:${ENDPOINT}`;

/** Requests the form sent, and the answers the stub gives, in order (the last one repeats). */
let posted: { body: Record<string, unknown>; headers: Headers }[] = [];
let answers: (() => Response | Promise<Response>)[] = [];

function stored(number = 'К-2026-000001', status = 201): Response {
  return json({ number, status: 'new', expectedResponseDays: 3 }, status);
}

const form = (attrs: { lang?: string; topic?: string; methodist?: string; feed?: object } = {}) =>
  mountForm({ ...attrs, src: fresh('consultation.json'), feed: attrs.feed ?? consultationFeed() });

beforeEach(() => {
  loaderOptions.storage = null;
  sessionStorage.clear();
  posted = [];
  answers = [() => stored()];
  sendOptions.fetch = async (input, init) => {
    expect(String(input)).to.equal(ENDPOINT);
    posted.push({ body: JSON.parse(String(init!.body)), headers: new Headers(init!.headers) });
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    return answer();
  };
});

afterEach(() => {
  delete sendOptions.fetch;
  delete loaderOptions.fetch;
});

describe('consultation form', () => {
  it('empty form: fields from the settings, labels, autocomplete, nothing ticked, accessible', async () => {
    const page = await form();
    const topics = [...page.control('topic').querySelectorAll('option')].map((o) => o.textContent);
    expect(topics).to.deep.equal(['Выберите…', 'Аттестация педагогов', 'ФГОС и ФООП']);
    const methodists = [...page.control('methodist').querySelectorAll('option')].map(
      (o) => o.textContent,
    );
    expect(methodists).to.deep.equal([
      'Любому методисту',
      'Киреева Наталья Викторовна — Заведующий кабинетом',
      'Лапшина Ирина Сергеевна — Методист',
    ]);
    const formats = [...page.control('format').querySelectorAll('option')].map((o) => o.value);
    expect(formats).to.deep.equal(['', 'in-person', 'online']);
    expect(page.control('name').autocomplete).to.equal('name');
    expect(page.control('position').autocomplete).to.equal('organization-title');
    expect(page.control('organization').autocomplete).to.equal('organization');
    expect(page.control('email').autocomplete).to.equal('email');
    expect(page.control('phone').autocomplete).to.equal('tel');
    // Organization type-ahead from the feed's organizations.
    const list = page.control('organization').list!;
    expect([...list.options].map((o) => o.value)).to.deep.equal([
      'Методический кабинет',
      'МБОУ СОШ № 1',
    ]);
    expect(page.label('email')).to.equal('Электронная почта');
    expect(page.control('consent').checked).to.be.false;
    expect(page.control('consent').required).to.be.true;
    expect(page.text).to.contain('МКУ «Методический центр»');
    expect(page.text).to.contain('Один год со дня ответа');
    expect(page.text).to.contain('Заявлением на metod@example.ru');
    expect(page.policyLink!.href).to.equal('https://metod.example/policy/');
    expect(page.consentTextLabel).to.equal('Текст согласия');
    // The honeypot stays out of reach of people and assistive technology.
    const honeypot = page.control('website');
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.autocomplete).to.equal('off');
    expect(honeypot.closest('[aria-hidden="true"]')).to.exist;
    await expect(page.el).to.be.accessible();
  });
});

describe('consultation validation', () => {
  it('submit with nothing: messages tied by aria-describedby, summary, focus on the first invalid', async () => {
    const page = await form();
    await page.submit();
    expect(posted).to.have.length(0);
    expect(page.error('topic')).to.equal('Выберите тему обращения.');
    expect(page.error('name')).to.equal('Укажите фамилию, имя и отчество.');
    expect(page.error('organization')).to.contain('Укажите организацию');
    expect(page.error('email')).to.equal('Укажите электронную почту или телефон — хотя бы одно.');
    expect(page.error('message')).to.equal('Напишите ваш вопрос.');
    expect(page.error('consent')).to.contain('Без согласия');
    for (const name of ['topic', 'name', 'organization', 'email', 'message', 'consent']) {
      const control = page.control(name);
      expect(control.getAttribute('aria-invalid'), name).to.equal('true');
      expect(control.getAttribute('aria-describedby')!.split(' '), name).to.include(`e-${name}`);
    }
    expect(page.control('position').hasAttribute('aria-invalid')).to.be.false;
    expect(page.focused).to.equal(page.control('topic'));
    const summary = page.summary!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.textContent).to.contain('6 ошибок');
    const links = [...summary.querySelectorAll('a')];
    expect(links).to.have.length(6);
    links[3]!.click();
    expect(page.focused).to.equal(page.control('email'));
    await expect(page.el).to.be.accessible();
  });

  it('on blur: a bad e-mail is reported, fixing it clears the message', async () => {
    const page = await form();
    await page.fill('email', 'ivanova@');
    expect(page.error('email')).to.contain('Неверный адрес электронной почты');
    expect(page.summary).to.not.exist;
    await page.fill('email', 'ivanova@school1.example');
    expect(page.error('email')).to.equal('');
    expect(page.control('email').hasAttribute('aria-invalid')).to.be.false;
    await page.fill('phone', 'abc');
    expect(page.error('phone')).to.contain('Неверный номер телефона');
  });

  it('a phone instead of an e-mail is enough', async () => {
    const page = await form();
    await page.sendValid({ email: '', phone: '+7 (84157) 3-12-45' });
    expect(posted).to.have.length(1);
    expect(posted[0]!.body.phone).to.equal('+7 (84157) 3-12-45');
    expect(posted[0]!.body).to.not.have.property('email');
  });

  it('consent is unticked and required: everything else valid still does not send', async () => {
    const page = await form();
    await page.fillValid();
    await page.submit();
    expect(posted).to.have.length(0);
    expect(page.error('consent')).to.contain('Без согласия');
    expect(page.focused).to.equal(page.control('consent'));
    await page.tickConsent();
    expect(page.error('consent')).to.equal('');
  });

  it('English by lang', async () => {
    const page = await form({ lang: 'en' });
    expect(page.label('email')).to.equal('E-mail');
    expect(
      [...page.control('topic').querySelectorAll('option')].map((o) => o.textContent),
    ).to.include('Teacher appraisal');
    await page.submit();
    expect(page.error('topic')).to.equal('Choose a topic.');
    expect(page.error('email')).to.equal('Give an e-mail address or a phone number: at least one.');
    expect(page.summary!.textContent).to.contain('6 errors');
    await page.fill('email', 'nope');
    expect(page.error('email')).to.contain('is not a valid e-mail address');
    await expect(page.el).to.be.accessible();
  });
});

describe('consultation submitting', () => {
  it('presets fill topic and methodist', async () => {
    const page = await form({ topic: 'fgos', methodist: 'lapshina' });
    expect(page.control('topic').value).to.equal('fgos');
    expect(page.control('methodist').value).to.equal('lapshina');
    const unknown = await form({ topic: 'nope', methodist: 'other' });
    expect(unknown.control('topic').value).to.equal('');
    expect(unknown.control('methodist').value).to.equal('');
  });

  it('success: the request sent, the number and the answer time in Russian plural, draft cleared', async () => {
    const page = await form({ methodist: 'kireeva' });
    await page.fillValid({
      organization: 'МБОУ СОШ № 1',
      phone: '8 912 345-67-89',
      preferredTime: 'после 15:00',
    });
    await page.fill('format', 'online');
    await page.tickConsent();
    expect(sessionStorage.getItem(DRAFT)).to.contain('Иванова');
    let release!: () => void;
    answers = [
      () => new Promise<Response>((resolve) => (release = () => resolve(stored('К-2026-000042')))),
    ];
    await page.submit();
    // Pending: button disabled and busy, status announced.
    expect(page.submitButton!.disabled).to.be.true;
    expect(page.submitButton!.getAttribute('aria-busy')).to.equal('true');
    expect(page.formStatus).to.contain('Отправляем');
    await expect(page.el).to.be.accessible();
    // The page around the widget hears of the stored request: its number, nothing typed.
    const heard: ConsultationSentEvent[] = [];
    document.addEventListener('metodika-consultation-sent', (e) => heard.push(e), { once: true });
    release();
    await page.sent();
    expect(heard.map((e) => [e.number, Object.keys(e)])).to.deep.equal([
      ['К-2026-000042', ['isTrusted', 'number']],
    ]);
    const body = posted[0]!.body;
    expect(body).to.include({
      topic: 'attestation',
      methodist: 'kireeva',
      format: 'online',
      preferredTime: 'после 15:00',
      name: 'Иванова Мария Петровна',
      position: 'Учитель математики',
      email: 'ivanova@school1.example',
      phone: '8 912 345-67-89',
      locale: 'ru',
      website: '',
      page: location.href,
    });
    expect(body.organization).to.deep.equal({ id: 'school1', name: 'МБОУ СОШ № 1' });
    expect(body.idempotencyKey).to.match(/^[A-Za-z0-9-]{16,64}$/);
    const consent = body.consent as { given: boolean; version: string; acceptedAt: string };
    expect(consent.given).to.be.true;
    expect(consent.version).to.equal('2026-09-01');
    expect(Date.now() - Date.parse(consent.acceptedAt)).to.be.within(0, 10_000);
    expect(body.fillMs).to.be.a('number').and.to.be.greaterThan(0);
    expect(posted[0]!.headers.get('Content-Type')).to.equal('application/json');
    expect(page.success!.textContent).to.contain('К-2026-000042');
    expect(page.text).to.contain('Ответим в течение 3 рабочих дней.');
    expect(page.focused).to.equal(page.success);
    expect(sessionStorage.getItem(DRAFT)).to.equal(null);
    await expect(page.el).to.be.accessible();
  });

  it('an organization typed by hand is sent by name only; one day is «1 рабочего дня»', async () => {
    answers = [
      () => json({ number: 'К-2026-000007', status: 'new', expectedResponseDays: 1 }, 201),
    ];
    const page = await form();
    await page.sendValid({ organization: 'Частная школа «Знайка»' });
    expect(posted[0]!.body.organization).to.deep.equal({ name: 'Частная школа «Знайка»' });
    expect(page.text).to.contain('Ответим в течение 1 рабочего дня.');
  });

  it('honeypot and fill time are sent: a bot that fills the hidden field is still answered', async () => {
    const page = await form();
    // The honeypot, filled like a bot does: after the visible fields.
    await page.sendValid({ website: 'http://spam.example' });
    expect(posted[0]!.body.website).to.equal('http://spam.example');
    expect(posted[0]!.body.fillMs).to.be.a('number');
    expect(page.success).to.exist;
  });

  it('5xx then network loss keep the draft; Retry sends the same idempotency key', async () => {
    answers = [
      () => json({ error: 'internal' }, 503),
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => stored('К-2026-000005', 200),
    ];
    const page = await form();
    await page.sendValid();
    const problem = page.problem!;
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(problem.textContent).to.contain('Всё, что вы ввели, сохранено');
    expect(page.control('message').value).to.contain('портфолио');
    const draft = JSON.parse(sessionStorage.getItem(DRAFT)!);
    expect(draft.values.name).to.equal('Иванова Мария Петровна');
    expect(draft.key).to.equal(posted[0]!.body.idempotencyKey);
    expect(page.focused).to.equal(page.button('Отправить ещё раз'));
    await expect(page.el).to.be.accessible();
    page.button('Отправить ещё раз').click();
    await page.sent();
    expect(page.problem).to.exist;
    page.button('Отправить ещё раз').click();
    await page.sent();
    expect(posted).to.have.length(3);
    expect(new Set(posted.map((p) => p.body.idempotencyKey)).size).to.equal(1);
    expect(page.success!.textContent).to.contain('К-2026-000005');
    expect(sessionStorage.getItem(DRAFT)).to.equal(null);
  });

  it('422: the server’s field errors shown next to the fields', async () => {
    answers = [
      () =>
        json(
          {
            error: 'validation',
            fields: {
              phone: 'Неверный номер телефона «x».',
              'organization.name': 'Слишком длинное название.',
            },
          },
          422,
        ),
    ];
    const page = await form();
    await page.sendValid();
    expect(page.error('phone')).to.equal('Неверный номер телефона «x».');
    expect(page.error('organization')).to.equal('Слишком длинное название.');
    expect(page.control('organization').getAttribute('aria-invalid')).to.equal('true');
    expect(page.summary).to.exist;
    expect(page.focused).to.equal(page.control('organization'));
    await expect(page.el).to.be.accessible();
  });

  it('429: says when to try again and keeps everything', async () => {
    answers = [
      () =>
        new Response(JSON.stringify({ error: 'rate_limited' }), {
          status: 429,
          headers: { 'Retry-After': '90' },
        }),
    ];
    const page = await form();
    await page.sendValid();
    expect(page.problem!.textContent).to.contain('Попробуйте снова через 90 с');
    expect(page.control('name').value).to.equal('Иванова Мария Петровна');
  });

  it('the draft survives a re-created element (a reload), with its idempotency key', async () => {
    answers = [() => Promise.reject(new TypeError('offline'))];
    const first = await form();
    await first.sendValid({ preferredTime: 'утром' });
    const key = posted[0]!.body.idempotencyKey;
    first.el.remove();
    answers = [() => stored()];
    const again = await form();
    expect(again.control('name').value).to.equal('Иванова Мария Петровна');
    expect(again.control('topic').value).to.equal('attestation');
    expect(again.control('message').value).to.contain('портфолио');
    expect(again.control('preferredTime').value).to.equal('утром');
    // Consent is an act, not a remembered value: it is asked again after a reload.
    expect(again.control('consent').checked).to.be.false;
    await again.tickConsent();
    await again.submit();
    await again.sent();
    expect(posted[1]!.body.idempotencyKey).to.equal(key);
    expect(again.success).to.exist;
  });
});
