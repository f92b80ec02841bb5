import type { Audience, ChannelType, Emergency, Manifest, Resource } from './schema.js';

export interface Filters {
  /** INTL, a country (US) or a subdivision (US-MI). */
  region: string;
  audience?: Audience | undefined;
  /** Any of these topics. Empty or absent: all. */
  topics?: readonly string[] | undefined;
  /** Any of these channels. Empty or absent: all. */
  channels?: readonly ChannelType[] | undefined;
}

const REGION = /^(?:INTL|[A-Z]{2}(?:-[A-Z0-9]{1,3})?)$/;

/** Normalises a region code ("us-mi" → "US-MI"); anything that is not one becomes undefined. */
export function normaliseRegion(value: string | null | undefined): string | undefined {
  const upper = value?.trim().toUpperCase();
  return upper && REGION.test(upper) ? upper : undefined;
}

/** The region subtag of a BCP 47 tag: "en-GB" → "GB", "es-419" → undefined (not a country). */
export function regionOfLanguageTag(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  for (const subtag of tag.split(/[-_]/).slice(1)) {
    if (/^[A-Za-z]{2}$/.test(subtag)) return subtag.toUpperCase();
  }
  return undefined;
}

/** The region attribute, else the page's language region, else the browser's, else INTL. */
export function resolveRegion(
  attribute: string | null | undefined,
  pageLang: string | null | undefined,
  browserLang: string | null | undefined,
): string {
  return (
    normaliseRegion(attribute) ??
    regionOfLanguageTag(pageLang) ??
    regionOfLanguageTag(browserLang) ??
    'INTL'
  );
}

export function countryOf(region: string): string {
  return region.split('-')[0] ?? region;
}

/**
 * Whether a resource serves a visitor's region: INTL serves everyone; a country serves its subdivisions;
 * a subdivision serves only itself (a Michigan helpline is not shown to everyone in the US).
 */
export function servesRegion(resourceRegions: readonly string[], visitor: string): boolean {
  return resourceRegions.some(
    (region) => region === 'INTL' || region === visitor || region === countryOf(visitor),
  );
}

/**
 * The resources for a visitor, most local first (a site's own, then subdivision, country, international);
 * manifest order otherwise.
 */
export function selectResources(resources: readonly Resource[], filters: Filters): Resource[] {
  const { region, audience, topics, channels } = filters;
  // One plain pass, the visitor's country worked out once: a long manifest is scanned on every filter change.
  const country = countryOf(region);
  const subdivision = region.includes('-');
  const ranked: { resource: Resource; rank: number }[] = [];
  for (const resource of resources) {
    let serves = false;
    for (const served of resource.regions) {
      if (served === 'INTL' || served === region || served === country) {
        serves = true;
        break;
      }
    }
    if (!serves) continue;
    if (audience && !resource.audiences.includes(audience)) continue;
    if (topics?.length && !resource.topics.some((topic) => topics.includes(topic))) continue;
    if (channels?.length && !resource.channels.some((channel) => channels.includes(channel.type)))
      continue;
    const rank =
      resource.kind === 'local'
        ? 0
        : subdivision && resource.regions.includes(region)
          ? 1
          : resource.regions.includes(country)
            ? 2
            : 3;
    ranked.push({ resource, rank });
  }
  // Array.prototype.sort is stable: manifest order within a rank.
  return ranked.sort((a, b) => a.rank - b.rank).map(({ resource }) => resource);
}

/** The emergency numbers for a region: a subdivision's own, else its country's. */
export function emergencyFor(
  emergency: readonly Emergency[],
  region: string,
): Emergency | undefined {
  return (
    emergency.find((entry) => entry.region === region) ??
    emergency.find((entry) => entry.region === countryOf(region))
  );
}

/** The regions a manifest has anything for, for a region picker: countries first, INTL last. */
export function regionsIn(manifest: Manifest): string[] {
  const regions = new Set<string>();
  for (const resource of manifest.resources)
    resource.regions.forEach((region) => regions.add(region));
  for (const entry of manifest.emergency) regions.add(entry.region);
  regions.delete('INTL');
  return [...[...regions].sort(), 'INTL'];
}

/** Every topic the manifest's resources use, in first-seen order. */
export function topicsIn(resources: readonly Resource[]): string[] {
  const topics = new Set<string>();
  for (const resource of resources) for (const topic of resource.topics) topics.add(topic);
  return [...topics];
}

/** Orders channels for someone who cannot speak safely: text and chat first. */
export function orderChannels<T extends { type: ChannelType }>(
  channels: readonly T[],
  textFirst: boolean,
): T[] {
  if (!textFirst) return [...channels];
  const rank = (type: ChannelType) => (type === 'text' ? 0 : type === 'chat' ? 1 : 2);
  return [...channels].sort((a, b) => rank(a.type) - rank(b.type));
}
