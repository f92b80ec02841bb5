/**
 * Where a site's manifest meets the built-in data: what of the site's it takes, what it refuses and says so. Used by
 * the merge (in the browser, which warns on the console and keeps the built-in entry) and by the validator (which
 * lists the same as problems). Pure: no DOM.
 */
import type { Emergency, Resource, Text } from './schema.js';
import { linkHost, nameKey, stringProblem } from './trust.js';

/**
 * A site's resources, as the browser checked them: cards say "Added by this website" on each. One set per page,
 * kept under a global symbol: the script-tag build checks a manifest in another bundle (safety-panels-site.js)
 * than the one that draws the cards, and each bundle has its own copy of this module.
 */
const SITE_RESOURCES = Symbol.for('safety-panels.site-resources');
const siteResources: WeakSet<object> = ((globalThis as Record<symbol, unknown>)[SITE_RESOURCES] ??=
  new WeakSet<object>()) as WeakSet<object>;

/** Marks a resource of a site's manifest as the site's. */
export function markSiteResource(resource: Resource): void {
  siteResources.add(resource);
}

/** Whether a resource came from a site's manifest rather than the built-in data. */
export function isSiteResource(resource: Resource): boolean {
  return siteResources.has(resource);
}

function textValues(text: Text | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
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

/**
 * Why a site's resource may not replace the built-in one of the same id, or undefined when it may: it keeps the
 * built-in name (in any language) with a number, link or address the built-in entry does not have.
 */
export function replacementProblem(built: Resource, site: Resource): string | undefined {
  const builtNames = new Set(textValues(built.name).map(nameKey));
  if (!textValues(site.name).some((name) => builtNames.has(nameKey(name)))) return undefined;
  const allowed = contactPoints(built);
  const foreign = [...contactPoints(site)].filter((point) => !allowed.has(point));
  if (!foreign.length) return undefined;
  return (
    `keeps the name of the built-in "${built.id}" with another number or link ` +
    `(${foreign.map((point) => point.replace(/^\w+:/, '')).join(', ')}): give it a name of its own`
  );
}

const warned = new WeakSet<object>();

function warnOnce(about: object, message: string): void {
  if (warned.has(about)) return;
  warned.add(about);
  console.warn(`safety-panels: the site manifest ${message}; the built-in entry is shown instead.`);
}

/** For the merge: whether the site's resource replaces the built-in one; a console warning when it does not. */
export function keepReplacement(built: Resource, site: Resource): boolean {
  const problem = replacementProblem(built, site);
  if (problem) warnOnce(site, `resource "${site.id}" ${problem}`);
  return !problem;
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
      warnOnce(entry, `emergency numbers for ${entry.region} were refused: ${EMERGENCY_PROBLEM}`);
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
export function safeStrings(
  locale: string,
  strings: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(strings))
    if (!stringProblem(locale, key, value)) out[key] = value;
  return out;
}

/** What the validator lists beside the schema's problems: what the browser would refuse against the built-in data. */
export function builtInConflicts(
  site: { resources?: readonly Resource[]; emergency?: readonly Emergency[] },
  base: { resources: readonly Resource[]; emergency: readonly Emergency[] },
): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const byId = new Map(base.resources.map((resource) => [resource.id, resource]));
  site.resources?.forEach((resource, index) => {
    const built = byId.get(resource.id);
    const problem = built && replacementProblem(built, resource);
    if (problem) issues.push({ path: `resources[${index}].name`, message: problem });
  });
  const covered = new Set(base.emergency.map((entry) => entry.region));
  site.emergency?.forEach((entry, index) => {
    if (covered.has(entry.region) && replacesNumbers(base.emergency, entry))
      issues.push({ path: `emergency[${index}].region`, message: EMERGENCY_PROBLEM });
  });
  return issues;
}
