import { setTimeout as sleep } from 'node:timers/promises';
import type { Lang } from '@metodika/feed';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { toCsv } from '../../csv.ts';
import type { Queryable } from '../../db/db.ts';
import { errorBody } from '../../messages.ts';
import { requireStaff } from '../../plugins/staff-auth.ts';
import { audit } from '../../repos/audit.ts';
import { consoleRequests, type RequestFilter, viewerOf } from '../../repos/requests.ts';
import { users } from '../../repos/users.ts';
import { REQUEST_STATUSES, type RequestStatus } from '../../store/types.ts';
import { periodBound } from '../../time.ts';
import { toXlsx } from '../../xlsx.ts';
import { type AdminContext, actorOf, departmentOf, parseBody, say } from './context.ts';

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
const answerBody = z.union([
  z.object({ text: z.string().check(z.trim(), z.minLength(1), z.maxLength(20_000)) }),
  z.object({ call: z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)) }),
]);

/** People type the number with a Latin K; stored numbers use the Cyrillic К. */
const canonicalNumber = (number: string) => number.replace(/^K-/i, 'К-');

/** Attempts to record an answer already e-mailed, and the pause before the next (× attempt). */
const RECORD_ATTEMPTS = 3;
const RECORD_RETRY_MS = 200;

/** Requests for methodists (and the administrator): list, page, history, answer, export. */
export async function requestRoutes(app: FastifyInstance, ctx: AdminContext): Promise<void> {
  const { db, now, labels, config } = ctx;
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
          await audit.record(
            q,
            {
              departmentId: departmentOf(request),
              actor: actorOf(request),
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
        await audit.record(
          q,
          {
            departmentId: departmentOf(request),
            actor: actorOf(request),
            action: 'request.view',
            target: number,
          },
          now(),
        );
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
          await audit.record(
            q,
            {
              departmentId: departmentOf(request),
              actor: actorOf(request),
              action: 'request.status',
              target: number,
              details: { from: old, to: body.status },
            },
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
        await audit.record(
          q,
          {
            departmentId: departmentOf(request),
            actor: actorOf(request),
            action: 'request.note',
            target: number,
          },
          now(),
        );
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
          await audit.record(
            q,
            {
              departmentId: departmentOf(request),
              actor: actorOf(request),
              action: 'request.assign',
              target: number,
              details: { to: assignee?.id ?? null },
            },
            now(),
          );
        }
        return detail(q, request, number);
      });
    },
  );

  app.post<{ Params: { number: string } }>(
    '/admin/api/requests/:number/answer',
    guard,
    async (request, reply) => {
      const body = parseBody(answerBody, request, reply);
      if (!body) return;
      const number = canonicalNumber(request.params.number);
      const found = await load(db, request, reply, number);
      if (!found) return;
      const teacher = found.request.request;
      const isCall = 'call' in body;
      if (!isCall) {
        if (!teacher.email) return reply.code(409).send(errorBody('no_email', request.lang));
        if (!ctx.transport || !config.mailFrom) {
          return reply.code(409).send(errorBody('mail_not_configured', request.lang));
        }
        try {
          // Sent before anything is recorded: a failed send leaves the request as it was, and the
          // console keeps the draft.
          await ctx.transport.sendMail({
            from: config.mailFrom,
            to: teacher.email,
            ...(request.staff!.user.email ? { replyTo: request.staff!.user.email } : {}),
            subject:
              teacher.locale === 'en'
                ? `Answer to your request ${number}`
                : `Ответ на заявку ${number}`,
            text: `${body.text}\n\n— ${request.staff!.user.name}\n`,
          });
        } catch (error) {
          const code = (error as { code?: string }).code ?? 'unknown';
          request.log.error({ event: 'answer.mail_failed', number, code }, 'answer not sent');
          return reply.code(502).send(errorBody('mail_failed', request.lang));
        }
      }
      const record = () =>
        db.tx(async (q) => {
          const departmentId = departmentOf(request);
          const actorId = actorOf(request).id;
          await consoleRequests.addEvent(
            q,
            {
              departmentId,
              number,
              actorId,
              kind: isCall ? 'call' : 'answer',
              text: isCall ? body.call : body.text,
            },
            now(),
          );
          const old = await consoleRequests.setStatus(q, number, 'answered', now());
          if (old !== 'answered') {
            await consoleRequests.addEvent(
              q,
              { departmentId, number, actorId, kind: 'status', from: old, to: 'answered' },
              now(),
            );
          }
          await audit.record(
            q,
            {
              departmentId,
              actor: actorOf(request),
              action: 'request.answer',
              target: number,
              details: { by: isCall ? 'phone' : 'email' },
            },
            now(),
          );
          return detail(q, request, number);
        });
      if (isCall) return record();
      // The e-mail is out: a lost record would tempt a second send, so a failed write is tried
      // again, and if it still fails the methodist is told not to send again.
      for (let attempt = 1; ; attempt++) {
        try {
          return await record();
        } catch (error) {
          if (attempt === RECORD_ATTEMPTS) {
            request.log.error(
              { event: 'answer.sent_not_recorded', number, err: error },
              'answer sent but not recorded',
            );
            return reply.code(500).send(errorBody('answer_not_recorded', request.lang));
          }
          await sleep(RECORD_RETRY_MS * attempt);
        }
      }
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
