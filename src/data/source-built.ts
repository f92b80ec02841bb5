/**
 * The built-in data in the script-tag bundles (rollup.config.mjs puts this file in place of source.ts): the
 * English core inside the script, and beside it one file per country (regions/US.js), one per section of the
 * data that only some elements use (sections/guide.js) and one per language (languages/fr.js), loaded when a panel first needs them. The paths are relative to the script itself, so the
 * files work wherever the folder is served from; every bundle file sits in the same folder for that reason.
 */
import core from 'safety-panels:core';
import type { DataSource, LanguageFile, RegionFile } from '../manifest/default-data.js';

export const dataSource: DataSource = {
  core,
  section: (name) =>
    import(`./sections/${name}.js`).then((module: { default: never }) => module.default),
  region: (code) =>
    import(`./regions/${code}.js`).then((module: { default: RegionFile }) => module.default),
  language: (tag) =>
    import(`./languages/${tag}.js`).then((module: { default: LanguageFile }) => module.default),
  languageRegion: (tag, code) =>
    import(`./languages/${tag}/${code}.js`).then(
      (module: { default: Record<string, string> }) => module.default,
    ),
};
