import type { Lang } from '../problems.ts';
import type { ORGANIZATION_ROLES } from '../schema/directory.ts';

/**
 * Names of an organization's statuses (base school, «Точка роста»…), one table for the
 * directory's platforms and the console's organization form, so the two never name a status
 * differently.
 */
export const ORGANIZATION_ROLE_LABELS: Record<
  Lang,
  Record<(typeof ORGANIZATION_ROLES)[number], string>
> = {
  ru: {
    'base-school': 'Базовая школа',
    'support-school': 'Опорная школа',
    'internship-site': 'Стажировочная площадка',
    'innovation-site': 'Инновационная площадка',
    'pilot-site': 'Пилотная площадка',
    'resource-centre': 'Ресурсный центр',
    'growth-point': '«Точка роста»',
    'experience-school': 'Школа передового опыта',
    other: 'Другое',
  },
  en: {
    'base-school': 'Base school',
    'support-school': 'Support school',
    'internship-site': 'Internship site',
    'innovation-site': 'Innovation site',
    'pilot-site': 'Pilot site',
    'resource-centre': 'Resource centre',
    'growth-point': 'Growth Point centre',
    'experience-school': 'Best-experience school',
    other: 'Other',
  },
};
