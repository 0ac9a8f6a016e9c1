import type { StringTable } from '../base/i18n/locale.ts';

/**
 * The words of an event's details (calendar-details.ts), both languages, in the lazy part that
 * draws them: a calendar that opens no details downloads none of them.
 */

const ru = {
  when: 'Когда',
  repeats: 'Повторяется',
  status: 'Статус',
  format: 'Формат',
  where: 'Где',
  online: 'Подключение',
  joinLink: 'Ссылка для подключения',
  audiences: 'Для кого',
  educationLevels: 'Уровни образования',
  subjects: 'Предметы',
  organiser: 'Ответственный',
  associations: 'Объединения',
  registration: 'Регистрация',
  register: 'Зарегистрироваться',
  deadline: (day: string) => `до ${day}`,
  capacity: (n: number) => `мест: ${n}`,
  materials: 'Материалы',
  materialsBefore: 'до мероприятия',
  materialsAfter: 'по итогам',
  publisher: 'Организатор',
  addToCalendar: 'Добавить в календарь',
  downloadIcs: 'Скачать .ics',
  yandex: 'Яндекс Календарь',
  google: 'Google Календарь',
  outlook: 'Outlook',
  subscribe: 'Подписаться на все мероприятия',
  newWindow: '(откроется в новой вкладке)',
};

/** The details' words in Russian and English. */
export const detailsStrings: StringTable<typeof ru> = {
  ru,
  en: {
    when: 'When',
    repeats: 'Repeats',
    status: 'Status',
    format: 'Format',
    where: 'Where',
    online: 'Joining',
    joinLink: 'Link to join',
    audiences: 'Audience',
    educationLevels: 'Education levels',
    subjects: 'Subjects',
    organiser: 'Contact person',
    associations: 'Associations',
    registration: 'Registration',
    register: 'Register',
    deadline: (day) => `until ${day}`,
    capacity: (n) => `places: ${n}`,
    materials: 'Materials',
    materialsBefore: 'before the event',
    materialsAfter: 'after the event',
    publisher: 'Organiser',
    addToCalendar: 'Add to calendar',
    downloadIcs: 'Download .ics',
    yandex: 'Yandex Calendar',
    google: 'Google Calendar',
    outlook: 'Outlook',
    subscribe: 'Subscribe to all events',
    newWindow: '(opens in a new tab)',
  },
};
