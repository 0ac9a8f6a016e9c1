import type { Lang } from '@metodika/feed';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Transporter } from 'nodemailer';
import type { Config } from '../../config.ts';
import type { Db, Queryable } from '../../db/db.ts';
import type { Labels } from '../../labels.ts';
import type { AnswerSender } from '../../outbox/sender.ts';
import { type Actor, type AuditEntry, audit } from '../../repos/audit.ts';
import type { RequestStore } from '../../store/types.ts';
import { validateWith } from '../../validate.ts';

/** What every console route works with. */
export interface AdminContext {
  config: Config;
  db: Db;
  store: RequestStore;
  now: () => Date;
  labels: Labels;
  /** SMTP, or null when mail is not configured. */
  transport: Transporter | null;
  /** Delivers the answers' letters from the outbox. */
  answers: AnswerSender;
}

/** The signed-in staff member as an audit actor. */
export function actorOf(request: FastifyRequest): Actor {
  const user = request.staff!.user;
  return { id: user.id, name: user.name };
}

/** The department of the signed-in staff member. */
export function departmentOf(request: FastifyRequest): string {
  return request.staff!.user.departmentId;
}

/** Records in the audit log what the signed-in staff member did, in their own department. */
export function recordStaffAction(
  q: Queryable,
  request: FastifyRequest,
  entry: Omit<AuditEntry, 'departmentId' | 'actor'>,
  at: Date,
): Promise<void> {
  return audit.record(
    q,
    { departmentId: departmentOf(request), actor: actorOf(request), ...entry },
    at,
  );
}

/**
 * Parses a body with a zod schema; on failure answers 422 with one message per field (the feed
 * package's wording) and returns null, so a route reads `const body = parse(…); if (!body) return;`.
 */
export function parseBody<T>(
  schema: Parameters<typeof validateWith<T>>[0],
  request: FastifyRequest,
  reply: FastifyReply,
): T | null {
  const result = validateWith(schema, request.body ?? {}, request.lang);
  if (result.ok) return result.value;
  void reply.code(422).send({ error: 'validation', fields: result.fields });
  return null;
}

/** A 422 with one field's message. */
export function fieldError(reply: FastifyReply, field: string, message: string) {
  return reply.code(422).send({ error: 'validation', fields: { [field]: message } });
}

/** Picks the message for the request's language. */
export const say = (lang: Lang, ru: string, en: string) => (lang === 'en' ? en : ru);
