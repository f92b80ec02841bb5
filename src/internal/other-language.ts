import { html, type TemplateResult } from 'lit';
import { directionOf } from '../i18n/direction.js';
import type { Translate } from '../i18n/strings.js';
import type { Manifest, Text } from '../manifest/schema.js';
import { otherLanguageOf } from '../manifest/text.js';

/**
 * A manifest text as content, marked with its language where that is not the reader's (a built-in text known in
 * English, Spanish and French, on an Arabic page): a screen reader reads it as that language, and its punctuation
 * stays in place in a right-to-left panel. `lang` is the text's language from `otherLanguageOf`.
 */
export function marked(text: string, lang: string | undefined): TemplateResult | string {
  return text && lang ? html`<span lang=${lang} dir=${directionOf(lang)}>${text}</span>` : text;
}

/** `marked` for views that have the words (`t`, whose locale the texts are read in) and the manifest. */
export function markedText(
  view: { t: Translate; text: (value: Text | undefined) => string; data: Manifest },
  value: Text | undefined,
): TemplateResult | string {
  return marked(
    view.text(value),
    otherLanguageOf(value, view.t.locale, view.data.locales[0] ?? 'en'),
  );
}
