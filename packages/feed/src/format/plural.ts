import { pluralRulesFor } from './intl-cache.ts';

/**
 * The forms of a counted word. Russian needs one (1, 21), few (2–4, 22), many (5–20, 25) and
 * other (fractions); English uses one and other. Missing forms fall back to `other`.
 */
export interface PluralForms {
  one?: string;
  few?: string;
  many?: string;
  other: string;
}

/** The form of a word for `count`: `pluralWord(3, 'ru', { one: 'событие', few: 'события', many: 'событий', other: 'события' })` → «события». */
export function pluralWord(count: number, locale: string, forms: PluralForms): string {
  const category = pluralRulesFor(locale).select(count) as keyof PluralForms;
  return forms[category] ?? forms.other;
}

/** Count and word: «5 событий», «1 event». */
export function plural(count: number, locale: string, forms: PluralForms): string {
  return `${count.toLocaleString(locale)} ${pluralWord(count, locale, forms)}`;
}
