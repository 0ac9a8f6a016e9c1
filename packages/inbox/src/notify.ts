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

/** Names for the ids in a request (the feed's topics and people). */
export interface NoticeLabels {
  topic(id: string): string;
  person(id: string): string;
}

const IDS: NoticeLabels = { topic: (id) => id, person: (id) => id };

/** The notification e-mail's plain-text body: plain text, so nothing a teacher typed can render as HTML. */
export function mailText(
  record: StoredRequest,
  timeZone: string,
  labels: NoticeLabels = IDS,
  options: { includeMessage?: boolean; link?: string } = {},
): string {
  const r = record.request;
  const includeMessage = options.includeMessage ?? true;
  const lines: [string, string | undefined][] = [
    ['Номер', record.number],
    ['Получена', localDateTime(record.receivedAt, timeZone)],
    ['Тема', labels.topic(r.topic)],
    ['Методист', r.methodist ? labels.person(r.methodist) : undefined],
    ['Формат', r.format ? (FORMATS[r.format] ?? r.format) : undefined],
  ];
  if (includeMessage) {
    lines.push(
      ['Удобное время', r.preferredTime],
      ['ФИО', r.name],
      ['Должность', r.position],
      ['Организация', r.organization.name],
      ['E-mail', r.email],
      ['Телефон', r.phone],
      ['Страница', r.page],
    );
  }
  const head = lines
    .filter(([, value]) => value)
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
  const body = includeMessage ? `\n\nВопрос:\n${r.message}\n` : '\n';
  const link = options.link ? `\nОткрыть в консоли: ${options.link}\n` : '';
  return `${head}${body}${link}`;
}

/** Who gets a notice, and whether it carries the teacher's words. */
export interface NoticeRoute {
  to: string[];
  includeMessage: boolean;
}

/** Options for the e-mail notifier. */
export interface MailOptions {
  transport: Transporter;
  from: string;
  timeZone: string;
  log: FastifyBaseLogger;
  /** Recipients for this request: its methodist, or the department's list. */
  route(record: StoredRequest): Promise<NoticeRoute>;
  labels?: NoticeLabels;
  /** The console page of a request. */
  link?(number: string): string;
}

/** Sends one e-mail per request; failures are logged (without personal data), never thrown. */
export function mailNotifier(options: MailOptions): Notifier {
  return {
    async notify(record) {
      try {
        const route = await options.route(record);
        if (!route.to.length) return;
        await options.transport.sendMail({
          from: options.from,
          to: route.to,
          ...(record.request.email && route.includeMessage
            ? { replyTo: record.request.email }
            : {}),
          subject: `Заявка на консультацию ${record.number} (${(options.labels ?? IDS).topic(record.request.topic)})`,
          text: mailText(record, options.timeZone, options.labels, {
            includeMessage: route.includeMessage,
            ...(options.link ? { link: options.link(record.number) } : {}),
          }),
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

/** The SMTP transport from `INBOX_SMTP_URL`, an injected one (tests), or null without mail. */
export function mailTransport(
  config: Pick<Config, 'smtpUrl'>,
  injected?: Transporter,
): Transporter | null {
  return injected ?? (config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null);
}
