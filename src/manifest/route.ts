import type {
  AgeGroup,
  Audience,
  Emergency,
  Manifest,
  Platform,
  Resource,
  Situation,
} from './schema.js';
import { countryOf, emergencyFor, selectResources } from './select.js';

/** What a person told the report guide. Nothing here is stored or sent anywhere. */
export interface Answers {
  situation: string;
  /** The age of the person it is happening to. */
  age: AgeGroup;
  /** The person using the guide is helping someone else. */
  helping: boolean;
  region: string;
  platform?: string | undefined;
  /** Show text and chat before calls. */
  textFirst?: boolean | undefined;
}

export interface Plan {
  situation: Situation;
  emergency: Emergency | undefined;
  platform: Platform | undefined;
  /** Reporting centres, police and removal tools for this situation, age and country: national ones first. */
  official: Resource[];
  /** True when the manifest has no official service in the person's country at all: they report to the
   *  international services, which pass reports across borders. */
  crossBorder: boolean;
  /** Helplines for this situation and audience. */
  support: Resource[];
}

const OFFICIAL_KINDS = new Set(['reporting-centre', 'law-enforcement', 'removal-tool']);
const SUPPORT_KINDS = new Set(['helpline', 'local']);

/** The audiences whose services fit: a young person's own, a helper's, or an adult's own. */
export function audiencesFor(age: AgeGroup, helping: boolean): Audience[] {
  if (age === 'under-18')
    return helping ? ['child', 'teen', 'parent', 'educator'] : ['child', 'teen'];
  return helping ? ['adult', 'parent', 'educator'] : ['adult'];
}

function pick(
  resources: readonly Resource[],
  kinds: Set<string>,
  topics: readonly string[],
  answers: Answers,
): Resource[] {
  const audiences = audiencesFor(answers.age, answers.helping);
  return selectResources(resources, { region: answers.region, topics: [...topics] }).filter(
    (resource) =>
      kinds.has(resource.kind) &&
      resource.audiences.some((audience) => audiences.includes(audience)),
  );
}

function hasTextOrChat(resource: Resource): boolean {
  return resource.channels.some((channel) => channel.type === 'text' || channel.type === 'chat');
}

/**
 * The plan for one person's situation: which services to report to and which to talk to, from the situation's
 * routing topics, the age, whether they are helping someone, and the country. Undefined for an unknown situation.
 */
export function planFor(manifest: Manifest, answers: Answers): Plan | undefined {
  const situation = manifest.guide.situations.find((s) => s.id === answers.situation);
  if (!situation) return undefined;
  const official = pick(manifest.resources, OFFICIAL_KINDS, situation.report[answers.age], answers);
  let support = pick(manifest.resources, SUPPORT_KINDS, situation.support[answers.age], answers);
  if (answers.textFirst) {
    support = [...support.filter(hasTextOrChat), ...support.filter((r) => !hasTextOrChat(r))];
  }
  const country = countryOf(answers.region);
  const national = manifest.resources.some(
    (r) => OFFICIAL_KINDS.has(r.kind) && r.regions.some((region) => countryOf(region) === country),
  );
  return {
    situation,
    emergency: emergencyFor(manifest.emergency, answers.region),
    platform: manifest.platforms.find((p) => p.id === answers.platform),
    official,
    crossBorder: !national,
    support,
  };
}
