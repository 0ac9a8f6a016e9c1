import { en } from './en.ts';
import { ru, type Strings } from './ru.ts';

export type Lang = 'ru' | 'en';
export const LANGS: readonly Lang[] = ['ru', 'en'];

const KEY = 'metodika-console-lang';

/** The words of a language. */
export const strings: Record<Lang, Strings> = { ru, en };

/** The remembered language; Russian unless English was chosen. */
export function storedLang(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'ru';
  } catch {
    return 'ru';
  }
}

/** Remembers the choice (private browsing may refuse: then it lasts until reload). */
export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Nothing to do: the choice still applies to this page.
  }
}
