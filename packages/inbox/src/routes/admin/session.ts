import { email, text } from '@metodika/feed';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { errorBody, waitText } from '../../messages.ts';
import { ANONYMOUS, requireStaff, sessionLimits } from '../../plugins/staff-auth.ts';
import { audit } from '../../repos/audit.ts';
import { links } from '../../repos/links.ts';
import { sessions } from '../../repos/sessions.ts';
import { loginThrottle } from '../../repos/throttle.ts';
import { normalizeLogin, type User, users } from '../../repos/users.ts';
import {
  hashPassword,
  PASSWORD_MIN,
  passwordProblem,
  verifyPassword,
} from '../../security/passwords.ts';
import { type AdminContext, actorOf, fieldError, parseBody, say } from './context.ts';

const loginBody = z.object({
  email: z.string().check(z.maxLength(200)),
  password: z.string().check(z.maxLength(1000)),
});
const passwordBody = z.object({ current: z.string(), password: z.string() });
const linkBody = z.object({
  password: z.string(),
  email: z.optional(email),
  name: z.optional(text()),
});

/** The words for a refused password, naming the fix. */
export function passwordMessage(
  problem: NonNullable<ReturnType<typeof passwordProblem>>,
  lang: 'ru' | 'en',
): string {
  switch (problem) {
    case 'too_short':
      return say(
        lang,
        `Пароль короче ${PASSWORD_MIN} символов. Возьмите фразу из нескольких слов.`,
        `The password is shorter than ${PASSWORD_MIN} characters. Use a phrase of several words.`,
      );
    case 'too_long':
      return say(
        lang,
        'Пароль длиннее 128 символов. Сократите его.',
        'The password is longer than 128 characters. Shorten it.',
      );
    case 'common':
      return say(
        lang,
        'Этот пароль есть в списках самых распространённых — его подберут. Придумайте другой.',
        'This password is on lists of the most common ones and would be guessed. Choose another.',
      );
    case 'contains_login':
      return say(
        lang,
        'Пароль не должен содержать ваш e-mail. Придумайте другой.',
        'The password must not contain your e-mail. Choose another.',
      );
  }
}

/** Session, sign-in and sign-out, own password, and one-time links (setup, invitation, reset). */
export async function sessionRoutes(app: FastifyInstance, ctx: AdminContext): Promise<void> {
  const { db, now, config } = ctx;
  const limits = sessionLimits(config);
  const policy = {
    windowMs: config.loginWindowMinutes * 60_000,
    perAccount: config.loginMaxFailures,
    perIp: config.loginMaxFailuresPerIp,
  };

  /** Starts a new session (a fresh id: never the one from before sign-in) and answers with it. */
  const signIn = async (request: FastifyRequest, reply: FastifyReply, user: User) => {
    if (request.staff) await sessions.destroy(db, request.staff.session.idHash);
    const { id, session } = await db.tx(async (q) => {
      await users.recordLogin(q, user.id, now());
      const created = await sessions.create(q, user, now(), limits);
      await audit.record(
        q,
        {
          departmentId: user.departmentId,
          actor: { id: user.id, name: user.name },
          action: 'session.login',
        },
        now(),
      );
      return created;
    });
    app.setSessionCookie(reply, id);
    request.staff = { user, session };
    return {
      user: { ...user, lastLoginAt: now().toISOString() },
      csrfToken: reply.generateCsrf({ userInfo: session.idHash }),
    };
  };

  app.get('/admin/api/session', async (request, reply) => {
    const department = await db.get<{ id: string; name: string }>(
      'SELECT id, name FROM departments ORDER BY id LIMIT 1',
    );
    return {
      user: request.staff?.user ?? null,
      csrfToken: reply.generateCsrf({ userInfo: request.staff?.session.idHash ?? ANONYMOUS }),
      timeZone: config.timeZone,
      department: department ?? null,
      setupRequired: (await users.count(db)) === 0,
    };
  });

  app.post('/admin/api/login', async (request, reply) => {
    const body = parseBody(loginBody, request, reply);
    if (!body) return;
    const keys = { account: normalizeLogin(body.email), ip: request.ip ?? 'unknown' };
    const wait = await loginThrottle.retryAfter(db, keys, now(), policy);
    if (wait > 0) {
      return reply
        .code(429)
        .header('Retry-After', String(wait))
        .send({
          ...errorBody('login_throttled', request.lang, { wait: waitText(wait, request.lang) }),
          retryAfter: wait,
        });
    }
    const user = await users.byEmail(db, body.email);
    const ok = await verifyPassword(user?.passwordHash ?? null, body.password);
    if (!ok || !user || user.disabled) {
      await db.tx(async (q) => {
        await loginThrottle.recordFailure(q, keys, now());
        if (user) {
          await audit.record(
            q,
            {
              departmentId: user.departmentId,
              actor: { id: user.id, name: user.name },
              action: 'session.login_failed',
            },
            now(),
          );
        }
      });
      return reply.code(401).send(errorBody('invalid_credentials', request.lang));
    }
    await loginThrottle.clearAccount(db, keys.account);
    const { passwordHash: _hash, ...visible } = user;
    return signIn(request, reply, visible);
  });

  app.post('/admin/api/logout', { preHandler: requireStaff() }, async (request, reply) => {
    await db.tx(async (q) => {
      await sessions.destroy(q, request.staff!.session.idHash);
      await audit.record(
        q,
        {
          departmentId: request.staff!.user.departmentId,
          actor: actorOf(request),
          action: 'session.logout',
        },
        now(),
      );
    });
    app.clearSessionCookie(reply);
    return reply.code(204).send();
  });

  app.post(
    '/admin/api/logout-everywhere',
    { preHandler: requireStaff() },
    async (request, reply) => {
      await db.tx(async (q) => {
        const ended = await sessions.destroyAllFor(q, request.staff!.user.id);
        await audit.record(
          q,
          {
            departmentId: request.staff!.user.departmentId,
            actor: actorOf(request),
            action: 'session.logout_everywhere',
            details: { sessions: ended },
          },
          now(),
        );
      });
      app.clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );

  app.post('/admin/api/password', { preHandler: requireStaff() }, async (request, reply) => {
    const body = parseBody(passwordBody, request, reply);
    if (!body) return;
    const user = (await users.byId(db, request.staff!.user.id))!;
    if (!(await verifyPassword(user.passwordHash, body.current))) {
      return fieldError(
        reply,
        'current',
        say(request.lang, 'Текущий пароль указан неверно.', 'The current password is wrong.'),
      );
    }
    const problem = passwordProblem(body.password, user.email);
    if (problem) return fieldError(reply, 'password', passwordMessage(problem, request.lang));
    const hash = await hashPassword(body.password);
    await db.tx(async (q) => {
      await users.setPassword(q, user.id, hash, now());
      // Other sessions may be someone who knew the old password.
      await q.run('DELETE FROM sessions WHERE user_id = ? AND id_hash <> ?', [
        user.id,
        request.staff!.session.idHash,
      ]);
      await audit.record(
        q,
        {
          departmentId: user.departmentId,
          actor: actorOf(request),
          action: 'account.password',
          target: user.email,
        },
        now(),
      );
    });
    return reply.code(204).send();
  });

  app.get<{ Params: { token: string } }>('/admin/api/links/:token', async (request, reply) => {
    const link = await links.find(db, request.params.token);
    if (!link) return reply.code(404).send(errorBody('link_expired', request.lang));
    if (link.usedAt || Date.parse(link.expiresAt) <= now().getTime()) {
      return reply.code(410).send(errorBody('link_expired', request.lang));
    }
    const user = link.userId === null ? null : await users.byId(db, link.userId);
    return { purpose: link.purpose, email: user?.email ?? null, name: user?.name ?? null };
  });

  app.post<{ Params: { token: string } }>('/admin/api/links/:token', async (request, reply) => {
    const body = parseBody(linkBody, request, reply);
    if (!body) return;
    const link = await links.find(db, request.params.token);
    if (!link || link.usedAt || Date.parse(link.expiresAt) <= now().getTime()) {
      return reply.code(410).send(errorBody('link_expired', request.lang));
    }
    const existing = link.userId === null ? null : await users.byId(db, link.userId);
    if (link.purpose === 'setup' && (!body.email || !body.name)) {
      const fields: Record<string, string> = {};
      if (!body.email)
        fields.email = say(
          request.lang,
          'Укажите e-mail администратора — это логин.',
          "Enter the administrator's e-mail: it is the login.",
        );
      if (!body.name)
        fields.name = say(
          request.lang,
          'Укажите имя — его увидят коллеги в журнале.',
          'Enter a name: colleagues see it in the log.',
        );
      return reply.code(422).send({ error: 'validation', fields });
    }
    const loginEmail = existing?.email ?? body.email!;
    const problem = passwordProblem(body.password, loginEmail);
    if (problem) return fieldError(reply, 'password', passwordMessage(problem, request.lang));
    const hash = await hashPassword(body.password);
    const result = await db.tx(async (q) => {
      if (!(await links.consume(q, request.params.token, now()))) return null;
      if (link.purpose === 'setup') {
        // The setup link creates the first administrator only while there is none.
        if ((await users.count(q)) > 0) return null;
        const user = await users.create(
          q,
          {
            departmentId: link.departmentId,
            email: body.email!,
            name: body.name!,
            role: 'administrator',
            passwordHash: hash,
          },
          now(),
        );
        await audit.record(
          q,
          {
            departmentId: user.departmentId,
            actor: { id: user.id, name: user.name },
            action: 'account.setup',
            target: user.email,
          },
          now(),
        );
        return user;
      }
      await users.setPassword(q, existing!.id, hash, now());
      await sessions.destroyAllFor(q, existing!.id);
      await audit.record(
        q,
        {
          departmentId: existing!.departmentId,
          actor: { id: existing!.id, name: existing!.name },
          action: 'account.password',
          target: existing!.email,
          details: { via: link.purpose },
        },
        now(),
      );
      const { passwordHash: _hash, ...visible } = existing!;
      return visible;
    });
    if (!result) return reply.code(410).send(errorBody('link_expired', request.lang));
    if (result.disabled) return reply.code(403).send(errorBody('forbidden', request.lang));
    return signIn(request, reply, result);
  });
}
