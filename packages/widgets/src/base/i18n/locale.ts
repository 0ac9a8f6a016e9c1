import { type BaseStrings, ru } from './ru.ts';

/** Languages the widgets speak. */
export type Locale = 'ru' | 'en';

/** The strings of one widget in every language: English must have the Russian shape. */
export type StringTable<T> = { ru: T; en: NoInfer<T> };

/** English tables still to fetch, each with what fills it. */
const pending = new Map<object, () => Promise<void>>();

/**
 * A string table whose English is a chunk of its own (`import('./x.strings.en.ts')`): pages in
 * Russian, the default, never download it. `en` starts empty and is filled in place by
 * `englishReady()`, which an element awaits before it renders in English
 * (MetodikaElement.scheduleUpdate); should the chunk fail to load, English shows the Russian.
 */
export function lazyEnglish<T extends object>(
  ru: T,
  load: () => Promise<{ en: NoInfer<T> }>,
): StringTable<T> {
  const table: StringTable<T> = { ru, en: {} as T };
  let filling: Promise<void> | undefined;
  const fill = () => {
    filling ??= load()
      .then(
        (module) => Object.assign(table.en, module.en),
        () => Object.assign(table.en, ru),
      )
      .then(() => {
        pending.delete(table);
      });
    return filling;
  };
  pending.set(table, fill);
  return table;
}

/**
 * Fetches the English of every table defined so far; undefined when there is none to fetch, so
 * an element in English waits only for its first render (and for a lazy part's new words).
 */
export function englishReady(): Promise<void> | undefined {
  if (pending.size === 0) return undefined;
  return Promise.all(Array.from(pending.values(), (fill) => fill())).then(() => undefined);
}

/** Shared words by language. */
export const baseStrings: StringTable<BaseStrings> = lazyEnglish(ru, () => import('./en.ts'));

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
