import type { PluralForms } from '@metodika/feed';
import type { StringTable } from '../base/i18n/locale.ts';

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
export const registrationStrings: StringTable<typeof ru> = {
  ru,
  en: {
    title: 'Sign up for the event',
    notFound:
      'The event is not in the methodical service’s feed. Please tell the site administrator.',
    noRegistration: 'There is no sign-up for this event.',
    elsewhere: 'Sign up on the organiser’s site',
    newWindow: '(opens in a new window)',
    noConsent:
      'Sign-up on this site is not set up yet: the feed has no personal data consent text. Please tell the site administrator.',
    checking: 'Checking for places…',
    unavailable:
      'Sign-up is unavailable right now: the registration service does not answer. Please try again a little later.',
    checkAgain: 'Check again',
    placesLeft: (left: string, capacity: string) => `${left} left of ${capacity}.`,
    places: { one: 'place', other: 'places' },
    open: 'Sign-up is open.',
    deadline: (when: string) => `Sign up by ${when}.`,
    noPlaces: 'No places left.',
    waiting: (count: string) => `You can join the waiting list: ${count} waiting now.`,
    people: { one: 'person', other: 'people' },
    waitingEmpty: 'You can join the waiting list: we will write if a place frees up.',
    closed: {
      deadline: 'Sign-up is closed: the deadline has passed.',
      cancelled: 'The event is cancelled; sign-up is closed.',
      past: 'The event has already started; sign-up is closed.',
      full: 'No places left, and there is no waiting list.',
    },
    register: 'Sign up',
    join: 'Join the waiting list',
    sending: 'Sending…',
    emailHint: 'The confirmation, a calendar file and the cancellation link go there.',
    questions: 'Organisers’ questions',
    dataList: 'name, position, organization, e-mail, phone, answers to the questions',
    errors: {
      email: 'Enter your e-mail: the confirmation and the cancellation link go there.',
      consent: 'You cannot sign up without consent to the processing of personal data.',
    },
    answer: (label: string) => `Answer "${label}".`,
    failed: 'The sign-up could not be sent. Everything you typed is kept on this page.',
    rejected: (status: number) => `The registration service did not accept it (code ${status}).`,
    confirmed: 'You are signed up',
    confirmedText: (email: string) =>
      `The confirmation, a calendar file and the cancellation link were sent to ${email}.`,
    waitlisted: 'You are on the waiting list',
    position: (n: number) => `Your place in the queue: ${n}.`,
    waitlistedText: (email: string) =>
      `If a place frees up, we will write to ${email} at once. The cancellation link is in the letter.`,
    another: 'Sign up another participant',
  },
};
