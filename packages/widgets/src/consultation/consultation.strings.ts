import type { ConsultationFormat, PluralForms } from '@metodika/feed';
import type { StringTable } from '../base/i18n/locale.ts';

const ru = {
  title: 'Заявка на консультацию',
  noSettings:
    'Приём заявок на консультацию пока не настроен: в ленте методической службы нет раздела consultation. Сообщите администратору сайта.',
  topic: 'Тема обращения',
  choose: 'Выберите…',
  methodist: 'Кому адресовать',
  anyone: 'Любому методисту',
  format: 'Удобный формат',
  anyFormat: 'Не важно',
  formats: {
    'in-person': 'Очно',
    online: 'Онлайн',
    phone: 'По телефону',
    written: 'Письменно',
  } satisfies Record<ConsultationFormat, string> as Record<ConsultationFormat, string>,
  preferredTime: 'Удобное время',
  preferredTimeHint: 'Например: после 15:00 по будням',
  contact: 'Как с вами связаться',
  contactHint: 'Укажите электронную почту или телефон — хотя бы одно.',
  message: 'Ваш вопрос',
  dataList: 'ФИО, должность, организация, электронная почта, телефон, текст обращения',
  submit: 'Отправить заявку',
  sending: 'Отправляем заявку…',
  errors: {
    topic: 'Выберите тему обращения.',
    message: 'Напишите ваш вопрос.',
    consent: 'Без согласия на обработку персональных данных заявку отправить нельзя.',
  } as Record<string, string>,
  failed: 'Не удалось отправить заявку. Всё, что вы ввели, сохранено на этой странице.',
  rejected: (status: number) => `Сервер не принял заявку (код ${status}).`,
  sent: 'Заявка отправлена',
  number: 'Номер заявки',
  answerIn: (days: string) => `Ответим в течение ${days}.`,
  workingDays: {
    one: 'рабочего дня',
    few: 'рабочих дней',
    many: 'рабочих дней',
    other: 'рабочего дня',
  } as PluralForms,
  another: 'Новая заявка',
};

/** The form's words; Russian by default. */
export const consultationStrings: StringTable<typeof ru> = {
  ru,
  en: {
    title: 'Request a consultation',
    noSettings:
      'Consultation requests are not set up yet: the methodical service’s feed has no consultation section. Please tell the site administrator.',
    topic: 'Topic',
    choose: 'Choose…',
    methodist: 'Addressed to',
    anyone: 'Any methodologist',
    format: 'Preferred format',
    anyFormat: 'No preference',
    formats: {
      'in-person': 'In person',
      online: 'Online',
      phone: 'By phone',
      written: 'In writing',
    },
    preferredTime: 'Preferred time',
    preferredTimeHint: 'For example: weekdays after 3 pm',
    contact: 'How to reach you',
    contactHint: 'Give an e-mail address or a phone number: at least one.',
    message: 'Your question',
    dataList: 'name, position, organization, e-mail, phone, the text of the request',
    submit: 'Send request',
    sending: 'Sending the request…',
    errors: {
      topic: 'Choose a topic.',
      message: 'Write your question.',
      consent: 'The request cannot be sent without consent to the processing of personal data.',
    },
    failed: 'The request could not be sent. Everything you typed is kept on this page.',
    rejected: (status: number) => `The server did not accept the request (code ${status}).`,
    sent: 'Request sent',
    number: 'Request number',
    answerIn: (days: string) => `We will answer within ${days}.`,
    workingDays: { one: 'working day', other: 'working days' },
    another: 'New request',
  },
};
