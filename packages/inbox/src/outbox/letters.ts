import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db.ts';
import type { MailProblem } from './problem.ts';

/** Where a letter is: waiting, being sent by some process, delivered, or refused last time. */
export type LetterState = 'pending' | 'sending' | 'sent' | 'failed';

/** What the console shows of a letter: its delivery, never its address or text. */
export interface Delivery {
  letterId: number;
  state: LetterState;
  attempts: number;
  problem: MailProblem | null;
  /** When the service tries again on its own (failed); null when it has given up. */
  nextAttemptAt: string | null;
  sentAt: string | null;
}

/** A letter as the sender needs it. */
export interface Letter {
  id: number;
  messageId: string;
  from: string;
  to: string;
  replyTo: string | null;
  subject: string;
  text: string;
  attempts: number;
}

/** A letter claimed for one send: `claimId` fences the writes that follow. */
export interface ClaimedLetter extends Letter {
  claimId: string;
}

interface LetterRow {
  id: number | string;
  message_id: string;
  from_address: string;
  to_address: string;
  reply_to: string | null;
  subject: string;
  body: string;
  attempts: number | string;
}

interface DeliveryRow {
  event_id: number | string;
  id: number | string;
  state: LetterState;
  attempts: number | string;
  problem: MailProblem | null;
  next_attempt_at: string | null;
  sent_at: string | null;
}

/** A letter may be claimed when it is due, or when the process that claimed it let the lease run out. */
const CLAIMABLE = `((state IN ('pending', 'failed') AND next_attempt_at <= ?)
  OR (state = 'sending' AND lease_until <= ?))`;

/** The outbox's rows: written with the answer, claimed and settled by the sender. */
export const answerLetters = {
  /** Queues a letter in the caller's transaction; it is due at once. Returns its id. */
  async add(
    q: Queryable,
    letter: Omit<Letter, 'id' | 'attempts'> & {
      departmentId: string;
      number: string;
      /** The answer's history event, whose delivery this letter is. */
      eventId: number;
    },
    at: Date,
  ): Promise<number> {
    const now = at.toISOString();
    const row = await q.get<{ id: number | string }>(
      `INSERT INTO answer_letters (department_id, request_number, event_id, message_id,
         from_address, to_address, reply_to, subject, body, state, next_attempt_at,
         created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?) RETURNING id`,
      [
        letter.departmentId,
        letter.number,
        letter.eventId,
        letter.messageId,
        letter.from,
        letter.to,
        letter.replyTo,
        letter.subject,
        letter.text,
        now,
        now,
        now,
      ],
    );
    return Number(row!.id);
  },

  /**
   * Takes the letter for one send if nobody holds it and it is due: a conditional UPDATE, so of
   * several processes exactly one gets it. The claim holds until `leaseMs` from `at`.
   */
  async claim(q: Queryable, id: number, at: Date, leaseMs: number): Promise<ClaimedLetter | null> {
    const now = at.toISOString();
    const claimId = randomUUID();
    const claimed = await q.run(
      `UPDATE answer_letters SET state = 'sending', claim_id = ?, lease_until = ?,
         attempts = attempts + 1, updated_at = ?
       WHERE id = ? AND ${CLAIMABLE}`,
      [claimId, new Date(at.getTime() + leaseMs).toISOString(), now, id, now, now],
    );
    if (claimed.changes !== 1) return null;
    const row = await q.get<LetterRow>(
      `SELECT id, message_id, from_address, to_address, reply_to, subject, body, attempts
       FROM answer_letters WHERE id = ? AND claim_id = ?`,
      [id, claimId],
    );
    if (!row) return null;
    return {
      id: Number(row.id),
      messageId: row.message_id,
      from: row.from_address,
      to: row.to_address,
      replyTo: row.reply_to,
      subject: row.subject,
      text: row.body,
      attempts: Number(row.attempts),
      claimId,
    };
  },

  /** Ids of letters due now or whose claim has lapsed, oldest first. */
  async due(q: Queryable, at: Date, limit: number): Promise<number[]> {
    const now = at.toISOString();
    const rows = await q.all<{ id: number | string }>(
      `SELECT id FROM answer_letters WHERE ${CLAIMABLE} ORDER BY id LIMIT ?`,
      [now, now, limit],
    );
    return rows.map((row) => Number(row.id));
  },

  /**
   * Delivered. Written even when the claim has lapsed and someone else holds the letter now:
   * it has gone, and saying so stops the other send if it has not started.
   */
  async markSent(q: Queryable, letter: ClaimedLetter, at: Date): Promise<void> {
    const now = at.toISOString();
    await q.run(
      `UPDATE answer_letters SET state = 'sent', sent_at = ?, updated_at = ?, claim_id = NULL,
         lease_until = NULL, next_attempt_at = NULL, problem = NULL
       WHERE id = ? AND state <> 'sent'`,
      [now, now, letter.id],
    );
  },

  /**
   * Refused: `retryAt` is when the sweep tries again, null to give up. Only the claim's own
   * holder writes this, so a slow process cannot undo a newer attempt's success.
   */
  async markFailed(
    q: Queryable,
    letter: ClaimedLetter,
    problem: MailProblem,
    retryAt: Date | null,
    at: Date,
  ): Promise<void> {
    await q.run(
      `UPDATE answer_letters SET state = 'failed', problem = ?, next_attempt_at = ?,
         claim_id = NULL, lease_until = NULL, updated_at = ?
       WHERE id = ? AND claim_id = ? AND state = 'sending'`,
      [problem, retryAt?.toISOString() ?? null, at.toISOString(), letter.id, letter.claimId],
    );
  },

  /** A methodist's "send again", only for a failed letter: due now, with fresh attempts. */
  async resend(q: Queryable, number: string, id: number, at: Date): Promise<boolean> {
    const now = at.toISOString();
    const { changes } = await q.run(
      `UPDATE answer_letters SET state = 'pending', attempts = 0, next_attempt_at = ?, updated_at = ?
       WHERE id = ? AND request_number = ? AND state = 'failed'`,
      [now, now, id, number],
    );
    return changes === 1;
  },

  /** The delivery of every letter of a request, by the id of its history event. */
  async deliveries(q: Queryable, number: string): Promise<Map<number, Delivery>> {
    const rows = await q.all<DeliveryRow>(
      `SELECT event_id, id, state, attempts, problem, next_attempt_at, sent_at
       FROM answer_letters WHERE request_number = ?`,
      [number],
    );
    return new Map(
      rows.map((row) => [
        Number(row.event_id),
        {
          letterId: Number(row.id),
          // A lapsed claim is still "sending" for the reader: the sweep will take it up.
          state: row.state,
          attempts: Number(row.attempts),
          problem: row.problem,
          nextAttemptAt: row.state === 'failed' ? row.next_attempt_at : null,
          sentAt: row.sent_at,
        },
      ]),
    );
  },
};
