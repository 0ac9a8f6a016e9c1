import type { Lang } from '../problems.ts';
import type { AssociationKind } from '../schema/association.ts';
import { ASSOCIATION_KIND_LABELS_EN } from './association-kinds.en.ts';

/**
 * Names of the association kinds, one table for the directory's cards and filters and the
 * department's page for school webmasters, so the two never name a kind differently.
 */
export const ASSOCIATION_KIND_LABELS_RU: Record<AssociationKind, string> = {
  rmo: 'РМО',
  shmo: 'ШМО',
  'creative-group': 'Творческая группа',
  'problem-group': 'Проблемная группа',
  'network-community': 'Сетевое сообщество',
  'young-teacher-school': 'Школа молодого педагога',
  'mentor-club': 'Клуб наставников',
  'methodical-council': 'Методический совет',
  other: 'Другое',
};

/** Both languages, for the CLI and the console. */
export const ASSOCIATION_KIND_LABELS: Record<Lang, Record<AssociationKind, string>> = {
  ru: ASSOCIATION_KIND_LABELS_RU,
  en: ASSOCIATION_KIND_LABELS_EN,
};
