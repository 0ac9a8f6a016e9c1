import type { Lang } from '../problems.ts';
import type { PracticeKind } from '../schema/practice.ts';

/**
 * Names of the practice kinds, one table for the widgets' cards and filters and the CLI's
 * Atom / JSON Feed categories, so the two never name a kind differently.
 */
export const PRACTICE_KIND_LABELS: Record<Lang, Record<PracticeKind, string>> = {
  ru: {
    'methodical-development': 'Методическая разработка',
    'lesson-plan': 'Конспект урока',
    experience: 'Описание опыта',
    article: 'Статья',
    video: 'Видео',
    presentation: 'Презентация',
    programme: 'Программа',
    project: 'Проект',
  },
  en: {
    'methodical-development': 'Methodical guide',
    'lesson-plan': 'Lesson plan',
    experience: 'Experience report',
    article: 'Article',
    video: 'Video',
    presentation: 'Presentation',
    programme: 'Programme',
    project: 'Project',
  },
};
