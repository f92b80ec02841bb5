/**
 * Where the script-tag bundles find their files (regions/US.js, sections/guide.js, languages/fr.js and the
 * site-manifest loader, safety-panels-site.js): the folder a page names with
 * `<meta name="safety-panels-base" content="/path/to/dist/">`, else the folder of the script itself. Always an
 * absolute address: a classic script served from another origin (a CDN) has no base of its own for `import()`
 * ("the base URL is about:blank"), and an optimiser that moved or combined the script leaves nothing beside it.
 */
const META = 'meta[name="safety-panels-base"]';

/** The folder named by the page's `safety-panels-base`, as an absolute http(s) address ending in `/`, if any. */
export function pageBase(): string | undefined {
  const content = document.querySelector<HTMLMetaElement>(META)?.content.trim();
  if (!content) return undefined;
  try {
    const url = new URL(content, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(url.protocol);
    url.search = '';
    url.hash = '';
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    console.warn(
      `safety-panels: <meta name="safety-panels-base"> "${content}" is not a folder address; ignored.`,
    );
    return undefined;
  }
}

/**
 * The absolute address of one of the bundles' files: in the page's `safety-panels-base` folder if it names one,
 * else beside `script` (the address of the script that asks, `import.meta.url`). Read at each load, so a meta
 * added after the script still counts for the files asked for after it.
 */
export function fileUrl(path: string, script: string): string {
  return new URL(path, pageBase() ?? script).href;
}
