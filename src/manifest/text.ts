import type { Text } from './schema.js';

/**
 * Picks the text for a locale: the exact tag, then its language ("es" for "es-MX"), then the manifest's first
 * locale, then whatever language the text has.
 */
export function pickText(text: Text, locale: string, fallbackLocale: string): string {
  return typeof text === 'string' ? text : (pickEntry(text, locale, fallbackLocale)?.[1] ?? '');
}

/** The language tag and text `pickText` takes from a map of texts. */
function pickEntry(
  text: Exclude<Text, string>,
  locale: string,
  fallbackLocale: string,
): [string, string] | undefined {
  const language = locale.split('-')[0] ?? locale;
  for (const tag of [locale, language]) if (text[tag] !== undefined) return [tag, text[tag]];
  return (
    Object.entries(text).find(([tag]) => tag.split('-')[0] === language) ??
    (text[fallbackLocale] === undefined ? undefined : [fallbackLocale, text[fallbackLocale]]) ??
    Object.entries(text)[0]
  );
}

/**
 * The language of the text `pickText` gives, when it is not the reader's: a service described only in English on
 * an Arabic page is English there, to mark so a screen reader reads it as English and its punctuation stays in
 * place. A plain string says nothing of its language (most are names, the same in every language): unmarked.
 */
export function otherLanguageOf(
  text: Text | undefined,
  locale: string,
  fallbackLocale: string,
): string | undefined {
  if (text === undefined || typeof text === 'string') return undefined;
  const tag = pickEntry(text, locale, fallbackLocale)?.[0];
  const same = (a: string, b: string) =>
    a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();
  return tag === undefined || same(tag, locale) ? undefined : tag;
}

/** The locale a text lookup should use, from the locales a manifest and the elements support. */
export function resolveLocale(requested: string | undefined, available: readonly string[]): string {
  const fallback = available[0] ?? 'en';
  if (!requested) return fallback;
  const lower = requested.toLowerCase();
  const exact = available.find((tag) => tag.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  return available.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? fallback;
}
