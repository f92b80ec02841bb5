/**
 * The built-in manifest, assembled from the JSON data under src/data/: one file per country (its emergency numbers
 * and services), the platforms, the warning signs and the guide. Every number and link there comes from
 * shared/reference/resources.md; each text carries its translations beside it.
 *
 * The data is checked against the zod schema by the tests and by the build (scripts/write-data.mjs), not at run
 * time, to keep the bundle small: the casts below are what those checks make true.
 */
import type { Emergency, Guide, Manifest, Platform, Resource, WarningSigns } from './schema.js';
import guide from '../data/guide.json' with { type: 'json' };
import platforms from '../data/platforms.json' with { type: 'json' };
import warningSigns from '../data/warning-signs.json' with { type: 'json' };
import AR from '../data/regions/AR.json' with { type: 'json' };
import AU from '../data/regions/AU.json' with { type: 'json' };
import BR from '../data/regions/BR.json' with { type: 'json' };
import CA from '../data/regions/CA.json' with { type: 'json' };
import CL from '../data/regions/CL.json' with { type: 'json' };
import CO from '../data/regions/CO.json' with { type: 'json' };
import ES from '../data/regions/ES.json' with { type: 'json' };
import GB from '../data/regions/GB.json' with { type: 'json' };
import IE from '../data/regions/IE.json' with { type: 'json' };
import MX from '../data/regions/MX.json' with { type: 'json' };
import PE from '../data/regions/PE.json' with { type: 'json' };
import PT from '../data/regions/PT.json' with { type: 'json' };
import US from '../data/regions/US.json' with { type: 'json' };
import INTL from '../data/regions/INTL.json' with { type: 'json' };

/** One country's file: its emergency numbers (if known) and the services based there. */
export interface RegionData {
  region: string;
  emergency?: Omit<Emergency, 'region'>;
  resources: Resource[];
}

/** The country files, in alphabetical order, and the international services last. */
export const regionData = [
  AR,
  AU,
  BR,
  CA,
  CL,
  CO,
  ES,
  GB,
  IE,
  MX,
  PE,
  PT,
  US,
  INTL,
] as unknown as RegionData[];

export const defaultManifest: Manifest = {
  version: 1,
  locales: ['en', 'es'],
  emergency: regionData.flatMap(({ region, emergency }) =>
    emergency ? [{ region, ...emergency }] : [],
  ),
  resources: regionData.flatMap(({ resources }) => resources),
  platforms: platforms as Platform[],
  warningSigns: warningSigns as WarningSigns,
  guide: guide as Guide,
  strings: {},
};
