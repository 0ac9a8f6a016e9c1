import type { Lang } from '@metodika/feed';
import type { StoredRequest } from './store/types.ts';
import { localDateTime } from './time.ts';

const BOM = '\uFEFF';
const SEPARATOR = ';';
const EOL = '\r\n';

/** One column of the exports (CSV and Excel): its header in each language and its value. */
export interface Column {
  ru: string;
  en: string;
  value: (record: StoredRequest, timeZone: string) => string | number | undefined | null;
}

const time = (iso: string | null, timeZone: string) => (iso ? localDateTime(iso, timeZone) : '');

export const COLUMNS: Column[] = [
  { ru: 'Номер', en: 'Number', value: (r) => r.number },
  { ru: 'Статус', en: 'Status', value: (r) => r.status },
  { ru: 'Получена', en: 'Received', value: (r, tz) => time(r.receivedAt, tz) },
  { ru: 'Тема', en: 'Topic', value: (r) => r.request.topic },
  { ru: 'Методист', en: 'Methodist', value: (r) => r.request.methodist },
  { ru: 'Формат', en: 'Format', value: (r) => r.request.format },
  { ru: 'Удобное время', en: 'Preferred time', value: (r) => r.request.preferredTime },
  { ru: 'ФИО', en: 'Name', value: (r) => r.request.name },
  { ru: 'Должность', en: 'Position', value: (r) => r.request.position },
  { ru: 'Организация', en: 'Organization', value: (r) => r.request.organization.name },
  { ru: 'E-mail', en: 'E-mail', value: (r) => r.request.email },
  { ru: 'Телефон', en: 'Phone', value: (r) => r.request.phone },
  { ru: 'Вопрос', en: 'Message', value: (r) => r.request.message },
  { ru: 'Страница', en: 'Page', value: (r) => r.request.page },
  { ru: 'Язык', en: 'Locale', value: (r) => r.request.locale },
  { ru: 'Версия согласия', en: 'Consent version', value: (r) => r.consent.version },
  { ru: 'Согласие дано', en: 'Consent accepted', value: (r) => r.consent.acceptedAt },
  { ru: 'IP', en: 'IP', value: (r) => r.consent.ip },
  { ru: 'Ответ дан', en: 'Answered', value: (r, tz) => time(r.answeredAt, tz) },
  { ru: 'Спам', en: 'Spam', value: (r) => r.spam },
];

/**
 * One field, always quoted. A leading `=`, `+`, `-`, `@` would make Excel evaluate a teacher's
 * text as a formula (CSV injection), so such values get a leading apostrophe.
 */
export function csvField(value: string | number | undefined | null): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The export Excel opens as is: UTF-8 with BOM (Cyrillic intact), `;` (Russian locale), CRLF. */
export function toCsv(records: StoredRequest[], timeZone: string, lang: Lang = 'ru'): string {
  return toCsvRows([
    COLUMNS.map((c) => c[lang]),
    ...records.map((record) => COLUMNS.map((c) => c.value(record, timeZone))),
  ]);
}

/** Rows of values as that CSV (the header is the first row). */
export function toCsvRows(rows: (string | number | undefined | null)[][]): string {
  return BOM + rows.map((row) => row.map(csvField).join(SEPARATOR)).join(EOL) + EOL;
}
