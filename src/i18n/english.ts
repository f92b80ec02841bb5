/**
 * The English the translator falls back to: the shared words (strings.ts) and each element's own words
 * (report-words.ts, signs-words.ts) as their modules load. It imports nothing, so the word files and strings.ts
 * can both use it without importing each other.
 */
export const english: Record<string, string> = {};

/** Adds English words to the fallback. */
export function addEnglish(words: Readonly<Record<string, string>>): void {
  Object.assign(english, words);
}
