import type { Text } from './schema.js';

/**
 * Picks the text for a locale: the exact tag, then its language ("es" for "es-MX"), then the manifest's first
 * locale, then whatever language the text has.
 */
export function pickText(text: Text, locale: string, fallbackLocale: string): string {
  if (typeof text === 'string') return text;
  const language = locale.split('-')[0] ?? locale;
  return (
    text[locale] ??
    text[language] ??
    Object.entries(text).find(([tag]) => tag.split('-')[0] === language)?.[1] ??
    text[fallbackLocale] ??
    Object.values(text)[0] ??
    ''
  );
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
