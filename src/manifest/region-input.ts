/**
 * The `region` attribute as people type it: `UK` for the United Kingdom, `usa`, `gbr`, ` fr `, `u.k.`. Every
 * element reads it through `visitorRegionOf`, so one rule holds everywhere: a code the data has is used; a
 * common alias is read as its ISO 3166-1 code; anything else (a country the data lacks, a typo, a code that is no
 * country) is said on the console, naming it, and the visitor's own region (from the page's or browser's language)
 * is used instead. Never silently. Pure: no DOM.
 */
import type { Manifest } from './schema.js';
import { normaliseRegion, regionOfLanguageTag, regionsIn } from './select.js';

/**
 * Codes people use that are not the ISO 3166-1 alpha-2 code: "UK" (the United Kingdom's code is GB; UK is only
 * reserved for it) and "EL" (the EU's code for Greece), and the alpha-3 code of each country the built-in data
 * covers (ISO 3166-1 alpha-3: USA, GBR, DEU...), which people copy from forms and passports.
 */
export const REGION_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  UK: 'GB',
  EL: 'GR',
  ARG: 'AR',
  AUT: 'AT',
  AUS: 'AU',
  BEL: 'BE',
  BRA: 'BR',
  CAN: 'CA',
  CHE: 'CH',
  CHL: 'CL',
  COL: 'CO',
  DEU: 'DE',
  DNK: 'DK',
  ESP: 'ES',
  FIN: 'FI',
  FRA: 'FR',
  GBR: 'GB',
  IRL: 'IE',
  IND: 'IN',
  ITA: 'IT',
  KEN: 'KE',
  MEX: 'MX',
  MYS: 'MY',
  NLD: 'NL',
  NOR: 'NO',
  NZL: 'NZ',
  PER: 'PE',
  PHL: 'PH',
  POL: 'PL',
  PRT: 'PT',
  SWE: 'SE',
  SGP: 'SG',
  USA: 'US',
  ZAF: 'ZA',
});

/**
 * The region code a typed value means: "UK" → "GB", "usa" → "US", "u.k." → "GB", "gb-sct" → "GB-SCT" (an alias
 * before a subdivision too: "UK-SCT" → "GB-SCT"); undefined for what is not a region code at all.
 */
export function readRegion(value: string | null | undefined): string | undefined {
  const typed = value?.trim().toUpperCase().replace(/\./g, '').replace(/_/g, '-');
  if (!typed) return undefined;
  const [country = '', ...rest] = typed.split('-');
  const alias = REGION_ALIASES[country];
  return normaliseRegion(alias ? [alias, ...rest].join('-') : typed);
}

/** What an element was given and what it uses, with the console line to say when they differ. */
export interface RegionChoice {
  region: string;
  /** Set when the typed value was not used: say it (once) on the console. */
  warning?: string;
}

/**
 * The region an element shows. `known`: whether the data has a region (its services or emergency numbers).
 * `settled`: whether the data is complete (a site's manifest still loading may add regions): until then an
 * unknown region is used as typed, without a warning.
 */
export function chooseRegion(
  attribute: string | null | undefined,
  pageLang: string | null | undefined,
  browserLang: string | null | undefined,
  known: (region: string) => boolean,
  settled: boolean,
): RegionChoice {
  const own = regionOfLanguageTag(pageLang) ?? regionOfLanguageTag(browserLang) ?? 'INTL';
  const typed = attribute?.trim();
  if (!typed) return { region: own };
  const region = readRegion(typed);
  const country = region?.split('-')[0];
  if (region && (region === 'INTL' || known(region) || (country && known(country)) || !settled))
    return { region };
  const instead =
    own === 'INTL'
      ? 'the services that work everywhere (INTL)'
      : `"${own}", the visitor's own region,`;
  if (region && country && isCountry(country))
    // A real country the data has nothing for (XK): as the issue asks, the visitor's own region, which the
    // picker lets them change; the page's author learns from the console that the data lacks theirs.
    return {
      region: own,
      warning: `safety-panels: region="${typed}" was not used: the data has no services or emergency numbers for "${region}". Showing ${instead} instead.`,
    };
  return {
    region: own,
    warning: `safety-panels: region="${typed}" was not used: it is not a region code (use an ISO 3166-1 code like "GB" or "US", or "INTL"). Showing ${instead} instead.`,
  };
}

let regionNames: Intl.DisplayNames | undefined;

/**
 * Codes the browser names that are not a country: the ones left for private use (AA, QM–QZ, XA–XZ; but XK, Kosovo),
 * "ZZ", which CLDR names "Unknown Region", and groups (EU, EZ, UN).
 */
const NOT_COUNTRY = /^(?:AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;

/** Whether a two-letter code is a country the browser can name (JP is; XX, QQ and ZZ are not). */
function isCountry(code: string): boolean {
  if (NOT_COUNTRY.test(code)) return false;
  try {
    regionNames ??= new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    return regionNames.of(code) !== undefined;
  } catch {
    return true;
  }
}

/** Whether the built-in countries or a manifest have a region (the manifest's regions read only when needed). */
export function knownRegions(
  data: Manifest,
  builtIn: readonly string[],
): (region: string) => boolean {
  return (region) => builtIn.includes(region) || regionsIn(data).includes(region);
}

const said = new Set<string>();

/** `chooseRegion`, with its warning said on the console once per page for each value. */
export function visitorRegionOf(...args: Parameters<typeof chooseRegion>): string {
  const choice = chooseRegion(...args);
  if (choice.warning && !said.has(choice.warning)) {
    said.add(choice.warning);
    console.warn(choice.warning);
  }
  return choice.region;
}
