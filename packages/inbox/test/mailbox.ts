import nodemailer from 'nodemailer';

/** One message as the service handed it to the transport. */
export interface SentMail {
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
  messageId?: string;
}

/**
 * Mail that is "sent" into an array. `fail` makes the next sends throw like a dead SMTP server;
 * `onSend` runs before each send is accepted (a test can look at the database at that moment,
 * or hold the send back).
 */
export function mailbox() {
  const sent: SentMail[] = [];
  const state: {
    fail: boolean;
    error: Error & { code?: string; responseCode?: number };
    onSend: ((message: SentMail) => Promise<void>) | null;
  } = {
    fail: false,
    error: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' }),
    onSend: null,
  };
  const json = nodemailer.createTransport({ jsonTransport: true });
  const transport = {
    ...json,
    sendMail: async (message: Record<string, string>) => {
      await state.onSend?.(message as unknown as SentMail);
      if (state.fail) throw state.error;
      sent.push(message as unknown as SentMail);
      return json.sendMail(message);
    },
  } as unknown as nodemailer.Transporter;
  return { sent, state, transport };
}
