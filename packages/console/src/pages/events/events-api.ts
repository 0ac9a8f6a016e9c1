/**
 * The participants API of events whose registration the service keeps
 * (packages/inbox/src/routes/admin/registrations.ts): its shapes and the calls the events pages
 * make, all through the console's one API client.
 */
import type { EventStatus, RegistrationStatus } from '@metodika/feed';
import type { Api } from '../../api/client.ts';

/** An event of the feed with `registration.endpoint`, with its counts. */
export interface KeptEventRow {
  id: string;
  title: string;
  /** ISO date-time with offset, or a bare date for an all-day event. */
  start: string;
  status: EventStatus;
  /** null: no limit. */
  capacity: number | null;
  waitlist: boolean;
  confirmed: number;
  waiting: number;
}

export interface Participant {
  id: number;
  status: RegistrationStatus;
  name: string;
  organization: string;
  position: string | null;
  email: string;
  phone: string | null;
  /** Answers to the event's extra questions, by question id. */
  answers: Record<string, string>;
  createdAt: string;
  promotedAt: string | null;
  /** null: not marked yet. */
  attended: boolean | null;
  consent: { version: string; acceptedAt: string };
}

export interface Question {
  id: string;
  label: string;
  required?: boolean;
}

export interface Participants {
  event: { id: string; title: string; start: string; status: EventStatus };
  capacity: number | null;
  waitlist: boolean;
  questions: Question[];
  counts: { confirmed: number; waiting: number };
  items: Participant[];
}

export interface MessageResult {
  sent: number;
  failed: number;
}

const base = (eventId: string) => `/admin/api/events/${encodeURIComponent(eventId)}`;

export const eventsApi = {
  list: (api: Api) => api.get<{ items: KeptEventRow[] }>('/admin/api/events'),
  participants: (api: Api, eventId: string) =>
    api.get<Participants>(`${base(eventId)}/registrations`),
  move: (api: Api, eventId: string, id: number, status: RegistrationStatus) =>
    api.post<{ registration: Participant }>(`${base(eventId)}/registrations/${id}/status`, {
      status,
    }),
  attend: (api: Api, eventId: string, id: number, attended: boolean | null) =>
    api.post<{ registration: Participant }>(`${base(eventId)}/registrations/${id}/attended`, {
      attended,
    }),
  message: (api: Api, eventId: string, text: string, includeWaiting: boolean) =>
    api.post<MessageResult>(`${base(eventId)}/message`, { text, includeWaiting }),
  /** The sign-in sheet's address (a plain link: the session cookie goes along). */
  sheet: (api: Api, eventId: string, format: 'xlsx' | 'csv') =>
    api.href(`${base(eventId)}/registrations.${format}`),
};
