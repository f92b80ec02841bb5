import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { translator, type Translate } from '../i18n/strings.js';
import { defaults } from '../manifest/defaults.js';
import type { Manifest } from '../manifest/schema.js';
import { resolveLocale } from '../manifest/text.js';
import { WhileUsed } from './while-used.js';

/** Whether a tag the browser can format with is in the same language as `locale`. */
function sameLanguage(tag: string, locale: string): boolean {
  try {
    return new Intl.Locale(tag).language === new Intl.Locale(locale).language;
  } catch {
    return false;
  }
}

interface Derived {
  wanted: string;
  locale: string;
  formats: string;
  t: Translate;
}

/** The elements to update when a `lang` attribute changes anywhere on the page (a site's language switch). */
const hosts: WhileUsed<ReactiveControllerHost> = new WhileUsed(() => {
  const observer = new MutationObserver(() => hosts.users.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { subtree: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
});

/**
 * The language an element shows and its words, worked out once per update (not on every read): the language asked
 * for (the element's `lang`, else the nearest ancestor's, else the page's or browser's), matched against the
 * languages the manifest and the built-in words come in. The element updates when the page's language changes.
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #requested: () => string;
  readonly #data: () => Manifest;
  readonly #missing: (language: string) => boolean;
  #derived: Derived | undefined;

  constructor(
    host: ReactiveControllerHost,
    options: {
      requested: () => string;
      data: () => Manifest;
      /** Whether a language's words are missing (its file failed or is late): English is shown meanwhile. */
      missing?: (language: string) => boolean;
    },
  ) {
    this.#host = host;
    this.#requested = options.requested;
    this.#data = options.data;
    this.#missing = options.missing ?? (() => false);
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  /** Forgets the last answer: the language, the data or the words may have changed. Call as each update starts. */
  invalidate(): void {
    this.#derived = undefined;
  }

  /** The locale the text is shown in: one the manifest or the built-in words have. */
  get locale(): string {
    return (this.#derived ?? this.#derive()).locale;
  }

  /**
   * The locale dates, times and names are written in: the tag asked for when it is the language shown (en-GB
   * writes "23 Nov 2026" where en-US writes "Nov 23, 2026"), else the language shown.
   */
  get formats(): string {
    return (this.#derived ?? this.#derive()).formats;
  }

  get t(): Translate {
    return (this.#derived ?? this.#derive()).t;
  }

  /** The locale the text would be shown in with every file here: the one whose words the panel asks for. */
  get wanted(): string {
    return (this.#derived ?? this.#derive()).wanted;
  }

  #derive(): Derived {
    const data = this.#data();
    const available = [
      ...data.locales,
      ...defaults.languages.filter((tag) => !data.locales.includes(tag)),
    ];
    const requested = this.#requested();
    const wanted = resolveLocale(requested, available);
    // Without its words, the panel is in English and says so, and its `lang` says English too.
    const locale = this.#missing(wanted.split('-')[0] ?? wanted)
      ? resolveLocale('en', available)
      : wanted;
    this.#derived = {
      wanted,
      locale,
      formats: sameLanguage(requested, locale) ? requested : locale,
      t: translator(locale, data.strings, defaults.strings),
    };
    return this.#derived;
  }
}
