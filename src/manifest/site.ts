/**
 * Fetching and checking a site's own manifest: loaded only on a page whose elements have a `manifest` attribute,
 * so a page with the built-in help never downloads the validator. (The script-tag bundles load this as
 * safety-panels-site.js, beside the script; see rollup.config.mjs.)
 */
import { ManifestError } from './error.js';
import type { LoaderConfig, SiteResult } from './load-types.js';
import { mergeManifest } from './merge.js';
import { ManifestSizeError, moreIssues, parseManifestText, readLimited } from './read.js';
import { parseManifestInSteps, type ManifestIssue } from './schema.js';

export { ManifestError };

async function fetchJson(url: string, { fetch, timeoutMs }: LoaderConfig): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
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
      throw new ManifestError(
        'http',
        url,
        `could not be loaded: the server answered ${response.status}`,
      );
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

/**
 * `onRead` is told the file as read, before it is checked (which takes longest on a long list): the page may start
 * on the built-in files a manifest that extends them will need, either way (merged, or shown if it fails).
 */
export async function fetchSiteManifest(
  url: string,
  config: LoaderConfig,
  onRead?: (json: unknown) => void,
): Promise<SiteResult> {
  return checked(url, () => fetchJson(url, config), onRead);
}

/**
 * A manifest given in the page rather than fetched: the text of a `<script type="application/json">` child, or an
 * object set as the `manifest` property. Checked, and refused, exactly as a fetched one; `label` names it in
 * messages and events as a URL would.
 */
export async function checkSiteManifest(
  given: { text: string } | { value: unknown },
  label: string,
): Promise<SiteResult> {
  return checked(label, () => {
    if ('value' in given) return given.value;
    try {
      return parseManifestText(given.text);
    } catch (cause) {
      if (cause instanceof ManifestSizeError) throw new ManifestError('size', label, cause.message);
      throw new ManifestError('json', label, `is not valid JSON (${(cause as Error).message})`);
    }
  });
}

async function checked(
  url: string,
  read: () => unknown,
  onRead?: (json: unknown) => void,
): Promise<SiteResult> {
  try {
    const json = await read();
    onRead?.(json);
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
    return { site: parsed.manifest, merge: mergeManifest };
  } catch (error) {
    const failure =
      error instanceof ManifestError ? error : new ManifestError('network', url, String(error));
    const more = moreIssues(failure.issues.length, failure.total);
    console.error(
      `safety-panels: the site manifest ${url} ${failure.message}; showing the built-in help instead.` +
        listed(failure.issues) +
        (more ? `\n  ${more}` : ''),
    );
    return { error: failure };
  }
}
