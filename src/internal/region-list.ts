import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translate } from '../i18n/strings.js';
import { readRegion } from '../manifest/region-input.js';
import type { Manifest } from '../manifest/schema.js';
import { regionsIn } from '../manifest/select.js';
import { collatorOf } from './format.js';

/** Folds a name for finding: case, accents and punctuation ignored ("peru" finds "Perú", "cote" "Côte d’Ivoire"). */
function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The regions of `regions` a typed `query` finds, in their order: a code or common alias typed whole ("uk", "usa")
 * first, then the names that begin with it, then the names with a word that begins with it ("korea" finds "South
 * Korea", "herz" "Bosnia and Herzegovina"). Each region is looked for under each of its `names` (the reader's
 * language, and English, which a visitor may type on a page in another language). Pure: no DOM.
 */
export function findRegions(
  query: string,
  regions: readonly string[],
  names: readonly ((region: string) => string)[],
): string[] {
  const typed = fold(query);
  if (!typed) return [...regions];
  const code = query.trim().length <= 4 ? readRegion(query) : undefined;
  const folded = regions.map((region) => ({
    region,
    names: names.map((name) => fold(name(region))),
  }));
  const starts = folded.filter((entry) => entry.names.some((name) => name.startsWith(typed)));
  const words = folded.filter(
    (entry) => !starts.includes(entry) && entry.names.some((name) => name.includes(` ${typed}`)),
  );
  const found = [...starts, ...words].map((entry) => entry.region);
  return code && regions.includes(code)
    ? [code, ...found.filter((region) => region !== code)]
    : found;
}

/** What a picker is drawn from: the element's data, words and ids, and what it does with a choice. */
export interface RegionPickerView {
  t: Translate;
  data: Manifest;
  /** Countries to offer though the data has nothing for them yet (built-in ones not loaded). */
  more: readonly string[];
  locale: string;
  /** A region's name in the reader's language; `english`: in English. */
  name: (region: string) => string;
  english: (region: string) => string;
  /** The visitor's own region (the page's, else the browser's), offered first. */
  own: string;
  selected: string;
  /** The select's id; the find field's is `${id}-find`. */
  id: string;
  label: string;
  onChoose: (region: string) => void;
}

/**
 * A country picker that works on a phone with 66 countries: a native `<select>` (every browser, screen reader and
 * keyboard knows it; it works before the script too) with the visitor's own country first, in a group of its own,
 * then the rest by their names in the reader's language, "Anywhere" (INTL) last. With the script, a field to type
 * a name narrows the select to the countries it finds and chooses the first where the one chosen is not among them,
 * saying so in a status line: a phone's select has no type-to-find of its own.
 */
export class RegionList {
  readonly #host: ReactiveControllerHost;
  #for: { data: Manifest | undefined; locale: string } = { data: undefined, locale: '' };
  #list: string[] = [];
  /** What the visitor typed in the find field, and the region chosen before they began. */
  #query = '';
  #before = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The countries offered, by name in the reader's language, "Anywhere" (INTL) last. */
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

  /** The select's options: the typed query's finds, else the visitor's own region first, then the rest. */
  options(view: RegionPickerView): TemplateResult {
    const { t, name, own, selected } = view;
    const all = this.list(view.data, view.more, view.locale, name);
    const option = (region: string) =>
      html`<option value=${region} ?selected=${region === selected}>${name(region)}</option>`;
    const found = this.#found(view, all);
    if (found) {
      const shown = found.length ? found : all;
      return html`${shown.includes(selected) ? nothing : option(selected)}${shown.map(option)}`;
    }
    const first = [own, selected].filter(
      (region, index, regions) =>
        regions.indexOf(region) === index &&
        (region === own ? region !== 'INTL' : !all.includes(region)),
    );
    const rest = all.filter((region) => !first.includes(region));
    if (!first.length) return html`${rest.map(option)}`;
    return html`<optgroup label=${t('region.own')}>${first.map(option)}</optgroup>
      <optgroup label=${t('region.others')}>${rest.map(option)}</optgroup>`;
  }

  /** The select, and (with the script) the field to type a name in, with what it found. */
  render(view: RegionPickerView): TemplateResult {
    const { t, id } = view;
    const found = this.#found(view, this.list(view.data, view.more, view.locale, view.name));
    let status = '';
    if (found?.length)
      status = t.plural('region.found', found.length, { name: view.name(view.selected) });
    else if (found) status = t('region.found.none', { query: this.#query.trim() });
    return html`<label for=${id}>${view.label}</label>
      <select
        id=${id}
        @change=${(e: Event) => view.onChoose((e.target as HTMLSelectElement).value)}
      >
        ${this.options(view)}
      </select>
      <div class="find script-only">
        <label for="${id}-find">${t('region.find')}</label>
        <input
          id="${id}-find"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="${id}-found"
          .value=${this.#query}
          @input=${(e: Event) => this.#find((e.target as HTMLInputElement).value, view)}
        />
        <p id="${id}-found" class="found" role="status">${status}</p>
      </div>`;
  }

  /** The regions the query finds (none found: an empty list), or undefined with no query. */
  #found(view: RegionPickerView, all: readonly string[]): string[] | undefined {
    if (!fold(this.#query)) return undefined;
    return findRegions(this.#query, all, [view.name, view.english]);
  }

  #find(query: string, view: RegionPickerView): void {
    if (!fold(this.#query)) this.#before = view.selected;
    this.#query = query;
    const found = this.#found(view, this.list(view.data, view.more, view.locale, view.name));
    const first = found?.[0];
    if (first && !found.includes(view.selected)) view.onChoose(first);
    // A name that finds nothing leaves the choice as it was before the typing (not a country a letter found).
    else if (found && !first && view.selected !== this.#before) view.onChoose(this.#before);
    this.#host.requestUpdate();
  }
}
