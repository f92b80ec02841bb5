import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { translator, type Translate } from '../i18n/strings.js';
import { defaults } from '../manifest/defaults.js';
import type { Manifest } from '../manifest/schema.js';
import { resolveLocale } from '../manifest/text.js';

/** The elements to update when a `lang` attribute changes anywhere on the page (a site's language switch). */
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * The language an element shows and its words, worked out once per update (not on every read): the language asked
 * for (the element's `lang`, else the nearest ancestor's, else the page's or browser's), matched against the
 * languages the manifest and the built-in words come in. The element updates when the page's language changes.
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #requested: () => string;
  readonly #data: () => Manifest;
  #derived: { locale: string; t: Translate } | undefined;

  constructor(
    host: ReactiveControllerHost,
    options: { requested: () => string; data: () => Manifest },
  ) {
    this.#host = host;
    this.#requested = options.requested;
    this.#data = options.data;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
      observer.observe(document.documentElement, { subtree: true, attributeFilter: ['lang'] });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Forgets the last answer: the language, the data or the words may have changed. Call as each update starts. */
  invalidate(): void {
    this.#derived = undefined;
  }

  /** The locale the text is shown in: one the manifest or the built-in words have. */
  get locale(): string {
    return (this.#derived ?? this.#derive()).locale;
  }

  get t(): Translate {
    return (this.#derived ?? this.#derive()).t;
  }

  #derive(): { locale: string; t: Translate } {
    const data = this.#data();
    const available = [
      ...data.locales,
      ...defaults.languages.filter((tag) => !data.locales.includes(tag)),
    ];
    const locale = resolveLocale(this.#requested(), available);
    this.#derived = { locale, t: translator(locale, data.strings, defaults.strings) };
    return this.#derived;
  }
}
