/**
 * The whole built-in manifest at once, every country and every language: for the npm entry, the command-line
 * validator, the build's checks and the tests. The elements use `defaults` (defaults.ts) instead, which holds
 * only what a page has needed so far.
 */
import { core, regionData, sections } from '../data/source.js';
import type { Manifest } from './schema.js';

export const defaultManifest: Manifest = {
  version: 1,
  locales: [...core.languages],
  emergency: core.emergency,
  resources: regionData.flatMap(({ resources }) => resources),
  platforms: sections.platforms,
  warningSigns: sections.warningSigns,
  guide: sections.guide,
  strings: {},
};
