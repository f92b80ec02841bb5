/**
 * The script-tag bundle's entry: registers the elements and exposes the classes and the seams a host may set.
 * It leaves the zod schema to the site-manifest loader, loaded only for a site's own manifest, so a page with no
 * `manifest` attribute never downloads it; and the built-in data to `defaults`, which loads a country's services
 * and a language's words when a panel needs them. (The npm entry, `safety-panels`, exports the schema and the
 * whole default manifest as well.)
 */
import './define-elements.js';

export { HotlineListElement } from './elements/hotline-list/hotline-list.js';
export { ReportHelpElement } from './elements/report-help/report-help.js';
export { WarningSignsElement } from './elements/warning-signs/warning-signs.js';
export { clock } from './internal/clock.js';
export { quickExitConfig } from './internal/quick-exit.js';
export { defaults } from './manifest/defaults.js';
export { clearManifestCache, loaderConfig } from './manifest/load.js';
export { VERSION as version } from './version.js';
