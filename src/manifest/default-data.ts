import type { StringTables } from '../i18n/strings.js';
import type { Emergency, Guide, Manifest, Platform, Resource, WarningSigns } from './schema.js';

/** The parts of the built-in data that only some elements need, each loaded when one first does. */
export interface Sections {
  guide: Guide;
  warningSigns: WarningSigns;
  platforms: Platform[];
}
export type SectionName = keyof Sections;

const EMPTY: Sections = {
  guide: { steps: [], situations: [], faq: [] },
  warningSigns: { groups: [], whatToDo: { adult: [], young: [] } },
  platforms: [],
};

/**
 * What the built-in data starts from: every country's emergency numbers and the international services. In the
 * script-tag bundles the texts here are English only; another language's texts come with its language file.
 */
export interface CoreData {
  /** The languages the built-in words and texts come in, English first. */
  languages: string[];
  /** The countries that have a file of services. */
  regions: string[];
  /** Every country's emergency numbers: small, and wanted before anything else. */
  emergency: Emergency[];
  /** The services that work everywhere. */
  intl: Resource[];
  /**
   * A few words in every language, for the moment before that language's file arrives: loading, the emergency
   * line and the quick exit.
   */
  early: StringTables;
}

/** One country's services. */
export interface RegionFile {
  region: string;
  resources: Resource[];
}

/** One language: its interface words, and the texts of the built-in data by file (core, a section, a country) and path. */
export interface LanguageFile {
  strings: Readonly<Record<string, string>>;
  texts?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * Where the built-in data comes from. From the sources (tests, the npm entry) every part is there at once; the
 * script-tag bundles load a country's services and a language's words as files beside the script, when a panel
 * first needs them.
 */
export interface DataSource {
  core: CoreData;
  section<K extends SectionName>(name: K): Sections[K] | Promise<Sections[K]>;
  region(code: string): RegionFile | Promise<RegionFile>;
  language(tag: string): LanguageFile | Promise<LanguageFile>;
  /**
   * One country's texts in one language, where they are a file of their own (the script-tag bundles); without
   * it, a language's file has every country's texts.
   */
  languageRegion?(
    tag: string,
    code: string,
  ): Readonly<Record<string, string>> | Promise<Readonly<Record<string, string>>>;
}

type Loadable = 'loading' | 'failed' | 'loaded';

/** A file that failed is tried again when a panel next needs it, once this long has passed (the network may be back). */
export const RETRY_MS = 3000;

/**
 * Sets one language's texts into the file they belong to. A key is the JSON pointer of a text in that file (with
 * `#fr-CA` after it for a regional tag); the text is an object by language (`{"en": "…"}`) and gains this one.
 */
export function applyTexts(
  root: unknown,
  texts: Readonly<Record<string, string>>,
  language: string,
): void {
  for (const [key, value] of Object.entries(texts)) {
    const [pointer = '', tag = language] = key.split('#');
    let node = root as Record<string, unknown> | undefined;
    for (const part of pointer.split('/').slice(1))
      node = node?.[part.replaceAll('~1', '/').replaceAll('~0', '~')] as typeof node;
    if (node && typeof node === 'object') node[tag] = value;
  }
}

/**
 * The built-in data as it stands on this page: what has loaded so far, as one manifest that changes (a new object)
 * whenever a country or a language arrives, and a way for elements to hear when it does.
 */
export class DefaultData {
  readonly #source: DataSource;
  readonly #regions = new Map<string, RegionFile>();
  readonly #sections: Partial<Sections> = {};
  readonly #languages = new Map<string, LanguageFile>();
  /** A country's texts by language, as they arrive: `fr:CA`. */
  readonly #regionTexts = new Map<string, Readonly<Record<string, string>>>();
  readonly #state = new Map<string, Loadable>();
  readonly #failedAt = new Map<string, number>();
  readonly #listeners = new Set<() => void>();
  #manifest: Manifest | undefined;
  #strings: StringTables | undefined;

  constructor(source: DataSource) {
    this.#source = source;
  }

  /** The languages the built-in words come in. */
  get languages(): readonly string[] {
    return this.#source.core.languages;
  }

  /** The countries that have built-in services (loaded or not). */
  get regions(): readonly string[] {
    return this.#source.core.regions;
  }

  /**
   * The built-in data loaded so far: every country's emergency numbers, the loaded countries' services, and the
   * sections some element has needed (empty until then).
   */
  get manifest(): Manifest {
    if (!this.#manifest) {
      const { core } = this.#source;
      const loaded = core.regions.flatMap((code) => this.#regions.get(code)?.resources ?? []);
      this.#manifest = {
        version: 1,
        locales: [...core.languages],
        emergency: core.emergency,
        resources: [...loaded, ...core.intl],
        platforms: this.#sections.platforms ?? EMPTY.platforms,
        warningSigns: this.#sections.warningSigns ?? EMPTY.warningSigns,
        guide: this.#sections.guide ?? EMPTY.guide,
        strings: {},
      };
    }
    return this.#manifest;
  }

  /** The built-in words by language: each loaded language's, else the few early ones. */
  get strings(): StringTables {
    if (!this.#strings) {
      const tables: Record<string, Readonly<Record<string, string>> | undefined> = {
        ...this.#source.core.early,
      };
      for (const [tag, file] of this.#languages) tables[tag] = file.strings;
      this.#strings = tables;
    }
    return this.#strings;
  }

  /** Calls `listener` whenever more data has arrived (or failed to); returns how to stop. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Whether a panel for this country (a country code, or INTL), in this language, with these sections, has all it
   * needs. Starts loading what is missing; the listeners hear when it arrives. A country or language with no file
   * is ready at once.
   */
  ready(country: string, language: string, sections: readonly SectionName[] = []): boolean {
    const region = this.#source.core.regions.includes(country) ? country : undefined;
    const tag = this.#languageFile(language);
    let ready = !region || this.#need(`region:${region}`, () => this.#loadRegion(region));
    if (tag) ready = this.#need(`language:${tag}`, () => this.#loadLanguage(tag)) && ready;
    if (tag && region && this.#source.languageRegion)
      ready = this.#need(`texts:${tag}:${region}`, () => this.#loadTexts(tag, region)) && ready;
    for (const name of sections)
      ready = this.#need(`section:${name}`, () => this.#loadSection(name)) && ready;
    return ready;
  }

  /** Whether a language's own words have arrived (or failed, or need no file: English, or one not built in). */
  languageReady(language: string): boolean {
    const tag = this.#languageFile(language);
    return !tag || this.#state.get(`language:${tag}`) !== 'loading';
  }

  /** The language whose file a panel in `language` needs, if any: not English, and one of the built-in ones. */
  #languageFile(language: string): string | undefined {
    return language !== 'en' && this.languages.includes(language) ? language : undefined;
  }

  /** Whether this country's file could not be loaded (its services are missing from the list). */
  failed(country: string): boolean {
    return this.#state.get(`region:${country}`) === 'failed';
  }

  #need(key: string, load: () => void): boolean {
    const state = this.#state.get(key);
    const retry = state === 'failed' && Date.now() - (this.#failedAt.get(key) ?? 0) >= RETRY_MS;
    if (state === undefined || retry) load();
    // Failed is "ready" too: the panel shows what there is, with a notice, rather than waiting for ever.
    return this.#state.get(key) !== 'loading';
  }

  #loadRegion(code: string): void {
    this.#settle(`region:${code}`, this.#source.region(code), (file) => {
      for (const [tag, language] of this.#languages) {
        const texts = language.texts?.[code];
        if (texts) applyTexts(file, texts, tag);
      }
      for (const [key, texts] of this.#regionTexts)
        if (key.endsWith(`:${code}`)) applyTexts(file, texts, key.split(':')[0]!);
      this.#regions.set(code, file);
    });
  }

  #loadTexts(tag: string, code: string): void {
    this.#settle(`texts:${tag}:${code}`, this.#source.languageRegion!(tag, code), (texts) => {
      this.#regionTexts.set(`${tag}:${code}`, texts);
      const region = this.#regions.get(code);
      if (region) applyTexts(region, texts, tag);
    });
  }

  #loadSection<K extends SectionName>(name: K): void {
    this.#settle(`section:${name}`, this.#source.section(name), (section) => {
      for (const [tag, language] of this.#languages) {
        const texts = language.texts?.[name];
        if (texts) applyTexts(section, texts, tag);
      }
      this.#sections[name] = section;
    });
  }

  #loadLanguage(tag: string): void {
    this.#settle(`language:${tag}`, this.#source.language(tag), (file) => {
      const texts = file.texts ?? {};
      if (texts.core) applyTexts(this.#source.core, texts.core, tag);
      for (const [code, region] of this.#regions)
        if (texts[code]) applyTexts(region, texts[code], tag);
      for (const [name, section] of Object.entries(this.#sections))
        if (texts[name]) applyTexts(section, texts[name], tag);
      this.#languages.set(tag, file);
    });
  }

  /** Takes in a file now if it is here, or when it arrives; a failure is logged once and remembered. */
  #settle<T>(key: string, pending: T | Promise<T>, take: (file: T) => void): void {
    const done = (file: T): void => {
      take(file);
      this.#state.set(key, 'loaded');
      this.#changed();
    };
    if (!(pending instanceof Promise)) {
      done(pending);
      return;
    }
    this.#state.set(key, 'loading');
    pending.then(done, (error: unknown) => {
      console.error(`safety-panels: could not load the built-in ${key.replace(':', ' ')}`, error);
      this.#state.set(key, 'failed');
      this.#failedAt.set(key, Date.now());
      this.#changed();
    });
  }

  #changed(): void {
    this.#manifest = undefined;
    this.#strings = undefined;
    for (const listener of this.#listeners) listener();
  }
}
