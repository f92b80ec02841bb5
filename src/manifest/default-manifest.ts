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
import AT from '../data/regions/AT.json' with { type: 'json' };
import AU from '../data/regions/AU.json' with { type: 'json' };
import BE from '../data/regions/BE.json' with { type: 'json' };
import BR from '../data/regions/BR.json' with { type: 'json' };
import CA from '../data/regions/CA.json' with { type: 'json' };
import CH from '../data/regions/CH.json' with { type: 'json' };
import CL from '../data/regions/CL.json' with { type: 'json' };
import CO from '../data/regions/CO.json' with { type: 'json' };
import DE from '../data/regions/DE.json' with { type: 'json' };
import DK from '../data/regions/DK.json' with { type: 'json' };
import ES from '../data/regions/ES.json' with { type: 'json' };
import FI from '../data/regions/FI.json' with { type: 'json' };
import FR from '../data/regions/FR.json' with { type: 'json' };
import GB from '../data/regions/GB.json' with { type: 'json' };
import IE from '../data/regions/IE.json' with { type: 'json' };
import IN from '../data/regions/IN.json' with { type: 'json' };
import IT from '../data/regions/IT.json' with { type: 'json' };
import KE from '../data/regions/KE.json' with { type: 'json' };
import MX from '../data/regions/MX.json' with { type: 'json' };
import MY from '../data/regions/MY.json' with { type: 'json' };
import NL from '../data/regions/NL.json' with { type: 'json' };
import NO from '../data/regions/NO.json' with { type: 'json' };
import NZ from '../data/regions/NZ.json' with { type: 'json' };
import PE from '../data/regions/PE.json' with { type: 'json' };
import PH from '../data/regions/PH.json' with { type: 'json' };
import PL from '../data/regions/PL.json' with { type: 'json' };
import PT from '../data/regions/PT.json' with { type: 'json' };
import SE from '../data/regions/SE.json' with { type: 'json' };
import SG from '../data/regions/SG.json' with { type: 'json' };
import US from '../data/regions/US.json' with { type: 'json' };
import ZA from '../data/regions/ZA.json' with { type: 'json' };
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
  AT,
  AU,
  BE,
  BR,
  CA,
  CH,
  CL,
  CO,
  DE,
  DK,
  ES,
  FI,
  FR,
  GB,
  IE,
  IN,
  IT,
  KE,
  MX,
  MY,
  NL,
  NO,
  NZ,
  PE,
  PH,
  PL,
  PT,
  SE,
  SG,
  US,
  ZA,
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
