// In English, apart from the Russian table (./association-kinds.ts): the widgets load their English
// words on demand, and a module holding both languages would land in the Russian first paint.
import type { AssociationKind } from '../schema/association.ts';

export const ASSOCIATION_KIND_LABELS_EN: Record<AssociationKind, string> = {
  rmo: 'District association',
  shmo: 'School association',
  'creative-group': 'Creative group',
  'problem-group': 'Problem group',
  'network-community': 'Network community',
  'young-teacher-school': 'Young teacher school',
  'mentor-club': 'Mentors’ club',
  'methodical-council': 'Methodical council',
  other: 'Other',
};
