/** Plans of the default manifest, and the parts of a plan the routing tests look at. */
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { planFor, type Plan } from '../src/manifest/plan.js';
import type { AgeGroup, Resource } from '../src/manifest/schema.js';

export function plan(
  situation: string,
  age: AgeGroup,
  region: string,
  helping = false,
  groups?: string[],
): Plan {
  const found = planFor(defaultManifest, { situation, age, region, helping, groups });
  if (!found) throw new Error(`no plan for ${situation}`);
  return found;
}

export const ids = (resources: readonly Resource[]) => resources.map((r) => r.id);

/** The police services a plan lists. */
export const police = (p: Plan) => ids(p.police?.services ?? []);

/** The police numbers a plan gives where no police service takes the case: non-emergency first. */
export const policeNumbers = (p: Plan) => [
  ...(p.police?.numbers?.nonEmergency.map((n) => n.number) ?? []),
  ...(p.police?.numbers?.emergency ?? []),
];
