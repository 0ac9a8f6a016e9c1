/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The console's pure parts: the hash codec, the list filters' codec, and the API client's
 * rules (CSRF header and one retry on a stale token, the language, 401 → back to login), an
 * answer letter's delivery in words, and the answer draft's key.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { Api, ApiError, withQuery } from '../../packages/console/src/api/client.ts';
import type { Delivery } from '../../packages/console/src/api/types.ts';
import { en } from '../../packages/console/src/i18n/en.ts';
import { count, formatDateTime } from '../../packages/console/src/i18n/format.ts';
import { ru } from '../../packages/console/src/i18n/ru.ts';
import { renderDelivery } from '../../packages/console/src/pages/request/answer-delivery.ts';
import { answerDraft } from '../../packages/console/src/pages/request/answer-draft.ts';
import { mailHref, telHref } from '../../packages/console/src/pages/request/request-facts.ts';
import {
  filterQuery,
  readFilters,
} from '../../packages/console/src/pages/requests/requests-query.ts';
import { hashFor, parseHash, sectionOf } from '../../packages/console/src/router/route.ts';

describe('console routes', () => {
  it('reads pages, a request, one-time links and filters from the hash', () => {
    expect(parseHash('').name).to.equal('requests');
    expect(parseHash('#/unknown').name).to.equal('requests');
    expect(parseHash('#/users').name).to.equal('users');
    const request = parseHash(`#/requests/${encodeURIComponent('К-2026-000001')}`);
    expect(request).to.include({ name: 'request', number: 'К-2026-000001' });
    expect(sectionOf(request)).to.equal('requests');
    expect(parseHash('#/setup/abc')).to.include({ name: 'setup', token: 'abc' });
    expect(parseHash('#/link/xyz')).to.include({ name: 'link', token: 'xyz' });
    expect(parseHash('#/requests?status=new&q=%D0%B8').query.get('q')).to.equal('и');
  });

  it('writes hashes with empty values left out', () => {
    expect(hashFor('requests', { status: 'new', q: '', page: undefined })).to.equal(
      '#/requests?status=new',
    );
    expect(hashFor('requests/К-2026-000001')).to.equal(
      `#/requests/${encodeURIComponent('К-2026-000001')}`,
    );
  });

  it('list filters round-trip and drop malformed values', () => {
    const filters = readFilters(
      new URLSearchParams('status=new&topic=a&from=2026-01-01&to=bad&page=3&q=x'),
    );
    expect(filters).to.deep.equal({
      status: 'new',
      topic: 'a',
      methodist: '',
      from: '2026-01-01',
      to: '',
      q: 'x',
      page: 3,
      pageSize: 0,
    });
    expect(filterQuery(filters)).to.deep.equal({
      status: 'new',
      topic: 'a',
      from: '2026-01-01',
      q: 'x',
      page: '3',
    });
    expect(readFilters(new URLSearchParams('page=-2')).page).to.equal(1);
    expect(readFilters(new URLSearchParams('pageSize=10')).pageSize).to.equal(10);
    expect(readFilters(new URLSearchParams('pageSize=7')).pageSize).to.equal(0);
  });
});

describe('console formatting and links', () => {
  it('dates in the department zone, Russian plurals', () => {
    // The browser runs in Europe/Berlin; the department's zone wins.
    expect(formatDateTime('2026-12-04T10:00:00Z', 'ru', 'Asia/Vladivostok')).to.contain('20:00');
    expect(
      count(5, 'ru', { one: 'заявка', few: 'заявки', many: 'заявок', other: 'заявки' }),
    ).to.equal('5 заявок');
    expect(
      count(22, 'ru', { one: 'заявка', few: 'заявки', many: 'заявок', other: 'заявки' }),
    ).to.equal('22 заявки');
  });

  it('only tel: and mailto: links from what the teacher typed', () => {
    expect(telHref('+7 (912) 345-67-89 доб. 12')).to.equal('tel:+79123456789');
    expect(telHref('javascript:alert(1)')).to.equal(undefined);
    expect(mailHref('a@b.ru')).to.equal('mailto:a@b.ru');
    expect(mailHref('a@b.ru?bcc=x@y.ru')).to.equal(undefined);
  });
});

describe('console API client', () => {
  const realFetch = window.fetch;
  let calls: { url: string; init: RequestInit }[] = [];
  let answers: Response[] = [];
  let ended = 0;

  beforeEach(() => {
    calls = [];
    answers = [];
    ended = 0;
    window.fetch = async (input, init) => {
      calls.push({ url: String(input), init: init ?? {} });
      const next = answers.shift();
      if (!next) throw new TypeError('Failed to fetch');
      return next;
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const api = () =>
    new Api({
      base: '/base',
      lang: () => 'en',
      networkMessage: () => 'offline',
      onUnauthenticated: () => {
        ended++;
      },
    });

  it('sends the CSRF token, language and same-origin credentials; refreshes a stale token once', async () => {
    const client = api();
    client.csrfToken = 'old';
    answers.push(
      json(403, { error: 'csrf', message: 'stale' }),
      json(200, { user: null, csrfToken: 'new', timeZone: 'UTC', department: null }),
      json(200, { ok: true }),
    );
    expect(await client.post('/admin/api/x', { a: 1 })).to.deep.equal({ ok: true });
    expect(calls.map((c) => c.url)).to.deep.equal([
      '/base/admin/api/x',
      '/base/admin/api/session',
      '/base/admin/api/x',
    ]);
    const headers = (i: number) => calls[i]!.init.headers as Record<string, string>;
    expect(headers(0)['x-csrf-token']).to.equal('old');
    expect(headers(2)['x-csrf-token']).to.equal('new');
    expect(headers(0)['accept-language']).to.equal('en');
    expect(calls[0]!.init.credentials).to.equal('same-origin');
    expect(headers(1)['x-csrf-token']).to.equal(undefined);
  });

  it('a second stale token is an error, not a loop', async () => {
    const client = api();
    answers.push(
      json(403, { error: 'csrf', message: 'stale' }),
      json(200, { user: null, csrfToken: 'new', timeZone: 'UTC', department: null }),
      json(403, { error: 'csrf', message: 'stale again' }),
    );
    const error = await client.post('/admin/api/x').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).message).to.equal('stale again');
    expect(calls).to.have.length(3);
  });

  it('401 unauthenticated ends the session; a wrong password does not', async () => {
    const client = api();
    answers.push(json(401, { error: 'invalid_credentials', message: 'wrong' }));
    await client.post('/admin/api/login', {}).catch(() => {});
    expect(ended).to.equal(0);
    answers.push(json(401, { error: 'unauthenticated', message: 'sign in' }));
    await client.get('/admin/api/requests').catch(() => {});
    expect(ended).to.equal(1);
  });

  it('422 fields, 429 wait and a network failure become ApiError', async () => {
    const client = api();
    answers.push(json(422, { error: 'validation', fields: { password: 'short' } }));
    const invalid = (await client.post('/p').catch((e: unknown) => e)) as ApiError;
    expect(invalid.fields).to.deep.equal({ password: 'short' });
    answers.push(json(429, { error: 'login_throttled', message: 'wait', retryAfter: 42 }));
    const throttled = (await client.post('/p').catch((e: unknown) => e)) as ApiError;
    expect(throttled.retryAfter).to.equal(42);
    const offline = (await client.get('/p').catch((e: unknown) => e)) as ApiError;
    expect(offline).to.include({ status: 0, kind: 'network', message: 'offline' });
    expect(withQuery('/p', { a: '', b: 0, c: null, d: 'x y' })).to.equal('/p?b=0&d=x+y');
  });
});

describe('console: an answer letter in words', () => {
  const delivery = (over: Partial<Delivery>): Delivery => ({
    letterId: 7,
    state: 'failed',
    attempts: 1,
    problem: 'unreachable',
    nextAttemptAt: null,
    sentAt: null,
    ...over,
  });
  const shown = (d: Delivery, strings = ru) => {
    const host = document.createElement('div');
    const resent: unknown[] = [];
    render(
      renderDelivery(d, 'delivery-1', strings, (iso) => `«${iso}»`, {
        resend: (id) => resent.push(id),
        busy: false,
      }),
      host,
    );
    return { host, text: host.textContent!.replace(/\s+/g, ' ').trim(), resent };
  };

  it('says sending, sent or why not and what to do; only a failed one can go again', () => {
    expect(shown(delivery({ state: 'pending' })).text).to.equal('Письмо отправляется…');
    expect(shown(delivery({ state: 'sending' })).host.querySelector('button')).to.equal(null);
    const sent = shown(delivery({ state: 'sent', sentAt: 'T' }));
    expect(sent.text).to.equal('Письмо отправлено «T».');
    expect(sent.host.querySelector('button')).to.equal(null);

    const retrying = shown(delivery({ nextAttemptAt: 'N' }));
    expect(retrying.text).to.contain('Письмо не доставлено: почтовый сервер не ответил.');
    expect(retrying.text).to.contain('Сервис сам попробует снова «N»');
    const button = retrying.host.querySelector('button')!;
    expect(button.getAttribute('aria-describedby')).to.equal('delivery-1');
    button.click();
    expect(retrying.resent).to.deep.equal([7]);

    const refused = shown(delivery({ problem: 'refused' }));
    expect(refused.text).to.contain('отказался принять письмо на этот адрес');
    expect(refused.text).to.contain('Сервис больше не пытается сам');
    expect(shown(delivery({ problem: 'auth' }), en).text).to.contain(
      'E-mail not delivered: the service could not sign in to the mail server',
    );
    expect(shown(delivery({ state: 'sent', sentAt: 'T' }), en).text).to.equal('E-mail sent «T».');
  });

  it('a draft keeps its key until the answer is saved', () => {
    const number = 'К-2026-990001';
    answerDraft.clear(number);
    const key = answerDraft.key(number);
    expect(key).to.match(/^[A-Za-z0-9-]{16,100}$/);
    expect(answerDraft.key(number), 'the same draft, the same key').to.equal(key);
    answerDraft.clear(number);
    expect(answerDraft.key(number), 'a new draft, a new key').not.to.equal(key);
    answerDraft.clear(number);
  });
});
