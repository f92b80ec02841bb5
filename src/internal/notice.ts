import { html, nothing, type TemplateResult } from 'lit';
import { translator, type StringKey, type Translate } from '../i18n/strings.js';
import { defaults } from '../manifest/defaults.js';
import type { Missing } from './manifest-controller.js';

const PART_WORDS: Record<Missing['parts'][number], StringKey> = {
  site: 'notice.part.site',
  region: 'notice.part.region',
  guide: 'notice.part.guide',
  warningSigns: 'notice.part.signs',
  platforms: 'notice.part.platforms',
  language: 'notice.language',
};

/**
 * The one line a panel says when something it needs is not here: the site's manifest failed (the standard list is
 * shown), parts of the help have not loaded yet (named, with "we will keep trying"), or its language's words have
 * not (said in that language, over the English the panel shows meanwhile).
 */
export function renderNotice(
  missing: Missing,
  t: Translate,
  wanted: string,
): TemplateResult | typeof nothing {
  const parts = missing.parts.filter((part) => part !== 'language');
  const sentences: string[] = [];
  if (missing.fallback) sentences.push(t('notice.fallback'));
  if (parts.length) {
    const list = new Intl.ListFormat(t.locale, { type: 'conjunction' });
    sentences.push(t('notice.missing', { parts: list.format(parts.map((p) => t(PART_WORDS[p]))) }));
  }
  const language = missing.parts.includes('language')
    ? html`<span lang=${wanted}
        >${translator(wanted, {}, defaults.strings)('notice.language')}</span
      >`
    : nothing;
  if (!sentences.length && language === nothing) return nothing;
  // The space before the language's line is text, not template whitespace, which the bundles' minifier drops.
  const text =
    language === nothing || !sentences.length ? sentences.join(' ') : `${sentences.join(' ')} `;
  return html`<p part="notice" class="notice" role="status">${text}${language}</p>`;
}
