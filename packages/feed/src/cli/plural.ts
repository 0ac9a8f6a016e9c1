import type { Lang } from '../problems.ts';

const rules = new Map<Lang, Intl.PluralRules>();

/** Picks a plural form: `plural(5, 'ru', ['ошибка', 'ошибки', 'ошибок'])` → «5 ошибок». */
export function plural(
  count: number,
  lang: Lang,
  forms: readonly [one: string, few: string, many: string],
): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  const category = rule.select(count);
  // English has only one/other; Russian one/few/many (other is for fractions, which we never count).
  const form =
    category === 'one'
      ? forms[0]
      : category === 'few'
        ? forms[1]
        : lang === 'en'
          ? forms[1]
          : forms[2];
  return `${count} ${form}`;
}
