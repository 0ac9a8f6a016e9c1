import {
  EVENT_KIND_LABELS_RU,
  type EventFormat,
  type EventStatus,
  type PluralForms,
} from '@metodika/feed';
import { lazyEnglish } from '../base/i18n/locale.ts';

const ru = {
  previousMonth: 'Предыдущий месяц',
  nextMonth: 'Следующий месяц',
  today: 'Сегодня',
  todayMark: 'сегодня',
  view: 'Вид',
  month: 'Месяц',
  agenda: 'Список',
  search: 'Поиск по мероприятиям',
  upcoming: 'Только предстоящие',
  facets: {
    kind: 'Вид мероприятия',
    audiences: 'Для кого',
    educationLevels: 'Уровень образования',
    subjects: 'Предмет',
    associations: 'Объединение',
    format: 'Формат',
  },
  events: {
    one: 'мероприятие',
    few: 'мероприятия',
    many: 'мероприятий',
    other: 'мероприятия',
  } as PluralForms,
  noEvents: 'Мероприятий пока нет.',
  upcomingTitle: 'Ближайшие мероприятия',
  noUpcoming: 'Ближайших мероприятий пока нет.',
  noEventsDay: 'В этот день мероприятий нет.',
  more: (n: number) => `ещё ${n}`,
  continues: 'продолжение',
  allDay: 'весь день',
  since: (day: string) => `с ${day}`,
  zoneNote: (zone: string) => `время: ${zone}`,
  /** A meeting of a series held on another day or at another time than its rhythm gives. */
  movedFrom: (day: string) => `перенесено с ${day}`,
  kinds: EVENT_KIND_LABELS_RU,
  formats: { offline: 'Очно', online: 'Онлайн', hybrid: 'Очно и онлайн' } satisfies Record<
    EventFormat,
    string
  > as Record<EventFormat, string>,
  statuses: {
    scheduled: '',
    cancelled: 'Отменено',
    postponed: 'Перенесено',
    'moved-online': 'Переведено в онлайн',
  } satisfies Record<EventStatus, string> as Record<EventStatus, string>,
  dayDialog: (day: string) => `Мероприятия ${day}`,
  showing: (month: string, count: string) => `${month}: ${count}`,
  eventsPage: 'Все мероприятия на сайте организатора',
};

/** The calendar's words in Russian and English. */
export const calendarStrings = lazyEnglish(ru, () => import('./calendar.strings.en.ts'));

/** The calendar's words in one language. */
export type CalendarStrings = typeof ru;
