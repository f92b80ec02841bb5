/**
 * Where a site's manifest meets the built-in data: what of the site's it takes, what it refuses and says so. Used by
 * the merge (in the browser, which warns on the console and keeps the built-in entry) and by the validator (which
 * lists the same as problems). Pure: no DOM.
 */
import type { Resource } from './schema-fields.js';
import type { Emergency, Platform } from './schema-sections.js';
import { foldedOf, marksOf, namedIn, PREFIX, textValues, type Field } from './name-marks.js';
import { linkHost, stringProblem } from './trust.js';

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

/** Where an entry leads: a resource's numbers, hosts and addresses, a platform's hosts. */
function pointsOf(entry: Resource | Platform): Set<string> {
  return 'channels' in entry ? contactPoints(entry) : platformHosts(entry);
}

/**
 * Where a built-in entry may lead under its name: its own numbers, links and addresses, and the hosts of its
 * sources (Pro Juventute's home page, projuventute.ch, beside its line 147.ch).
 */
function allowedPoints(entry: Resource | Platform): Set<string> {
  const points = pointsOf(entry);
  for (const source of entry.sources ?? [])
    points.add(`host:${linkHost(typeof source === 'string' ? source : source.url)}`);
  return points;
}

/**
 * Why a site's entry may not be shown, or undefined when it may: it names a built-in entry that serves the same
 * place (see `namedIn`: its name whole, as a look-alike reads it, or inside a longer name; a resource's
 * organisation too), under that entry's id or a new one, with a number, link or address that those built-in
 * entries do not have. "CyberTipline" over another number is a spoof whatever its id; the same name with the
 * built-in's own numbers is a copy. `field`: the field that names the built-in entry.
 */
function namesakeProblem<T extends Resource | Platform>(
  base: readonly T[],
  entry: T,
): { field: Field; message: string } | undefined {
  const named = namedIn(base, entry);
  if (!named.size) return undefined;
  const allowed = new Set([...named.keys()].flatMap((built) => [...allowedPoints(built)]));
  const foreign = [...pointsOf(entry)].filter((point) => !allowed.has(point));
  if (!foreign.length) return undefined;
  const idsOf = (list: T[]) => list.map((built) => `"${built.id}"`).join(', ');
  const other = `with another number or link (${foreign.map((point) => point.replace(/^\w+:/, '')).join(', ')})`;
  const whole = [...named].filter(([, how]) => how.wholeName);
  if (whole.length) {
    const verb = whole.some(([built]) => built.id === entry.id) ? 'keeps' : 'has';
    const ids = idsOf(whole.map(([built]) => built));
    return {
      field: 'name',
      message: `${verb} the name of the built-in ${ids} ${other}: give it a name of its own`,
    };
  }
  return {
    field: [...named.values()].some((how) => how.inName) ? 'name' : 'organisation',
    message:
      `names the built-in ${idsOf([...named.keys()])} in its name or organisation ${other}: a site cannot ` +
      `add a service in the name of a built-in one or of its organisation; give it a name of its own, and an ` +
      `organisation only with that organisation's own numbers and links`,
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
 * A site's list, indexed when the manifest is checked (`parseManifest`), which reads every entry anyway: its
 * entries by the key of each name and organisation whole, and by the first letters of each word in them, where a
 * built-in name could begin (see `namedIn`). A merge then looks up the built-in names in it rather than reading a
 * list that can be 10,000 long again each time a country's file arrives. Under a global symbol, as `SITE_ENTRIES`.
 */
const SITE_NAMES = Symbol.for('safety-panels.site-names');

interface SiteIndex {
  wholes: Map<string, object[]>;
  starts: Map<string, object[]>;
}

const siteIndexes: WeakMap<readonly object[], SiteIndex> = ((globalThis as Record<symbol, unknown>)[
  SITE_NAMES
] ??= new WeakMap()) as WeakMap<readonly object[], SiteIndex>;

/** Indexes a site's list; yields every `chunk` entries, so a long list never holds the page (the quick exit). */
function* indexNames(
  list: readonly (Resource | Platform)[],
  chunk: number,
): Generator<void, void, void> {
  const index: SiteIndex = { wholes: new Map(), starts: new Map() };
  const add = (map: Map<string, object[]>, key: string, entry: object) => {
    const entries = map.get(key);
    if (!entries) map.set(key, [entry]);
    else if (entries[entries.length - 1] !== entry) entries.push(entry);
  };
  for (let at = 0; at < list.length; at += 1) {
    if (at % chunk === chunk - 1) yield;
    const entry = list[at]!;
    for (const text of foldedOf(entry)) {
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
  return indexNames(list, chunk);
}

/** Indexes the names of a checked manifest's platforms, for the merge. */
export function indexPlatformNames(list: readonly Platform[]): void {
  indexNames(list, Infinity).next();
}

/**
 * A site's list without the namesakes `namesakeProblem` refuses (the same list when it refuses none). Only a
 * list that came through the check is looked at: every site manifest does (site.ts); one built in code is the
 * page's own. The merge runs again as each country's file arrives, with the built-in entries there are by then:
 * the ones this visitor can be shown, which a site's card could pass for.
 */
function withoutNamesakes<T extends Resource | Platform>(
  word: string,
  base: readonly T[],
  site: T[] | undefined,
): T[] | undefined {
  const siteIndex = site && siteIndexes.get(site);
  if (!site || !siteIndex || !base.length) return site;
  const refused = new Set<T>();
  // The site's entries that may name a built-in one, looked at closely by `namesakeProblem`: a name or
  // organisation that is a built-in mark whole, or with a word that begins as one does.
  const candidates = new Set<T>();
  const take = (entries: readonly object[] | undefined) => {
    for (const entry of entries ?? []) candidates.add(entry as T);
  };
  const marks = marksOf(base);
  for (const key of marks.whole.keys()) take(siteIndex.wholes.get(key));
  for (const prefix of marks.inside.keys()) take(siteIndex.starts.get(prefix));
  for (const entry of candidates) {
    const problem = namesakeProblem(base, entry);
    if (!problem) continue;
    refused.add(entry);
    const replaces = base.some((built) => built.id === entry.id);
    warnOnce(
      entry,
      `${word} "${entry.id}" ${problem.message}`,
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
  return withoutNamesakes('resource', base, site);
}

/** For the merge: a site's platforms without those that would pass for a built-in one (with a console warning). */
export function trustedPlatforms(
  base: readonly Platform[],
  site: Platform[] | undefined,
): Platform[] | undefined {
  return withoutNamesakes('platform', base, site);
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
  for (const [key, value] of Object.entries(strings))
    if (!stringProblem(key, value)) out[key] = value;
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
    const problem = namesakeProblem(base.resources, resource);
    if (problem)
      issues.push({ path: `resources[${index}].${problem.field}`, message: problem.message });
  });
  site.platforms?.forEach((platform, index) => {
    const problem = namesakeProblem(base.platforms, platform);
    if (problem) issues.push({ path: `platforms[${index}].name`, message: problem.message });
  });
  const covered = new Set(base.emergency.map((entry) => entry.region));
  site.emergency?.forEach((entry, index) => {
    if (covered.has(entry.region) && replacesNumbers(base.emergency, entry))
      issues.push({ path: `emergency[${index}].region`, message: EMERGENCY_PROBLEM });
  });
  return issues;
}
