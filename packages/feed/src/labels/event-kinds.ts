import type { Lang } from '../problems.ts';
import type { EventKind } from '../schema/event.ts';

/**
 * Names of the event kinds, one table for the calendar's cards and filters and the department's
 * page for school webmasters, so the two never name a kind differently.
 */
export const EVENT_KIND_LABELS: Record<Lang, Record<EventKind, string>> = {
  ru: {
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
  },
  en: {
    seminar: 'Seminar',
    workshop: 'Workshop',
    'round-table': 'Round table',
    'master-class': 'Master class',
    conference: 'Conference',
    readings: 'Pedagogical readings',
    salon: 'Pedagogical salon',
    contest: 'Professional contest',
    olympiad: 'Olympiad',
    landing: 'Methodical visit',
    webinar: 'Webinar',
    internship: 'Internship',
    'open-lesson': 'Open lesson',
    'mastery-week': 'Mastery week',
    festival: 'Festival',
    rally: 'Rally',
    'association-meeting': 'Association meeting',
    course: 'Professional development course',
    other: 'Other',
  },
};
