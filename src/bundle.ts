/**
 * The script-tag bundle's entry: registers the elements and exposes the classes and the seams a host may set.
 * It leaves the zod schema to the loader, which imports it only for a site's own manifest, so a page with no
 * `manifest` attribute never downloads it. (The npm entry, `safety-panels`, exports the schema as well.)
 */
import './define-elements.js';

export { HotlineListElement } from './elements/hotline-list/hotline-list.js';
export { ReportHelpElement } from './elements/report-help/report-help.js';
export { WarningSignsElement } from './elements/warning-signs/warning-signs.js';
export { clock } from './internal/clock.js';
export { quickExitConfig } from './internal/quick-exit.js';
export { defaultManifest } from './manifest/default-manifest.js';
export { clearManifestCache, loaderConfig } from './manifest/load.js';
