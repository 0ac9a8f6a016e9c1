import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from './config.ts';
import type { StoredRequest } from './store/types.ts';
import { localDateTime } from './time.ts';

/** Tells the department about a new (non-spam) request. */
export interface Notifier {
  /** Sends or logs the notice; must not reject for a delivery failure. */
  notify(record: StoredRequest): Promise<void>;
}

const FORMATS: Record<string, string> = {
  'in-person': 'очно',
  online: 'онлайн',
  phone: 'по телефону',
  written: 'письменно',
};

/** The notification e-mail's plain-text body: plain text, so nothing a teacher typed can render as HTML. */
export function mailText(record: StoredRequest, timeZone: string): string {
  const r = record.request;
  const lines: [string, string | undefined][] = [
    ['Номер', record.number],
    ['Получена', localDateTime(record.receivedAt, timeZone)],
    ['Тема', r.topic],
    ['Методист', r.methodist],
    ['Формат', r.format ? (FORMATS[r.format] ?? r.format) : undefined],
    ['Удобное время', r.preferredTime],
    ['ФИО', r.name],
    ['Должность', r.position],
    ['Организация', r.organization.name],
    ['E-mail', r.email],
    ['Телефон', r.phone],
    ['Страница', r.page],
  ];
  const head = lines
    .filter(([, value]) => value)
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
  return `${head}\n\nВопрос:\n${r.message}\n`;
}

/** Options for the e-mail notifier. */
export interface MailOptions {
  transport: Transporter;
  from: string;
  to: string;
  timeZone: string;
  log: FastifyBaseLogger;
}

/** Sends one e-mail per request; failures are logged (without personal data), never thrown. */
export function mailNotifier(options: MailOptions): Notifier {
  return {
    async notify(record) {
      try {
        await options.transport.sendMail({
          from: options.from,
          to: options.to,
          ...(record.request.email ? { replyTo: record.request.email } : {}),
          subject: `Заявка на консультацию ${record.number} (${record.request.topic})`,
          text: mailText(record, options.timeZone),
        });
        options.log.info(
          { event: 'notification.sent', number: record.number },
          'notification sent',
        );
      } catch (error) {
        // SMTP errors can quote addresses; only the code is safe to log.
        const code = (error as { code?: string }).code ?? 'unknown';
        options.log.error(
          { event: 'notification.failed', number: record.number, code },
          'notification failed',
        );
      }
    },
  };
}

/** Without SMTP: one structured log line with no personal data, for a log-based alert. */
export function logNotifier(log: FastifyBaseLogger): Notifier {
  return {
    async notify(record) {
      log.info(
        {
          event: 'consultation.received',
          number: record.number,
          topic: record.request.topic,
          format: record.request.format,
          locale: record.request.locale,
        },
        'new consultation request',
      );
    },
  };
}

/** E-mail when `INBOX_SMTP_URL` is set (or a transport is injected), otherwise the log line. */
export function createNotifier(
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'mailTo' | 'timeZone'>,
  log: FastifyBaseLogger,
  transport?: Transporter,
): Notifier {
  const chosen = transport ?? (config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null);
  if (!chosen) return logNotifier(log);
  return mailNotifier({
    transport: chosen,
    from: config.mailFrom ?? 'inbox@localhost',
    to: config.mailTo ?? 'inbox@localhost',
    timeZone: config.timeZone,
    log,
  });
}
