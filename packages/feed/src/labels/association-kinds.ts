import type { Lang } from '../problems.ts';
import type { AssociationKind } from '../schema/association.ts';

/**
 * Names of the association kinds, one table for the directory's cards and filters and the
 * department's page for school webmasters, so the two never name a kind differently.
 */
export const ASSOCIATION_KIND_LABELS: Record<Lang, Record<AssociationKind, string>> = {
  ru: {
    rmo: 'РМО',
    shmo: 'ШМО',
    'creative-group': 'Творческая группа',
    'problem-group': 'Проблемная группа',
    'network-community': 'Сетевое сообщество',
    'young-teacher-school': 'Школа молодого педагога',
    'mentor-club': 'Клуб наставников',
    'methodical-council': 'Методический совет',
    other: 'Другое',
  },
  en: {
    rmo: 'District association',
    shmo: 'School association',
    'creative-group': 'Creative group',
    'problem-group': 'Problem group',
    'network-community': 'Network community',
    'young-teacher-school': 'Young teacher school',
    'mentor-club': 'Mentors’ club',
    'methodical-council': 'Methodical council',
    other: 'Other',
  },
};
