import { defaultManifest } from './default-manifest.js';
import { mergeManifest } from './merge.js';
import { ManifestSizeError, moreIssues, parseManifestText, readLimited } from './read.js';
import type { Manifest, ManifestIssue } from './schema.js';

/** `size`: the file is larger than the limit (docs/manifest.md, "Limits"). */
export type ManifestErrorKind = 'network' | 'http' | 'timeout' | 'json' | 'size' | 'schema';

/** Why a site's manifest could not be used. The elements show the default help instead. */
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

export interface LoadResult {
  manifest: Manifest;
  /** Present when the site's manifest failed and `manifest` is the default. */
  error?: ManifestError;
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * The seams a test or a host can set: `fetch` (tests give a map of fake responses; never the live network)
 * and the timeout.
 */
export const loaderConfig: { fetch: FetchLike; timeoutMs: number } = {
  fetch: (input, init) => globalThis.fetch(input, init),
  timeoutMs: 5000,
};

const cache = new Map<string, Promise<LoadResult>>();

/** Forgets loaded manifests, so the next load fetches again (for tests, and for a host that edits its file). */
export function clearManifestCache(): void {
  cache.clear();
}

async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await loaderConfig.fetch(url, {
        signal: controller.signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
    } catch (cause) {
      if (timedOut)
        throw new ManifestError('timeout', url, `no answer within ${timeoutMs / 1000} s`);
      throw new ManifestError('network', url, `could not be fetched (${String(cause)})`);
    }
    if (!response.ok)
      throw new ManifestError('http', url, `the server answered ${response.status}`);
    let text: string;
    try {
      text = await readLimited(response);
    } catch (cause) {
      if (cause instanceof ManifestSizeError) throw new ManifestError('size', url, cause.message);
      throw new ManifestError(timedOut ? 'timeout' : 'network', url, 'the download was cut off');
    }
    try {
      return parseManifestText(text);
    } catch (cause) {
      throw new ManifestError('json', url, `is not valid JSON (${(cause as Error).message})`);
    }
  } finally {
    clearTimeout(timer);
  }
}

function listed(issues: readonly ManifestIssue[]): string {
  return issues.map((issue) => `\n  ${issue.path}: ${issue.message}`).join('');
}

async function loadFresh(url: string, timeoutMs: number): Promise<LoadResult> {
  try {
    const json = await fetchJson(url, timeoutMs);
    // The zod schema is loaded only here: pages that use the built-in manifest never need it.
    const { parseManifestInSteps } = await import('./schema.js');
    const parsed = await parseManifestInSteps(json);
    if (parsed.warnings.length) {
      console.warn(
        `safety-panels: the site manifest ${url} may not be what you meant:${listed(parsed.warnings)}`,
      );
    }
    if (!parsed.ok) {
      throw new ManifestError(
        'schema',
        url,
        `has ${parsed.total.toLocaleString('en')} problem(s)`,
        parsed.issues,
        parsed.total,
      );
    }
    return { manifest: mergeManifest(parsed.manifest, defaultManifest) };
  } catch (error) {
    const failure =
      error instanceof ManifestError ? error : new ManifestError('network', url, String(error));
    const more = moreIssues(failure.issues.length, failure.total);
    console.error(
      `safety-panels: the site manifest ${url} ${failure.message}; showing the built-in help instead.` +
        listed(failure.issues) +
        (more ? `\n  ${more}` : ''),
    );
    return { manifest: defaultManifest, error: failure };
  }
}

/**
 * The manifest for an element. No URL: the built-in default, at once. A URL: fetched once per page however
 * many elements ask, checked, merged, and on any failure the default with the error.
 */
export function loadManifest(
  url: string | null | undefined,
  base = document.baseURI,
): Promise<LoadResult> {
  if (!url) return Promise.resolve({ manifest: defaultManifest });
  let absolute: string;
  try {
    absolute = new URL(url, base).href;
  } catch {
    return loadFresh(url, loaderConfig.timeoutMs);
  }
  let pending = cache.get(absolute);
  if (!pending) {
    pending = loadFresh(absolute, loaderConfig.timeoutMs);
    cache.set(absolute, pending);
  }
  return pending;
}
