import { dateFormat, type PluralForms, plural } from '@metodika/feed';
import type { Lang } from './language.ts';

const LOCALES: Record<Lang, string> = { ru: 'ru-RU', en: 'en-GB' };

/** A moment in the department's zone: «4 дек. 2026 г., 14:05». */
export function formatDateTime(iso: string | null | undefined, lang: Lang, zone: string): string {
  if (!iso) return '';
  const epoch = Date.parse(iso);
  if (Number.isNaN(epoch)) return iso;
  return dateFormat(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone,
  }).format(epoch);
}

/** Count and word, with Russian's one/few/many: «5 заявок». */
export function count(n: number, lang: Lang, forms: PluralForms): string {
  return plural(n, LOCALES[lang], forms);
}

/** The number as people write it in the language: «1 000». */
export function formatNumber(n: number, lang: Lang): string {
  return n.toLocaleString(LOCALES[lang]);
}

/** «через 2 мин 5 с» style wait, from seconds. */
export function formatWait(seconds: number, lang: Lang): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const format = (value: number, unit: 'minute' | 'second') =>
    new Intl.NumberFormat(LOCALES[lang], { style: 'unit', unit, unitDisplay: 'long' }).format(
      value,
    );
  if (minutes === 0) return format(rest, 'second');
  return rest === 0
    ? format(minutes, 'minute')
    : `${format(minutes, 'minute')} ${format(rest, 'second')}`;
}
