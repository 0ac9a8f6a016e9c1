// The mail catcher (test/support/mail-catcher.mjs) receives what nodemailer sends over plain SMTP.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import nodemailer from 'nodemailer';
import { startMailCatcher } from '../support/mail-catcher.mjs';

/** @type {import('../support/mail-catcher.mjs').MailCatcher} */
let catcher;
before(async () => {
  catcher = await startMailCatcher();
});
after(() => catcher.stop());

test('a message sent with nodemailer is read back: Cyrillic subject, text, attachment', async () => {
  const transport = nodemailer.createTransport(`smtp://127.0.0.1:${catcher.port}`);
  await transport.sendMail({
    from: 'Методкабинет <metodkab@demo.local>',
    to: 'metodist@demo.local',
    subject: 'Новая заявка № 2026-0001: консультация по ФОП',
    text: 'Здравствуйте!\nПрошу консультацию по рабочей программе.',
    attachments: [{ filename: 'заявка.txt', content: 'ёжик', contentType: 'text/plain' }],
  });
  transport.close();
  const [message, ...rest] = catcher.messages();
  assert.equal(rest.length, 0);
  assert.ok(message);
  assert.equal(message.id, 1);
  assert.equal(message.from, 'metodkab@demo.local');
  assert.deepEqual(message.to, ['metodist@demo.local']);
  assert.equal(message.subject, 'Новая заявка № 2026-0001: консультация по ФОП');
  assert.equal(message.text.trim(), 'Здравствуйте!\nПрошу консультацию по рабочей программе.');
  assert.ok(!Number.isNaN(Date.parse(message.date)));
  assert.deepEqual(message.attachments, [
    { filename: 'заявка.txt', contentType: 'text/plain', size: Buffer.byteLength('ёжик') },
  ]);
});

test('clear() empties the list; ids keep growing', async () => {
  catcher.clear();
  assert.deepEqual(catcher.messages(), []);
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: catcher.port });
  await transport.sendMail({ from: 'a@demo.local', to: 'b@demo.local', subject: 'x', text: 'y' });
  transport.close();
  assert.equal(catcher.messages().length, 1);
  assert.equal(catcher.messages()[0]?.id, 2);
});

test('a calendar attachment (nodemailer icalEvent) is kept with its text', async () => {
  catcher.clear();
  const transport = nodemailer.createTransport(`smtp://127.0.0.1:${catcher.port}`);
  const ics = 'BEGIN:VCALENDAR\r\nSUMMARY:Мастер-класс\r\nEND:VCALENDAR\r\n';
  await transport.sendMail({
    from: 'a@demo.local',
    to: 'b@demo.local',
    subject: 'x',
    text: 'y',
    icalEvent: { method: 'PUBLISH', filename: 'event.ics', content: ics },
  });
  transport.close();
  const file = catcher.messages()[0]?.attachments.find((a) => a.filename === 'event.ics');
  assert.equal(file?.contentType, 'application/ics');
  assert.equal(file?.text, ics);
});
