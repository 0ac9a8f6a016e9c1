import type { ConsultationFormat, PluralForms } from '@metodika/feed';
import { lazyEnglish } from '../base/i18n/locale.ts';

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
export const consultationStrings = lazyEnglish(ru, () => import('./consultation.strings.en.ts'));

/** The shape every language of these words has. */
export type ConsultationStrings = typeof ru;
