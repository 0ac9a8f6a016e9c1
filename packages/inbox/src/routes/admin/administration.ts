import { email, id, text } from '@metodika/feed';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { errorBody } from '../../messages.ts';
import { requireStaff } from '../../plugins/staff-auth.ts';
import { apiTokens } from '../../repos/api-tokens.ts';
import { AUDIT_ACTIONS, audit } from '../../repos/audit.ts';
import { links } from '../../repos/links.ts';
import { sessions } from '../../repos/sessions.ts';
import { type DepartmentSettings, settings } from '../../repos/settings.ts';
import { ROLES, type User, users } from '../../repos/users.ts';
import { periodBound } from '../../time.ts';
import {
  type AdminContext,
  actorOf,
  departmentOf,
  fieldError,
  parseBody,
  recordStaffAction,
  say,
} from './context.ts';

const HOUR = 3_600_000;
/** An invitation waits three days (a weekend); a reset link one day. */
export const INVITE_TTL_MS = 72 * HOUR;
export const RESET_TTL_MS = 24 * HOUR;

const newUserBody = z.object({
  email,
  name: text(),
  role: z.enum(ROLES),
  scope: z.optional(z.enum(['all', 'own'])),
  personId: z.optional(z.nullable(id)),
});
const patchUserBody = z.object({
  name: z.optional(text()),
  role: z.optional(z.enum(ROLES)),
  scope: z.optional(z.enum(['all', 'own'])),
  personId: z.optional(z.nullable(id)),
  disabled: z.optional(z.boolean()),
});
const settingsBody = z.object({
  notifyTo: z.optional(z.array(email).check(z.maxLength(20))),
  notifyIncludeMessage: z.optional(z.boolean()),
});
const tokenBody = z.object({ name: text() });

/** The department's settings with defaults from the environment. */
export function settingsDefaults(ctx: Pick<AdminContext, 'config'>): DepartmentSettings {
  return {
    notifyTo: (ctx.config.mailTo ?? '')
      .split(',')
      .map((address) => address.trim())
      .filter(Boolean),
    notifyIncludeMessage: true,
    lastPurge: null,
  };
}

/** A one-time link into the console. */
export const consoleLink = (ctx: Pick<AdminContext, 'config'>, route: string) =>
  `${ctx.config.publicUrl.replace(/\/$/, '')}/admin/#/${route}`;

/** Accounts, audit log, settings and script tokens: the administrator's pages. */
export async function administrationRoutes(app: FastifyInstance, ctx: AdminContext): Promise<void> {
  const { db, now, config } = ctx;
  const guard = { preHandler: requireStaff('administrator') };
  const lastAdministrator = async (user: User, change: { role?: string; disabled?: boolean }) => {
    if (user.role !== 'administrator') return false;
    if ((change.role ?? 'administrator') === 'administrator' && !change.disabled) return false;
    const admins = (await users.list(db, user.departmentId)).filter(
      (u) => u.role === 'administrator' && !u.disabled,
    );
    return admins.length <= 1;
  };

  app.get('/admin/api/users', guard, async (request) => ({
    items: await users.list(db, departmentOf(request)),
  }));

  app.post('/admin/api/users', guard, async (request, reply) => {
    const body = parseBody(newUserBody, request, reply);
    if (!body) return;
    if (await users.byEmail(db, body.email)) {
      return fieldError(
        reply,
        'email',
        say(
          request.lang,
          'Учётная запись с таким e-mail уже есть.',
          'An account with this e-mail exists.',
        ),
      );
    }
    const result = await db.tx(async (q) => {
      const user = await users.create(
        q,
        {
          departmentId: departmentOf(request),
          email: body.email,
          name: body.name,
          role: body.role,
          scope: body.scope ?? 'all',
          personId: body.personId ?? null,
        },
        now(),
      );
      const token = await links.create(
        q,
        {
          purpose: 'invite',
          departmentId: user.departmentId,
          userId: user.id,
          ttlMs: INVITE_TTL_MS,
        },
        now(),
      );
      await audit.record(
        q,
        {
          departmentId: user.departmentId,
          actor: actorOf(request),
          action: 'account.create',
          target: user.email,
          details: { role: user.role },
        },
        now(),
      );
      return { user, link: consoleLink(ctx, `link/${token}`) };
    });
    return reply.code(201).send(result);
  });

  app.patch<{ Params: { id: string } }>('/admin/api/users/:id', guard, async (request, reply) => {
    const body = parseBody(patchUserBody, request, reply);
    if (!body) return;
    const target = /^\d+$/.test(request.params.id)
      ? await users.byId(db, Number(request.params.id))
      : null;
    if (!target || target.departmentId !== departmentOf(request)) {
      return reply.code(404).send(errorBody('not_found', request.lang));
    }
    if (await lastAdministrator(target, body)) {
      return fieldError(
        reply,
        body.disabled ? 'disabled' : 'role',
        say(
          request.lang,
          'Это единственный администратор. Сначала назначьте другого.',
          'This is the only administrator. Appoint another one first.',
        ),
      );
    }
    const user = await db.tx(async (q) => {
      const updated = await users.update(q, target.id, body, now());
      // A disabled account or a changed role must not keep working in an open browser.
      if (body.disabled || (body.role && body.role !== target.role))
        await sessions.destroyAllFor(q, target.id);
      const details: Record<string, string | boolean | null> = {};
      for (const [key, value] of Object.entries(body))
        if (value !== undefined) details[key] = value;
      await audit.record(
        q,
        {
          departmentId: target.departmentId,
          actor: actorOf(request),
          action: 'account.update',
          target: target.email,
          details,
        },
        now(),
      );
      return updated;
    });
    return { user };
  });

  app.post<{ Params: { id: string } }>(
    '/admin/api/users/:id/reset',
    guard,
    async (request, reply) => {
      const target = /^\d+$/.test(request.params.id)
        ? await users.byId(db, Number(request.params.id))
        : null;
      if (!target || target.departmentId !== departmentOf(request)) {
        return reply.code(404).send(errorBody('not_found', request.lang));
      }
      const token = await db.tx(async (q) => {
        const made = await links.create(
          q,
          {
            purpose: 'reset',
            departmentId: target.departmentId,
            userId: target.id,
            ttlMs: RESET_TTL_MS,
          },
          now(),
        );
        await sessions.destroyAllFor(q, target.id);
        await audit.record(
          q,
          {
            departmentId: target.departmentId,
            actor: actorOf(request),
            action: 'account.reset_link',
            target: target.email,
          },
          now(),
        );
        return made;
      });
      return { link: consoleLink(ctx, `link/${token}`) };
    },
  );

  app.get<{
    Querystring: { action?: string; actor?: string; from?: string; to?: string; page?: string };
  }>('/admin/api/audit', guard, async (request, reply) => {
    const { action, actor, from, to } = request.query;
    const page = Number(request.query.page ?? 1);
    const valid =
      Number.isInteger(page) &&
      page >= 1 &&
      (!action || (AUDIT_ACTIONS as readonly string[]).includes(action)) &&
      (!actor || /^\d+$/.test(actor)) &&
      (!from || periodBound(from, 'from', config.timeZone) !== null) &&
      (!to || periodBound(to, 'to', config.timeZone) !== null);
    if (!valid) return reply.code(400).send(errorBody('bad_request', request.lang));
    const pageSize = 50;
    const found = await audit.list(db, departmentOf(request), {
      ...(action ? { action } : {}),
      ...(actor ? { actorId: Number(actor) } : {}),
      ...(from ? { from: periodBound(from, 'from', config.timeZone)! } : {}),
      ...(to ? { to: periodBound(to, 'to', config.timeZone)! } : {}),
      page,
      pageSize,
    });
    return { ...found, page, pageSize, actions: AUDIT_ACTIONS };
  });

  const settingsView = async (request: FastifyRequest) => {
    const stored = await settings.read(db, departmentOf(request), settingsDefaults(ctx));
    return {
      ...stored,
      retentionDays: config.retentionDays,
      responseDays: config.responseDays,
      timeZone: config.timeZone,
      smtp: Boolean(ctx.transport && config.mailFrom),
      allowedOrigins: config.allowedOrigins,
    };
  };

  app.get('/admin/api/settings', guard, settingsView);

  app.patch('/admin/api/settings', guard, async (request, reply) => {
    const body = parseBody(settingsBody, request, reply);
    if (!body) return;
    await db.tx(async (q) => {
      await settings.write(q, departmentOf(request), body);
      await recordStaffAction(
        q,
        request,
        {
          action: 'settings.update',
          details: {
            ...(body.notifyTo ? { notifyTo: body.notifyTo.length } : {}),
            ...(body.notifyIncludeMessage === undefined
              ? {}
              : { notifyIncludeMessage: body.notifyIncludeMessage }),
          },
        },
        now(),
      );
    });
    return settingsView(request);
  });

  app.get('/admin/api/tokens', guard, async (request) => ({
    items: await apiTokens.list(db, departmentOf(request)),
  }));

  app.post('/admin/api/tokens', guard, async (request, reply) => {
    const body = parseBody(tokenBody, request, reply);
    if (!body) return;
    const created = await db.tx(async (q) => {
      const made = await apiTokens.create(
        q,
        { departmentId: departmentOf(request), name: body.name, createdBy: actorOf(request).id! },
        now(),
      );
      await recordStaffAction(q, request, { action: 'token.create', target: body.name }, now());
      return made;
    });
    return reply.code(201).send(created);
  });

  app.delete<{ Params: { id: string } }>('/admin/api/tokens/:id', guard, async (request, reply) => {
    const token = await db.tx(async (q) => {
      const revoked = await apiTokens.revoke(
        q,
        departmentOf(request),
        Number(request.params.id),
        now(),
      );
      if (revoked) {
        await recordStaffAction(
          q,
          request,
          { action: 'token.revoke', target: revoked.name },
          now(),
        );
      }
      return revoked;
    });
    if (!token) return reply.code(404).send(errorBody('not_found', request.lang));
    return { token };
  });
}
