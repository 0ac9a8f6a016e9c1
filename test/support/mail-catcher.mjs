// A local SMTP server that keeps what it receives in memory: the demo's "mail" and the tests'
// check that an e-mail was sent. Plain SMTP on 127.0.0.1, no TLS, no authentication
// (nodemailer with `smtp://127.0.0.1:<port>` sends to it as it is).
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** Messages kept; the oldest are dropped beyond this. */
const CAP = 500;
/** One message's size limit (bytes), for a runaway sender. */
const MAX_SIZE = 10 * 1024 * 1024;

/**
 * @typedef {{ filename: string | null, contentType: string, size: number, text?: string }} CaughtAttachment
 * @typedef {{
 *   id: number,
 *   from: string,
 *   to: string[],
 *   subject: string,
 *   text: string,
 *   date: string,
 *   attachments: CaughtAttachment[],
 * }} CaughtMessage
 * @typedef {{
 *   port: number,
 *   messages(): CaughtMessage[],
 *   clear(): void,
 *   stop(): Promise<void>,
 * }} MailCatcher
 */

/** Attachments kept as text too, so a test can read what a calendar file says. */
const CALENDAR_TYPES = new Set(['text/calendar', 'application/ics']);

/** @param {import('mailparser').AddressObject | import('mailparser').AddressObject[] | undefined} field */
function addresses(field) {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? v.name ?? '')).filter(Boolean);
}

/**
 * Starts the catcher on 127.0.0.1:`port` (0: any free port). `messages()` returns a copy, oldest
 * first; `to` lists the envelope's recipients (so Bcc is seen too); `date` is when it arrived
 * (ISO 8601); a calendar attachment (`.ics`) has its `text`.
 * @param {{ port?: number }} [options]
 * @returns {Promise<MailCatcher>}
 */
export async function startMailCatcher({ port = 0 } = {}) {
  /** @type {CaughtMessage[]} */
  let caught = [];
  let nextId = 1;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    size: MAX_SIZE,
    banner: 'metodika mail catcher',
    onData(stream, session, callback) {
      simpleParser(stream, { skipHtmlToText: false }).then(
        (mail) => {
          const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
          const mailFrom = session.envelope.mailFrom;
          caught.push({
            id: nextId++,
            from: addresses(mail.from)[0] ?? (mailFrom ? mailFrom.address : ''),
            to: envelopeTo.length > 0 ? envelopeTo : addresses(mail.to),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            date: new Date().toISOString(),
            attachments: mail.attachments.map((a) => ({
              filename: a.filename ?? null,
              contentType: a.contentType,
              size: a.size,
              ...(CALENDAR_TYPES.has(a.contentType) ? { text: a.content.toString('utf8') } : {}),
            })),
          });
          if (caught.length > CAP) caught = caught.slice(-CAP);
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  await /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    })
  );
  // Errors of single connections (a client that hangs up) must not end the process.
  server.on('error', () => {});
  const address = server.server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    port: bound,
    messages: () => caught.map((m) => ({ ...m, to: [...m.to], attachments: [...m.attachments] })),
    clear: () => {
      caught = [];
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
