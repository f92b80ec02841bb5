import type { StringTables } from '../i18n/strings.js';
import { checkShape } from './file-shapes.js';
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

/** One country's services, and where its emergency numbers come from where the core leaves that out. */
export interface RegionFile {
  region: string;
  resources: Resource[];
  emergency?: Pick<Emergency, 'sources' | 'verified'>;
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
  /** `attempt`: 1 at first, 2 for the retry (a source may ask by another address, past any cache). */
  section<K extends SectionName>(name: K, attempt?: number): Sections[K] | Promise<Sections[K]>;
  region(code: string, attempt?: number): RegionFile | Promise<RegionFile>;
  language(tag: string, attempt?: number): LanguageFile | Promise<LanguageFile>;
  /**
   * One country's texts in one language, where they are a file of their own (the script-tag bundles); without
   * it, a language's file has every country's texts.
   */
  languageRegion?(
    tag: string,
    code: string,
    attempt?: number,
  ): Readonly<Record<string, string>> | Promise<Readonly<Record<string, string>>>;
}

/** A part of the built-in data a panel may be missing: a country's services, a section, or a language's words. */
export type DataPart = 'region' | SectionName | 'language';

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
  /** How each file is asked for, by key, and how many times it has been. */
  readonly #loaders = new Map<string, (attempt: number) => void>();
  readonly #attempts = new Map<string, number>();
  /** Attempts on their way, by key: a failed file being tried again is not tried a third time meanwhile. */
  readonly #inFlight = new Map<string, number>();
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
      // A service for two countries is in both their files: listed once (by id) when both are loaded.
      const loaded = new Map<string, Resource>();
      for (const code of core.regions)
        for (const resource of this.#regions.get(code)?.resources ?? [])
          loaded.set(resource.id, resource);
      this.#manifest = {
        version: 1,
        locales: [...core.languages],
        emergency: core.emergency,
        resources: [...loaded.values(), ...core.intl],
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
    let ready = !region || this.#need(`region:${region}`, (n) => this.#loadRegion(region, n));
    if (tag) ready = this.#need(`language:${tag}`, (n) => this.#loadLanguage(tag, n)) && ready;
    if (tag && region && this.#source.languageRegion)
      ready = this.#need(`texts:${tag}:${region}`, (n) => this.#loadTexts(tag, region, n)) && ready;
    for (const name of sections)
      ready = this.#need(`section:${name}`, (n) => this.#loadSection(name, n)) && ready;
    return ready;
  }

  /**
   * The parts a panel for this country, language and sections still lacks: failed, or (with `waiting`) still on
   * their way. Asks for nothing.
   */
  missing(
    country: string,
    language: string,
    sections: readonly SectionName[],
    waiting: boolean,
  ): DataPart[] {
    const lacks = (key: string): boolean => {
      const state = this.#state.get(key);
      return state === 'failed' || (waiting && state === 'loading');
    };
    const tag = this.#languageFile(language);
    const parts: DataPart[] = [];
    if (this.#source.core.regions.includes(country) && lacks(`region:${country}`))
      parts.push('region');
    for (const name of sections) if (lacks(`section:${name}`)) parts.push(name);
    if (tag && lacks(`language:${tag}`)) parts.push('language');
    return parts;
  }

  /** Asks a second time for each file still on its way after its first ask (it may hang); the first to come wins. */
  retryWaiting(): void {
    for (const [key, state] of this.#state)
      if (state === 'loading' && this.#attempts.get(key) === 1) this.#start(key);
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

  #need(key: string, load: (attempt: number) => void): boolean {
    this.#loaders.set(key, load);
    const state = this.#state.get(key);
    const retry =
      state === 'failed' &&
      !this.#inFlight.get(key) &&
      Date.now() - (this.#failedAt.get(key) ?? 0) >= RETRY_MS;
    if (state === undefined || retry) this.#start(key);
    // Failed is "ready" too: the panel shows what there is, with a notice, rather than waiting for ever.
    return this.#state.get(key) !== 'loading';
  }

  #start(key: string): void {
    const attempt = (this.#attempts.get(key) ?? 0) + 1;
    this.#attempts.set(key, attempt);
    this.#loaders.get(key)?.(attempt);
  }

  /** Puts the texts of every language loaded so far into a file that has just arrived (a region or a section). */
  #translate(file: object, key: string): void {
    for (const [tag, language] of this.#languages) {
      const texts = language.texts?.[key];
      if (texts) applyTexts(file, texts, tag);
    }
  }

  #loadRegion(code: string, attempt: number): void {
    this.#settle(
      `region:${code}`,
      attempt,
      () => this.#source.region(code, attempt),
      (file) => {
        this.#translate(file, code);
        for (const [key, texts] of this.#regionTexts)
          if (key.endsWith(`:${code}`)) applyTexts(file, texts, key.split(':')[0]!);
        if (file.emergency) {
          const entry = this.#source.core.emergency.find(({ region }) => region === code);
          if (entry) Object.assign(entry, file.emergency);
        }
        this.#regions.set(code, file);
      },
    );
  }

  #loadTexts(tag: string, code: string, attempt: number): void {
    const key = `texts:${tag}:${code}`;
    this.#settle(
      key,
      attempt,
      () => this.#source.languageRegion!(tag, code, attempt),
      (texts) => {
        this.#regionTexts.set(`${tag}:${code}`, texts);
        const region = this.#regions.get(code);
        if (region) applyTexts(region, texts, tag);
      },
    );
  }

  #loadSection<K extends SectionName>(name: K, attempt: number): void {
    this.#settle(
      `section:${name}`,
      attempt,
      () => this.#source.section(name, attempt),
      (section) => {
        this.#translate(section, name);
        this.#sections[name] = section;
      },
    );
  }

  #loadLanguage(tag: string, attempt: number): void {
    this.#settle(
      `language:${tag}`,
      attempt,
      () => this.#source.language(tag, attempt),
      (file) => {
        const texts = file.texts ?? {};
        if (texts.core) applyTexts(this.#source.core, texts.core, tag);
        for (const [code, region] of this.#regions)
          if (texts[code]) applyTexts(region, texts[code], tag);
        for (const [name, section] of Object.entries(this.#sections))
          if (texts[name]) applyTexts(section, texts[name], tag);
        this.#languages.set(tag, file);
      },
    );
  }

  /**
   * Takes in a file now if it is here, or when it arrives. One that fails, or throws as it is taken in (the wrong
   * shape), is logged and marked failed, so the panel shows what there is at once and says so; the first failure
   * is tried again at once, in the background. Whichever attempt comes first wins; a later one is dropped.
   */
  #settle<T>(
    key: string,
    attempt: number,
    ask: () => T | Promise<T>,
    take: (file: T) => void,
  ): void {
    const flying = (by: number): void => {
      this.#inFlight.set(key, (this.#inFlight.get(key) ?? 0) + by);
    };
    const done = (file: T): void => {
      if (this.#state.get(key) === 'loaded') return;
      checkShape(
        key.startsWith('section:') ? key.slice('section:'.length) : key.split(':')[0]!,
        file,
      );
      take(file);
      this.#state.set(key, 'loaded');
      this.#changed();
    };
    const failed = (error: unknown): void => {
      if (this.#state.get(key) === 'loaded') return;
      console.error(`safety-panels: could not load the built-in ${key.replace(':', ' ')}`, error);
      if (!this.#inFlight.get(key)) this.#state.set(key, 'failed');
      this.#failedAt.set(key, Date.now());
      if (attempt === 1) this.#start(key);
      this.#changed();
    };
    const settle = (file: T): void => {
      try {
        done(file);
      } catch (error) {
        failed(error);
      }
    };
    let pending: T | Promise<T>;
    try {
      pending = ask();
    } catch (error) {
      failed(error);
      return;
    }
    if (!(pending instanceof Promise)) {
      settle(pending);
      return;
    }
    if (this.#state.get(key) !== 'failed') this.#state.set(key, 'loading');
    flying(1);
    pending.then(
      (file) => {
        flying(-1);
        settle(file);
      },
      (error: unknown) => {
        flying(-1);
        failed(error);
      },
    );
  }

  #changed(): void {
    this.#manifest = undefined;
    this.#strings = undefined;
    for (const listener of this.#listeners) listener();
  }
}
