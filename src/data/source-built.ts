/**
 * The built-in data in the script-tag bundles (rollup.config.mjs puts this file in place of source.ts): the
 * English core inside the script, and one file per country (regions/US.js), one per section of the data that only
 * some elements use (sections/guide.js) and one per language (languages/fr.js), loaded when a panel first needs
 * them. They are found by absolute address (file-base.ts): in the folder the page names with
 * `<meta name="safety-panels-base">`, else beside the script, so every bundle file sits in the same folder.
 */
import core from 'safety-panels:core';
import type { DataSource, LanguageFile, RegionFile, Sections } from '../manifest/default-data.js';
import { fileUrl } from '../manifest/file-base.js';

const script = import.meta.url;
/** Loads one file (a second attempt by another address, so no cache hands back the first one's failure). */
async function load<T>(path: string, attempt = 1): Promise<T> {
  const url = fileUrl(attempt > 1 ? `${path}?attempt=${attempt}` : path, script);
  const module = (await import(/* @vite-ignore */ url)) as { default: T };
  return module.default;
}

export const dataSource: DataSource = {
  core,
  section: <K extends keyof Sections>(name: K, attempt?: number) =>
    load<Sections[K]>(`sections/${name}.js`, attempt),
  region: (code, attempt) => load<RegionFile>(`regions/${code}.js`, attempt),
  language: (tag, attempt) => load<LanguageFile>(`languages/${tag}.js`, attempt),
  languageRegion: (tag, code, attempt) =>
    load<Record<string, string>>(`languages/${tag}/${code}.js`, attempt),
};
