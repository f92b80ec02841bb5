import type { ManifestIssue } from './schema.js';

/** `size`: the file is larger than the limit (docs/manifest.md, "Limits"). */
export type ManifestErrorKind = 'network' | 'http' | 'timeout' | 'json' | 'size' | 'schema';

/**
 * Why a site's manifest could not be used. The elements show the default help instead. Its own file, so the page
 * can say a site's manifest failed even when the loader (safety-panels-site.js) is what failed to arrive.
 */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  constructor(
    readonly kind: ManifestErrorKind,
    readonly url: string,
    message: string,
    /** The first problems found (at most `MAX_ISSUES`), each with its path. */
    readonly issues: readonly ManifestIssue[] = [],
    /** How many problems there are in all. */
    readonly total = issues.length,
  ) {
    super(message);
  }
}
