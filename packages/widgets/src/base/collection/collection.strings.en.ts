// The English of collection.strings.ts: a chunk of its own, loaded when an element first renders in
// English (base/i18n/locale.ts, lazyEnglish), so Russian pages never download it.
import type { CollectionStrings } from './collection.strings.ts';

export const en: CollectionStrings = {
  left: (n) => `${n} left`,
  of: (shown, total) => `${shown} of ${total}`,
  noMatches: 'Nothing matches the chosen filters.',
};
