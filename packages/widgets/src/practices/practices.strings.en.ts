// The English of practices.strings.ts: a chunk of its own, loaded when an element first renders in
// English (base/i18n/locale.ts, lazyEnglish), so Russian pages never download it.
import { PRACTICE_KIND_LABELS_EN } from '@metodika/feed';
import type { PracticesStrings } from './practices.strings.ts';

export const en: PracticesStrings = {
  title: 'Best practices',
  latest: 'New practices',
  search: 'Search practices',
  practices: { one: 'practice', other: 'practices' },
  empty: 'No practices yet.',
  featured: 'Editors’ choice',
  facets: {
    kind: 'Type',
    subjects: 'Subject',
    educationLevels: 'Education level',
    tags: 'Topic',
    association: 'Association',
  },
  authors: 'Authors',
  published: 'Published',
  association: 'Association',
  event: 'Presented at',
  attachments: 'Materials',
  newWindow: '(opens in a new window)',
  units: ['B', 'KB', 'MB', 'GB'],
  kinds: PRACTICE_KIND_LABELS_EN,
};
