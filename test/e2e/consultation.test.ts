/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The consultation form in Chromium against the real receiver (packages/inbox, started by the
 * test run's inboxPlugin with a temp SQLite file; only this page's origin is allowed). The feed
 * names an https endpoint, as the schema demands; the test's fetch seam sends the same request
 * to the local inbox instead, so the POST, CORS, validation and storage are all real.
 */
import { expect } from '@open-wc/testing';
import '../../packages/widgets/src/consultation/define.ts';
import { loaderOptions } from '../../packages/widgets/src/base/feed-loader.ts';
import {
  consultationFeed,
  ENDPOINT,
} from '../../packages/widgets/src/consultation/consultation.fixtures.ts';
import { mountForm } from '../../packages/widgets/src/consultation/consultation.page.ts';
import { sendOptions } from '../../packages/widgets/src/consultation/consultation-send.ts';
import { fresh } from '../../packages/widgets/src/test-support/feeds.ts';

interface Row {
  number: string;
  spam: string | null;
  consent: { version: string; acceptedAt: string; ip: string | null };
  request: Record<string, unknown> & { idempotencyKey: string };
}

let inboxUrl = '';
let unique = 0;

/** What the department's listing holds for a given idempotency key. */
async function rowsFor(key: string): Promise<Row[]> {
  const rows = (await (await fetch(`/__inbox/rows?n=${++unique}`)).json()) as Row[];
  return rows.filter((row) => row.request.idempotencyKey === key);
}

/** Each test gets its own fetch: `before` runs ahead of the real POST, `after` once it answered. */
function route(hooks: { before?: (n: number) => void; after?: (n: number) => void } = {}) {
  let n = 0;
  const sent: Record<string, unknown>[] = [];
  sendOptions.fetch = async (input, init) => {
    expect(String(input)).to.equal(ENDPOINT);
    const attempt = ++n;
    sent.push(JSON.parse(String(init!.body)));
    hooks.before?.(attempt);
    const response = await fetch(`${inboxUrl}/api/consultations`, init);
    hooks.after?.(attempt);
    return response;
  };
  return sent;
}

const form = () => mountForm({ src: fresh('e2e.json', '/test/e2e'), feed: consultationFeed() });

before(async () => {
  ({ url: inboxUrl } = (await (await fetch('/__inbox')).json()) as { url: string });
});

beforeEach(() => {
  loaderOptions.storage = null;
  sessionStorage.clear();
});

afterEach(() => {
  delete sendOptions.fetch;
  delete loaderOptions.fetch;
});

describe('consultation form → real inbox', () => {
  it('happy path: stored with its consent log, number shown', async () => {
    const sent = route();
    const page = await form();
    await page.sendValid({ phone: '+7 (912) 345-67-89', organization: 'МБОУ СОШ № 1' });
    const rows = await rowsFor(String(sent[0]!.idempotencyKey));
    expect(rows).to.have.length(1);
    const row = rows[0]!;
    expect(page.success!.textContent).to.contain(row.number);
    expect(row.number).to.match(/^К-\d{4}-\d{6}$/);
    expect(page.text).to.contain('Ответим в течение 3 рабочих дней.');
    expect(row.request).to.include({
      topic: 'attestation',
      name: 'Иванова Мария Петровна',
      phone: '+7 (912) 345-67-89',
    });
    expect(row.request.organization).to.deep.equal({ id: 'school1', name: 'МБОУ СОШ № 1' });
    expect(row.consent.version).to.equal('2026-09-01');
    expect(row.consent.acceptedAt).to.equal(
      (sent[0]!.consent as { acceptedAt: string }).acceptedAt,
    );
    expect(row.consent.ip).to.be.a('string');
    // Filled by a script in well under 3 s: stored, but flagged for the department.
    expect(row.spam).to.equal('too-fast');
    await expect(page.el).to.be.accessible();
  });

  it('network loss, a lost answer and a reload: the request is stored exactly once', async () => {
    // 1: the connection drops before the request leaves; 2: the inbox stores it but the answer
    // is lost; then the page is reloaded and the draft sent again (3).
    const sent = route({
      before: (n) => {
        if (n === 1) throw new TypeError('Failed to fetch');
      },
      after: (n) => {
        if (n === 2) throw new TypeError('network changed');
      },
    });
    const first = await form();
    await first.sendValid();
    expect(first.problem!.textContent).to.contain('сохранено');
    first.button('Отправить ещё раз').click();
    await first.sent();
    expect(first.problem).to.exist;
    const key = String(sent[0]!.idempotencyKey);
    expect(await rowsFor(key)).to.have.length(1);
    first.el.remove();

    const again = await form();
    expect(again.control('name').value).to.equal('Иванова Мария Петровна');
    await again.tickConsent();
    await again.submit();
    await again.sent();
    expect(sent.map((body) => body.idempotencyKey)).to.deep.equal([key, key, key]);
    const rows = await rowsFor(key);
    expect(rows).to.have.length(1);
    expect(again.success!.textContent).to.contain(rows[0]!.number);
    expect(sessionStorage.length).to.equal(0);
  });

  it('the server’s field errors appear next to the fields (422 from the real inbox)', async () => {
    // A value the browser check would stop, forced through to see the server's own answer.
    const sent = route();
    const original = sendOptions.fetch!;
    sendOptions.fetch = (input, init) =>
      original(input, {
        ...init,
        body: String(init!.body).replace('ivanova@school1.example', 'ivanova@'),
      });
    const page = await form();
    await page.sendValid();
    expect(page.error('email')).to.contain('Неверный адрес электронной почты «ivanova@»');
    expect(page.control('email').getAttribute('aria-invalid')).to.equal('true');
    expect(await rowsFor(String(sent[0]!.idempotencyKey))).to.have.length(0);
  });

  it('honeypot: accepted like any other, stored flagged', async () => {
    const sent = route();
    const page = await form();
    // The honeypot, filled like a bot does: after the visible fields.
    await page.sendValid({ website: 'http://spam.example' });
    expect(page.success).to.exist;
    const rows = await rowsFor(String(sent[0]!.idempotencyKey));
    expect(rows.map((row) => row.spam)).to.deep.equal(['honeypot']);
  });
});
