import * as z from 'zod/mini';
import { date, email, id, idList, LIMITS, phone, text, webUrl } from './primitives.ts';

export const ORGANIZATION_TYPES = [
  'school',
  'kindergarten',
  'additional',
  'methodical-centre',
  'college',
  'other',
] as const;
export const ORGANIZATION_ROLES = [
  'base-school',
  'support-school',
  'internship-site',
  'innovation-site',
  'pilot-site',
  'resource-centre',
  'growth-point',
  'experience-school',
  'other',
] as const;
export const ROLE_LEVELS = ['federal', 'regional', 'municipal'] as const;

export const organizationRoleSchema = z.object({
  role: z.enum(ORGANIZATION_ROLES),
  level: z.optional(z.enum(ROLE_LEVELS)),
  /** What the site works on, e.g. the innovation project's theme. */
  topic: z.optional(text(LIMITS.title)),
  since: z.optional(date),
  until: z.optional(date),
});

export const organizationSchema = z.object({
  id,
  name: text(LIMITS.title),
  shortName: z.optional(text()),
  type: z.enum(ORGANIZATION_TYPES),
  address: z.optional(text(LIMITS.title)),
  site: z.optional(webUrl),
  roles: z.optional(z.array(organizationRoleSchema).check(z.maxLength(LIMITS.list))),
});

export const personSchema = z.object({
  id,
  name: text(),
  position: z.optional(text(LIMITS.title)),
  organization: z.optional(id),
  /** Directions of work (taxonomy `directions`), e.g. ДОУ, молодые педагоги. */
  directions: z.optional(idList),
  email: z.optional(email),
  phone: z.optional(phone),
  /**
   * 152-ФЗ art. 10.1: the person agreed that their name and contacts be distributed.
   * Without it the contacts are not shown and validation warns.
   */
  publicConsent: z.optional(z.boolean()),
});

export type Organization = z.infer<typeof organizationSchema>;
export type OrganizationRole = z.infer<typeof organizationRoleSchema>;
export type Person = z.infer<typeof personSchema>;
