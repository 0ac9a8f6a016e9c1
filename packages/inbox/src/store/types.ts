import type { ConsultationRequest } from '@metodika/feed';
import type { Db } from '../db/db.ts';

/** Where the department is with a request. */
export const REQUEST_STATUSES = ['new', 'in-progress', 'answered'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Why a submission was taken for a bot's: the honeypot was filled, or it came too fast. */
export type SpamReason = 'honeypot' | 'too-fast';

/** The 152-ФЗ consent log kept with every request. */
export interface ConsentRecord {
  /** Version of the consent text the person accepted. */
  version: string;
  /** When the person ticked the box, as the browser reported it. */
  acceptedAt: string;
  /** When the receiver got the request (server clock, ISO 8601 UTC). */
  receivedAt: string;
  /** The client's IP address (behind a trusted proxy, from X-Forwarded-For). */
  ip: string | null;
}

/** What the form sent, minus the honeypot and the consent (kept in `ConsentRecord`). */
export type StoredPayload = Omit<ConsultationRequest, 'website' | 'consent'>;

/** One stored consultation request. */
export interface StoredRequest {
  /** Human-facing number, e.g. `К-2026-000123`. */
  number: string;
  status: RequestStatus;
  /** Set when the submission looked like a bot's; such requests are not notified. */
  spam: SpamReason | null;
  receivedAt: string;
  /** When the status became `answered`; retention counts from here. */
  answeredAt: string | null;
  updatedAt: string;
  consent: ConsentRecord;
  request: StoredPayload;
}

/** A validated request about to be stored. */
export interface NewRequest {
  request: ConsultationRequest;
  receivedAt: Date;
  ip: string | null;
  spam: SpamReason | null;
  /** Year the number is drawn in (the department's local year). */
  year: number;
  /** The department the request is for (default: the only one). */
  departmentId?: string;
}

/** `created` is false when the idempotency key was already stored: the old record is returned. */
export interface InsertResult {
  record: StoredRequest;
  created: boolean;
}

/** Filters for the department's list. */
export interface ListQuery {
  status?: RequestStatus;
  /** Spam is hidden unless asked for. */
  includeSpam?: boolean;
  limit?: number;
}

/** Whose requests to delete on withdrawal of consent. */
export interface Contact {
  email?: string;
  phone?: string;
}

/** Storage of requests; SQLite and PostgreSQL implement it and pass the same tests. */
export interface RequestStore {
  /** `sqlite` or `postgres`, shown by `/health`. */
  readonly kind: 'sqlite' | 'postgres';
  /** The database underneath, for the console's repositories (accounts, sessions, audit…). */
  readonly db: Db;
  /** Stores the request once per idempotency key; resolves only after a durable commit. */
  insertIdempotent(input: NewRequest): Promise<InsertResult>;
  /** Requests in arrival order. */
  list(query?: ListQuery): Promise<StoredRequest[]>;
  /** One request by number, or null. */
  get(number: string): Promise<StoredRequest | null>;
  /** Changes the status; `answered` records `answeredAt`, any other status clears it. */
  setStatus(number: string, status: RequestStatus, at: Date): Promise<StoredRequest | null>;
  /** Deletes answered requests answered before `cutoff` and spam received before it. */
  purgeAnsweredBefore(cutoff: Date): Promise<number>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  /** Releases the database (file handle or connection pool). */
  close(): Promise<void>;
}
