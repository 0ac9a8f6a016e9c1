/** Words every widget shares. A widget keeps its own words next to it (`calendar.strings.ts`). */
export const ru = {
  loading: 'Загрузка…',
  empty: 'Пока ничего нет.',
  errorTitle: 'Не удалось загрузить данные.',
  errorNetwork: 'Проверьте подключение к интернету и попробуйте ещё раз.',
  errorConfig: 'Виджет настроен неверно. Сообщите администратору сайта.',
  retry: 'Повторить',
  /** The stale banner: «Не удалось обновить — показана копия от 20 ноября, 14:05». */
  stale: (when: string) => `Не удалось обновить — показана копия от ${when}`,
  close: 'Закрыть',
  resetFilters: 'Сбросить все фильтры',
  removeFilter: (label: string) => `Убрать фильтр: ${label}`,
  activeFilters: 'Выбранные фильтры',
  showMore: 'Показать ещё',
};

/** The shape every language of the shared words must have. */
export type BaseStrings = typeof ru;
