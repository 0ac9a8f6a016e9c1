import type { Lang } from '../problems.ts';
import type { ORGANIZATION_ROLES } from '../schema/directory.ts';
import { ORGANIZATION_ROLE_LABELS_EN } from './organization-roles.en.ts';

/**
 * Names of an organization's statuses (base school, «Точка роста»…), one table for the
 * directory's platforms and the console's organization form, so the two never name a status
 * differently.
 */
export const ORGANIZATION_ROLE_LABELS_RU: Record<(typeof ORGANIZATION_ROLES)[number], string> = {
  'base-school': 'Базовая школа',
  'support-school': 'Опорная школа',
  'internship-site': 'Стажировочная площадка',
  'innovation-site': 'Инновационная площадка',
  'pilot-site': 'Пилотная площадка',
  'resource-centre': 'Ресурсный центр',
  'growth-point': '«Точка роста»',
  'experience-school': 'Школа передового опыта',
  other: 'Другое',
};

/** Both languages, for the CLI and the console. */
export const ORGANIZATION_ROLE_LABELS: Record<
  Lang,
  Record<(typeof ORGANIZATION_ROLES)[number], string>
> = {
  ru: ORGANIZATION_ROLE_LABELS_RU,
  en: ORGANIZATION_ROLE_LABELS_EN,
};
