import { html, type TemplateResult } from 'lit';
import type { Manifest } from '../manifest/schema.js';
import { regionsIn } from '../manifest/select.js';
import { collatorOf } from './format.js';

/**
 * The countries a picker offers, in the order of their names in the reader's language (as a person looks for
 * them), "Anywhere" (INTL) last. Worked out again only when the data or the language changes: finding them reads
 * every resource.
 */
export class RegionList {
  #for: { data: Manifest | undefined; locale: string } = { data: undefined, locale: '' };
  #list: string[] = [];

  /** `more`: countries to offer though the data has nothing for them yet (built-in ones not loaded). */
  list(
    data: Manifest,
    more: readonly string[],
    locale: string,
    name: (region: string) => string,
  ): readonly string[] {
    if (this.#for.data === data && this.#for.locale === locale) return this.#list;
    const regions = new Set([...regionsIn(data), ...more]);
    regions.delete('INTL');
    const collator = collatorOf(locale);
    const named = [...regions].map((region) => ({ region, name: name(region) }));
    named.sort((a, b) => collator.compare(a.name, b.name));
    this.#for = { data, locale };
    this.#list = [...named.map(({ region }) => region), 'INTL'];
    return this.#list;
  }

  /**
   * A picker's options, named in the reader's language: the regions of `list`, INTL last; the selected one first
   * when the manifest has nothing for it (a visitor from elsewhere).
   */
  options(
    data: Manifest,
    more: readonly string[],
    locale: string,
    name: (region: string) => string,
    selected: string,
  ): TemplateResult[] {
    const regions = [...this.list(data, more, locale, name)];
    if (!regions.includes(selected)) regions.unshift(selected);
    return regions.map(
      (region) =>
        html`<option value=${region} ?selected=${region === selected}>${name(region)}</option>`,
    );
  }
}
