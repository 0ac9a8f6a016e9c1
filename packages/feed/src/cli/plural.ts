import { pluralWord } from '../format/plural.ts';
import type { Lang } from '../problems.ts';

/**
 * `plural(5, 'ru', ['ошибка', 'ошибки', 'ошибок'])` → «5 ошибок». The CLI's terse form of the
 * shared `pluralWord`: English has only one/other (the second form); Russian fractions take many.
 */
export function plural(
  count: number,
  lang: Lang,
  [one, few, many]: readonly [one: string, few: string, many: string],
): string {
  return `${count} ${pluralWord(count, lang, { one, few, many, other: lang === 'en' ? few : many })}`;
}
