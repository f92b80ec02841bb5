import { countryOf, REGION } from './region-code.js';
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

export { countryOf };

/**
 * Whether a resource serves a visitor's region: INTL serves everyone; a country serves its subdivisions;
 * a subdivision serves only itself (a Michigan helpline is not shown to everyone in the US).
 */
export function servesRegion(resourceRegions: readonly string[], visitor: string): boolean {
  return resourceRegions.some(
    (region) => region === 'INTL' || region === visitor || region === countryOf(visitor),
  );
}

/** Places in a list: `offset` plus each of `positions`. */
interface Segment {
  offset: number;
  positions: readonly number[];
}

/** A manifest's resources by each region they list, built once per list of resources. */
interface ResourceIndex {
  /** How many resources the list had: a list that grew or shrank since is indexed again. */
  length: number;
  /** The places in the list of the resources that list each region, in list order. */
  byRegion: Map<string, Segment[]>;
  /** Every topic the resources use, in first-seen order. */
  topics: string[];
  /** By place in the list: the selection that last took it, so one listed under two of the visitor's regions is taken once. */
  taken: Uint32Array;
}

const indexes = new WeakMap<readonly Resource[], ResourceIndex>();
/** Lists made by `joinResources`, with their two parts. */
const parts = new WeakMap<
  readonly Resource[],
  readonly [readonly Resource[], readonly Resource[]]
>();
let selections = 0;

/**
 * `head` then `tail` as one list, whose index is made from the parts' indexes: a site's long list after the
 * built-in services, merged again each time a country's file arrives, is indexed once, not at each merge. The
 * index is made here, as part of the merge, so the first list drawn from the merged data only selects.
 */
export function joinResources(head: readonly Resource[], tail: readonly Resource[]): Resource[] {
  const list = head.concat(tail);
  parts.set(list, [head, tail]);
  indexOf(list);
  return list;
}

function indexOf(resources: readonly Resource[]): ResourceIndex {
  let index = indexes.get(resources);
  if (index?.length === resources.length) return index;
  const joined = parts.get(resources);
  index =
    joined && joined[0].length + joined[1].length === resources.length
      ? joinIndexes(indexOf(joined[0]), indexOf(joined[1]))
      : buildIndex(resources);
  indexes.set(resources, index);
  return index;
}

/**
 * Built for 10,000 resources on the way to the first list, on a page whose code has not warmed up: plain loops,
 * places rather than an object per resource, and nothing copied.
 */
function buildIndex(resources: readonly Resource[]): ResourceIndex {
  const places = new Map<string, number[]>();
  const topics = new Set<string>();
  for (let position = 0; position < resources.length; position += 1) {
    const resource = resources[position]!;
    const regions = resource.regions;
    for (let at = 0; at < regions.length; at += 1) {
      const region = regions[at]!;
      if (at > 0 && regions.indexOf(region) !== at) continue;
      const list = places.get(region);
      if (list) list.push(position);
      else places.set(region, [position]);
    }
    for (const topic of resource.topics) topics.add(topic);
  }
  const byRegion = new Map<string, Segment[]>();
  for (const [region, positions] of places) byRegion.set(region, [{ offset: 0, positions }]);
  return {
    length: resources.length,
    byRegion,
    topics: [...topics],
    taken: new Uint32Array(resources.length),
  };
}

/** The index of `head` then `tail`, from theirs: the tail's places moved past the head, per region, not per resource. */
function joinIndexes(head: ResourceIndex, tail: ResourceIndex): ResourceIndex {
  const byRegion = new Map<string, Segment[]>();
  for (const [region, segments] of head.byRegion) byRegion.set(region, [...segments]);
  for (const [region, segments] of tail.byRegion) {
    const moved = segments.map(({ offset, positions }) => ({
      offset: offset + head.length,
      positions,
    }));
    const list = byRegion.get(region);
    if (list) list.push(...moved);
    else byRegion.set(region, moved);
  }
  const length = head.length + tail.length;
  return {
    length,
    byRegion,
    topics: [...new Set([...head.topics, ...tail.topics])],
    taken: new Uint32Array(length),
  };
}

/**
 * The resources for a visitor, most local first (a site's own, then subdivision, country, international);
 * manifest order otherwise. Reads only the resources listed under the visitor's region, its country and INTL,
 * from an index built the first time a list of resources is seen: a filter change on a long manifest does not
 * scan it all.
 */
export function selectResources(resources: readonly Resource[], filters: Filters): Resource[] {
  const { region, audience, topics, channels } = filters;
  const { byRegion, taken } = indexOf(resources);
  const country = countryOf(region);
  const subdivision = region.includes('-');
  const selection = ++selections;
  const ranked: { position: number; rank: number }[] = [];
  for (const served of new Set([region, country, 'INTL'])) {
    for (const { offset, positions } of byRegion.get(served) ?? []) {
      for (const at of positions) {
        const position = offset + at;
        if (taken[position] === selection) continue;
        taken[position] = selection;
        const resource = resources[position]!;
        if (audience && !resource.audiences.includes(audience)) continue;
        if (topics?.length && !resource.topics.some((topic) => topics.includes(topic))) continue;
        if (channels?.length && !resource.channels.some(({ type }) => channels.includes(type)))
          continue;
        const rank =
          resource.kind === 'local'
            ? 0
            : subdivision && resource.regions.includes(region)
              ? 1
              : resource.regions.includes(country)
                ? 2
                : 3;
        ranked.push({ position, rank });
      }
    }
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .map(({ position }) => resources[position]!);
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

/**
 * The regions a manifest has anything for, for a region picker: countries first, INTL last. Read from the index
 * that selection builds, not by scanning the resources again.
 */
export function regionsIn(manifest: Manifest): string[] {
  const regions = new Set<string>(indexOf(manifest.resources).byRegion.keys());
  for (const entry of manifest.emergency) regions.add(entry.region);
  regions.delete('INTL');
  return [...[...regions].sort(), 'INTL'];
}

/** Every topic the manifest's resources use, in first-seen order (from the same index as `selectResources`). */
export function topicsIn(resources: readonly Resource[]): string[] {
  return [...indexOf(resources).topics];
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
