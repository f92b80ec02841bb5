import { html, nothing, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { directionOf } from '../i18n/direction.js';
import type { Translate } from '../i18n/strings.js';
import type { SectionName } from '../manifest/default-data.js';
import { defaults } from '../manifest/defaults.js';
import type { Channel, Manifest, Resource, Text } from '../manifest/schema.js';
import { knownRegions, visitorRegionOf } from '../manifest/region-input.js';
import { countryOf } from '../manifest/select.js';
import { otherLanguageOf, pickText } from '../manifest/text.js';
import type { SafetyPanelsEventMap } from './events.js';
import type { ExitLabels } from './exit-control.js';
import { renderExitNote } from './exit-note.js';
import { renderNotice } from './notice.js';
import { EmergencyLine, renderEmergencyLine } from './emergency-line.js';
import { copyFrom, sayAgain } from './live.js';
import { LocaleController } from './locale-controller.js';
import { ManifestController } from './manifest-controller.js';
import {
  DEFAULT_EXIT_URL,
  quickExit,
  QuickExitController,
  type ExitHost,
  type ExitMode,
} from './quick-exit.js';
import { RegionList } from './region-list.js';
import { regionNamer, type CardContext } from './resource-card.js';
import { schemeFor, schemeWatcher } from './scheme.js';
import { warmFormatters } from './format.js';
import { pageUrl } from './url.js';
import { VERSION } from '../version.js';

let instances = 0;

/**
 * What every safety-panels element shares: the `manifest`, `region` and `heading-level` attributes, loading
 * the manifest (falling back to the default on any failure), the visitor's locale and region, typed events, and
 * the quick exit (`exit`, `no-exit`, `exit-url`).
 */
export class SafetyPanelElement extends LitElement implements ExitHost {
  /** The package version that defined this element, so a second copy on the page can tell. */
  static readonly version = VERSION;

  /**
   * URL of a site's own manifest, or (set from script) the manifest itself. Without it, a
   * `<script type="application/json">` child is the manifest; with neither, the built-in default is used.
   */
  @property() accessor manifest: string | object | undefined;
  /** INTL, a country (`US`) or subdivision (`US-MI`). Default: the page language's region, else the browser's. */
  @property() accessor region: string | undefined;
  /** The level of the panel's heading (1–6), so it fits the host page's outline. Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;
  /** Shows the quick exit where the element does not by default. */
  @property({ type: Boolean, reflect: true }) accessor exit = false;
  /** Leaves out the quick exit (wins over `exit`). */
  @property({ type: Boolean, reflect: true, attribute: 'no-exit' }) accessor noExit = false;
  /** Where the quick exit goes: an https: or http: URL, or a path on this site. Default: a weather page. */
  @property({ attribute: 'exit-url' }) accessor exitUrl: string | undefined;
  /** `light`, `dark`, or `auto` (follow the device). Default: the host page's `color-scheme`, else light. */
  @property({ reflect: true }) accessor theme: string | undefined;

  /** What the polite live region says, like "Copied 0800 1111". */
  @state() protected accessor announcement = '';

  /** Unique per element on the page, for ids in the shadow root. */
  protected readonly uid = `sp${++instances}`;

  /** The site's manifest and the built-in data, as far as they have loaded. */
  protected readonly manifestController = new ManifestController(this, (name, detail) =>
    this.emit(name, detail),
  );
  /** The language shown and its words, once per update. */
  readonly #language = new LocaleController(this, {
    requested: () => this.requestedLocale,
    data: () => this.data,
    missing: (language) => this.manifestController.languageMissing(language),
  });
  /** The checked `exit-url`, and the value it was checked for (so a refused value warns once). */
  #exitHref = { for: undefined as string | undefined, href: DEFAULT_EXIT_URL };
  readonly #internals = this.attachInternals();
  /** The "In immediate danger" line, drawn once per page for the same numbers. */
  readonly #emergency = new EmergencyLine(this);
  /** The countries the pickers offer. */
  readonly #regions = new RegionList();

  constructor() {
    super();
    new QuickExitController(this);
  }

  /**
   * The manifest being shown: the site's, or the default while it loads and when it fails.
   *
   * @internal
   */
  get data(): Manifest {
    return this.manifestController.result.manifest;
  }

  /** Whether the panel shows "Loading help…": its first data is on its way (up to the grace, about 2 s). */
  protected get isLoading(): boolean {
    return this.manifestController.pending;
  }

  /** Whether a built-in file needed now (a country just chosen) is on its way, after the first content. */
  protected get isLoadingMore(): boolean {
    return this.manifestController.loadingMore;
  }

  /** Whether the data is all here: the site's manifest (if any) arrived or failed, the built-in files loaded. */
  protected get manifestSettled(): boolean {
    return this.manifestController.settled;
  }

  /** The sections of the built-in data the element uses (the guide, the warning signs, the platforms). */
  protected get dataSections(): readonly SectionName[] {
    return [];
  }

  /** The region whose services the panel shows now; elements with a picker override it. */
  protected get shownRegion(): string {
    return this.visitorRegion;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    schemeWatcher.add(this.#applyScheme);
    this.#applyScheme();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.wipe();
    schemeWatcher.delete(this.#applyScheme);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.manifestController.take(this.manifest, this.localName);
    // The language may have changed with the data or the page: derive it again, once, for this update.
    this.#language.invalidate();
    this.manifestController.need(
      countryOf(this.shownRegion),
      this.#language.wanted.split('-')[0] ?? 'en',
      this.dataSections,
    );
    // While the data loads, idle time builds the formatters the first content will need (country names in the
    // text's language; dates, times and language names in the page's regional form).
    if (this.isLoading) warmFormatters(this.locale, this.#language.formats);
    if (changed.has('theme')) this.#applyScheme();
  }

  /** Sets the `dark` custom state that the shared styles read (`:host(:state(dark))`). */
  readonly #applyScheme = (): void => {
    const states = this.#internals.states;
    if (!states) return;
    if (schemeFor(this.theme) === 'dark') states.add('dark');
    else states.delete('dark');
  };

  /**
   * Whether this element's emergency line is drawn even when another element on the page shows the same one:
   * a modal dialog hides the rest of the page.
   *
   * @internal
   */
  get drawsOwnEmergency(): boolean {
    return false;
  }

  /** Whether the element shows the quick exit when neither `exit` nor `no-exit` is set. */
  protected get exitByDefault(): boolean {
    return false;
  }

  /**
   * Whether this element offers the quick exit.
   *
   * @internal
   */
  get offersExit(): boolean {
    return !this.noExit && (this.exit || this.exitByDefault);
  }

  /**
   * How the quick exit shows for this element, for the quick-exit singleton.
   *
   * @internal
   */
  get exitMode(): ExitMode {
    return this.offersExit ? 'page' : 'none';
  }

  /**
   * Where the quick exit goes, checked, for the quick-exit singleton.
   *
   * @internal
   */
  get exitHref(): string {
    if (this.#exitHref.for !== this.exitUrl) {
      this.#exitHref = {
        for: this.exitUrl,
        href:
          pageUrl(this.exitUrl, { element: this.localName, attribute: 'exit-url' }) ??
          DEFAULT_EXIT_URL,
      };
    }
    return this.#exitHref.href;
  }

  /**
   * The quick exit's words in this element's language, for the quick-exit singleton.
   *
   * @internal
   */
  exitLabels(): ExitLabels {
    const t = this.t;
    return {
      lang: this.locale,
      button: t('exit.button'),
      region: t('exit.region'),
      remaining: (count) => t.plural('exit.remaining', count),
      expired: t('exit.expired'),
    };
  }

  /**
   * Fires `sp-exit`, for the quick-exit singleton.
   *
   * @internal
   */
  announceLeaving(): void {
    this.emit('sp-exit', { element: this.localName });
  }

  /** Hides the page at once, wipes what was typed on it and replaces it with the exit page. */
  exitNow(): void {
    quickExit.exit(this);
  }

  /**
   * Forgets everything typed or chosen: nothing here; elements that keep input override it.
   *
   * @internal
   */
  wipe(): void {}

  /** The language asked for: the element's `lang`, else the nearest ancestor's, else the page's or browser's. */
  protected get requestedLocale(): string {
    const fromDom = this.closest<HTMLElement>('[lang]')?.lang;
    return fromDom || document.documentElement.lang || navigator.language || 'en';
  }

  /** The locale the text is shown in: one the manifest or the built-in words have. */
  protected get locale(): string {
    return this.#language.locale;
  }

  protected get visitorRegion(): string {
    return visitorRegionOf(
      this.region,
      this.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang,
      navigator.language,
      knownRegions(this.data, defaults.regions),
      this.manifestController.settled,
    );
  }

  protected get t(): Translate {
    return this.#language.t;
  }

  /** Manifest text in the current locale. */
  protected text(value: Text | undefined): string {
    return value === undefined ? '' : pickText(value, this.locale, this.data.locales[0] ?? 'en');
  }

  protected get level(): number {
    const level = Math.round(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : 2;
  }

  /** How resource cards are drawn inside this element. */
  protected cardContext(
    options: Pick<CardContext, 'level' | 'textFirst' | 'compact'>,
  ): CardContext {
    return {
      ...options,
      t: this.t,
      text: (value) => this.text(value),
      otherLanguage: (value) => otherLanguageOf(value, this.locale, this.data.locales[0] ?? 'en'),
      locale: this.#language.formats,
      idPrefix: this.uid,
      onAction: (resource, channel) => this.emitAction(resource, channel, 'open'),
      // Copies the number and says so, on the button too; where the clipboard is refused, says the number instead.
      onCopy: async (resource, channel, number, button) => {
        const said = (await copyFrom(button, number)) ? 'copied' : 'copy.failed';
        this.announcement = sayAgain(this.announcement, this.t(said, { display: number }));
        this.emitAction(resource, channel, 'copy');
      },
    };
  }

  protected emitAction(resource: Resource, channel: Channel, action: 'open' | 'copy'): void {
    this.emit('sp-action', {
      element: this.localName,
      resource: resource.id,
      channel: channel.type,
      action,
    });
  }

  /**
   * The panel every element draws: a labelled section with the heading at the host's level, the region's
   * emergency number, the notice that the site's manifest failed (if it did), the element's own content, and
   * the polite live region. With the quick exit, the note that it does not clear history comes first, and the
   * panel keeps room at its top for the page's exit control.
   */
  protected renderFrame(options: {
    heading: string;
    region: string;
    /** The element's own content, drawn only once there is data to draw it from. */
    content: () => unknown;
    /** False inside a dialog labelled by the same heading: a region of the same name would be said twice. */
    landmark?: boolean;
  }): TemplateResult {
    return html`<section
      part="panel"
      class="panel ${this.exitMode === 'page' ? 'with-exit' : ''}"
      aria-labelledby=${options.landmark === false ? nothing : `${this.uid}-heading`}
      lang=${this.locale}
      dir=${directionOf(this.locale)}
    >
      ${this.offersExit ? renderExitNote(this.t('exit.shift'), this.t('exit.note')) : nothing}
      <div
        role="heading"
        aria-level=${this.level}
        id="${this.uid}-heading"
        part="heading"
        class="heading"
        tabindex="-1"
      >
        ${options.heading}
      </div>
      ${this.renderEmergency(options.region)} ${this.renderNotice(options.region)}
      ${this.isLoading ? html`<p class="loading">${this.t('loading')}</p>` : options.content()}
      ${this.renderAnnouncer()}
    </section>`;
  }

  /** Says when a site's manifest, or a part of the help or its language, could not be loaded (yet). */
  protected renderNotice(region: string): TemplateResult | typeof nothing {
    const wanted = this.#language.wanted;
    const language = wanted.split('-')[0] ?? 'en';
    const parts = this.manifestController.missing(countryOf(region), language, this.dataSections);
    return renderNotice(parts, this.t, wanted);
  }

  /** The region's emergency number first, as a call link; or a plain line where the manifest has none. */
  protected renderEmergency(region: string): TemplateResult | typeof nothing {
    const entry = this.#emergency.steady(region, this.data.emergency, this.isLoading);
    if (!this.#emergency.leads(entry ? entry.numbers.join(' ') : '')) return nothing;
    return renderEmergencyLine(entry, this.t, (value) => this.text(value));
  }

  /**
   * A country or region picker's options, named in the reader's language: the regions the manifest has anything
   * for, INTL last; the selected one first when the manifest has nothing for it (a visitor from elsewhere).
   */
  protected renderRegionOptions(selected: string): TemplateResult[] {
    const name = regionNamer(this.t, this.locale);
    // The built-in countries whose services have not been needed yet are offered too.
    const more = this.manifestController.usesDefaults ? defaults.regions : [];
    const regions = [...this.#regions.list(this.data, more, this.locale, name)];
    if (!regions.includes(selected)) regions.unshift(selected);
    return regions.map(
      (region) =>
        html`<option value=${region} ?selected=${region === selected}>${name(region)}</option>`,
    );
  }

  /** The polite live region for short messages. */
  protected renderAnnouncer(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  /**
   * Fires a typed event that bubbles out of the shadow root.
   *
   * @internal
   */
  emit<K extends keyof SafetyPanelsEventMap>(
    name: K,
    detail: SafetyPanelsEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }),
    );
  }
}
