import type { Manifest, ManifestIssue, SiteManifest } from './schema.js';
import { joinResources } from './select.js';
import { keepEmergency, safeStrings, trustedPlatforms, trustedResources } from './site-trust.js';

/** The ids of a list, kept per list: merging the same site's list again over more built-in data reads it no more. */
const idSets = new WeakMap<readonly { id: string }[], Set<string>>();

function idsOf(items: readonly { id: string }[]): Set<string> {
  let ids = idSets.get(items);
  if (!ids) {
    ids = new Set();
    for (const item of items) ids.add(item.id);
    idSets.set(items, ids);
  }
  return ids;
}

/**
 * The base's items (hidden ones left out, replaced ones in place), then the added items that are new. A site's list
 * can be 10,000 long and the base's a few dozen, and the base grows as countries' files arrive: the site's ids are
 * read once per list, and when none of them is a base id (the usual case) the site's list is added as it is.
 */
function mergeById<T extends { id: string }>(
  base: readonly T[],
  added: readonly T[] | undefined,
  hidden: Set<string>,
  join: (head: T[], tail: readonly T[]) => T[] = (head, tail) => head.concat(tail),
): T[] {
  const kept = hidden.size ? base.filter((item) => !hidden.has(item.id)) : [...base];
  if (!added?.length) return kept;
  const addedIds = idsOf(added);
  if (!base.some((item) => addedIds.has(item.id))) return join(kept, added);
  const replaced = new Map<string, T>();
  for (const item of added) replaced.set(item.id, item);
  const baseIds = idsOf(base);
  const extra: T[] = [];
  for (const item of added) if (!baseIds.has(item.id)) extra.push(item);
  return kept.map((item) => replaced.get(item.id) ?? item).concat(extra);
}

function mergeStrings(
  base: Manifest['strings'],
  added: Manifest['strings'] | undefined,
): Manifest['strings'] {
  const out: Manifest['strings'] = { ...base };
  for (const [locale, strings] of Object.entries(added ?? {}))
    out[locale] = { ...out[locale], ...safeStrings(strings) };
  return out;
}

/**
 * A site's manifest made whole. With `"extends": "default"` it adds to the default: resources and platforms
 * (and warning-sign groups, guide steps, situations and FAQ entries) with a default's id replace it, new ones
 * come after, `hide` removes ids; emergency numbers are added for regions the default has none for, and strings
 * override one by one, but never the safety words; non-empty "what to do" lists replace the default's.
 * Without `extends` it stands alone, and sections it leaves out are empty; the built-in emergency numbers still
 * show for the regions they cover. A resource or platform (new, or replacing a built-in one) that has a built-in
 * name with another number or link is left out, with a console warning (see site-trust.ts).
 */
export function mergeManifest(site: SiteManifest, base: Manifest): Manifest {
  const emergency = keepEmergency(base.emergency, site.emergency);
  const resources = trustedResources(base.resources, site.resources);
  const platforms = trustedPlatforms(base.platforms, site.platforms);
  if (site.extends !== 'default') {
    return {
      version: 1,
      locales: site.locales ?? ['en'],
      emergency,
      resources: resources ?? [],
      platforms: platforms ?? [],
      warningSigns: site.warningSigns ?? { groups: [], whatToDo: { adult: [], young: [] } },
      guide: site.guide ?? { steps: [], situations: [], faq: [] },
      strings: mergeStrings({}, site.strings),
    };
  }
  const hidden = new Set(site.hide ?? []);
  return {
    version: 1,
    locales: site.locales ?? base.locales,
    emergency,
    resources: mergeById(base.resources, resources, hidden, joinResources),
    platforms: mergeById(base.platforms, platforms, hidden),
    warningSigns: {
      groups: mergeById(base.warningSigns.groups, site.warningSigns?.groups, hidden),
      whatToDo: {
        adult: site.warningSigns?.whatToDo.adult.length
          ? site.warningSigns.whatToDo.adult
          : base.warningSigns.whatToDo.adult,
        young: site.warningSigns?.whatToDo.young.length
          ? site.warningSigns.whatToDo.young
          : base.warningSigns.whatToDo.young,
      },
    },
    guide: {
      steps: mergeById(base.guide.steps, site.guide?.steps, hidden),
      situations: mergeById(base.guide.situations, site.guide?.situations, hidden),
      faq: mergeById(base.guide.faq, site.guide?.faq, hidden),
    },
    strings: mergeStrings(base.strings, site.strings),
  };
}

/**
 * The ids in a site's `hide` that name nothing built in (a typo, or an entry that was renamed): nothing is hidden
 * for them, which the validator says (a warning: the manifest works, it just hides less than its author meant).
 */
export function unknownHideIds(site: SiteManifest, base: Manifest): ManifestIssue[] {
  const { guide, warningSigns } = base;
  const known = new Set(
    [
      base.resources,
      base.platforms,
      warningSigns.groups,
      guide.steps,
      guide.situations,
      guide.faq,
    ].flatMap((items: readonly { id: string }[]) => items.map((item) => item.id)),
  );
  return (site.hide ?? []).flatMap((id, index) =>
    known.has(id)
      ? []
      : [{ path: `hide[${index}]`, message: `"${id}" is not a built-in id, so it hides nothing` }],
  );
}
