import type { FastifyBaseLogger } from 'fastify';
import type { Transporter } from 'nodemailer';
import type { Db } from '../db/db.ts';
import type { FeedSource } from '../labels.ts';
import { registrations } from '../repos/registrations.ts';
import { registrationLetter, sendLetter } from './mail.ts';
import { keptEvent } from './policy.ts';

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
 * Letters the service sends on its own: everyone on an event's list when the feed marks the
 * event cancelled, and a reminder to each confirmed participant the day before (unless the
 * event's registration turns it off). Each letter is claimed by a conditional update first, so
 * with several processes every letter goes once.
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
    ) =>
      sendLetter(
        ctx.transport,
        ctx.mailFrom,
        ctx.log,
        registrationLetter(kind, kept, registration, {
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
    const start = Date.parse(event.start);
    if (!(start > at.getTime() && start - at.getTime() <= DAY_MS)) continue;
    for (const registration of await registrations.list(db, ctx.departmentId, event.id)) {
      if (registration.status !== 'confirmed') continue;
      const claimed = await db.run(
        'UPDATE registrations SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL',
        [now, registration.id],
      );
      if (claimed.changes === 1 && (await send('reminder', registration))) reminded += 1;
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
