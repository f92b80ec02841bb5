/**
 * The built-in data from its JSON files, every part and every language at once: what the tests, the npm entry and
 * the command-line validator use. (The script-tag bundles use source-built.ts instead, which loads a country's
 * services and a language's words only when a panel needs them.) A new country needs its file and a line below
 * (a node test names a missing one); a new language needs only data: its words in strings.json, its texts beside
 * the English ones.
 *
 * Every number and link here comes from reference/resources.md. The data is checked against the zod schema
 * by the tests and by the build (scripts/write-data.mjs), not at run time: the casts below are what those checks
 * make true.
 */
import type { CoreData, DataSource, RegionFile, Sections } from '../manifest/default-data.js';
import type { Emergency, Guide, Platform, Resource, WarningSigns } from '../manifest/schema.js';
import { en } from '../i18n/strings.js';
import strings from './strings.json' with { type: 'json' };
import guide from './guide.json' with { type: 'json' };
import platforms from './platforms.json' with { type: 'json' };
import warningSigns from './warning-signs.json' with { type: 'json' };
import AR from './regions/AR.json' with { type: 'json' };
import AT from './regions/AT.json' with { type: 'json' };
import AU from './regions/AU.json' with { type: 'json' };
import BA from './regions/BA.json' with { type: 'json' };
import BE from './regions/BE.json' with { type: 'json' };
import BG from './regions/BG.json' with { type: 'json' };
import BR from './regions/BR.json' with { type: 'json' };
import CA from './regions/CA.json' with { type: 'json' };
import CH from './regions/CH.json' with { type: 'json' };
import CL from './regions/CL.json' with { type: 'json' };
import CO from './regions/CO.json' with { type: 'json' };
import CY from './regions/CY.json' with { type: 'json' };
import CZ from './regions/CZ.json' with { type: 'json' };
import DE from './regions/DE.json' with { type: 'json' };
import DK from './regions/DK.json' with { type: 'json' };
import EE from './regions/EE.json' with { type: 'json' };
import ES from './regions/ES.json' with { type: 'json' };
import FI from './regions/FI.json' with { type: 'json' };
import FR from './regions/FR.json' with { type: 'json' };
import GB from './regions/GB.json' with { type: 'json' };
import GR from './regions/GR.json' with { type: 'json' };
import HR from './regions/HR.json' with { type: 'json' };
import HU from './regions/HU.json' with { type: 'json' };
import IE from './regions/IE.json' with { type: 'json' };
import IN from './regions/IN.json' with { type: 'json' };
import IS from './regions/IS.json' with { type: 'json' };
import IT from './regions/IT.json' with { type: 'json' };
import KE from './regions/KE.json' with { type: 'json' };
import LT from './regions/LT.json' with { type: 'json' };
import LU from './regions/LU.json' with { type: 'json' };
import LV from './regions/LV.json' with { type: 'json' };
import MT from './regions/MT.json' with { type: 'json' };
import MX from './regions/MX.json' with { type: 'json' };
import MY from './regions/MY.json' with { type: 'json' };
import NL from './regions/NL.json' with { type: 'json' };
import NO from './regions/NO.json' with { type: 'json' };
import NZ from './regions/NZ.json' with { type: 'json' };
import PE from './regions/PE.json' with { type: 'json' };
import PH from './regions/PH.json' with { type: 'json' };
import PL from './regions/PL.json' with { type: 'json' };
import PT from './regions/PT.json' with { type: 'json' };
import RO from './regions/RO.json' with { type: 'json' };
import SE from './regions/SE.json' with { type: 'json' };
import SG from './regions/SG.json' with { type: 'json' };
import SI from './regions/SI.json' with { type: 'json' };
import SK from './regions/SK.json' with { type: 'json' };
import TR from './regions/TR.json' with { type: 'json' };
import US from './regions/US.json' with { type: 'json' };
import ZA from './regions/ZA.json' with { type: 'json' };
import INTL from './regions/INTL.json' with { type: 'json' };

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
  BA,
  BE,
  BG,
  BR,
  CA,
  CH,
  CL,
  CO,
  CY,
  CZ,
  DE,
  DK,
  EE,
  ES,
  FI,
  FR,
  GB,
  GR,
  HR,
  HU,
  IE,
  IN,
  IS,
  IT,
  KE,
  LT,
  LU,
  LV,
  MT,
  MX,
  MY,
  NL,
  NO,
  NZ,
  PE,
  PH,
  PL,
  PT,
  RO,
  SE,
  SG,
  SI,
  SK,
  TR,
  US,
  ZA,
  INTL,
] as unknown as RegionData[];

const [international, ...countries] = [regionData.at(-1)!, ...regionData.slice(0, -1)];
const translations = strings as Record<string, Record<string, string>>;

export const core: CoreData = {
  languages: ['en', ...Object.keys(translations)],
  regions: countries.map(({ region }) => region),
  emergency: regionData.flatMap(({ region, emergency }) =>
    emergency ? [{ region, ...emergency }] : [],
  ),
  intl: international.resources,
  early: translations,
};

export const sections: Sections = {
  guide: guide as Guide,
  warningSigns: warningSigns as WarningSigns,
  platforms: platforms as Platform[],
};

const byCode = new Map<string, RegionFile>(countries.map((file) => [file.region, file]));

/** Everything is here already: each part is handed over at once, not as a promise. */
export const dataSource: DataSource = {
  core,
  section: (name) => sections[name],
  region: (code) => byCode.get(code) ?? { region: code, resources: [] },
  language: (tag) => ({ strings: translations[tag] ?? en }),
};
