import { email, phone } from '@metodika/feed';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { errorBody } from '../../messages.ts';
import { requireStaff } from '../../plugins/staff-auth.ts';
import { audit } from '../../repos/audit.ts';
import { registrations } from '../../repos/registrations.ts';
import { consoleRequests } from '../../repos/requests.ts';
import { contactKeys } from '../../store/row.ts';
import { type AdminContext, actorOf, departmentOf, parseBody, say } from './context.ts';

const contactBody = z.object({ email: z.optional(email), phone: z.optional(phone) });

/**
 * Withdrawal of consent (152-ФЗ art. 9): find a person's requests by e-mail or phone and delete
 * them with their history. The record kept says who did it, when and how many: never the contact.
 */
export async function withdrawalRoutes(app: FastifyInstance, ctx: AdminContext): Promise<void> {
  const { db, now } = ctx;
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
    const items = await db.tx(async (q) => {
      const found = await consoleRequests.byContact(q, departmentOf(request), keys);
      await audit.record(
        q,
        {
          departmentId: departmentOf(request),
          actor: actorOf(request),
          action: 'withdrawal.search',
          details: { found: found.length },
        },
        now(),
      );
      return found;
    });
    return { items };
  });

  app.post('/admin/api/withdrawal', guard, async (request, reply) => {
    const keys = keysOf(request, reply);
    if (!keys) return;
    const at = now();
    const { deleted, registrationsDeleted } = await db.tx(async (q) => {
      const count = await consoleRequests.deleteByContact(q, departmentOf(request), keys);
      // Event registrations are personal data under the same consent rules.
      const signUps = await registrations.deleteByContact(q, departmentOf(request), keys);
      await audit.record(
        q,
        {
          departmentId: departmentOf(request),
          actor: actorOf(request),
          action: 'withdrawal.delete',
          details: { deleted: count, registrations: signUps },
        },
        at,
      );
      return { deleted: count, registrationsDeleted: signUps };
    });
    request.log.info(
      { event: 'withdrawal.done', deleted, registrationsDeleted },
      'consent withdrawn',
    );
    return { deleted, registrations: registrationsDeleted, at: at.toISOString() };
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
      })),
    };
  });
}
