import { en } from './en.ts';
import { type BaseStrings, ru } from './ru.ts';

/** Languages the widgets speak. */
export type Locale = 'ru' | 'en';

/** The strings of one widget in every language: English must have the Russian shape. */
export type StringTable<T> = { ru: T; en: NoInfer<T> };

/** Shared words by language. */
export const baseStrings: StringTable<BaseStrings> = { ru, en };

/** `en`, `en-GB` → 'en'; everything else (ru, ru-RU, empty, unknown) → 'ru'. */
export function toLocale(lang: string | null | undefined): Locale {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'ru';
}

/**
 * The nearest `lang` attribute at or above `element`, crossing shadow roots, so a widget inside
 * another component's shadow DOM still follows the page's language.
 */
export function closestLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    const value = found?.getAttribute('lang');
    if (value) return value;
    const root = (found ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
