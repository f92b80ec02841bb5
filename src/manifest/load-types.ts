import type { ManifestError } from './error.js';
import type { SiteManifest } from './schema.js';

/** The types the loader (load.ts) and the site-manifest module (site.ts) share, so neither imports the other. */

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface LoaderConfig {
  fetch: FetchLike;
  timeoutMs: number;
}

/** A site's manifest as checked: the manifest, or why it cannot be used. */
export interface SiteResult {
  site?: SiteManifest;
  error?: ManifestError;
}
