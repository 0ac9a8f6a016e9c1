import { lazyEnglish } from '../i18n/locale.ts';

const ru = {
  /** «Показать ещё (осталось 13)». */
  left: (n: number) => `осталось ${n}`,
  /** «3 из 25» after the counted word when filters are on. */
  of: (shown: string, total: number) => `${shown} из ${total}`,
  noMatches: 'Ничего не найдено по выбранным условиям.',
};

/** Words of the shared collection pieces (count, paging, "nothing found"). */
export const collectionStrings = lazyEnglish(ru, () => import('./collection.strings.en.ts'));

/** The shape of the collection words. */
export type CollectionStrings = typeof ru;
