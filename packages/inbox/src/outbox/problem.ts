/**
 * Why a letter did not go, as a category the console puts in words. SMTP replies can quote the
 * address, so only the category is stored and logged.
 */
export type MailProblem = 'unreachable' | 'auth' | 'refused' | 'deferred' | 'other';

const UNREACHABLE = new Set([
  'ECONNECTION',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'ECONNRESET',
]);

/** The category of a nodemailer error (its `code` and the server's `responseCode`). */
export function mailProblem(error: unknown): MailProblem {
  const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number };
  if (code === 'EAUTH' || code === 'ENOAUTH') return 'auth';
  if (typeof responseCode === 'number' && responseCode >= 500) return 'refused';
  if (typeof responseCode === 'number' && responseCode >= 400) return 'deferred';
  if (code && UNREACHABLE.has(code)) return 'unreachable';
  return 'other';
}

/** A 5xx reply is the server's final word (RFC 5321 §4.2.1): sending the same again won't help. */
export const isPermanent = (problem: MailProblem) => problem === 'refused';
