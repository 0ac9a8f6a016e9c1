import { setTimeout as sleep } from 'node:timers/promises';
import type { Lang } from '@metodika/feed';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { toCsv } from '../../csv.ts';
import type { Queryable } from '../../db/db.ts';
import { type ErrorKind, errorBody } from '../../messages.ts';
import { answerLetters } from '../../outbox/letters.ts';
import { requireStaff } from '../../plugins/staff-auth.ts';
import { audit } from '../../repos/audit.ts';
import { consoleRequests, type RequestFilter, viewerOf } from '../../repos/requests.ts';
import { users } from '../../repos/users.ts';
import { REQUEST_STATUSES, type RequestStatus } from '../../store/types.ts';
import { periodBound } from '../../time.ts';
import { toXlsx } from '../../xlsx.ts';
import {
  type AdminContext,
  actorOf,
  departmentOf,
  parseBody,
  recordStaffAction,
  say,
} from './context.ts';

/** The most rows one export carries (the whole of a district's year fits many times over). */
const EXPORT_LIMIT = 10_000;
const PAGE_SIZES = [10, 20, 50, 100, 200];

const FORMATS: Record<Lang, Record<string, string>> = {
  ru: { 'in-person': 'очно', online: 'онлайн', phone: 'по телефону', written: 'письменно' },
  en: { 'in-person': 'in person', online: 'online', phone: 'by phone', written: 'in writing' },
};

interface ListQuery {
  status?: string;
  topic?: string;
  methodist?: string;
  assignee?: string;
  from?: string;
  to?: string;
  q?: string;
  page?: string;
  pageSize?: string;
  spam?: string;
}

/** The console's filters from the query string; null when a value is not understood. */
function parseFilter(query: ListQuery, timeZone: string): RequestFilter | null {
  const filter: RequestFilter = {};
  if (query.status) {
    if (!REQUEST_STATUSES.includes(query.status as RequestStatus)) return null;
    filter.status = query.status as RequestStatus;
  }
  if (query.topic) filter.topic = query.topic;
  if (query.methodist) filter.methodist = query.methodist;
  if (query.assignee) {
    if (query.assignee === 'none') filter.assignee = 'none';
    else if (/^\d+$/.test(query.assignee)) filter.assignee = Number(query.assignee);
    else return null;
  }
  for (const key of ['from', 'to'] as const) {
    const value = query[key];
    if (!value) continue;
    // A bare date is a day in the department's zone; `to` means "through that day".
    const bound = periodBound(value, key, timeZone);
    if (!bound) return null;
    filter[key] = bound;
  }
  if (query.q) filter.q = query.q.slice(0, 200);
  if (query.spam === 'true') filter.spam = true;
  return filter;
}

const statusBody = z.object({ status: z.enum(REQUEST_STATUSES) });
const noteBody = z.object({ text: z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)) });
const assignBody = z.object({ userId: z.nullable(z.number().check(z.int())) });
/** The console's key for one answer draft (a UUID), so a retried POST answers only once. */
const answerKey = z.string().check(z.regex(/^[A-Za-z0-9-]{16,100}$/));
const answerBody = z.union([
  z.object({
    text: z.string().check(z.trim(), z.minLength(1), z.maxLength(20_000)),
    idempotencyKey: answerKey,
  }),
  z.object({
    call: z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)),
    idempotencyKey: answerKey,
  }),
]);

/** Sends a refusal and gives null: a transaction that ends in one writes nothing. */
function refuse(reply: FastifyReply, status: number, kind: ErrorKind, lang: Lang): null {
  void reply.code(status).send(errorBody(kind, lang));
  return null;
}

/** People type the number with a Latin K; stored numbers use the Cyrillic К. */
const canonicalNumber = (number: string) => number.replace(/^K-/i, 'К-');

/** How long an answer's POST waits for its letter to go before answering "sending". */
const ANSWER_WAIT_MS = 8000;

/**
 * The letter's Message-ID, the same on every attempt (from the console's key for the answer),
 * so a server that already took it can recognise a second delivery as a duplicate.
 */
function messageId(key: string, config: AdminContext['config']): string {
  const domain = config.mailFrom?.split('@')[1]?.replace(/[>\s]/g, '') || 'localhost';
  return `<answer.${key}@${domain}>`;
}

/** Requests for methodists (and the administrator): list, page, history, answer, export. */
export async function requestRoutes(app: FastifyInstance, ctx: AdminContext): Promise<void> {
  const { db, now, labels, config, answers } = ctx;
  const guard = { preHandler: requireStaff('administrator', 'methodist') };

  /** The request as the viewer may see it, or a 403/404 already sent. */
  const load = async (
    q: Queryable,
    request: FastifyRequest,
    reply: FastifyReply,
    number: string,
  ) => {
    const found = await consoleRequests.get(q, viewerOf(request.staff!.user), number);
    if (found) return found;
    const exists = await consoleRequests.exists(q, departmentOf(request), number);
    await reply
      .code(exists ? 403 : 404)
      .send(exists ? errorBody('forbidden', request.lang) : errorBody('not_found', request.lang));
    return null;
  };

  /** The request's page: the record, its assignee, history and the names of its ids. */
  const detail = async (q: Queryable, request: FastifyRequest, number: string) => {
    const found = (await consoleRequests.get(q, viewerOf(request.staff!.user), number))!;
    const r = found.request.request;
    return {
      request: found.request,
      assignee: found.assignee,
      history: await consoleRequests.history(q, number),
      labels: {
        topic: labels.topic(r.topic, request.lang),
        methodist: r.methodist ? labels.person(r.methodist) : null,
        format: r.format ? (FORMATS[request.lang][r.format] ?? r.format) : null,
      },
    };
  };

  app.get<{ Querystring: ListQuery }>('/admin/api/requests', guard, async (request, reply) => {
    const filter = parseFilter(request.query, config.timeZone);
    const page = Number(request.query.page ?? 1);
    const pageSize = Number(request.query.pageSize ?? 50);
    if (!filter || !Number.isInteger(page) || page < 1 || !PAGE_SIZES.includes(pageSize)) {
      return reply.code(400).send(errorBody('bad_request', request.lang));
    }
    const viewer = viewerOf(request.staff!.user);
    const found = await consoleRequests.search(db, viewer, filter, page, pageSize);
    const label = (id: string | null, name: (id: string) => string) => (id ? name(id) : null);
    const known = labels.all(request.lang);
    // The filters offer every name the feed knows plus any id requests carry that it doesn't.
    const options = (
      ids: string[],
      listed: { id: string; label: string }[],
      name: (id: string) => string,
    ) => {
      const byId = new Map(listed.map((item) => [item.id, item.label]));
      for (const id of ids) if (!byId.has(id)) byId.set(id, name(id));
      return [...byId]
        .map(([id, text]) => ({ id, label: text }))
        .sort((a, b) => a.label.localeCompare(b.label, 'ru'));
    };
    const topic = (id: string) => labels.topic(id, request.lang);
    return {
      items: found.items.map((row) => ({
        ...row,
        topicLabel: topic(row.topic),
        methodistLabel: label(row.methodist, labels.person),
      })),
      total: found.total,
      page,
      pageSize,
      counts: found.counts,
      topics: options(found.topics, known.topics, topic),
      methodists: options(found.methodists, viewer.own ? [] : known.people, labels.person),
    };
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get<{ Querystring: ListQuery }>(
      `/admin/api/requests.${format}`,
      guard,
      async (request, reply) => {
        const filter = parseFilter(request.query, config.timeZone);
        if (!filter) return reply.code(400).send(errorBody('bad_request', request.lang));
        const records = await db.tx(async (q) => {
          const found = await consoleRequests.records(
            q,
            viewerOf(request.staff!.user),
            filter,
            EXPORT_LIMIT,
          );
          // Every export of personal data is on record (152-ФЗ), with its filters but no contact.
          await recordStaffAction(
            q,
            request,
            {
              action: 'requests.export',
              details: {
                format,
                rows: found.length,
                ...(filter.status ? { status: filter.status } : {}),
                ...(filter.from ? { from: filter.from } : {}),
                ...(filter.to ? { to: filter.to } : {}),
                ...(filter.q ? { search: true } : {}),
              },
            },
            now(),
          );
          return found;
        });
        const stamp = now().toISOString().slice(0, 10);
        void reply.header(
          'Content-Disposition',
          `attachment; filename="consultations-${stamp}.${format}"`,
        );
        if (format === 'csv') {
          return reply
            .type('text/csv; charset=utf-8')
            .send(toCsv(records, config.timeZone, request.lang));
        }
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await toXlsx(records, config.timeZone, request.lang));
      },
    );
  }

  app.get<{ Params: { number: string } }>(
    '/admin/api/requests/:number',
    guard,
    async (request, reply) => {
      const number = canonicalNumber(request.params.number);
      return db.tx(async (q) => {
        if (!(await load(q, request, reply, number))) return reply;
        await consoleRequests.markViewed(q, number, now());
        await recordStaffAction(q, request, { action: 'request.view', target: number }, now());
        return detail(q, request, number);
      });
    },
  );

  app.post<{ Params: { number: string } }>(
    '/admin/api/requests/:number/status',
    guard,
    async (request, reply) => {
      const body = parseBody(statusBody, request, reply);
      if (!body) return;
      const number = canonicalNumber(request.params.number);
      return db.tx(async (q) => {
        if (!(await load(q, request, reply, number))) return reply;
        const old = await consoleRequests.setStatus(q, number, body.status, now());
        if (old !== body.status) {
          await consoleRequests.addEvent(
            q,
            {
              departmentId: departmentOf(request),
              number,
              actorId: actorOf(request).id,
              kind: 'status',
              from: old,
              to: body.status,
            },
            now(),
          );
          await recordStaffAction(
            q,
            request,
            { action: 'request.status', target: number, details: { from: old, to: body.status } },
            now(),
          );
        }
        return detail(q, request, number);
      });
    },
  );

  app.post<{ Params: { number: string } }>(
    '/admin/api/requests/:number/notes',
    guard,
    async (request, reply) => {
      const body = parseBody(noteBody, request, reply);
      if (!body) return;
      const number = canonicalNumber(request.params.number);
      return db.tx(async (q) => {
        if (!(await load(q, request, reply, number))) return reply;
        await consoleRequests.addEvent(
          q,
          {
            departmentId: departmentOf(request),
            number,
            actorId: actorOf(request).id,
            kind: 'note',
            text: body.text,
          },
          now(),
        );
        await recordStaffAction(q, request, { action: 'request.note', target: number }, now());
        return detail(q, request, number);
      });
    },
  );

  app.post<{ Params: { number: string } }>(
    '/admin/api/requests/:number/assign',
    guard,
    async (request, reply) => {
      const body = parseBody(assignBody, request, reply);
      if (!body) return;
      const number = canonicalNumber(request.params.number);
      return db.tx(async (q) => {
        const found = await load(q, request, reply, number);
        if (!found) return reply;
        const assignee = body.userId === null ? null : await users.byId(q, body.userId);
        if (
          body.userId !== null &&
          (!assignee || assignee.disabled || assignee.departmentId !== departmentOf(request))
        ) {
          return reply.code(422).send({
            error: 'validation',
            fields: {
              userId: say(
                request.lang,
                'Такого сотрудника нет. Выберите из списка.',
                'No such colleague. Pick one from the list.',
              ),
            },
          });
        }
        if ((found.assignee?.id ?? null) !== (assignee?.id ?? null)) {
          await consoleRequests.assign(q, number, assignee?.id ?? null, now());
          await consoleRequests.addEvent(
            q,
            {
              departmentId: departmentOf(request),
              number,
              actorId: actorOf(request).id,
              kind: 'assign',
              from: found.assignee?.name ?? null,
              to: assignee?.name ?? null,
            },
            now(),
          );
          await recordStaffAction(
            q,
            request,
            { action: 'request.assign', target: number, details: { to: assignee?.id ?? null } },
            now(),
          );
        }
        return detail(q, request, number);
      });
    },
  );

  /**
   * Waits a little for a letter just committed to go, so the usual answer comes back "sent"; a
   * slow server leaves it sending in the background and the console follows its delivery.
   */
  const shortlyDelivered = async (request: FastifyRequest, letterId: number) => {
    const stop = new AbortController();
    const delivery = answers.deliver(letterId).catch((error: unknown) => {
      request.log.error({ event: 'answer.deliver_failed', letter: letterId, err: error }, 'send');
    });
    await Promise.race([
      delivery,
      sleep(ANSWER_WAIT_MS, undefined, { signal: stop.signal }).catch(() => {}),
    ]);
    stop.abort();
  };

  app.post<{ Params: { number: string } }>(
    '/admin/api/requests/:number/answer',
    guard,
    async (request, reply) => {
      const body = parseBody(answerBody, request, reply);
      if (!body) return;
      const number = canonicalNumber(request.params.number);
      const isCall = 'call' in body;
      const departmentId = departmentOf(request);
      const actor = actorOf(request);
      // The answer, its letter, the status and the audit entry are one commit: the letter is
      // durable before it leaves, and the methodist is told "saved" only once all of it is.
      const recorded = await db.tx(async (q) => {
        const found = await load(q, request, reply, number);
        if (!found) return null;
        const teacher = found.request.request;
        if (!isCall && !teacher.email) {
          return refuse(reply, 409, 'no_email', request.lang);
        }
        // Refused before anything is written, so letters never pile up with nobody to send them.
        if (!isCall && (!ctx.transport || !config.mailFrom)) {
          return refuse(reply, 409, 'mail_not_configured', request.lang);
        }
        const eventId = await consoleRequests.addAnswer(
          q,
          {
            departmentId,
            number,
            actorId: actor.id,
            kind: isCall ? 'call' : 'answer',
            text: isCall ? body.call : body.text,
            idempotencyKey: body.idempotencyKey,
          },
          now(),
        );
        if (eventId === null) {
          // The same draft sent again (a retry after a lost reply): what it made the first time.
          const used = await consoleRequests.answerByKey(q, departmentId, body.idempotencyKey);
          if (used?.number !== number) return refuse(reply, 409, 'answer_key_reused', request.lang);
          // The same key with other words (edited, or a call instead) after a lost reply: the
          // first is what was saved and sent; the new words are not dropped in silence.
          const same =
            used.kind === (isCall ? 'call' : 'answer') &&
            used.text === (isCall ? body.call : body.text);
          if (!same) return refuse(reply, 409, 'answer_key_changed', request.lang);
          return { letterId: null };
        }
        const letterId = isCall
          ? null
          : await answerLetters.add(
              q,
              {
                departmentId,
                number,
                eventId,
                messageId: messageId(body.idempotencyKey, config),
                from: config.mailFrom!,
                to: teacher.email!,
                replyTo: request.staff!.user.email || null,
                subject:
                  teacher.locale === 'en'
                    ? `Answer to your request ${number}`
                    : `Ответ на заявку ${number}`,
                text: `${body.text}\n\n— ${request.staff!.user.name}\n`,
              },
              now(),
            );
        const old = await consoleRequests.setStatus(q, number, 'answered', now());
        if (old !== 'answered') {
          await consoleRequests.addEvent(
            q,
            { departmentId, number, actorId: actor.id, kind: 'status', from: old, to: 'answered' },
            now(),
          );
        }
        await audit.record(
          q,
          {
            departmentId,
            actor,
            action: 'request.answer',
            target: number,
            details: { by: isCall ? 'phone' : 'email' },
          },
          now(),
        );
        return { letterId };
      });
      if (!recorded) return reply;
      if (recorded.letterId !== null) await shortlyDelivered(request, recorded.letterId);
      return detail(db, request, number);
    },
  );

  app.post<{ Params: { number: string; letter: string } }>(
    '/admin/api/requests/:number/letters/:letter/resend',
    guard,
    async (request, reply) => {
      const number = canonicalNumber(request.params.number);
      const letterId = Number(request.params.letter);
      if (!Number.isSafeInteger(letterId)) {
        return reply.code(400).send(errorBody('bad_request', request.lang));
      }
      const queued = await db.tx(async (q) => {
        if (!(await load(q, request, reply, number))) return null;
        if (!ctx.transport || !config.mailFrom) {
          return refuse(reply, 409, 'mail_not_configured', request.lang);
        }
        // Only a failed letter goes again; a repeated click on one already re-queued is a no-op.
        if (!(await answerLetters.resend(q, number, letterId, now()))) return false;
        await recordStaffAction(
          q,
          request,
          { action: 'request.answer_resend', target: number, details: { letter: letterId } },
          now(),
        );
        return true;
      });
      if (queued === null) return reply;
      if (queued) await shortlyDelivered(request, letterId);
      return detail(db, request, number);
    },
  );

  // What the console polls while a letter is on its way: states only, nothing personal, so
  // unlike opening the request it is not an audited view.
  app.get<{ Params: { number: string } }>(
    '/admin/api/requests/:number/deliveries',
    guard,
    async (request, reply) => {
      const number = canonicalNumber(request.params.number);
      if (!(await load(db, request, reply, number))) return reply;
      const deliveries = await answerLetters.deliveries(db, number);
      return { items: [...deliveries].map(([eventId, delivery]) => ({ eventId, ...delivery })) };
    },
  );

  // Colleagues to assign a request to; any signed-in member of staff may list them.
  app.get('/admin/api/staff', { preHandler: requireStaff() }, async (request) => {
    const list = await users.list(db, departmentOf(request));
    return {
      items: list
        .filter((u) => !u.disabled && u.role !== 'editor')
        .map((u) => ({ id: u.id, name: u.name, role: u.role })),
    };
  });
}
