import type { PluralForms } from '@metodika/feed';
import { lazyEnglish } from '../base/i18n/locale.ts';

const ru = {
  title: 'Запись на мероприятие',
  notFound: 'Мероприятие не найдено в ленте методической службы. Сообщите администратору сайта.',
  noRegistration: 'Запись на это мероприятие не ведётся.',
  elsewhere: 'Записаться на сайте организатора',
  newWindow: '(откроется в новом окне)',
  noConsent:
    'Запись через сайт пока не настроена: в ленте нет текста согласия на обработку персональных данных. Сообщите администратору сайта.',
  checking: 'Проверяем, есть ли места…',
  unavailable: 'Запись сейчас недоступна: сервис записи не отвечает. Попробуйте немного позже.',
  checkAgain: 'Проверить снова',
  placesLeft: (left: string, capacity: string) => `Осталось ${left} из ${capacity}.`,
  places: { one: 'место', few: 'места', many: 'мест', other: 'места' } as PluralForms,
  open: 'Запись открыта.',
  deadline: (when: string) => `Запись до ${when}.`,
  noPlaces: 'Свободных мест нет.',
  waiting: (count: string) => `Можно встать в лист ожидания: сейчас в нём ${count}.`,
  people: { one: 'человек', few: 'человека', many: 'человек', other: 'человека' } as PluralForms,
  waitingEmpty: 'Можно встать в лист ожидания: если место освободится, мы напишем.',
  closed: {
    deadline: 'Запись закрыта: срок записи истёк.',
    cancelled: 'Мероприятие отменено, запись закрыта.',
    past: 'Мероприятие уже началось, запись закрыта.',
    full: 'Свободных мест нет, лист ожидания не ведётся.',
  },
  register: 'Записаться',
  join: 'Встать в лист ожидания',
  sending: 'Отправляем…',
  emailHint: 'На неё придут подтверждение, файл для календаря и ссылка для отмены записи.',
  questions: 'Вопросы организаторов',
  dataList: 'ФИО, должность, организация, электронная почта, телефон, ответы на вопросы',
  errors: {
    email: 'Укажите электронную почту: на неё придут подтверждение и ссылка для отмены записи.',
    consent: 'Без согласия на обработку персональных данных записаться нельзя.',
  } as Record<string, string>,
  answer: (label: string) => `Ответьте на вопрос «${label}».`,
  failed: 'Не удалось отправить запись. Всё, что вы ввели, сохранено на этой странице.',
  rejected: (status: number) => `Сервис записи не принял заявку (код ${status}).`,
  confirmed: 'Вы записаны',
  confirmedText: (email: string) =>
    `Подтверждение, файл для календаря и ссылка для отмены записи отправлены на ${email}.`,
  waitlisted: 'Вы в листе ожидания',
  position: (n: number) => `Ваш номер в очереди: ${n}.`,
  waitlistedText: (email: string) =>
    `Если место освободится, мы сразу напишем на ${email}. Ссылка для отмены — в письме.`,
  another: 'Записать ещё одного участника',
};

/** The registration form's words; Russian by default. */
export const registrationStrings = lazyEnglish(ru, () => import('./registration.strings.en.ts'));

/** The shape every language of these words has. */
export type RegistrationStrings = typeof ru;
