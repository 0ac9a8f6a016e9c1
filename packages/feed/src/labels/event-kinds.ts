import type { Lang } from '../problems.ts';
import type { EventKind } from '../schema/event.ts';
import { EVENT_KIND_LABELS_EN } from './event-kinds.en.ts';

/**
 * Names of the event kinds, one table for the calendar's cards and filters and the department's
 * page for school webmasters, so the two never name a kind differently.
 */
export const EVENT_KIND_LABELS_RU: Record<EventKind, string> = {
  seminar: 'Семинар',
  workshop: 'Семинар-практикум',
  'round-table': 'Круглый стол',
  'master-class': 'Мастер-класс',
  conference: 'Научно-практическая конференция',
  readings: 'Педагогические чтения',
  salon: 'Педагогический салон',
  contest: 'Конкурс профессионального мастерства',
  olympiad: 'Олимпиада',
  landing: 'Методический десант',
  webinar: 'Вебинар',
  internship: 'Стажировка',
  'open-lesson': 'Открытый урок',
  'mastery-week': 'Неделя мастерства',
  festival: 'Фестиваль',
  rally: 'Слёт',
  'association-meeting': 'Заседание РМО',
  course: 'Курсы повышения квалификации',
  other: 'Другое',
};

/** Both languages, for the CLI and the console. */
export const EVENT_KIND_LABELS: Record<Lang, Record<EventKind, string>> = {
  ru: EVENT_KIND_LABELS_RU,
  en: EVENT_KIND_LABELS_EN,
};
