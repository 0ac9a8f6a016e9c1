import { email, phone } from '@metodika/feed';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import type { FeedSource } from '../../labels.ts';
import { errorBody } from '../../messages.ts';
import { findPerson, withdrawConsent } from '../../person-data.ts';
import { requireStaff } from '../../plugins/staff-auth.ts';
import { registrationMailer } from '../../registration/mailer.ts';
import { audit } from '../../repos/audit.ts';
import { contactKeys } from '../../store/row.ts';
import {
  type AdminContext,
  actorOf,
  departmentOf,
  parseBody,
  recordStaffAction,
  say,
} from './context.ts';

const contactBody = z.object({ email: z.optional(email), phone: z.optional(phone) });

/**
 * Withdrawal of consent (152-ФЗ art. 9): find everything kept about a person by e-mail or phone
 * (requests with their history and letters, event registrations) and delete it in one go. The
 * record kept says who did it, when and how many of each: never the contact.
 */
export async function withdrawalRoutes(
  app: FastifyInstance,
  ctx: AdminContext & { feed: FeedSource },
): Promise<void> {
  const { db, now } = ctx;
  const mail = registrationMailer(ctx, app.log);
  // Deleting anyone's requests needs sight of all of them.
  const guard = {
    preHandler: [
      requireStaff('administrator', 'methodist'),
      async (request: FastifyRequest, reply: FastifyReply) => {
        if (request.staff!.user.role === 'methodist' && request.staff!.user.scope === 'own') {
          return reply.code(403).send(errorBody('forbidden', request.lang));
        }
      },
    ],
  };

  /** The contact's lookup keys, or a 422 naming what to enter. */
  const keysOf = (request: FastifyRequest, reply: FastifyReply) => {
    const body = parseBody(contactBody, request, reply);
    if (!body) return null;
    const keys = contactKeys(body);
    if (!keys.email && !keys.phone) {
      void reply.code(422).send({
        error: 'validation',
        fields: {
          email: say(
            request.lang,
            'Укажите e-mail или телефон человека.',
            "Enter the person's e-mail or phone.",
          ),
        },
      });
      return null;
    }
    return keys;
  };

  app.post('/admin/api/withdrawal/search', guard, async (request, reply) => {
    const keys = keysOf(request, reply);
    if (!keys) return;
    const found = await db.tx(async (q) => {
      const person = await findPerson(q, departmentOf(request), keys, ctx.feed.feed(), now());
      await recordStaffAction(
        q,
        request,
        {
          action: 'withdrawal.search',
          details: { found: person.requests.length, registrations: person.registrations.length },
        },
        now(),
      );
      return person;
    });
    // `items`: the requests, under the name the console has always read them by.
    return { items: found.requests, registrations: found.registrations };
  });

  app.post('/admin/api/withdrawal', guard, async (request, reply) => {
    const keys = keysOf(request, reply);
    if (!keys) return;
    const at = now();
    const erased = await db.tx((q) =>
      withdrawConsent(q, {
        departmentId: departmentOf(request),
        keys,
        feed: ctx.feed.feed(),
        actor: actorOf(request),
        at,
      }),
    );
    // After the commit, as a cancellation does: whoever took a freed place gets their letter.
    for (const { kept, registration } of erased.promoted)
      await mail.tellPromoted(kept, registration);
    request.log.info(
      {
        event: 'withdrawal.done',
        deleted: erased.requests,
        registrationsDeleted: erased.registrations,
        promoted: erased.promoted.length,
      },
      'consent withdrawn',
    );
    return {
      deleted: erased.requests,
      registrations: erased.registrations,
      promoted: erased.promoted.length,
      at: at.toISOString(),
    };
  });

  app.get('/admin/api/withdrawal', guard, async (request) => {
    const { items } = await audit.list(db, departmentOf(request), {
      action: 'withdrawal.delete',
      page: 1,
      pageSize: 100,
    });
    return {
      items: items.map((entry) => ({
        at: entry.at,
        actor: entry.actor,
        deleted: Number(entry.details?.deleted ?? 0),
        registrations: Number(entry.details?.registrations ?? 0),
      })),
    };
  });
}
