/** Plural forms for widget strings; the implementation is shared with the CLI in @metodika/feed. */
export { type PluralForms, plural, pluralWord } from '@metodika/feed';
