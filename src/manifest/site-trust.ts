/**
 * Where a site's manifest meets the built-in data: what of the site's it takes, what it refuses and says so. Used by
 * the merge (in the browser, which warns on the console and keeps the built-in entry) and by the validator (which
 * lists the same as problems). Pure: no DOM.
 */
import type { Resource } from './schema-fields.js';
import type { Emergency, Platform } from './schema-sections.js';
import {
  foldedOf,
  marksOf,
  namedInside,
  PREFIX,
  textValues,
  type Field,
  type Folded,
} from './name-marks.js';
import { linkHost, nameKey, stringProblem } from './trust.js';

/**
 * A site's resources and platforms, as the browser checked them: each card, and each platform's step, says "Added
 * by this website". One set per page, kept under a global symbol: the script-tag build checks a manifest in
 * another bundle (safety-panels-site.js) than the one that draws the cards, and each bundle has its own copy of
 * this module.
 */
const SITE_ENTRIES = Symbol.for('safety-panels.site-resources');
const siteEntries: WeakSet<object> = ((globalThis as Record<symbol, unknown>)[SITE_ENTRIES] ??=
  new WeakSet<object>()) as WeakSet<object>;

/** Marks a resource or platform of a site's manifest as the site's. */
export function markSiteEntry(entry: Resource | Platform): void {
  siteEntries.add(entry);
}

/** Whether a resource or platform came from a site's manifest rather than the built-in data. */
export function isSiteEntry(entry: Resource | Platform): boolean {
  return siteEntries.has(entry);
}

/** Where a resource's channels lead: numbers, link hosts and email addresses. */
function contactPoints(resource: Resource): Set<string> {
  const points = new Set<string>();
  for (const channel of resource.channels) {
    if (channel.type === 'phone' || channel.type === 'text') points.add(`tel:${channel.number}`);
    else if (channel.type === 'email') points.add(`mailto:${channel.address.toLowerCase()}`);
    else for (const url of textValues(channel.url)) points.add(`host:${linkHost(url)}`);
  }
  return points;
}

/** Where a platform's links lead: their hosts. */
function platformHosts(platform: Platform): Set<string> {
  const urls = [
    platform.url,
    ...Object.values(platform.reportLinks ?? {}),
    ...(platform.links ?? []).map((link) => link.url),
  ];
  return new Set(urls.map((url) => `host:${linkHost(url)}`));
}

/** What the namesake rule reads of a list's entries: their names, and where they lead. */
interface EntryKind<T extends { id: string }> {
  word: string;
  /** The keys of its names (see `nameKey`). */
  keys(entry: T): string[];
  points(entry: T): Set<string>;
  /** Its names and organisations as words, for the built-in names and organisations found inside them. */
  texts?(entry: T): Folded[];
  /** The built-in entries a site's entry names beyond a whole name, by the field that names them. */
  inside?(base: readonly T[], entry: T): Map<T, Field>;
}

const RESOURCES: EntryKind<Resource> = {
  word: 'resource',
  keys: (resource) =>
    foldedOf(resource)
      .filter((text) => text.field === 'name' && text.key)
      .map((text) => text.key),
  points: contactPoints,
  texts: foldedOf,
  inside: (base, entry) => namedInside(base, entry),
};

const PLATFORMS: EntryKind<Platform> = {
  word: 'platform',
  keys: (platform) => [nameKey(platform.name)].filter(Boolean),
  points: platformHosts,
};

/** Each entry's name keys, worked out once. */
const keyCache = new WeakMap<object, string[]>();

function keysOf<T extends { id: string }>(kind: EntryKind<T>, entry: T): string[] {
  let keys = keyCache.get(entry);
  if (!keys) {
    keys = kind.keys(entry);
    keyCache.set(entry, keys);
  }
  return keys;
}

/** The built-in entries by name key, one index per built-in list (the list is new when a country arrives). */
const indexes = new WeakMap<readonly object[], Map<string, object[]>>();

function nameIndex<T extends { id: string }>(
  kind: EntryKind<T>,
  base: readonly T[],
): Map<string, T[]> {
  let index = indexes.get(base) as Map<string, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const entry of base)
      for (const key of keysOf(kind, entry)) index.set(key, [...(index.get(key) ?? []), entry]);
    indexes.set(base, index);
  }
  return index;
}

/**
 * Why a site's entry may not be shown, or undefined when it may: it has the name of a built-in entry (as a
 * look-alike reads it: case, spaces, accents and letters of other scripts folded, see `nameKey`), under that
 * entry's id or a new one, or (a resource) names a built-in resource or its organisation in its own name or
 * organisation (see `namedInside`), with a number, link or address that those built-in entries do not have.
 * "CyberTipline" over another number is a spoof whatever its id; the same name with the built-in's own numbers
 * is a copy. `field`: the field that names the built-in entry.
 */
function namesakeProblem<T extends { id: string }>(
  kind: EntryKind<T>,
  base: readonly T[],
  entry: T,
): { field: Field; message: string } | undefined {
  const index = nameIndex(kind, base);
  const namesakes = new Set<T>();
  for (const key of keysOf(kind, entry))
    for (const built of index.get(key) ?? []) namesakes.add(built);
  const named = [...namesakes];
  const inside = kind.inside?.(base, entry) ?? new Map<T, Field>();
  for (const built of inside.keys()) namesakes.add(built);
  if (!namesakes.size) return undefined;
  const allowed = new Set([...namesakes].flatMap((built) => [...kind.points(built)]));
  const foreign = [...kind.points(entry)].filter((point) => !allowed.has(point));
  if (!foreign.length) return undefined;
  const idsOf = (list: Iterable<T>) => [...list].map((built) => `"${built.id}"`).join(', ');
  const other = `with another number or link (${foreign.map((point) => point.replace(/^\w+:/, '')).join(', ')})`;
  if (named.length) {
    const verb = named.some((built) => built.id === entry.id) ? 'keeps' : 'has';
    return {
      field: 'name',
      message: `${verb} the name of the built-in ${idsOf(named)} ${other}: give it a name of its own`,
    };
  }
  const ids = idsOf(namesakes);
  return {
    field: [...inside.values()].includes('name') ? 'name' : 'organisation',
    message:
      `names the built-in ${ids} in its name or organisation ${other}: a site cannot add a service in the ` +
      `name of a built-in one or of its organisation; give it a name of its own, and an organisation only ` +
      `with that organisation's own numbers and links`,
  };
}

/** What was said of each entry: once each, though a merge runs again as each country's file arrives. */
const warned = new WeakMap<object, Set<string>>();

/**
 * Says on the console why an entry is refused, once for each reason: an entry refused for naming a worldwide
 * service (before its country's file came) is said again when the country's own service it names arrives.
 */
function warnOnce(about: object, message: string, instead: string): void {
  const said = warned.get(about) ?? new Set<string>();
  if (said.has(message)) return;
  said.add(message);
  warned.set(about, said);
  console.warn(`safety-panels: the site manifest ${message}; ${instead}.`);
}

/**
 * A site's entries by name key, one index per list, made when the manifest is checked (`parseManifest`), which
 * reads every entry anyway: a merge then looks up the few built-in names in it rather than reading a list that
 * can be 10,000 long again each time a country's file arrives. Under a global symbol, as `SITE_ENTRIES` is.
 */
const SITE_NAMES = Symbol.for('safety-panels.site-names');

/**
 * A site's list, indexed: its entries by name key; and (resources) by the key of each name and organisation
 * whole, and by the first three letters of each word in them, where a built-in name or organisation could begin.
 */
interface SiteIndex {
  names: Map<string, object[]>;
  wholes: Map<string, object[]>;
  starts: Map<string, object[]>;
}

const siteIndexes: WeakMap<readonly object[], SiteIndex> = ((globalThis as Record<symbol, unknown>)[
  SITE_NAMES
] ??= new WeakMap()) as WeakMap<readonly object[], SiteIndex>;

/** Indexes a site's list; yields every `chunk` entries, so a long list never holds the page (the quick exit). */
function* indexNames<T extends { id: string }>(
  kind: EntryKind<T>,
  list: readonly T[],
  chunk: number,
): Generator<void, void, void> {
  const index: SiteIndex = { names: new Map(), wholes: new Map(), starts: new Map() };
  const add = (map: Map<string, object[]>, key: string, entry: T) => {
    const entries = map.get(key);
    if (!entries) map.set(key, [entry]);
    else if (entries[entries.length - 1] !== entry) entries.push(entry);
  };
  for (let at = 0; at < list.length; at += 1) {
    if (at % chunk === chunk - 1) yield;
    const entry = list[at]!;
    for (const key of keysOf(kind, entry)) add(index.names, key, entry);
    for (const text of kind.texts?.(entry) ?? []) {
      add(index.wholes, text.key, entry);
      for (const start of text.starts)
        add(index.starts, text.key.slice(start, start + PREFIX), entry);
    }
  }
  siteIndexes.set(list, index);
}

/** Indexes the names of a checked manifest's resources, for the merge (in steps, see `indexNames`). */
export function indexResourceNames(
  list: readonly Resource[],
  chunk = Infinity,
): Generator<void, void, void> {
  return indexNames(RESOURCES, list, chunk);
}

/** Indexes the names of a checked manifest's platforms, for the merge. */
export function indexPlatformNames(list: readonly Platform[]): void {
  indexNames(PLATFORMS, list, Infinity).next();
}

/**
 * A site's list without the namesakes `namesakeProblem` refuses (the same list when it refuses none). Only a
 * list that came through the check is looked at: every site manifest does (site.ts); one built in code is the
 * page's own.
 */
function withoutNamesakes<T extends { id: string }>(
  kind: EntryKind<T>,
  base: readonly T[],
  site: T[] | undefined,
): T[] | undefined {
  const siteIndex = site && siteIndexes.get(site);
  if (!site || !siteIndex?.names.size || !base.length) return site;
  const refused = new Set<T>();
  // The site's entries that may name a built-in one: by a whole name, by a built-in organisation whole, or with
  // a word that begins as a built-in name or organisation does (looked at closely by `namesakeProblem`).
  const candidates = new Set<T>();
  const take = (entries: readonly object[] | undefined) => {
    for (const entry of entries ?? []) candidates.add(entry as T);
  };
  for (const key of nameIndex(kind, base).keys()) take(siteIndex.names.get(key));
  if (kind.inside) {
    const marks = marksOf(base as unknown as readonly Resource[]);
    for (const key of marks.organisations.keys()) take(siteIndex.wholes.get(key));
    for (const prefix of marks.inside.keys()) take(siteIndex.starts.get(prefix));
  }
  for (const entry of candidates) {
    const problem = refused.has(entry) ? undefined : namesakeProblem(kind, base, entry);
    if (!problem) continue;
    refused.add(entry);
    const replaces = base.some((built) => built.id === entry.id);
    warnOnce(
      entry,
      `${kind.word} "${entry.id}" ${problem.message}`,
      replaces ? 'the built-in entry is shown instead' : 'it is not shown',
    );
  }
  return refused.size ? site.filter((entry) => !refused.has(entry)) : site;
}

/** For the merge: a site's resources without those that would pass for a built-in one (with a console warning). */
export function trustedResources(
  base: readonly Resource[],
  site: Resource[] | undefined,
): Resource[] | undefined {
  return withoutNamesakes(RESOURCES, base, site);
}

/** For the merge: a site's platforms without those that would pass for a built-in one (with a console warning). */
export function trustedPlatforms(
  base: readonly Platform[],
  site: Platform[] | undefined,
): Platform[] | undefined {
  return withoutNamesakes(PLATFORMS, base, site);
}

/**
 * The emergency numbers: the built-in ones for every region they cover, which a site cannot replace (a
 * manifest that arrives late must not change "Call 911" under the reader), then the site's for other regions.
 */
export function keepEmergency(
  base: readonly Emergency[],
  site: readonly Emergency[] | undefined,
): Emergency[] {
  if (!site?.length) return [...base];
  const covered = new Set(base.map((entry) => entry.region));
  const added: Emergency[] = [];
  for (const entry of site) {
    if (!covered.has(entry.region)) added.push(entry);
    else if (replacesNumbers(base, entry))
      warnOnce(
        entry,
        `emergency numbers for ${entry.region} were refused: ${EMERGENCY_PROBLEM}`,
        'the built-in entry is shown instead',
      );
  }
  return [...base, ...added];
}

/** Whether a site's entry for a built-in region would show other numbers than the built-in one (a copy is fine). */
function replacesNumbers(base: readonly Emergency[], entry: Emergency): boolean {
  const numbers = (e: Emergency) => JSON.stringify([e.numbers, e.police ?? []]);
  const built = base.find((candidate) => candidate.region === entry.region);
  return !built || numbers(built) !== numbers(entry);
}

export const EMERGENCY_PROBLEM =
  'the built-in emergency numbers for this region cannot be replaced by a site';

/** A site's strings for one language without the safety words it may not set (the schema refuses them too). */
export function safeStrings(strings: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(strings)) if (!stringProblem(key)) out[key] = value;
  return out;
}

/** What the validator lists beside the schema's problems: what the browser would refuse against the built-in data. */
export function builtInConflicts(
  site: {
    resources?: readonly Resource[];
    platforms?: readonly Platform[];
    emergency?: readonly Emergency[];
  },
  base: {
    resources: readonly Resource[];
    platforms: readonly Platform[];
    emergency: readonly Emergency[];
  },
): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  site.resources?.forEach((resource, index) => {
    const problem = namesakeProblem(RESOURCES, base.resources, resource);
    if (problem)
      issues.push({ path: `resources[${index}].${problem.field}`, message: problem.message });
  });
  site.platforms?.forEach((platform, index) => {
    const problem = namesakeProblem(PLATFORMS, base.platforms, platform);
    if (problem) issues.push({ path: `platforms[${index}].name`, message: problem.message });
  });
  const covered = new Set(base.emergency.map((entry) => entry.region));
  site.emergency?.forEach((entry, index) => {
    if (covered.has(entry.region) && replacesNumbers(base.emergency, entry))
      issues.push({ path: `emergency[${index}].region`, message: EMERGENCY_PROBLEM });
  });
  return issues;
}
