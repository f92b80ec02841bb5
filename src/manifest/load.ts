/**
 * Loading a site's manifest, on the page's side: the seams a test or host may set, one download per URL however
 * many elements ask, and the merge with the built-in data. The fetching and checking itself (and the validator
 * with it) is in site.ts, loaded only when a page has a `manifest` attribute; so is the merge, which each checked
 * manifest carries with it.
 */
import { defaults } from './defaults.js';
import type { Manifest, SiteManifest } from './schema.js';
import { ManifestError } from './error.js';
import { loadSiteModule } from './site-module.js';
import type { LoaderConfig, SiteResult } from './load-types.js';

export type { ManifestErrorKind } from './error.js';

export type { LoaderConfig, SiteResult } from './load-types.js';

export interface LoadResult {
  manifest: Manifest;
  /** The site's manifest before the merge, to merge again as more built-in data arrives. */
  site?: SiteManifest;
  /** Present when the site's manifest failed and `manifest` is the default. */
  error?: ManifestError;
}

/**
 * The seams a test or a host can set: `fetch` (tests give a map of fake responses; never the live network)
 * and the timeout.
 */
export const loaderConfig: LoaderConfig = {
  fetch: (input, init) => globalThis.fetch(input, init),
  timeoutMs: 5000,
};

const cache = new Map<string, Promise<SiteResult>>();
/** Site manifests read, not yet checked or not yet used, that say they extend the built-in data; by address. */
const readExtending = new Set<string>();
const readListeners = new Set<() => void>();

/** Forgets loaded manifests, so the next load fetches again (for tests, and for a host that edits its file). */
export function clearManifestCache(): void {
  cache.clear();
  given.clear();
  readExtending.clear();
}

/**
 * Whether the site's manifest at `url` has been read and says it extends the built-in data, before it is checked:
 * its country's built-in file is needed whatever the check finds (merged with it, or shown instead of it).
 */
export function readAsExtending(url: string): boolean {
  return readExtending.has(url);
}

/** Calls `listener` when a site's manifest has been read (see `readAsExtending`); returns the unsubscribe. */
export function onSiteRead(listener: () => void): () => void {
  readListeners.add(listener);
  return () => readListeners.delete(listener);
}

function noteRead(url: string, json: unknown): void {
  if ((json as { extends?: unknown } | null)?.extends !== 'default') return;
  readExtending.add(url);
  for (const listener of readListeners) listener();
}

/**
 * The site-manifest loader, or a network error for `label` when its file (safety-panels-site.js) does not arrive:
 * the page then says so as for any manifest that fails, and the next attempt asks for the file again.
 */
async function siteModule(
  label: string,
): Promise<Awaited<ReturnType<typeof loadSiteModule>> | SiteResult> {
  try {
    return await loadSiteModule();
  } catch (cause) {
    const error = new ManifestError(
      'network',
      label,
      `could not be checked: the loader safety-panels-site.js did not load (${String(cause)})`,
    );
    console.error(
      `safety-panels: the site manifest ${label} ${error.message}; showing the built-in help instead.`,
    );
    return { error };
  }
}

async function fetchFresh(url: string): Promise<SiteResult> {
  const site = await siteModule(url);
  return 'fetchSiteManifest' in site
    ? site.fetchSiteManifest(url, loaderConfig, (json) => noteRead(url, json))
    : site;
}

/** Whether a result may be kept for the next element that asks: not a failure the network may soon mend. */
const keeps = (result: SiteResult): boolean =>
  result.error?.kind !== 'network' && result.error?.kind !== 'timeout';

const given = new Map<unknown, Promise<SiteResult>>();

/**
 * A manifest given in the page (a `<script type="application/json">` child's text, or an object set as the
 * `manifest` property), checked as a fetched one is, once for the same text or object however many elements have
 * it. `label` names it in messages and in `sp-error`, where a URL would be.
 */
export function checkGivenManifest(
  manifest: { text: string } | { value: unknown },
  label: string,
): Promise<SiteResult> {
  const key = 'text' in manifest ? manifest.text : manifest.value;
  let pending = given.get(key);
  if (!pending) {
    pending = siteModule(label).then((site) =>
      'checkSiteManifest' in site ? site.checkSiteManifest(manifest, label) : site,
    );
    given.set(key, pending);
    void pending.then((result) => keeps(result) || given.delete(key));
  }
  return pending;
}

/** A site's manifest, fetched and checked once per page however many elements ask for it. */
export function loadSiteManifest(url: string, base = document.baseURI): Promise<SiteResult> {
  let absolute: string;
  try {
    absolute = new URL(url, base).href;
  } catch {
    return fetchFresh(url);
  }
  let pending = cache.get(absolute);
  if (!pending) {
    pending = fetchFresh(absolute);
    cache.set(absolute, pending);
    void pending.then((result) => keeps(result) || cache.delete(absolute));
  }
  return pending;
}

/** A site's manifest made whole with the built-in data this page has so far; on failure, the built-in data. */
export function withDefaults(result: SiteResult): LoadResult {
  if (result.site)
    return { manifest: result.merge(result.site, defaults.manifest), site: result.site };
  return { manifest: defaults.manifest, ...(result.error ? { error: result.error } : {}) };
}

/**
 * The manifest for an element. No URL: the built-in data, at once. A URL: fetched once per page however many
 * elements ask, checked, merged, and on any failure the built-in data with the error.
 */
export async function loadManifest(
  url: string | null | undefined,
  base = document.baseURI,
): Promise<LoadResult> {
  if (!url) return { manifest: defaults.manifest };
  return withDefaults(await loadSiteManifest(url, base));
}
