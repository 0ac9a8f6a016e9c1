/**
 * The console API's shapes, as packages/inbox/docs/console-api.md defines them. The teacher's
 * request itself is the feed package's `ConsultationRequest`, so the form, the service and the
 * console agree by construction.
 */
import type { ConsultationRequest } from '@metodika/feed';

/** Account, token and history ids are the database's integers. */
export type Id = number;

export type Role = 'administrator' | 'editor' | 'methodist';
export type Scope = 'all' | 'own';
export const REQUEST_STATUSES = ['new', 'in-progress', 'answered'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export interface User {
  id: Id;
  email: string;
  name: string;
  role: Role;
  scope: Scope;
  personId: string | null;
  disabled: boolean;
  lastLoginAt: string | null;
}

export interface SessionAnswer {
  user: User | null;
  csrfToken: string;
  timeZone: string;
  department: { id: string; name: string } | null;
  /** True while the service has no account: the setup link in its log is the way in. */
  setupRequired?: boolean;
}

export interface SignedIn {
  user: User;
  csrfToken: string;
}

export interface Label {
  id: string;
  label: string;
}

export interface Person {
  id: Id;
  name: string;
}

export interface RequestRow {
  number: string;
  receivedAt: string;
  topic: string;
  topicLabel: string;
  methodist: string | null;
  methodistLabel: string | null;
  assignee: Person | null;
  status: RequestStatus;
  organization: string;
  name: string;
  unread: boolean;
}

export interface RequestList {
  items: RequestRow[];
  total: number;
  page: number;
  pageSize: number;
  counts: Record<RequestStatus, number>;
  topics: Label[];
  methodists: Label[];
}

export interface StoredRequest {
  number: string;
  status: RequestStatus;
  spam: string | null;
  receivedAt: string;
  answeredAt: string | null;
  updatedAt: string;
  consent: { version: string; acceptedAt: string; receivedAt: string; ip: string | null };
  request: Omit<ConsultationRequest, 'website' | 'consent'>;
}

export type HistoryKind = 'status' | 'note' | 'answer' | 'call' | 'assign' | 'view';

/** Where an e-mail answer's letter is; the service keeps `pending` and `sending` apart. */
export type LetterState = 'pending' | 'sending' | 'sent' | 'failed';

/** Why a letter did not go, as the service classifies the mail server's reply. */
export type MailProblem = 'unreachable' | 'auth' | 'refused' | 'deferred' | 'other';

export interface Delivery {
  letterId: Id;
  state: LetterState;
  attempts: number;
  problem: MailProblem | null;
  /** When the service tries again on its own; null once it has given up. */
  nextAttemptAt: string | null;
  sentAt: string | null;
}

export interface HistoryEntry {
  id: Id;
  at: string;
  kind: HistoryKind;
  actor: Person | null;
  text: string | null;
  from: string | null;
  to: string | null;
  /** An e-mail answer's letter. */
  delivery?: Delivery;
}

export interface RequestDetail {
  request: StoredRequest;
  assignee: Person | null;
  history: HistoryEntry[];
  labels: { topic: string | null; methodist: string | null; format: string | null };
}

export interface StaffMember {
  id: Id;
  name: string;
  role: Role;
}

export interface WithdrawalMatch {
  number: string;
  receivedAt: string;
  status: RequestStatus;
}

/** One of the person's event registrations a withdrawal would delete. */
export interface WithdrawalRegistration {
  eventId: string;
  /** null once the feed no longer lists the event. */
  title: string | null;
  start: string | null;
  status: 'confirmed' | 'waiting' | 'cancelled';
  createdAt: string;
  /** Deleting it frees a confirmed place that goes to the first person waiting (the service decides). */
  freesPlace: boolean;
}

/** What the withdrawal search found: the requests (`items`) and the event registrations. */
export interface WithdrawalFound {
  items: WithdrawalMatch[];
  registrations: WithdrawalRegistration[];
}

export interface WithdrawalRecord {
  at: string;
  actor: Person | string | null;
  deleted: number;
  /** Event registrations deleted (0 in records made before they were covered). */
  registrations?: number;
}

export interface AuditEntry {
  id: Id;
  at: string;
  actor: Person | null;
  action: string;
  target: string | null;
  details: unknown;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  actions: string[];
}

export interface Settings {
  notifyTo: string[];
  notifyIncludeMessage: boolean;
  retentionDays: number;
  responseDays: number;
  timeZone: string;
  smtp: boolean;
  allowedOrigins: string[];
  lastPurge: { at: string; deleted: number } | null;
}

export interface ApiToken {
  id: Id;
  name: string;
  createdAt: string;
  createdBy: Person | string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
