import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import type { Lang } from '@metodika/feed';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { pickLang } from '../lang.ts';
import { errorBody } from '../messages.ts';
import { type Session, type SessionLimits, sessions } from '../repos/sessions.ts';
import { settings } from '../repos/settings.ts';
import { type Role, type User, users } from '../repos/users.ts';
import { randomToken } from '../security/secrets.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member and their session, resolved for `/admin/api` requests. */
    staff: { user: User; session: Session } | null;
    /** The language to answer in (the console sends its own in Accept-Language). */
    lang: Lang;
  }
  interface FastifyInstance {
    /** Sets the session cookie for a new session. */
    setSessionCookie(reply: FastifyReply, id: string): void;
    clearSessionCookie(reply: FastifyReply): void;
  }
}

/** Names of the cookies; `__Host-` (Secure, host-only, path /) when the service is on https. */
export function cookieNames(secure: boolean) {
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}metodika_sid`, csrf: `${prefix}metodika_csrf` };
}

/** The session limits from the configuration. */
export function sessionLimits(config: Config): SessionLimits {
  return {
    idleMs: config.sessionIdleMinutes * 60_000,
    absoluteMs: config.sessionMaxHours * 3_600_000,
  };
}

/** What CSRF tokens of visitors without a session are bound to (the library needs a non-empty value). */
export const ANONYMOUS = 'anonymous';

/** The state-changing routes a visitor without a session may call. */
const ANONYMOUS_WRITES = /^\/admin\/api\/(login|links\/[^/?]+)(\?|$)/;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Console sessions and CSRF. The session cookie is `HttpOnly`, `SameSite=Strict` and `Secure`
 * when the public address is https; its id is checked against the database on every request.
 * CSRF tokens come from @fastify/csrf-protection: a signed secret cookie plus a per-session
 * token (HMAC-bound to the session), required in `x-csrf-token` on every state-changing request
 * under `/admin/api`, the login included.
 */
export async function staffAuth(
  app: FastifyInstance,
  options: { config: Config; db: Db; now: () => Date },
): Promise<void> {
  const { config, db, now } = options;
  const secure = config.publicUrl.startsWith('https://');
  const names = cookieNames(secure);
  const limits = sessionLimits(config);
  // Shared by every process through the database, so each accepts the others' cookies.
  const cookieSecret = await db.tx((q) => settings.secret(q, 'cookie-secret', randomToken));
  const hmacKey = await db.tx((q) => settings.secret(q, 'csrf-hmac', randomToken));

  await app.register(cookie, { secret: cookieSecret });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: names.csrf,
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure, signed: true },
    // The token is valid only for the session it was issued in (anonymous: the login form).
    getUserInfo: (request: FastifyRequest) => request.staff?.session.idHash ?? ANONYMOUS,
    csrfOpts: { hmacKey },
  });

  app.decorateRequest('staff', null);
  app.decorateRequest('lang', 'ru');
  app.decorate('setSessionCookie', (reply: FastifyReply, id: string) => {
    reply.setCookie(names.session, id, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure,
      // A browser session cookie: closing the browser ends it; the server enforces the limits.
    });
  });
  app.decorate('clearSessionCookie', (reply: FastifyReply) => {
    reply.clearCookie(names.session, { path: '/', httpOnly: true, sameSite: 'strict', secure });
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/admin/api/')) return;
    request.lang = pickLang(null, request.headers['accept-language']);
    reply.header('Cache-Control', 'no-store');
    const id = request.cookies[names.session];
    if (id) {
      const session = await sessions.resolve(db, id, now(), limits);
      const user = session ? await users.byId(db, session.userId) : null;
      if (session && user && !user.disabled) {
        const { passwordHash: _hash, ...visible } = user;
        request.staff = { user: visible, session };
      } else {
        app.clearSessionCookie(reply);
      }
    }
  });
  // After the session is known (the token is bound to it); the plugin answers a refusal itself.
  app.addHook('onRequest', (request, reply, done) => {
    if (!request.url.startsWith('/admin/api/') || !UNSAFE.has(request.method)) return done();
    // Without a session only signing in and the one-time links can change anything: answer the
    // rest "sign in" at once, not "page out of date" first.
    if (!request.staff && !ANONYMOUS_WRITES.test(request.url)) {
      void reply.code(401).send(errorBody('unauthenticated', request.lang));
      return;
    }
    app.csrfProtection(request, reply, done);
  });
}

/** Route guard: a signed-in staff member, optionally with one of `roles`. */
export function requireStaff(...roles: Role[]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.staff) return reply.code(401).send(errorBody('unauthenticated', request.lang));
    if (roles.length && !roles.includes(request.staff.user.role)) {
      return reply.code(403).send(errorBody('forbidden', request.lang));
    }
  };
}
