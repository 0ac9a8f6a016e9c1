import type { CollectionName } from './schema/feed.ts';

export type Severity = 'error' | 'warning';
export type Lang = 'ru' | 'en';

export type ProblemCode =
  | 'not_json'
  | 'not_object'
  | 'required'
  | 'type'
  | 'too_long'
  | 'too_short'
  | 'too_many'
  | 'too_few'
  | 'number_range'
  | 'enum'
  | 'date'
  | 'datetime'
  | 'when'
  | 'email'
  | 'phone'
  | 'id_pattern'
  | 'pattern'
  | 'unsafe_url'
  | 'web_url'
  | 'https_required'
  | 'contact_required'
  | 'registration_target'
  | 'unknown_key'
  | 'duplicate_id'
  | 'dangling_ref'
  | 'end_before_start'
  | 'mixed_all_day'
  | 'unknown_time_zone'
  | 'unknown_version'
  | 'contacts_without_consent'
  | 'recurrence'
  | 'invalid';

export type ProblemParams = Record<string, string | number | undefined>;

/** One thing the feed's author should fix, located by its JSON path. */
export interface Problem {
  /** e.g. `events[3].start`. */
  path: string;
  severity: Severity;
  code: ProblemCode;
  params: ProblemParams;
  /** What is wrong and how to fix it, in the requested language. */
  message: string;
  /** The collection and item the problem belongs to, for grouping reports. */
  collection?: CollectionName;
  itemId?: string;
  /** True when the item was left out of the parsed feed because of this problem. */
  dropped?: boolean;
}

type Messages = Record<ProblemCode, (p: ProblemParams) => string>;
type Words = (p: ProblemParams, lang: Lang) => string;

/**
 * Words of codes whose messages live beside their check (recurrence/messages.ts), given by the
 * parser that runs the check (parse.ts): the browser's parser skips those checks, so its bundle
 * need not carry their words.
 */
const lateWords: Partial<Record<ProblemCode, Words>> = {};

const lateWord = (p: ProblemParams, lang: Lang) =>
  lateWords.recurrence?.(p, lang) ?? String(p.reason);

/** Gives the words of a code whose check lives outside this file. */
export function defineProblemWords(code: ProblemCode, words: Words): void {
  lateWords[code] = words;
}

/** `type` problems carry language-neutral type keys (`string`, `int`, `array`…), worded here. */
const TYPE_NAMES: Record<Lang, Record<string, string>> = {
  ru: {
    string: 'текст',
    number: 'число',
    int: 'целое число',
    boolean: 'true или false',
    array: 'список [ … ]',
    object: 'объект { … }',
    null: 'null',
  },
  en: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list [ … ]',
    object: 'an object { … }',
    null: 'null',
  },
};

const typeName = (lang: Lang, key: ProblemParams[string]) =>
  TYPE_NAMES[lang][String(key)] ?? String(key);

const ru: Messages = {
  not_json: (p) =>
    `Файл не является корректным JSON (${p.detail}). Проверьте запятые, кавычки и скобки.`,
  not_object: () => 'Лента должна быть JSON-объектом вида { "version": 1, … }.',
  required: () => 'Обязательное поле не заполнено — заполните его.',
  type: (p) => `Ожидается ${typeName('ru', p.expected)}, а указано ${typeName('ru', p.received)}.`,
  too_long: (p) => `Слишком длинный текст: ${p.actual} симв. при максимуме ${p.max} — сократите.`,
  too_short: (p) => `Слишком короткое значение: нужно не меньше ${p.min} симв.`,
  too_many: (p) => `Слишком много элементов: больше ${p.max}. Оставьте не более ${p.max}.`,
  too_few: (p) => `Нужен хотя бы ${p.min} элемент — добавьте его.`,
  number_range: (p) => `Число вне допустимых пределов (${p.detail}).`,
  enum: (p) => `Недопустимое значение «${p.value}». Возможные значения: ${p.values}.`,
  date: () => 'Укажите дату в виде ГГГГ-ММ-ДД, например 2026-11-25.',
  datetime: () => 'Укажите дату и время с часовым поясом, например 2026-11-25T10:00:00+03:00.',
  when: () =>
    'Укажите дату (2026-11-25) для события на весь день или дату и время с часовым поясом (2026-11-25T10:00:00+03:00).',
  email: (p) => `Неверный адрес электронной почты «${p.value}». Пример: metod@example.ru.`,
  phone: (p) => `Неверный номер телефона «${p.value}». Пример: +7 (84157) 3-12-45.`,
  id_pattern: (p) =>
    `Идентификатор «${p.value}» может содержать только буквы, цифры и знаки - _ . (без пробелов).`,
  pattern: (p) => `Значение «${p.value}» имеет неверный вид.`,
  unsafe_url: (p) =>
    `Ссылка «${p.value}» недопустима: разрешены только адреса https://, http://, mailto: и tel:.`,
  web_url: (p) =>
    `«${p.value}» — не адрес веб-страницы. Укажите полный адрес, начинающийся с https://.`,
  https_required: () =>
    'Адрес приёма заявок должен начинаться с https:// — данные заявок нельзя передавать без шифрования.',
  contact_required: () => 'Укажите электронную почту или телефон — хотя бы одно.',
  registration_target: () =>
    'Укажите, где записываться: ссылку на страницу регистрации (url) или адрес сервиса записи (endpoint).',
  unknown_key: (p) => `Неизвестное поле «${p.key}» будет пропущено. Проверьте написание.`,
  duplicate_id: (p) => `Идентификатор «${p.id}» уже занят (${p.first}). Сделайте его уникальным.`,
  dangling_ref: (p) =>
    `Ссылка на «${p.id}» никуда не ведёт: в разделе ${p.target} нет элемента с таким id. Исправьте id или добавьте элемент.`,
  end_before_start: (p) => `Окончание (${p.end}) раньше начала (${p.start}). Проверьте даты.`,
  mixed_all_day: () =>
    'Начало и окончание записаны по-разному: укажите обе как даты (весь день) или обе как дату и время.',
  unknown_time_zone: (p) =>
    `Неизвестный часовой пояс «${p.value}». Укажите пояс IANA, например Europe/Moscow, Europe/Samara или Asia/Vladivostok.`,
  unknown_version: (p) =>
    `Версия формата ${p.value} не поддерживается (поддерживается ${p.supported}). Укажите "version": 1 или обновите виджеты.`,
  contacts_without_consent: (p) =>
    `Контакты «${p.name}» опубликованы без согласия на распространение (152-ФЗ, ст. 10.1). Получите согласие и укажите "publicConsent": true — до тех пор контакты не показываются.`,
  recurrence: (p) => lateWord(p, 'ru'),
  invalid: (p) => `Недопустимое значение${p.detail ? ` (${p.detail})` : ''}.`,
};

const en: Messages = {
  not_json: (p) => `The file is not valid JSON (${p.detail}). Check commas, quotes and brackets.`,
  not_object: () => 'The feed must be a JSON object like { "version": 1, … }.',
  required: () => 'Required field is missing or empty: fill it in.',
  type: (p) => `Expected ${typeName('en', p.expected)}, got ${typeName('en', p.received)}.`,
  too_long: (p) => `Text too long: ${p.actual} characters, the maximum is ${p.max}. Shorten it.`,
  too_short: (p) => `Too short: at least ${p.min} characters needed.`,
  too_many: (p) => `Too many entries: more than ${p.max}. Keep at most ${p.max}.`,
  too_few: (p) => `At least ${p.min} entry is needed: add one.`,
  number_range: (p) => `Number out of range (${p.detail}).`,
  enum: (p) => `Unknown value "${p.value}". Allowed values: ${p.values}.`,
  date: () => 'Write a date as YYYY-MM-DD, e.g. 2026-11-25.',
  datetime: () => 'Write a date and time with its UTC offset, e.g. 2026-11-25T10:00:00+03:00.',
  when: () =>
    'Write a date (2026-11-25) for an all-day event, or a date and time with offset (2026-11-25T10:00:00+03:00).',
  email: (p) => `"${p.value}" is not a valid e-mail address. Example: metod@example.ru.`,
  phone: (p) => `"${p.value}" is not a valid phone number. Example: +7 (84157) 3-12-45.`,
  id_pattern: (p) => `Id "${p.value}" may contain only letters, digits, - _ and . (no spaces).`,
  pattern: (p) => `"${p.value}" has the wrong form.`,
  unsafe_url: (p) =>
    `Link "${p.value}" is not allowed: only https://, http://, mailto: and tel: links are.`,
  web_url: (p) => `"${p.value}" is not a web address. Give a full address starting with https://.`,
  https_required: () =>
    'The endpoint for requests must start with https:// so personal data is encrypted.',
  contact_required: () => 'Give an e-mail address or a phone number: at least one.',
  registration_target: () =>
    'Say where to register: a registration page (url) or the registration service (endpoint).',
  unknown_key: (p) => `Unknown field "${p.key}" is ignored. Check its spelling.`,
  duplicate_id: (p) => `Id "${p.id}" is already used (${p.first}). Make it unique.`,
  dangling_ref: (p) =>
    `Reference to "${p.id}" leads nowhere: ${p.target} has no item with that id. Fix the id or add the item.`,
  end_before_start: (p) => `The end (${p.end}) is before the start (${p.start}). Check the dates.`,
  mixed_all_day: () =>
    'Start and end are written differently: give both as dates (all day) or both as date-times.',
  unknown_time_zone: (p) =>
    `Unknown time zone "${p.value}". Use an IANA zone such as Europe/Moscow or Asia/Vladivostok.`,
  unknown_version: (p) =>
    `Feed format version ${p.value} is not supported (supported: ${p.supported}). Use "version": 1 or update the widgets.`,
  contacts_without_consent: (p) =>
    `Contacts of "${p.name}" are published without consent to distribution (152-FZ art. 10.1). Get it and set "publicConsent": true; until then the contacts are hidden.`,
  recurrence: (p) => lateWord(p, 'en'),
  invalid: (p) => `Invalid value${p.detail ? ` (${p.detail})` : ''}.`,
};

const MESSAGES: Record<Lang, Messages> = { ru, en };

export function problemMessage(
  code: ProblemCode,
  params: ProblemParams,
  lang: Lang = 'ru',
): string {
  return MESSAGES[lang][code](params);
}

/** Re-renders problems in another language (the CLI's `--lang en`). */
export function translateProblems(problems: Problem[], lang: Lang): Problem[] {
  return problems.map((p) => ({ ...p, message: problemMessage(p.code, p.params, lang) }));
}
