import { type FeedEvent, nextMeeting } from '@metodika/feed';
import type { FastifyBaseLogger } from 'fastify';
import type { Transporter } from 'nodemailer';
import type { Db } from '../db/db.ts';
import type { FeedSource } from '../labels.ts';
import { registrations } from '../repos/registrations.ts';
import { registrationLetter, sendLetter } from './mail.ts';
import { type KeptEvent, keptEvent } from './policy.ts';

const DAY_MS = 86_400_000;

/** What the notices need. */
export interface NoticeContext {
  db: Db;
  feed: FeedSource;
  transport: Transporter | null;
  mailFrom: string | null;
  log: FastifyBaseLogger;
  departmentId: string;
}

/**
 * The meeting a reminder is due for at `at` (it begins within a day), or null: a single event's
 * own, a series' next one not cancelled (the series keeps one list, and each meeting is reminded
 * of), moved ones at their new time.
 */
function dueMeeting(kept: KeptEvent, at: number): FeedEvent | null {
  const { event, feed } = kept;
  const meeting = event.recurrence ? nextMeeting(event, feed.publisher.timeZone, at) : event;
  const start = meeting ? Date.parse(meeting.start) : Number.NaN;
  return meeting && start > at && start - at <= DAY_MS ? meeting : null;
}

/**
 * Letters the service sends on its own: everyone on an event's list when the feed marks the
 * event cancelled, and a reminder to each confirmed participant the day before (unless the
 * event's registration turns it off) — for a series, the day before each of its meetings, naming
 * that meeting's date and place. Each letter is claimed by a conditional update first, so with
 * several processes every letter goes once: a single event's by `reminded_at`, a series' by
 * `reminded_for`, the start of the last meeting reminded of, which only moves forward.
 */
export async function sendRegistrationNotices(
  ctx: NoticeContext,
  at: Date,
): Promise<{ reminded: number; told: number }> {
  const { db } = ctx;
  let reminded = 0;
  let told = 0;
  const now = at.toISOString();
  for (const event of ctx.feed.feed()?.events ?? []) {
    const kept = keptEvent(ctx.feed.feed(), ctx.departmentId, event.id);
    if (!kept) continue;
    const send = (
      kind: 'event-cancelled' | 'reminder',
      registration: Parameters<typeof registrationLetter>[2],
      about: KeptEvent = kept,
    ) =>
      sendLetter(
        ctx.transport,
        ctx.mailFrom,
        ctx.log,
        registrationLetter(kind, about, registration, {
          ...(kind === 'event-cancelled' && event.statusNote ? { body: event.statusNote } : {}),
        }),
      );
    if (event.status === 'cancelled') {
      const claimed = await db.run(
        `UPDATE registration_events SET cancel_notified_at = ?
         WHERE department_id = ? AND event_id = ? AND cancel_notified_at IS NULL`,
        [now, ctx.departmentId, event.id],
      );
      if (claimed.changes !== 1) continue;
      for (const registration of await registrations.list(db, ctx.departmentId, event.id)) {
        if (registration.status !== 'cancelled' && (await send('event-cancelled', registration)))
          told += 1;
      }
      continue;
    }
    if (event.registration?.reminder === false) continue;
    const meeting = dueMeeting(kept, at.getTime());
    if (!meeting) continue;
    const meetingStart = new Date(Date.parse(meeting.start)).toISOString();
    for (const registration of await registrations.list(db, ctx.departmentId, event.id)) {
      if (registration.status !== 'confirmed') continue;
      // A series' registration reminded before `reminded_for` existed (its reminded_at within
      // the day before this meeting) was reminded of this meeting already.
      const windowStart = new Date(Date.parse(meetingStart) - DAY_MS).toISOString();
      const claimed = event.recurrence
        ? await db.run(
            `UPDATE registrations SET reminded_at = ?, reminded_for = ?
             WHERE id = ? AND (reminded_for < ?
               OR (reminded_for IS NULL AND (reminded_at IS NULL OR reminded_at < ?)))`,
            [now, meetingStart, registration.id, meetingStart, windowStart],
          )
        : await db.run(
            'UPDATE registrations SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL',
            [now, registration.id],
          );
      if (claimed.changes !== 1) continue;
      if (await send('reminder', registration, { ...kept, event: meeting })) reminded += 1;
    }
  }
  return { reminded, told };
}

/** Runs the notices every ten minutes; returns a function that stops them. */
export function scheduleRegistrationNotices(ctx: NoticeContext): () => void {
  const run = () =>
    sendRegistrationNotices(ctx, new Date()).then(
      (result) => {
        if (result.reminded || result.told)
          ctx.log.info({ event: 'registration.notices', ...result }, 'registration notices sent');
      },
      (error: unknown) =>
        ctx.log.error(
          { event: 'registration.notices_failed', err: String(error) },
          'registration notices failed',
        ),
    );
  const timer = setInterval(run, 10 * 60_000);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
