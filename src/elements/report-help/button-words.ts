/**
 * The only words a `<report-help variant="button">` shows before its first press: the button and "Loading help…",
 * in each built-in language. Copies of `report.button` and `loading` (src/i18n, src/data/strings.json), kept here
 * so that a forum page does not download every word of the flow for a button; tests/node/button-words.test.mjs
 * checks that they stay the same.
 */
export const BUTTON_WORDS = Object.freeze({
  en: { button: 'Report / get help', loading: 'Loading help…' },
  es: { button: 'Denunciar / pedir ayuda', loading: 'Cargando la ayuda…' },
  fr: { button: 'Signaler / obtenir de l’aide', loading: 'Chargement de l’aide…' },
});

export type ButtonWords = (typeof BUTTON_WORDS)[keyof typeof BUTTON_WORDS];

/** The words for a language tag (`fr-CA` → French), English for a language the flow does not speak. */
export function buttonWords(tag: string | undefined): ButtonWords {
  const language = (tag ?? '').toLowerCase().split('-')[0] as keyof typeof BUTTON_WORDS;
  return Object.hasOwn(BUTTON_WORDS, language) ? BUTTON_WORDS[language] : BUTTON_WORDS.en;
}
