/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * Cancelling by the personal link and the promotion that follows, against the real department's
 * service (see registration-service.ts): the letters are the ones the service sent over SMTP to
 * the test run's mail catcher, and their links are opened in a tab of their own (service-page.ts),
 * where the service's own page asks before cancelling.
 */
import { expect } from '@open-wc/testing';
import '../../packages/widgets/src/registration/define.ts';
import { useRegistrationService } from './registration-hooks.ts';
import {
  cancelLinkIn,
  form,
  type Letter,
  letterTo,
  mailbox,
  placesOf,
  reg,
  signUpDirectly,
} from './registration-service.ts';
import { ServicePage } from './service-page.ts';

/** Where the service's letters send people: its own cancellation pages. */
let CANCEL_PAGES = '';

/** The letter carries the event's calendar file, about this event. */
function expectIcs(letter: Letter, title: string): void {
  const file = letter.attachments.find((a) => a.filename === 'event.ics');
  expect(file, 'event.ics attached').to.not.equal(undefined);
  expect(file!.contentType).to.equal('application/ics');
  // Long lines are folded (RFC 5545 §3.1): a line break and a space continue the line.
  const ics = file!.text!.replace(/\r\n[ \t]/g, '');
  expect(ics).to.contain('BEGIN:VEVENT');
  expect(ics).to.contain(`SUMMARY:${title}`);
}

useRegistrationService();

before(() => {
  CANCEL_PAGES = `${new URL(reg.service).origin}/registrations/cancel/`;
});

describe('cancellation by the personal link → real service', function (this: {
  timeout(ms: number): void;
}) {
  // Each test opens the service's pages in tabs and waits for letters over SMTP: seconds each
  // on a busy machine.
  this.timeout(30_000);
  const title = 'Мастер-класс «mk-cancel»';
  const email = 'orlova@school1.example';

  it('the confirmation letter carries the .ics and the link; its page asks, then cancels', async () => {
    const widget = await form('mk-cancel');
    await widget.signUp({ name: 'Орлова Вера Павловна', email });
    expect(widget.success!.textContent).to.contain('Вы записаны');
    const letter = await letterTo(email, `Вы записаны: ${title}`);
    expect(letter.to).to.deep.equal([email]);
    expect(letter.text).to.contain(title);
    expectIcs(letter, title);
    const link = cancelLinkIn(letter);
    expect(link.startsWith(CANCEL_PAGES)).to.be.true;

    const page = await ServicePage.open(link);
    try {
      expect(page.status).to.equal(200);
      expect(page.heading).to.equal('Отмена записи');
      expect(page.text).to.contain(`Вы записаны на мероприятие: ${title}`);
      expect(page.button).to.equal('Отменить запись');
      expect(page.headers['cache-control']).to.equal('no-store');
      // A page with a button that cancels may not be framed (clickjacking).
      expect(page.headers['x-frame-options']).to.equal('DENY');
      expect(page.problems).to.deep.equal([]);
      await page.expectAccessible();
      // Opening the link (as a mail scanner does) cancels nothing.
      expect(await placesOf('mk-cancel')).to.include({ confirmed: 1 });

      await page.press();
      expect(page.status).to.equal(200);
      expect(page.text).to.contain('Запись отменена. Если передумаете');
      expect(page.button).to.equal(null);
      expect(page.problems).to.deep.equal([]);
      await page.expectAccessible();
      expect(await placesOf('mk-cancel')).to.include({ confirmed: 0, waiting: 0 });
      const cancelled = await letterTo(email, `Запись отменена: ${title}`);
      expect(cancelled.attachments.some((a) => a.filename === 'event.ics')).to.be.false;
    } finally {
      await page.close();
    }

    // The same link later: already cancelled, nothing to press.
    const again = await ServicePage.open(link);
    try {
      expect(again.status).to.equal(200);
      expect(again.text).to.contain(title);
      expect(again.text).to.contain('Запись отменена');
      expect(again.button).to.equal(null);
      await again.expectAccessible();
    } finally {
      await again.close();
    }
  });

  it('a link the service never gave: 404, says so, nothing to press', async () => {
    const page = await ServicePage.open(`${CANCEL_PAGES}${'x'.repeat(43)}`);
    try {
      expect(page.status).to.equal(404);
      expect(page.heading).to.equal('Отмена записи');
      expect(page.text).to.contain('Ссылка не найдена');
      expect(page.button).to.equal(null);
      await page.expectAccessible();
    } finally {
      await page.close();
    }
  });
});

describe('promotion from the waiting list → real service', function (this: {
  timeout(ms: number): void;
}) {
  this.timeout(30_000);
  const title = 'Мастер-класс «mk-promote»';
  const first = 'belova@school1.example';
  const second = 'gromov@school1.example';
  const third = 'zueva@school1.example';

  it('a participant cancels: the first waiting is promoted and told, with a renewed link that works', async () => {
    expect(
      (await signUpDirectly('mk-promote', { name: 'Белова Анна', email: first })).status,
    ).to.equal(201);
    expect(
      (await signUpDirectly('mk-promote', { name: 'Громов Илья', email: second })).status,
    ).to.equal(201);
    expect(
      (await signUpDirectly('mk-promote', { name: 'Зуева Ольга', email: third })).status,
    ).to.equal(201);
    expect(await placesOf('mk-promote')).to.include({ confirmed: 1, waiting: 2 });
    const waitingLetter = await letterTo(second, `Вы в листе ожидания: ${title}`);

    const page = await ServicePage.open(
      cancelLinkIn(await letterTo(first, `Вы записаны: ${title}`)),
    );
    try {
      await page.press();
      expect(page.text).to.contain('Запись отменена');
    } finally {
      await page.close();
    }

    const promoted = await letterTo(second, 'Освободилось место — вы записаны');
    expect(promoted.to).to.deep.equal([second]);
    expect(promoted.subject).to.equal(`Освободилось место — вы записаны: ${title}`);
    expect(promoted.text).to.contain(title);
    expectIcs(promoted, title);
    const renewed = cancelLinkIn(promoted);
    expect(renewed).to.not.equal(cancelLinkIn(waitingLetter));
    expect(await placesOf('mk-promote')).to.include({ confirmed: 1, waiting: 1 });
    // Only the first in the queue moved up.
    expect(
      (await mailbox()).some((l) => l.to.includes(third) && l.subject.startsWith('Освободилось')),
    ).to.be.false;

    // The renewed link is the promoted person's: it shows the place and gives it up.
    const theirs = await ServicePage.open(renewed);
    try {
      expect(theirs.text).to.contain(`Вы записаны на мероприятие: ${title}`);
      await theirs.expectAccessible();
      await theirs.press();
      expect(theirs.text).to.contain('Запись отменена');
    } finally {
      await theirs.close();
    }
    // … and the next in the queue is promoted in turn.
    const next = await letterTo(third, `Освободилось место — вы записаны: ${title}`);
    expect(next.to).to.deep.equal([third]);
    expect(await placesOf('mk-promote')).to.include({ confirmed: 1, waiting: 0 });
  });
});
