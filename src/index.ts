/** Classes, types, schema and loader. Importing this registers nothing; import `safety-panels/define.js` for that. */
export { HotlineListElement } from './elements/hotline-list/hotline-list.js';
export { ReportHelpElement } from './elements/report-help/report-help.js';
export { WarningSignsElement } from './elements/warning-signs/warning-signs.js';
export { quickExit, quickExitConfig, DEFAULT_EXIT_URL } from './internal/quick-exit.js';
export { buildSummary, type Notes } from './internal/summary.js';
export { planFor, audiencesFor, type Answers, type Plan } from './manifest/plan.js';
export { SafetyPanelElement } from './internal/base.js';
export { define } from './internal/define.js';
export { clock } from './internal/clock.js';
export type * from './internal/events.js';
export { defaultManifest } from './manifest/default-manifest.js';
export { hoursStatus, type HoursStatus } from './manifest/hours.js';
export { ManifestError } from './manifest/site.js';
export { defaults } from './manifest/defaults.js';
export { DefaultData, type CoreData, type DataSource } from './manifest/default-data.js';
export {
  clearManifestCache,
  loadManifest,
  loaderConfig,
  type LoadResult,
  type ManifestErrorKind,
} from './manifest/load.js';
export { mergeManifest } from './manifest/merge.js';
export * from './manifest/schema.js';
export * from './manifest/select.js';
export { pickText, resolveLocale } from './manifest/text.js';
export { allEnglish as en } from './i18n/all-words.js';
export {
  translator,
  type PluralKey,
  type StringKey,
  type Strings,
  type Translate,
} from './i18n/strings.js';
export { VERSION as version } from './version.js';
