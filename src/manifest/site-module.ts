/**
 * The site-manifest loader (fetching and checking, with the validator), loaded only when a page has a site
 * manifest. From the sources it is a module like any other; the script-tag bundles put site-module-built.ts in its
 * place (scripts/rollup-data.mjs), which loads the file safety-panels-site.js by its absolute address.
 */
export const loadSiteModule = (): Promise<typeof import('./site.js')> => import('./site.js');
