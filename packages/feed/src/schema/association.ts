import * as z from 'zod/mini';
import { id, idList, LIMITS, linkUrl, text } from './primitives.ts';

export const ASSOCIATION_KINDS = [
  'rmo',
  'shmo',
  'creative-group',
  'problem-group',
  'network-community',
  'young-teacher-school',
  'mentor-club',
  'methodical-council',
  'other',
] as const;
export const ASSOCIATION_LEVELS = ['municipal', 'school'] as const;
export const LINK_KINDS = ['plan', 'documents', 'community', 'other'] as const;

export const associationSchema = z.object({
  id,
  name: text(LIMITS.title),
  kind: z.enum(ASSOCIATION_KINDS),
  level: z._default(z.enum(ASSOCIATION_LEVELS), 'municipal'),
  subjects: z.optional(idList),
  educationLevels: z.optional(idList),
  audiences: z.optional(idList),
  leader: z.optional(id),
  baseOrganizations: z.optional(idList),
  /** The methodical theme of the current school year. */
  theme: z.optional(text(LIMITS.text)),
  description: z.optional(text(LIMITS.longText)),
  /** Free text, e.g. «один раз в четверть, последний вторник месяца». */
  meetings: z.optional(text(LIMITS.title)),
  memberCount: z.optional(z.int().check(z.nonnegative())),
  links: z.optional(
    z
      .array(
        z.object({ title: text(LIMITS.title), url: linkUrl, kind: z.optional(z.enum(LINK_KINDS)) }),
      )
      .check(z.maxLength(LIMITS.list)),
  ),
});

export type Association = z.infer<typeof associationSchema>;
export type AssociationKind = (typeof ASSOCIATION_KINDS)[number];
