import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DataPart, SectionName } from '../manifest/default-data.js';
import { defaults } from '../manifest/defaults.js';
import {
  checkGivenManifest,
  loadSiteManifest,
  onSiteRead,
  readAsExtending,
  withDefaults,
  type LoadResult,
  type SiteResult,
} from '../manifest/load.js';
import type { Manifest } from '../manifest/schema.js';
import type { SafetyPanelsEventMap } from './events.js';
import { pageUrl } from './url.js';

/**
 * How long a panel waits for what it needs (a site's manifest, its country's services, its sections, its language's
 * words) before it shows what it has, says in one line what is missing, and asks once more for anything still on
 * its way. Most files arrive well within it, and then the help shows whole with nothing swapped under the reader's
 * eyes; a slow or hanging server still leaves no one without help for long. The emergency line, "Loading help…" and
 * the quick exit show from the start; a file that fails shows what there is at once.
 */
export const GRACE_MS = 2000;

type Emit = <K extends keyof SafetyPanelsEventMap>(
  name: K,
  detail: SafetyPanelsEventMap[K] extends CustomEvent<infer D> ? D : never,
) => void;

/** What an element may be given as its site's manifest: a URL (the attribute), or the manifest itself (the property). */
export type ManifestInput = string | object | null | undefined;

/** What a panel says is missing: the site's manifest failed, parts of the built-in data, or its language's words. */
export interface Missing {
  /** The site's manifest failed: the built-in help is shown instead. */
  fallback: boolean;
  /** Parts still missing (failed, or past the grace): the site's own list, or parts of the built-in data. */
  parts: (DataPart | 'site')[];
}

/**
 * The data an element shows: the built-in data as far as this page has loaded it, and a site's own manifest
 * merged over it when the element has one (from its `manifest` attribute, an object set as that property, or a
 * `<script type="application/json">` child). Like `@lit/task`: one run at a time, dropped by its AbortSignal when
 * the input changes; `pending` until the first content is ready or the one grace timer ends; and a rejection path
 * (a manifest that fails gives the built-in help, `sp-error` and a notice).
 */
export class ManifestController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #emit: Emit;
  /** The site's manifest as checked; undefined while it loads. With none, `{}`. */
  #site: SiteResult | undefined = {};
  #run: AbortController | undefined;
  /** The one grace timer, running while the panel waits for anything; `#late` once it has ended. */
  #grace: ReturnType<typeof setTimeout> | undefined;
  #late = false;
  #ready = true;
  /** The panel has shown its content once: files it needs later (another country) no longer blank it. */
  #shown = false;
  #merged: { site: SiteResult; base: Manifest; result: LoadResult } | undefined;
  #unsubscribe: (() => void) | undefined;
  #unsubscribeRead: (() => void) | undefined;
  /** The address of the site's manifest being fetched, if any. */
  #url: string | undefined;
  /** What the element was last given, so an update with the same input starts nothing. */
  #input: ManifestInput | { inline: string } = undefined;
  /** Told when a site's manifest has been checked, or more of the built-in data has arrived. */
  readonly #changed = new Set<() => void>();

  constructor(host: ReactiveControllerHost & HTMLElement, emit: Emit) {
    this.#host = host;
    this.#emit = emit;
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe = defaults.subscribe(() => this.#host.requestUpdate());
    this.#unsubscribeRead = onSiteRead(() => this.#host.requestUpdate());
    // An element upgraded as the parser reaches it may not have its `<script type="application/json">` child yet.
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', () => this.#host.requestUpdate(), {
        once: true,
      });
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribeRead?.();
    this.#stopGrace();
  }

  /** The manifest in use: the site's merged over the built-in data, or the built-in data. */
  get result(): LoadResult {
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

  /** Whether the data includes the built-in data (no site manifest, one that extends it, or one that failed). */
  get usesDefaults(): boolean {
    return !this.#site?.site || this.#site.site.extends === 'default';
  }

  /** Whether the element shows "Loading help…": until its first content is ready, or the grace has ended. */
  get pending(): boolean {
    if (this.#late) return false;
    if (this.#site === undefined) return true;
    return !this.#shown && !this.#ready;
  }

  /** Whether a built-in file the element needs now (a country just chosen) is on its way, within the grace. */
  get loadingMore(): boolean {
    return !this.#ready && !this.#late;
  }

  /** Uses a site's manifest that is already checked (for tests that count what the element does with it). */
  use(result: SiteResult): void {
    this.#run?.abort();
    this.#site = result;
    this.#host.requestUpdate();
  }

  /** Hears when a site's manifest has been checked or more of the built-in data arrived; returns how to stop. */
  subscribe(listener: () => void): () => void {
    const stop = defaults.subscribe(listener);
    this.#changed.add(listener);
    return () => {
      stop();
      this.#changed.delete(listener);
    };
  }

  /**
   * Whether an element a server drew may be taken over, as far as its site's manifest goes. The server drew with a
   * manifest inside the element (or set as an object), so that one is checked first, for the first update to draw
   * the same; one by URL it could not fetch, so it drew the built-in help, which stays while the manifest loads
   * behind it (`take` with `behind`). Starts the check if needed.
   */
  readyToTakeOver(given: ManifestInput, element: string): boolean {
    const input = this.#given(given);
    if (typeof input === 'string' || input === null || input === undefined) return true;
    this.take(given, element);
    return this.#site !== undefined;
  }

  /** The manifest as given, or the text of a `<script type="application/json">` child when none is given. */
  #given(given: ManifestInput): ManifestInput | { inline: string } {
    // A server has no children to read: it is given the checked manifest (useSiteManifest).
    const child =
      (given === undefined || given === null) && !isServer
        ? this.#host.querySelector(':scope > script[type="application/json"]')?.textContent
        : undefined;
    return typeof child === 'string' ? { inline: child } : given;
  }

  /**
   * Takes the element's manifest as given: a URL (checked, then fetched once per page), an object (checked as a
   * fetched one is), or nothing, when a `<script type="application/json">` child, if any, is the manifest.
   * Call once per update; the same input again starts nothing. `behind`: the element shows help a server drew, and
   * a manifest by URL loads behind it: the help stays until the manifest arrives (the panel then updates in place)
   * or fails (the notice is added), with no "Loading help…" in between.
   */
  take(given: ManifestInput, element: string, behind = false): void {
    const input = this.#given(given);
    const same =
      input === this.#input ||
      (typeof input === 'object' &&
        input !== null &&
        'inline' in input &&
        typeof this.#input === 'object' &&
        this.#input !== null &&
        'inline' in this.#input &&
        input.inline === this.#input.inline);
    if (same) return;
    this.#input = input;
    if (typeof input === 'string' || input === null || input === undefined) {
      // A server cannot fetch a page's URL: it draws the built-in help, which the browser keeps while it loads.
      if (isServer) return;
      const url = pageUrl(input, { element, attribute: 'manifest' });
      this.#url = url;
      this.#load(url, url ? () => loadSiteManifest(url) : undefined, behind);
    } else {
      this.#url = undefined;
      const label = `(inline, in <${element}>)`;
      const value = 'inline' in input ? { text: input.inline as string } : { value: input };
      this.#load(label, () => checkGivenManifest(value, label));
    }
  }

  /** Starts a run for a site's manifest, or drops the one in use (no `get`). A network failure is tried once more. */
  #load(
    url: string | undefined,
    get: (() => Promise<SiteResult>) | undefined,
    behind = false,
  ): void {
    this.#run?.abort();
    if (!url || !get) {
      this.#site = {};
      return;
    }
    const run = new AbortController();
    this.#run = run;
    if (!behind || this.#site === undefined) {
      this.#site = undefined;
      this.#shown = false;
      this.#startGrace();
    }
    this.#emit('sp-loadstart', { url });
    const done = (result: SiteResult, again: boolean): void => {
      if (run.signal.aborted) return;
      this.#site = result;
      // Merged now, as part of loading: sp-load says the site's manifest is ready to use, not still to be merged.
      void this.result;
      this.#host.requestUpdate();
      const source = result.error ? 'default' : 'site';
      if (result.error) {
        const { kind, url: from, issues } = result.error;
        this.#emit('sp-error', { kind, url: from, issues });
        // Once more in the background: the network may be back, and the panel updates in place if it is.
        if (again && (kind === 'network' || kind === 'timeout'))
          void get().then((retried) => !retried.error && done(retried, false));
      } else {
        this.#emit('sp-load', { source });
      }
      this.#emit('sp-loadend', { source });
      for (const listener of this.#changed) listener();
    };
    void get().then((result) => done(result, true));
  }

  /**
   * Asks the built-in data for a country's services, a language's words and the sections the element uses; they
   * load once per page, when first needed, and the element updates when they arrive. A site's manifest that stands
   * alone needs none of the built-in files but the language's words; while a site's manifest is on its way (within
   * the grace), only those words are asked for, so a stand-alone one never loads a country it does not use, until
   * it is read and says it extends the built-in data: then the built-in files load while it is checked.
   * Call once per update.
   */
  need(country: string, language: string, sections: readonly SectionName[]): void {
    const extending = this.#url !== undefined && readAsExtending(this.#url);
    const builtIn = this.#site === undefined ? this.#late || extending : this.usesDefaults;
    this.#ready = builtIn
      ? defaults.ready(country, language, sections)
      : defaults.ready('', language, []);
    if (this.settled) {
      this.#stopGrace();
      this.#late = false;
    } else {
      this.#startGrace();
    }
    if (!this.pending) this.#shown = true;
  }

  /** What the panel says is missing, for the country, language and sections it shows. */
  missing(country: string, language: string, sections: readonly SectionName[]): Missing {
    const fallback = Boolean(this.#site?.error);
    const parts: Missing['parts'] = this.#site === undefined && this.#late ? ['site'] : [];
    const builtIn = this.usesDefaults
      ? defaults.missing(country, language, sections, this.#late)
      : [];
    const words = defaults.missing('', language, [], this.#late);
    return {
      fallback,
      parts: [...parts, ...builtIn.filter((part) => part !== 'language'), ...words],
    };
  }

  /** Whether a language's words are missing (failed, or past the grace): the panel shows English meanwhile. */
  languageMissing(language: string): boolean {
    return defaults.missing('', language, [], this.#late).length > 0;
  }

  #startGrace(): void {
    if (this.#grace !== undefined) return;
    this.#late = false;
    this.#grace = setTimeout(() => {
      this.#late = true;
      // Anything still on its way may hang: ask once more; whichever answer comes first is used.
      defaults.retryWaiting();
      this.#host.requestUpdate();
    }, GRACE_MS);
  }

  #stopGrace(): void {
    clearTimeout(this.#grace);
    this.#grace = undefined;
  }
}
