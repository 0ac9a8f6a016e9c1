import compress from '@fastify/compress';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { Transporter } from 'nodemailer';
import { isAuthorized } from './auth.ts';
import type { Config } from './config.ts';
import { toCsv } from './csv.ts';
import { DEFAULT_DEPARTMENT } from './db/migrations.ts';
import { type FeedSource, type Labels, staticLabels } from './labels.ts';
import { pickLang } from './lang.ts';
import { loggerOptions } from './logger.ts';
import { errorBody } from './messages.ts';
import { logNotifier, mailNotifier, mailTransport, type Notifier } from './notify.ts';
import { originMatcher } from './origins.ts';
import { type AnswerSender, answerSender } from './outbox/sender.ts';
import { consoleSite } from './plugins/console-site.ts';
import { dbRateStore } from './plugins/db-rate-store.ts';
import { CODINGS, COMPRESS_THRESHOLD } from './plugins/encodings.ts';
import { BodyError, strictJsonBodies } from './plugins/json-body.ts';
import { staffAuth } from './plugins/staff-auth.ts';
import { apiTokens } from './repos/api-tokens.ts';
import { settings } from './repos/settings.ts';
import { users } from './repos/users.ts';
import { administrationRoutes, settingsDefaults } from './routes/admin/administration.ts';
import { contentRoutes } from './routes/admin/content.ts';
import type { AdminContext } from './routes/admin/context.ts';
import { registrationAdminRoutes } from './routes/admin/registrations.ts';
import { requestRoutes } from './routes/admin/requests.ts';
import { sessionRoutes } from './routes/admin/session.ts';
import { withdrawalRoutes } from './routes/admin/withdrawal.ts';
import { publicFeedRoutes } from './routes/public-feed.ts';
import { registrationRoutes } from './routes/registrations.ts';
import { detectSpam } from './spam.ts';
import { REQUEST_STATUSES, type RequestStatus, type RequestStore } from './store/types.ts';
import { localYear } from './time.ts';
import { validateRequest } from './validate.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Resolves when every notification started so far has finished (tests, shutdown). */
    notificationsSettled(): Promise<void>;
    /** The outbox of answer letters: main.ts runs its sweep, tests drive it. */
    answerLetters: AnswerSender;
    /**
     * Resolves when the mail work started so far has finished: new requests' notices and answer
     * letters on their way. Shutdown awaits it before the store closes (main.ts), since a
     * notice reads the settings and a letter writes "sent".
     */
    mailSettled(): Promise<void>;
  }
}

/** What the service is built from; tests pass a temp store, a log stream and a clock. */
export interface AppOptions {
  config: Config;
  store: RequestStore;
  /** Overrides the e-mail/log notifier chosen from the config. */
  notifier?: Notifier;
  /** A nodemailer transport to use instead of `INBOX_SMTP_URL` (tests: jsonTransport). */
  mailTransport?: Transporter;
  /** Names of topics and methodists (default: the ids themselves). */
  labels?: Labels;
  /** The department's feed: the events whose registration this service keeps. */
  feed?: FeedSource;
  /** Where JSON log lines go (default stdout). */
  logStream?: NodeJS.WritableStream;
  now?: () => Date;
}

/** Requests per minute allowed on the department's endpoints (slows token guessing). */
const DEPARTMENT_RATE_LIMIT = 120;

/** Builds the Fastify app with every route; the caller decides whether to listen. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, store } = options;
  const db = store.db;
  const now = options.now ?? (() => new Date());
  const labels = options.labels ?? staticLabels();
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    bodyLimit: config.bodyLimit,
    // A hop count is supported at run time (proxy-addr) though Fastify's types omit it.
    trustProxy: config.trustProxy as boolean | string,
  });
  strictJsonBodies(app);
  // Answers in gzip or brotli when asked (registered before the routes, whose onSend it hooks).
  // The public feed and the widget files code themselves, once per file, and opt out; this covers
  // the console's files and the JSON API. Request bodies stay as sent: a compressed body could
  // unpack past the body limit.
  await app.register(compress, {
    encodings: [...CODINGS],
    threshold: COMPRESS_THRESHOLD,
    globalDecompression: false,
  });
  const transport = mailTransport(config, options.mailTransport);
  const consoleUrl = (number: string) =>
    `${config.publicUrl}/admin/#/requests/${encodeURIComponent(number)}`;
  const notifier =
    options.notifier ??
    (transport
      ? mailNotifier({
          transport,
          from: config.mailFrom ?? 'inbox@localhost',
          timeZone: config.timeZone,
          log: app.log,
          labels,
          link: consoleUrl,
          // Addressed to a methodist with an account: to them; otherwise to the department's list.
          route: async (record) => {
            // One department per service for now; requests will carry theirs when there are more.
            const departmentId = DEFAULT_DEPARTMENT;
            const chosen = await settings.read(db, departmentId, settingsDefaults({ config }));
            const methodist = record.request.methodist
              ? await users.byPerson(db, departmentId, record.request.methodist)
              : null;
            return {
              to: methodist ? [methodist.email] : chosen.notifyTo,
              includeMessage: chosen.notifyIncludeMessage,
            };
          },
        })
      : logNotifier(app.log));
  const pending = new Set<Promise<void>>();
  app.decorate('notificationsSettled', async () => {
    await Promise.allSettled([...pending]);
  });
  app.addHook('onClose', async () => {
    await Promise.allSettled([...pending]);
  });

  const isAllowedOrigin = originMatcher(config.allowedOrigins);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin ? isAllowedOrigin(origin) : false),
    methods: ['POST'],
    allowedHeaders: ['Content-Type', 'Accept-Language'],
    maxAge: 86_400,
  });
  await app.register(rateLimit, {
    global: false,
    // On PostgreSQL (the choice for several processes behind a proxy) the hits are counted in the
    // database so the processes share one limit; SQLite serves one process, whose memory is
    // enough — a database write per POST there halved the form's throughput.
    ...(db.kind === 'postgres' ? { store: dbRateStore(db) } : {}),
    errorResponseBuilder: (request, context) => ({
      statusCode: context.statusCode,
      ...errorBody('rate_limited', pickLang(null, request.headers['accept-language'])),
    }),
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = pickLang(null, request.headers['accept-language']);
    if (error instanceof BodyError) {
      return reply.code(400).send(errorBody(error.kind, lang, { path: error.path ?? '' }));
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return reply.code(429).send(errorBody('rate_limited', lang));
    if (status === 413) return reply.code(413).send(errorBody('too_large', lang));
    if (status === 415) return reply.code(415).send(errorBody('unsupported_media_type', lang));
    if (status === 403 && error.code?.startsWith('FST_CSRF')) {
      return reply.code(403).send(errorBody('csrf', lang));
    }
    if (status === 400 && error.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
      return reply.code(400).send(errorBody('invalid_json', lang));
    if (status < 500) return reply.code(status).send(errorBody('bad_request', lang));
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(errorBody('internal', lang));
  });

  /** A script's token: the one from the environment, or one an administrator made and has not revoked. */
  const requireToken = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const header = request.headers.authorization;
    if (isAuthorized(header, config.token)) return;
    const secret = /^Bearer (mtk_[A-Za-z0-9_-]{16,200})$/.exec(header ?? '')?.[1];
    if (secret && (await apiTokens.verify(db, secret, now()))) return;
    const lang = pickLang(null, request.headers['accept-language']);
    await reply
      .code(401)
      .header('WWW-Authenticate', 'Bearer realm="metodika-inbox"')
      .send(errorBody('unauthorized', lang));
  };
  const departmentRoute = {
    onRequest: requireToken,
    config: { rateLimit: { max: DEPARTMENT_RATE_LIMIT, timeWindow: 60_000 } },
  };

  await staffAuth(app, { config, db, now });
  await consoleSite(app, { dir: config.consoleDir });
  const answers = answerSender({ db, transport, now, log: app.log });
  app.decorate('answerLetters', answers);
  // Letters being sent when the service stops get to finish (a lapsed claim covers a crash).
  app.addHook('onClose', () => answers.settled());
  app.decorate('mailSettled', async () => {
    await Promise.all([answers.settled(), app.notificationsSettled()]);
  });
  const ctx: AdminContext = { config, db, store, now, labels, transport, answers };
  await sessionRoutes(app, ctx);
  await requestRoutes(app, ctx);
  const feedSource = options.feed ?? { feed: () => null };
  await withdrawalRoutes(app, { ...ctx, feed: feedSource });
  await administrationRoutes(app, ctx);
  await contentRoutes(app, ctx);
  await publicFeedRoutes(app, { db, widgetsDir: config.widgetsDir });
  await registrationAdminRoutes(app, { ...ctx, feed: feedSource });
  await registrationRoutes(app, {
    config,
    db,
    now,
    transport,
    feed: feedSource,
    isAllowedOrigin,
  });

  app.post(
    '/api/consultations',
    {
      config: { rateLimit: { max: config.rateLimitMax, timeWindow: config.rateLimitWindowMs } },
      // A browser on a site not in the list never gets past the CORS preflight; this also
      // turns away scripts that forge the Origin of a site that is not allowed.
      onRequest: async (request, reply) => {
        const origin = request.headers.origin;
        if (origin && !isAllowedOrigin(origin)) {
          const lang = pickLang(null, request.headers['accept-language']);
          return reply.code(403).send(errorBody('origin_not_allowed', lang));
        }
      },
    },
    async (request, reply) => {
      const body = request.body;
      const lang = pickLang(body, request.headers['accept-language']);
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        return reply.code(400).send(errorBody('invalid_body', lang));
      }
      const validation = validateRequest(body, lang);
      if (!validation.ok) {
        return reply.code(422).send({ error: 'validation', fields: validation.fields });
      }
      const receivedAt = now();
      const spam = detectSpam(validation.request, config.minFillMs);
      const { record, created } = await store.insertIdempotent({
        request: validation.request,
        receivedAt,
        ip: request.ip ?? null,
        spam,
        year: localYear(receivedAt, config.timeZone),
      });
      request.log.info(
        { event: 'consultation.stored', number: record.number, created, spam: spam ?? undefined },
        'request stored',
      );
      if (created && !record.spam) {
        const sent = notifier.notify(record).catch(() => {});
        pending.add(sent);
        void sent.finally(() => pending.delete(sent));
      }
      // Spam gets the same-looking answer, so a bot learns nothing from it.
      return reply.code(created ? 201 : 200).send({
        number: record.number,
        status: record.status,
        expectedResponseDays: config.responseDays,
      });
    },
  );

  app.get<{ Querystring: { status?: string; spam?: string; limit?: string } }>(
    '/api/consultations',
    departmentRoute,
    async (request, reply) => {
      const query = parseListQuery(request.query);
      if (!query) return reply.code(400).send(errorBody('bad_request', 'ru'));
      return store.list(query);
    },
  );

  app.get<{ Querystring: { status?: string; spam?: string; limit?: string; lang?: string } }>(
    '/api/consultations.csv',
    departmentRoute,
    async (request, reply) => {
      const query = parseListQuery(request.query);
      if (!query) return reply.code(400).send(errorBody('bad_request', 'ru'));
      const records = await store.list(query);
      const lang = request.query.lang === 'en' ? 'en' : 'ru';
      const stamp = now().toISOString().slice(0, 10);
      return reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="consultations-${stamp}.csv"`)
        .header('Cache-Control', 'no-store')
        .send(toCsv(records, config.timeZone, lang));
    },
  );

  app.patch<{ Params: { number: string }; Body: unknown }>(
    '/api/consultations/:number',
    departmentRoute,
    async (request, reply) => {
      const status = (request.body as { status?: unknown } | null)?.status;
      if (!REQUEST_STATUSES.includes(status as RequestStatus)) {
        return reply.code(422).send({
          error: 'validation',
          fields: { status: `Допустимые значения: ${REQUEST_STATUSES.join(', ')}.` },
        });
      }
      // People type the number with a Latin K; stored numbers use the Cyrillic К.
      const number = request.params.number.replace(/^K-/i, 'К-');
      const record = await store.setStatus(number, status as RequestStatus, now());
      if (!record) return reply.code(404).send(errorBody('not_found', 'ru'));
      request.log.info(
        { event: 'consultation.status', number: record.number, status },
        'status set',
      );
      return record;
    },
  );

  app.get('/health', async (_request, reply) => {
    try {
      await store.ping();
      return { ok: true, store: store.kind };
    } catch {
      return reply.code(503).send({ ok: false, store: store.kind });
    }
  });

  return app;
}

const MAX_LIST = 10_000;

/** `?status=new&spam=true&limit=100`; null when a value is not understood. */
function parseListQuery(query: { status?: string; spam?: string; limit?: string }) {
  if (query.status !== undefined && !REQUEST_STATUSES.includes(query.status as RequestStatus)) {
    return null;
  }
  const limit = query.limit === undefined ? MAX_LIST : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST) return null;
  return {
    ...(query.status ? { status: query.status as RequestStatus } : {}),
    includeSpam: query.spam === 'true',
    limit,
  };
}
