import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { toCsvRows } from '../../csv.ts';
import type { FeedSource } from '../../labels.ts';
import { errorBody } from '../../messages.ts';
import { requireStaff } from '../../plugins/staff-auth.ts';
import { registrationMailer } from '../../registration/mailer.ts';
import { type KeptEvent, keptEvent } from '../../registration/policy.ts';
import { type Registration, registrations } from '../../repos/registrations.ts';
import {
  type AdminContext,
  departmentOf,
  fieldError,
  parseBody,
  recordStaffAction,
  say,
} from './context.ts';

const moveBody = z.object({ status: z.enum(['confirmed', 'waiting', 'cancelled']) });
const attendedBody = z.object({ attended: z.nullable(z.boolean()) });
const messageBody = z.object({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(10_000)),
  includeWaiting: z.optional(z.boolean()),
});

/** A participant as the console lists them. */
function row(registration: Registration) {
  const r = registration.request;
  return {
    id: registration.id,
    status: registration.status,
    name: r.name,
    organization: r.organization.name,
    position: r.position ?? null,
    email: r.email,
    phone: r.phone ?? null,
    answers: r.answers ?? {},
    createdAt: registration.createdAt,
    promotedAt: registration.promotedAt,
    attended: registration.attended,
    consent: registration.consent,
  };
}

const STATUS_WORDS = {
  ru: { confirmed: 'записан(а)', waiting: 'лист ожидания', cancelled: 'отменил(а)' },
  en: { confirmed: 'registered', waiting: 'waiting list', cancelled: 'cancelled' },
};

/** The sign-in sheet's columns: number, person, answers, status and an empty signature column. */
function sheetRows(kept: KeptEvent, list: Registration[], lang: 'ru' | 'en'): string[][] {
  const questions = kept.event.registration?.questions ?? [];
  const header =
    lang === 'en'
      ? [
          'No.',
          'Name',
          'Organisation',
          'Position',
          'E-mail',
          'Phone',
          ...questions.map((q) => q.label),
          'Status',
          'Attended',
          'Signature',
        ]
      : [
          '№',
          'ФИО',
          'Организация',
          'Должность',
          'E-mail',
          'Телефон',
          ...questions.map((q) => q.label),
          'Статус',
          'Присутствовал(а)',
          'Подпись',
        ];
  const live = list.filter((r) => r.status !== 'cancelled');
  return [
    header,
    ...live.map((registration, index) => {
      const r = registration.request;
      return [
        String(index + 1),
        r.name,
        r.organization.name,
        r.position ?? '',
        r.email,
        r.phone ?? '',
        ...questions.map((q) => r.answers?.[q.id] ?? ''),
        STATUS_WORDS[lang][registration.status],
        registration.attended === null ? '' : registration.attended ? '+' : '−',
        '',
      ];
    }),
  ];
}

/** Per event: participants and the waiting list, moves, attendance, a sign-in sheet, a letter to all. */
export async function registrationAdminRoutes(
  app: FastifyInstance,
  ctx: AdminContext & { feed: FeedSource },
): Promise<void> {
  const { db, now, config } = ctx;
  const guard = { preHandler: requireStaff() };
  const kept = (request: FastifyRequest<{ Params: { eventId: string } }>) =>
    keptEvent(ctx.feed.feed(), departmentOf(request), request.params.eventId);
  const mail = registrationMailer(ctx, app.log);

  app.get('/admin/api/events', guard, async (request) => {
    const feed = ctx.feed.feed();
    const items = [];
    for (const event of feed?.events ?? []) {
      if (!event.registration?.endpoint) continue;
      const counts = await registrations.counts(db, departmentOf(request), event.id);
      items.push({
        id: event.id,
        title: event.title,
        start: event.start,
        status: event.status,
        capacity: event.registration.capacity ?? null,
        waitlist: event.registration.waitlist ?? false,
        ...counts,
      });
    }
    return { items };
  });

  app.get<{ Params: { eventId: string } }>(
    '/admin/api/events/:eventId/registrations',
    guard,
    async (request, reply) => {
      const event = kept(request);
      if (!event) return reply.code(404).send(errorBody('not_found', request.lang));
      return db.tx(async (q) => {
        const list = await registrations.list(q, departmentOf(request), event.event.id);
        await recordStaffAction(
          q,
          request,
          { action: 'registrations.view', target: event.event.id },
          now(),
        );
        return {
          event: {
            id: event.event.id,
            title: event.event.title,
            start: event.event.start,
            status: event.event.status,
          },
          capacity: event.policy.capacity,
          waitlist: event.policy.waitlist,
          questions: event.event.registration?.questions ?? [],
          counts: await registrations.counts(q, departmentOf(request), event.event.id),
          items: list.map(row),
        };
      });
    },
  );

  app.post<{ Params: { eventId: string; id: string } }>(
    '/admin/api/events/:eventId/registrations/:id/status',
    guard,
    async (request, reply) => {
      const body = parseBody(moveBody, request, reply);
      if (!body) return;
      const event = kept(request);
      const id = Number(request.params.id);
      if (!event || !Number.isInteger(id))
        return reply.code(404).send(errorBody('not_found', request.lang));
      const outcome = await db.tx(async (q) => {
        await registrations.lockEvent(q, event.policy.departmentId, event.event.id);
        const current = await registrations.byId(q, departmentOf(request), id);
        if (!current || current.eventId !== event.event.id) return { error: 'not_found' as const };
        if (current.status === body.status) return { current, promoted: null };
        let promoted: Registration | null = null;
        if (body.status === 'cancelled') {
          promoted = (await registrations.cancel(q, event.policy, id, now())).promoted;
        } else if (body.status === 'confirmed') {
          const counts = await registrations.counts(q, event.policy.departmentId, event.event.id);
          if (event.policy.capacity !== null && counts.confirmed >= event.policy.capacity)
            return { error: 'full' as const };
          await registrations.setStatus(q, id, 'confirmed', now());
        } else {
          await registrations.setStatus(q, id, 'waiting', now());
          promoted = await registrations.fillPlaces(q, event.policy, now(), id);
        }
        await recordStaffAction(
          q,
          request,
          {
            action: 'registration.move',
            target: event.event.id,
            details: { from: current.status, to: body.status },
          },
          now(),
        );
        return { current: (await registrations.byId(q, departmentOf(request), id))!, promoted };
      });
      if ('error' in outcome) {
        if (outcome.error === 'full') {
          return fieldError(
            reply,
            'status',
            say(
              request.lang,
              'Все места заняты. Сначала освободите место.',
              'All places are taken. Free one first.',
            ),
          );
        }
        return reply.code(404).send(errorBody('not_found', request.lang));
      }
      if (outcome.promoted && outcome.promoted.id !== id)
        await mail.tellPromoted(event, outcome.promoted);
      return {
        registration: row(outcome.current),
        promoted: outcome.promoted && outcome.promoted.id !== id ? row(outcome.promoted) : null,
      };
    },
  );

  app.post<{ Params: { eventId: string; id: string } }>(
    '/admin/api/events/:eventId/registrations/:id/attended',
    guard,
    async (request, reply) => {
      const body = parseBody(attendedBody, request, reply);
      if (!body) return;
      const event = kept(request);
      const id = Number(request.params.id);
      if (!event || !Number.isInteger(id))
        return reply.code(404).send(errorBody('not_found', request.lang));
      const updated = await db.tx(async (q) => {
        const current = await registrations.byId(q, departmentOf(request), id);
        if (!current || current.eventId !== event.event.id) return null;
        await registrations.setAttended(q, departmentOf(request), id, body.attended);
        await recordStaffAction(
          q,
          request,
          {
            action: 'registration.attendance',
            target: event.event.id,
            // The registration's number in the list, not the person: the log holds no names.
            details: { registration: id, attended: body.attended },
          },
          now(),
        );
        return registrations.byId(q, departmentOf(request), id);
      });
      if (!updated) return reply.code(404).send(errorBody('not_found', request.lang));
      return { registration: row(updated) };
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get<{ Params: { eventId: string } }>(
      `/admin/api/events/:eventId/registrations.${format}`,
      guard,
      async (request, reply) => {
        const event = kept(request);
        if (!event) return reply.code(404).send(errorBody('not_found', request.lang));
        const list = await db.tx(async (q) => {
          const found = await registrations.list(q, departmentOf(request), event.event.id);
          await recordStaffAction(
            q,
            request,
            {
              action: 'registrations.export',
              target: event.event.id,
              details: { format, rows: found.length },
            },
            now(),
          );
          return found;
        });
        const rows = sheetRows(event, list, request.lang);
        void reply.header(
          'Content-Disposition',
          `attachment; filename="participants-${event.event.id}.${format}"`,
        );
        if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsvRows(rows));
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet(
          request.lang === 'en' ? 'Sign-in sheet' : 'Лист регистрации',
          {
            pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
          },
        );
        sheet.addRow([event.event.title]).font = { bold: true, size: 14 };
        sheet.addRow([]);
        for (const [index, values] of rows.entries()) {
          const added = sheet.addRow(values);
          added.eachCell((cell) => {
            // Text cells in the text format: nothing a participant typed runs as a formula.
            cell.numFmt = '@';
            cell.border = {
              top: { style: 'thin' },
              bottom: { style: 'thin' },
              left: { style: 'thin' },
              right: { style: 'thin' },
            };
          });
          if (index === 0) added.font = { bold: true };
          else added.height = 28; // room for a signature
        }
        sheet.columns.forEach((column, index) => {
          column.width = index === 0 ? 5 : index === rows[0]!.length - 1 ? 24 : 22;
        });
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(Buffer.from(await workbook.xlsx.writeBuffer()));
      },
    );
  }

  app.post<{ Params: { eventId: string } }>(
    '/admin/api/events/:eventId/message',
    guard,
    async (request, reply) => {
      const body = parseBody(messageBody, request, reply);
      if (!body) return;
      const event = kept(request);
      if (!event) return reply.code(404).send(errorBody('not_found', request.lang));
      if (!ctx.transport || !config.mailFrom)
        return reply.code(409).send(errorBody('mail_not_configured', request.lang));
      const list = (await registrations.list(db, departmentOf(request), event.event.id)).filter(
        (r) => r.status === 'confirmed' || (body.includeWaiting && r.status === 'waiting'),
      );
      let sent = 0;
      for (const registration of list) {
        if (await mail.send('message', event, registration, { body: body.text })) sent += 1;
      }
      await recordStaffAction(
        db,
        request,
        {
          action: 'registrations.message',
          target: event.event.id,
          details: { sent, failed: list.length - sent },
        },
        now(),
      );
      return { sent, failed: list.length - sent };
    },
  );
}
