import { type Lang, registrationRequestSchema } from '@metodika/feed';
import type { FastifyInstance } from 'fastify';
import type { Transporter } from 'nodemailer';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { DEFAULT_DEPARTMENT } from '../db/migrations.ts';
import type { FeedSource } from '../labels.ts';
import { pickLang } from '../lang.ts';
import { errorBody } from '../messages.ts';
import { cancelPage } from '../registration/cancel-page.ts';
import { registrationMailer } from '../registration/mailer.ts';
import { availability, keptEvent } from '../registration/policy.ts';
import { registrations } from '../repos/registrations.ts';
import { detectSpam } from '../spam.ts';
import { validateWith } from '../validate.ts';

/** What the public registration routes need. */
export interface RegistrationContext {
  config: Config;
  db: Db;
  now: () => Date;
  feed: FeedSource;
  transport: Transporter | null;
  isAllowedOrigin: (origin: string) => boolean;
}

/** Places-left answers may be this old (seconds): cheap under load, fresh enough for a visitor. */
const AVAILABILITY_MAX_AGE = 30;

/** The public side of registration: places left, sign-up, and cancellation by personal link. */
export async function registrationRoutes(
  app: FastifyInstance,
  ctx: RegistrationContext,
): Promise<void> {
  const { db, now, config } = ctx;
  const departmentId = DEFAULT_DEPARTMENT;
  const find = (eventId: string) => keptEvent(ctx.feed.feed(), departmentId, eventId);
  // Letters go after the answer: a slow mail server must not hold up a sign-up that is already
  // committed. Those still on their way are awaited when the service stops.
  const sending = new Set<Promise<unknown>>();
  const later = (work: Promise<unknown>) => {
    sending.add(work);
    void work.finally(() => sending.delete(work));
  };
  app.addHook('onClose', async () => {
    await Promise.allSettled([...sending]);
  });
  const mail = registrationMailer(ctx, app.log);

  app.get<{ Params: { eventId: string } }>(
    '/api/registrations/:eventId',
    async (request, reply) => {
      const kept = find(request.params.eventId);
      const lang = pickLang(null, request.headers['accept-language']);
      if (!kept) return reply.code(404).send(errorBody('not_found', lang));
      const counts = await registrations.counts(db, departmentId, kept.event.id);
      // Public and the same for everyone: any site may read it, caches may keep it briefly.
      return reply
        .header('Access-Control-Allow-Origin', '*')
        .header('Cache-Control', `public, max-age=${AVAILABILITY_MAX_AGE}`)
        .send(availability(kept, counts, now()));
    },
  );

  app.post<{ Params: { eventId: string } }>(
    '/api/registrations/:eventId',
    {
      config: { rateLimit: { max: config.rateLimitMax, timeWindow: config.rateLimitWindowMs } },
      onRequest: async (request, reply) => {
        const origin = request.headers.origin;
        if (origin && !ctx.isAllowedOrigin(origin)) {
          return reply
            .code(403)
            .send(
              errorBody('origin_not_allowed', pickLang(null, request.headers['accept-language'])),
            );
        }
      },
    },
    async (request, reply) => {
      const body = request.body;
      const lang: Lang = pickLang(body, request.headers['accept-language']);
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        return reply.code(400).send(errorBody('invalid_body', lang));
      }
      const kept = find(request.params.eventId);
      if (!kept) return reply.code(404).send(errorBody('not_found', lang));
      const validation = validateWith(registrationRequestSchema, body, lang);
      if (!validation.ok)
        return reply.code(422).send({ error: 'validation', fields: validation.fields });
      const input = validation.value;
      // Answers to required extra questions.
      const missing = (kept.event.registration?.questions ?? []).filter(
        (question) => question.required && !input.answers?.[question.id]?.trim(),
      );
      if (missing.length) {
        return reply.code(422).send({
          error: 'validation',
          fields: Object.fromEntries(
            missing.map((question) => [
              `answers.${question.id}`,
              lang === 'en'
                ? `Answer "${question.label}".`
                : `Ответьте на вопрос «${question.label}».`,
            ]),
          ),
        });
      }
      const at = now();
      const state = availability(
        kept,
        await registrations.counts(db, departmentId, kept.event.id),
        at,
      ).state;
      if (state === 'cancelled' || state === 'past' || state === 'deadline') {
        return reply.code(409).send({ ...errorBody(`registration_${state}`, lang), state });
      }
      if (detectSpam(input, config.minFillMs)) {
        // A bot gets an answer that looks like success and nothing is stored.
        return reply.code(201).send({ status: 'confirmed', eventId: kept.event.id });
      }
      const result = await db.tx((q) =>
        registrations.signUp(q, kept.policy, { request: input, ip: request.ip ?? null }, at),
      );
      if (result.kind === 'full') {
        return reply.code(409).send({ ...errorBody('registration_full', lang), state: 'full' });
      }
      if (result.kind === 'duplicate') {
        return reply.code(409).send({
          ...errorBody('registration_duplicate', lang),
          status: result.registration.status,
        });
      }
      request.log.info(
        {
          event: 'registration.stored',
          eventId: kept.event.id,
          status: result.registration.status,
          created: result.created,
        },
        'registration stored',
      );
      if (result.kind === 'stored') {
        const kind = result.registration.status === 'confirmed' ? 'confirmed' : 'waiting';
        later(mail.send(kind, kept, result.registration, { cancelToken: result.cancelToken }));
      }
      const counts = await registrations.counts(db, departmentId, kept.event.id);
      return reply.code(result.created ? 201 : 200).send({
        status: result.registration.status,
        eventId: kept.event.id,
        ...(result.registration.status === 'waiting'
          ? {
              waiting: counts.waiting,
              // This person's place in the queue (a retry gets the same answer).
              position: await registrations.position(
                db,
                departmentId,
                kept.event.id,
                result.registration.id,
              ),
            }
          : {}),
      });
    },
  );

  // The link in the letter opens a page that asks before cancelling, so a mail scanner that
  // follows links cancels nothing; the button posts back with no body to read.
  app.get<{ Params: { token: string } }>('/registrations/cancel/:token', async (request, reply) => {
    const lang = pickLang(null, request.headers['accept-language']);
    const found = await registrations.byCancelToken(db, request.params.token);
    const kept = found ? find(found.eventId) : null;
    reply.helmet();
    return reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .code(found ? 200 : 404)
      .send(
        cancelPage(
          lang,
          found && kept ? { title: kept.event.title, status: found.status } : null,
          'ask',
        ),
      );
  });

  app.post<{ Params: { token: string } }>(
    '/registrations/cancel/:token',
    async (request, reply) => {
      const lang = pickLang(null, request.headers['accept-language']);
      const found = await registrations.byCancelToken(db, request.params.token);
      const kept = found ? find(found.eventId) : null;
      reply.helmet();
      void reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store');
      if (!found || !kept) return reply.code(404).send(cancelPage(lang, null, 'ask'));
      const result = await db.tx((q) => registrations.cancel(q, kept.policy, found.id, now()));
      if (result.cancelled) {
        request.log.info(
          { event: 'registration.cancelled', eventId: kept.event.id },
          'registration cancelled',
        );
        later(mail.send('cancelled', kept, found));
        later(mail.tellPromoted(kept, result.promoted));
      }
      return reply.send(cancelPage(lang, { title: kept.event.title, status: 'cancelled' }, 'done'));
    },
  );
}
