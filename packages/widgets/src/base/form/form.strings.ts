import type { PluralForms } from '@metodika/feed';
import { lazyEnglish } from '../i18n/locale.ts';

/** Words the consultation and registration forms share: the person, the consent, failures. */
const ru = {
  required: 'обязательное поле',
  you: 'О вас',
  name: 'Фамилия, имя, отчество',
  position: 'Должность',
  organization: 'Организация',
  organizationHint: 'Начните вводить название и выберите из списка или впишите своё',
  email: 'Электронная почта',
  phone: 'Телефон',
  website: 'Сайт',
  consentLegend: 'Согласие на обработку персональных данных',
  consentBox: (operator: string) =>
    `Я даю согласие оператору — ${operator} — на обработку моих персональных данных`,
  operator: 'Оператор',
  purpose: 'Цель',
  data: 'Какие данные',
  retention: 'Срок хранения',
  withdrawal: 'Как отозвать',
  consentText: 'Текст согласия',
  policy: 'Политика обработки персональных данных',
  summary: (count: string) => `Проверьте форму: ${count}`,
  errorCount: { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' } as PluralForms,
  errors: {
    name: 'Укажите фамилию, имя и отчество.',
    organization: 'Укажите организацию, в которой вы работаете.',
  } as Record<string, string>,
  /** A field's problem while the detailed messages have not arrived (a failed network). */
  invalid: 'Проверьте значение этого поля.',
  failedHint: 'Проверьте подключение к интернету и отправьте ещё раз.',
  retrySend: 'Отправить ещё раз',
  rateLimited: (when: string) => `Слишком много заявок подряд. Попробуйте снова ${when}.`,
  inSeconds: (s: number) => `через ${s} с`,
  inMinutes: (m: number) => `через ${m} мин`,
  later: 'немного позже',
  forbidden: 'Этот сайт не подключён к приёму заявок. Сообщите администратору сайта.',
};

export type FormStrings = typeof ru;

/** The forms' shared words; Russian by default. */
export const formStrings = lazyEnglish(ru, () => import('./form.strings.en.ts'));
