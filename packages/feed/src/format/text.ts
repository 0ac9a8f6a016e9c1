/**
 * Folds text for search the way Russian readers expect: case-insensitive, and «ё» equal to «е»
 * (most texts drop the dots, so «учёт» must find «учет» and back).
 */
export function foldText(value: string): string {
  return value.toLocaleLowerCase('ru').replace(/ё/g, 'е');
}

/** The folded words of a query; an item matches when it contains every one of them. */
export function queryWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** True when the folded `haystack` contains every word of the query (`queryWords`). */
export function matchesWords(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word));
}
