import type {
  Contact,
  NewRequest,
  RequestStatus,
  SpamReason,
  StoredPayload,
  StoredRequest,
} from './types.ts';

/** The request's number: `К-<year>-<six digits>`, Cyrillic К as on the department's paper forms. */
export function formatNumber(year: number, sequence: number): string {
  return `К-${year}-${String(sequence).padStart(6, '0')}`;
}

/** E-mail as compared on withdrawal: case and surrounding spaces do not matter. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Phone as compared on withdrawal: digits only, Russian 8/10-digit forms folded into 7XXXXXXXXXX. */
export function normalizePhone(phone: string): string {
  const main = phone.split(/доб|ext/i)[0] ?? '';
  const digits = main.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('8')) return `7${digits.slice(1)}`;
  if (digits.length === 10 && digits.startsWith('9')) return `7${digits}`;
  return digits;
}

/** Normalized keys to match on withdrawal; null where not given (or nothing comparable). */
export function contactKeys(contact: Contact): { email: string | null; phone: string | null } {
  return {
    email: contact.email ? normalizeEmail(contact.email) || null : null,
    phone: contact.phone ? normalizePhone(contact.phone) || null : null,
  };
}

/** Columns both stores write; the rest of the request travels as JSON. */
export interface RowValues {
  number: string;
  idempotencyKey: string;
  status: RequestStatus;
  spam: SpamReason | null;
  receivedAt: string;
  consentVersion: string;
  consentAcceptedAt: string;
  clientIp: string | null;
  emailNorm: string | null;
  phoneNorm: string | null;
  payload: string;
}

/** Splits a new request into the stored columns. */
export function toRow(input: NewRequest, number: string): RowValues {
  const { website: _honeypot, consent, ...payload } = input.request;
  return {
    number,
    idempotencyKey: input.request.idempotencyKey,
    status: 'new',
    spam: input.spam,
    receivedAt: input.receivedAt.toISOString(),
    consentVersion: consent.version,
    consentAcceptedAt: consent.acceptedAt,
    clientIp: input.ip,
    emailNorm: input.request.email ? normalizeEmail(input.request.email) : null,
    phoneNorm: input.request.phone ? normalizePhone(input.request.phone) : null,
    payload: JSON.stringify(payload),
  };
}

/** A row as read back, with times already as ISO strings. */
export interface ReadRow {
  number: string;
  status: string;
  spam: string | null;
  received_at: string;
  answered_at: string | null;
  updated_at: string;
  consent_version: string;
  consent_accepted_at: string;
  client_ip: string | null;
  payload: string | StoredPayload;
}

/** Builds the public record from a row of either store. */
export function fromRow(row: ReadRow): StoredRequest {
  return {
    number: row.number,
    status: row.status as RequestStatus,
    spam: (row.spam as SpamReason | null) ?? null,
    receivedAt: row.received_at,
    answeredAt: row.answered_at ?? null,
    updatedAt: row.updated_at,
    consent: {
      version: row.consent_version,
      acceptedAt: row.consent_accepted_at,
      receivedAt: row.received_at,
      ip: row.client_ip ?? null,
    },
    request: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
  };
}

/**
 * What the console's search looks in, lower-cased once at insert: the number, the person's name,
 * organization, e-mail, phone and message. SQLite's `lower()` folds only ASCII, so it is done here.
 */
export function requestSearchText(number: string, payload: Partial<StoredPayload>): string {
  return [
    number,
    payload.name,
    payload.organization?.name,
    payload.email,
    payload.phone,
    payload.phone ? normalizePhone(payload.phone) : undefined,
    payload.position,
    payload.message,
  ]
    .filter(Boolean)
    .join('\n')
    .toLocaleLowerCase('ru');
}
