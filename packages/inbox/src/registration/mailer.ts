import type { FastifyBaseLogger } from 'fastify';
import type { Transporter } from 'nodemailer';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import type { Registration } from '../repos/registrations.ts';
import { randomToken, tokenHash } from '../security/secrets.ts';
import { type RegistrationLetter, registrationLetter, sendLetter } from './mail.ts';
import type { KeptEvent } from './policy.ts';

/**
 * The letters the public and the console's registration routes send, with the personal
 * cancellation link they carry: one place for the link's address and for renewing it.
 */
export function registrationMailer(
  service: {
    db: Db;
    transport: Transporter | null;
    config: Pick<Config, 'mailFrom' | 'publicUrl'>;
    /** The clock: a series' letters name the meeting still to come. */
    now: () => Date;
  },
  log: FastifyBaseLogger,
) {
  const { db, transport, config, now } = service;
  const cancelUrl = (token: string) => `${config.publicUrl}/registrations/cancel/${token}`;
  const send = (
    kind: RegistrationLetter,
    kept: KeptEvent,
    registration: Registration,
    extra: { cancelToken?: string; body?: string } = {},
  ) =>
    sendLetter(
      transport,
      config.mailFrom,
      log,
      registrationLetter(kind, kept, registration, {
        at: now(),
        ...(extra.cancelToken ? { cancelUrl: cancelUrl(extra.cancelToken) } : {}),
        ...(extra.body ? { body: extra.body } : {}),
      }),
    );
  return {
    send,
    /**
     * Tells the person who moved up from the waiting list. Only hashes of links are stored, so
     * their link is renewed and the new one goes with the letter. Says whether the letter went.
     * Called after the commit that moved them up: a database failure here is logged and the
     * caller goes on (the place is theirs; the others moved up still get their letters).
     */
    async tellPromoted(kept: KeptEvent, promoted: Registration | null): Promise<boolean> {
      if (!promoted) return false;
      const token = randomToken();
      try {
        await db.run('UPDATE registrations SET cancel_token_hash = ? WHERE id = ?', [
          tokenHash(token),
          promoted.id,
        ]);
      } catch (error) {
        log.error(
          { event: 'registration.promoted_not_told', eventId: kept.event.id, err: String(error) },
          'moved up from the waiting list, but the letter could not be prepared',
        );
        return false;
      }
      return send('promoted', kept, promoted, { cancelToken: token });
    },
  };
}
