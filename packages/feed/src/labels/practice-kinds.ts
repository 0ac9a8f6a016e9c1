import type { Lang } from '../problems.ts';
import type { PracticeKind } from '../schema/practice.ts';
import { PRACTICE_KIND_LABELS_EN } from './practice-kinds.en.ts';

/**
 * Names of the practice kinds, one table for the widgets' cards and filters and the CLI's
 * Atom / JSON Feed categories, so the two never name a kind differently.
 */
export const PRACTICE_KIND_LABELS_RU: Record<PracticeKind, string> = {
  'methodical-development': 'Методическая разработка',
  'lesson-plan': 'Конспект урока',
  experience: 'Описание опыта',
  article: 'Статья',
  video: 'Видео',
  presentation: 'Презентация',
  programme: 'Программа',
  project: 'Проект',
};

/** Both languages, for the CLI and the console. */
export const PRACTICE_KIND_LABELS: Record<Lang, Record<PracticeKind, string>> = {
  ru: PRACTICE_KIND_LABELS_RU,
  en: PRACTICE_KIND_LABELS_EN,
};
