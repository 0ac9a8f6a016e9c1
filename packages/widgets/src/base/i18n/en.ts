import type { BaseStrings } from './ru.ts';

/** English words every widget shares. */
export const en: BaseStrings = {
  loading: 'Loading…',
  empty: 'Nothing here yet.',
  errorTitle: 'Could not load the data.',
  errorNetwork: 'Check your connection and try again.',
  errorConfig: 'The widget is set up incorrectly. Please tell the site administrator.',
  retry: 'Try again',
  stale: (when) => `Could not update — showing the copy from ${when}`,
  close: 'Close',
  resetFilters: 'Clear all filters',
  removeFilter: (label) => `Remove filter: ${label}`,
  activeFilters: 'Active filters',
  showMore: 'Show more',
};
