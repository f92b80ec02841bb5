import type { ManifestError } from './error.js';
import type { Manifest, SiteManifest } from './schema.js';

/** The types the loader (load.ts) and the site-manifest module (site.ts) share, so neither imports the other. */

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface LoaderConfig {
  fetch: FetchLike;
  timeoutMs: number;
}

/** A site's manifest as checked: the manifest, or why it cannot be used. */
export type SiteResult =
  | {
      site: SiteManifest;
      /** mergeManifest, from the site-manifest loader: a page with no site manifest never downloads it. */
      merge: (site: SiteManifest, base: Manifest) => Manifest;
      error?: undefined;
    }
  | { site?: undefined; error?: ManifestError };
