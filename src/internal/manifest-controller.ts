import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SectionName } from '../manifest/default-data.js';
import { defaults } from '../manifest/defaults.js';
import {
  loadSiteManifest,
  withDefaults,
  type LoadResult,
  type SiteResult,
} from '../manifest/load.js';
import type { Manifest } from '../manifest/schema.js';
import type { SafetyPanelsEventMap } from './events.js';

/**
 * How long an element waits for a site's manifest before it shows the built-in help meanwhile. Most answer well
 * within it, and then the help shows at once with no swap under the reader's eyes; a slow or hanging server still
 * leaves no one without help after a second. The emergency line shows from the start either way.
 */
export const MANIFEST_GRACE_MS = 1000;

/**
 * How long an element waits for the built-in data's files it needs (its country's services, the guide, the signs)
 * before it shows what it has. Longer than for a site's manifest: these small files come from where the script
 * came from, so they are seldom far behind it, and what there is without them is a part that then changes under
 * the reader's eyes (a reviewer on a slow network saw a report flow with no choices, warning signs that gained a
 * box above the ones being read, and a list of two international services swapped for ten). The emergency line,
 * "Loading help…" and the quick exit show from the start; a file that fails shows what there is at once.
 */
export const FILES_GRACE_MS = 5000;

/**
 * How long a panel on a French or Spanish page waits for its language's file before it shows the help in English
 * meanwhile: longer than for the data, since help in a language the reader may not read is little help, and the
 * emergency line and the quick exit are in the reader's language from the start.
 */
export const LANGUAGE_GRACE_MS = 5000;

type Emit = <K extends keyof SafetyPanelsEventMap>(
  name: K,
  detail: SafetyPanelsEventMap[K] extends CustomEvent<infer D> ? D : never,
) => void;

/**
 * The data an element shows: the built-in data as far as this page has loaded it, and a site's own manifest
 * merged over it when the element has one. Loads the site's manifest (one download per URL on the page, dropped
 * when the attribute changes again, as `@lit/task` drops a stale run with its AbortSignal), asks the built-in data
 * for the country and language the element shows, and updates the element whenever more arrives.
 */
export class ManifestController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #emit: Emit;
  /** The site's manifest as checked; undefined while it loads. With no `manifest` attribute, `{}`. */
  #site: SiteResult | undefined = {};
  #run: AbortController | undefined;
  /** The site's manifest has taken longer than the grace: show the built-in help meanwhile. */
  #siteLate = false;
  /** The built-in data's files have taken longer than the grace: show what there is. */
  #filesLate = false;
  #filesTimer: ReturnType<typeof setTimeout> | undefined;
  #ready = true;
  /** The language's file is here (or failed), or the page is in English; else wait up to LANGUAGE_GRACE_MS. */
  #languageReady = true;
  #languageLate = false;
  #languageTimer: ReturnType<typeof setTimeout> | undefined;
  /** The panel has shown its content once: files it needs later (another country) no longer blank it. */
  #shown = false;
  #merged: { site: SiteResult; base: Manifest; result: LoadResult } | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, emit: Emit) {
    this.#host = host;
    this.#emit = emit;
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe = defaults.subscribe(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    clearTimeout(this.#filesTimer);
    this.#filesTimer = undefined;
    clearTimeout(this.#languageTimer);
    this.#languageTimer = undefined;
  }

  /** The manifest in use: the site's merged over the built-in data, or the built-in data. */
  get result(): LoadResult {
    return this.#merge();
  }

  /** The site's manifest merged over the built-in data, again only when either has changed. */
  #merge(): LoadResult {
    const site = this.#site ?? {};
    const base = defaults.manifest;
    if (this.#merged?.site !== site || this.#merged.base !== base)
      this.#merged = { site, base, result: withDefaults(site) };
    return this.#merged.result;
  }

  /** Whether the site's manifest (if any) has arrived or failed, and the built-in files asked for are here. */
  get settled(): boolean {
    return this.#site !== undefined && this.#ready;
  }

  /** Whether the data includes the built-in data (no site manifest, or one that extends it). */
  get usesDefaults(): boolean {
    return !this.#site?.site || this.#site.site.extends === 'default';
  }

  /**
   * Whether the element should show "Loading help…" rather than its content: until its first content is ready
   * (or the grace has passed). Later files (another country chosen) do not blank the panel: see `loadingMore`.
   */
  get pending(): boolean {
    if (this.#site === undefined && !this.#siteLate) return true;
    if (this.#shown) return false;
    return (!this.#ready && !this.#filesLate) || (!this.#languageReady && !this.#languageLate);
  }

  /** Whether a built-in file the element needs now (a country just chosen) is still on its way. */
  get loadingMore(): boolean {
    return !this.#ready && !this.#filesLate;
  }

  /** Uses a site's manifest that is already checked (for tests that count what the element does with it). */
  use(result: SiteResult): void {
    this.#run?.abort();
    this.#site = result;
    this.#host.requestUpdate();
  }

  /** Starts loading a site's manifest (a checked URL), or drops the one in use (no URL). */
  load(url: string | undefined): void {
    this.#run?.abort();
    if (!url) {
      this.#site = {};
      return;
    }
    const run = new AbortController();
    this.#run = run;
    this.#site = undefined;
    this.#siteLate = false;
    this.#emit('sp-loadstart', { url });
    const grace = setTimeout(() => {
      this.#siteLate = true;
      this.#host.requestUpdate();
    }, MANIFEST_GRACE_MS);
    run.signal.addEventListener('abort', () => clearTimeout(grace));
    void loadSiteManifest(url).then((result) => {
      if (run.signal.aborted) return;
      clearTimeout(grace);
      this.#site = result;
      // Merged now, as part of loading: sp-load says the site's manifest is ready to use, not still to be merged.
      this.#merge();
      this.#host.requestUpdate();
      const source = result.error ? 'default' : 'site';
      if (result.error) {
        const { kind, url: from, issues } = result.error;
        this.#emit('sp-error', { kind, url: from, issues });
      } else {
        this.#emit('sp-load', { source });
      }
      this.#emit('sp-loadend', { source });
    });
  }

  /**
   * Asks the built-in data for a country's services, a language's words and the sections the element uses; they load once per page, when first
   * needed, and the element updates when they arrive. Call once per update.
   */
  need(country: string, language: string, sections: readonly SectionName[]): void {
    this.#ready = defaults.ready(country, language, sections);
    this.#languageReady = defaults.languageReady(language);
    if (!this.#languageReady && this.#languageTimer === undefined) {
      this.#languageTimer = setTimeout(() => {
        this.#languageLate = true;
        this.#host.requestUpdate();
      }, LANGUAGE_GRACE_MS);
    }
    if (!this.pending) this.#shown = true;
    if (this.#ready) {
      clearTimeout(this.#filesTimer);
      this.#filesTimer = undefined;
      this.#filesLate = false;
    } else if (this.#filesTimer === undefined) {
      this.#filesTimer = setTimeout(() => {
        this.#filesLate = true;
        this.#host.requestUpdate();
      }, FILES_GRACE_MS);
    }
  }
}
