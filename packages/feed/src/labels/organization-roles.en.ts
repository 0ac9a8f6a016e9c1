// In English, apart from the Russian table (./organization-roles.ts): the widgets load their English
// words on demand, and a module holding both languages would land in the Russian first paint.
import type { ORGANIZATION_ROLES } from '../schema/directory.ts';

export const ORGANIZATION_ROLE_LABELS_EN: Record<(typeof ORGANIZATION_ROLES)[number], string> = {
  'base-school': 'Base school',
  'support-school': 'Support school',
  'internship-site': 'Internship site',
  'innovation-site': 'Innovation site',
  'pilot-site': 'Pilot site',
  'resource-centre': 'Resource centre',
  'growth-point': 'Growth Point centre',
  'experience-school': 'Best-experience school',
  other: 'Other',
};
