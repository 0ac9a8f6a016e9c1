// In English, apart from the Russian table (./practice-kinds.ts): the widgets load their English
// words on demand, and a module holding both languages would land in the Russian first paint.
import type { PracticeKind } from '../schema/practice.ts';

export const PRACTICE_KIND_LABELS_EN: Record<PracticeKind, string> = {
  'methodical-development': 'Methodical guide',
  'lesson-plan': 'Lesson plan',
  experience: 'Experience report',
  article: 'Article',
  video: 'Video',
  presentation: 'Presentation',
  programme: 'Programme',
  project: 'Project',
};
