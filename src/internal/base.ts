import { nothing, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Translate } from '../i18n/strings.js';
import type { SectionName } from '../manifest/default-data.js';
import { defaults } from '../manifest/defaults.js';
import type { Channel, Manifest, Resource, Text } from '../manifest/schema.js';
import { knownRegions, visitorRegionOf } from '../manifest/region-input.js';
import { countryOf } from '../manifest/select.js';
import { otherLanguageOf, pickText } from '../manifest/text.js';
import type { SafetyPanelsEventMap } from './events.js';
import type { ExitLabels } from './exit-control.js';
import { renderFrame, type FrameView } from './frame.js';
import { renderNotice } from './notice.js';
import { EmergencyLine, lineWords, renderEmergencyLine } from './emergency-line.js';
import { copyFrom, sayAgain } from './clipboard.js';
import { LocaleController } from './locale-controller.js';
import { ManifestController } from './manifest-controller.js';
import type { SiteResult } from '../manifest/load.js';
import { browserLanguage, pageLanguage, Prerender } from './prerender.js';
import {
  DEFAULT_EXIT_URL,
  quickExit,
  QuickExitController,
  type ExitHost,
  type ExitMode,
} from './quick-exit.js';
import { RegionList, type RegionPickerView } from './region-list.js';
import { regionNamer, type CardContext } from './resource-card.js';
import { SchemeController } from './scheme.js';
import { warmFormatters } from './format.js';
import { pageUrl } from './url.js';
import { VERSION } from '../version.js';

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

  /** Whether this render must match what a server draws (see prerender.ts). */
  protected readonly prerender = new Prerender(this);

  /** Unique per element on the page, for ids in the shadow root (kept from a server's render). */
  protected get uid(): string {
    return this.prerender.uid;
  }

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
  readonly #scheme = new SchemeController(this, this.attachInternals().states);
  /** The "In immediate danger" line, drawn once per page for the same numbers. */
  readonly #emergency = new EmergencyLine(this);
  /** The countries the pickers offer. */
  readonly #regions = new RegionList(this);

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
    this.prerender.connect({
      ready: () =>
        this.manifestController.readyToTakeOver(this.manifest, this.localName) &&
        defaults.ready(countryOf(this.visitorRegion), this.language, this.dataSections),
      failed: () => defaults.failed(countryOf(this.visitorRegion)),
      subscribe: (listener) => this.manifestController.subscribe(listener),
    });
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.wipe();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.manifestController.take(this.manifest, this.localName, this.prerender.active);
    // The language may have changed with the data or the page: derive it again, once, for this update.
    this.#language.invalidate();
    this.manifestController.need(countryOf(this.shownRegion), this.language, this.dataSections);
    // While the data loads, idle time builds the formatters the first content will need (country names in the
    // text's language; dates, times and language names in the page's regional form).
    if (this.isLoading) warmFormatters(this.locale, this.#language.formats);
    if (changed.has('theme')) this.#scheme.apply();
  }

  /** Over a server's shadow root, a first update that cannot bind to it draws afresh. */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      if (!this.prerender.recover(error)) throw error;
      super.update(changed);
    }
  }

  /**
   * Uses a site's manifest that is already checked: how a server draws the element with one.
   *
   * @internal
   */
  useSiteManifest(result: SiteResult): void {
    this.manifestController.use(result);
  }

  /**
   * Whether this element's emergency line is drawn even when another element on the page shows the same one:
   * a modal dialog hides the rest of the page.
   *
   * @internal
   */
  get drawsOwnEmergency(): boolean {
    // A server drew it, for a page that may have no script to draw it elsewhere: it stays.
    return this.prerender.fromServer;
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
      lang: t.langOf('exit.button') ?? this.locale,
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
    return pageLanguage(this) || browserLanguage() || 'en';
  }

  /** The language of the built-in words and texts the panel asks for (it shows English while they fail). */
  private get language(): string {
    return this.#language.wanted.split('-')[0] ?? 'en';
  }

  /** The locale the text is shown in: one the manifest or the built-in words have. */
  protected get locale(): string {
    return this.#language.locale;
  }

  protected get visitorRegion(): string {
    return visitorRegionOf(
      this.region,
      pageLanguage(this),
      browserLanguage(),
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

  /** The panel every element draws (frame.ts), around the element's own content. */
  protected renderFrame(
    options: Pick<FrameView, 'heading' | 'content' | 'landmark'> & { region: string },
  ): TemplateResult {
    return renderFrame({
      ...options,
      uid: this.uid,
      t: this.t,
      locale: this.locale,
      level: this.level,
      roomForExit: this.exitMode === 'page',
      offersExit: this.offersExit,
      exitLink: this.prerender.active && this.offersExit ? this.exitHref : undefined,
      loading: this.isLoading,
      emergency: this.renderEmergency(options.region),
      notice: this.renderNotice(options.region),
      announcement: this.announcement,
    });
  }

  /** Says when a site's manifest, or a part of the help or its language, could not be loaded (yet). */
  protected renderNotice(region: string): TemplateResult | typeof nothing {
    const parts = this.manifestController.missing(
      countryOf(region),
      this.language,
      this.dataSections,
    );
    return renderNotice(parts, this.t, this.#language.wanted);
  }

  /** The region's emergency number first, as a call link; or a plain line where the manifest has none. */
  protected renderEmergency(region: string): TemplateResult | typeof nothing {
    const entry = this.#emergency.steady(region, this.data.emergency, this.isLoading);
    if (!this.#emergency.leads(entry ? entry.numbers.join(' ') : '')) return nothing;
    return renderEmergencyLine(entry, lineWords(this.locale), (value) => this.text(value));
  }

  /** A country or region picker: the visitor's own first, and a field to type a name in (see RegionList). */
  protected renderRegionPicker(
    options: Pick<RegionPickerView, 'id' | 'label' | 'selected' | 'onChoose'>,
  ): TemplateResult {
    return this.#regions.render({
      ...options,
      t: this.t,
      data: this.data,
      // The built-in countries whose services have not been needed yet are offered too.
      more: this.manifestController.usesDefaults ? defaults.regions : [],
      locale: this.locale,
      name: regionNamer(this.t, this.locale),
      english: regionNamer(this.t, 'en'),
      own: this.visitorRegion,
    });
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
