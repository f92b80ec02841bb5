/**
 * The site-manifest loader in the script-tag bundles: the file safety-panels-site.js, found by its absolute
 * address (file-base.ts), so a classic script from another origin and a moved or combined script still find it.
 */
import { fileUrl } from './file-base.js';

export const loadSiteModule = (): Promise<typeof import('./site.js')> =>
  import(/* @vite-ignore */ fileUrl('safety-panels-site.js', import.meta.url));
