import type { StringTable } from '../i18n/locale.ts';

/** What a browsing widget lists, as the preset notice names it («Показаны только события»). */
export type Listed = 'events' | 'practices' | 'associations';

const ru = {
  /** «Показать ещё (осталось 13)». */
  left: (n: number) => `осталось ${n}`,
  /** «3 из 25» after the counted word when filters are on. */
  of: (shown: string, total: number) => `${shown} из ${total}`,
  noMatches: 'Ничего не найдено по выбранным условиям.',
  listed: { events: 'события', practices: 'практики', associations: 'объединения' } as Record<
    Listed,
    string
  >,
  /** «Показаны только события: предмет «История», вид «семинар»». */
  presetNarrowed: (what: string, conditions: string) => `Показаны только ${what}: ${conditions}.`,
  /** One preset condition: «предмет «История, Физика»». */
  presetCondition: (facet: string, values: string) => `${facet.toLowerCase()} «${values}»`,
  presetWidened: (what: string) => `Показаны все ${what}, без подборки этой страницы.`,
  presetWiden: (what: string) => `Показать все ${what}`,
  presetRestore: 'Вернуть подборку',
  presetEmpty: 'В этой подборке пока ничего нет.',
};

/** Words of the shared collection pieces (count, paging, "nothing found", presets). */
export const collectionStrings: StringTable<typeof ru> = {
  ru,
  en: {
    left: (n) => `${n} left`,
    of: (shown, total) => `${shown} of ${total}`,
    noMatches: 'Nothing matches the chosen filters.',
    listed: { events: 'events', practices: 'practices', associations: 'associations' },
    presetNarrowed: (what, conditions) => `Showing only ${what}: ${conditions}.`,
    presetCondition: (facet, values) => `${facet.toLowerCase()} “${values}”`,
    presetWidened: (what) => `Showing all ${what}, not only this page’s selection.`,
    presetWiden: (what) => `Show all ${what}`,
    presetRestore: 'Back to the selection',
    presetEmpty: 'Nothing in this selection yet.',
  },
};

/** The shape of the collection words. */
export type CollectionStrings = typeof ru;
