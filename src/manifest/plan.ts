import type {
  AgeGroup,
  Audience,
  Emergency,
  Manifest,
  Platform,
  Resource,
  Situation,
  Text,
} from './schema.js';
import { countryOf, emergencyFor, selectResources } from './select.js';

/** What a person told the report guide. Nothing here is stored or sent anywhere. */
export interface Answers {
  situation: string;
  /** The age of the person it is happening to. */
  age: AgeGroup;
  /** The person using the guide is helping someone else. */
  helping: boolean;
  /** The reader saw or found it, and is neither the person it is about nor helping them; `age` is the reader's. */
  found?: boolean | undefined;
  region: string;
  platform?: string | undefined;
  /** Show text and chat before calls. */
  textFirst?: boolean | undefined;
  /** Groups the person or the site asked for (like `military`): services for a group show only then. */
  groups?: readonly string[] | undefined;
}

export const AGE_CHOICES = [
  'under-18.self',
  'adult.self',
  'under-18.helping',
  'adult.helping',
  'under-18.found',
  'adult.found',
] as const;
export type AgeChoice = (typeof AGE_CHOICES)[number];

const FOUND: readonly AgeChoice[] = ['under-18.found', 'adult.found'];

/**
 * The answers to "Who is it happening to?" for a situation: someone who saw or found it may say so where the
 * situation has words for them, and is asked only their age where that is the only answer that fits.
 */
export function choicesFor(situation: Situation | undefined): readonly AgeChoice[] {
  if (situation?.bystander?.only) return FOUND;
  return AGE_CHOICES.filter((choice) => situation?.bystander || !FOUND.includes(choice));
}

/** What an answer to "Who is it happening to?" says: the age, and whether the reader is helping or found it. */
export function answerOf(choice: AgeChoice): Pick<Answers, 'age' | 'helping' | 'found'> {
  const [age, who] = choice.split('.') as [AgeGroup, string];
  return { age, helping: who === 'helping', found: who === 'found' };
}

/** How to reach the police when no police service of the country takes this situation: by phone. */
export interface PoliceNumbers {
  /** The police's line for what is not an emergency (the UK's 101). */
  nonEmergency: { display: string; number: string }[];
  /** The police's emergency numbers: the police's own where the manifest has them, else the emergency numbers. */
  emergency: string[];
}

export interface Plan {
  situation: Situation;
  /**
   * The situation's title, recognise line and urgent lines, said to this reader: to the person it is happening
   * to, or (where the situation has words for it) to someone helping them.
   */
  title: Text;
  recognise: Text;
  urgent: readonly Text[];
  /** Sexual images of someone under 18 may be involved: say never to download, screenshot, save or forward them. */
  minorImages: boolean;
  /** The reader is a young person speaking for themselves: told "an adult you trust"; anyone else, "someone". */
  young: boolean;
  /** The reader is helping someone else: the lines listed may be for that person to call. */
  helping: boolean;
  emergency: Emergency | undefined;
  platform: Platform | undefined;
  /** Police services, then reporting centres, then removal tools, for this situation, age and country. */
  official: Resource[];
  /**
   * For a crime against the person: the police route. `services` are the police services in `official`; when
   * there are none, `numbers` says which police number to call. Undefined where the situation is not a crime.
   */
  police: { services: Resource[]; numbers: PoliceNumbers | undefined } | undefined;
  /** True when the manifest has no official service in the person's country at all: they report to the
   *  international services, which pass reports across borders. */
  crossBorder: boolean;
  /** Helplines for this situation and audience, in the order the situation's topics give. */
  support: Resource[];
  /** At least one support line can be reached right now, at any hour (open 24/7 by phone, text or chat). */
  supportNow: boolean;
  /** The person asked for text and chat first, and no support line listed takes either: say so. */
  noTextOrChat: boolean;
}

/** A line a person can reach at any hour: a call, text or chat that is open 24/7. */
export function reachableNow(resource: Resource): boolean {
  return resource.channels.some(
    (channel) =>
      channel.type !== 'web' &&
      channel.type !== 'email' &&
      (channel.hours ?? resource.hours)?.type === 'always',
  );
}

const KIND_ORDER: Record<string, number> = {
  'law-enforcement': 0,
  'reporting-centre': 1,
  'removal-tool': 2,
};
const SUPPORT_KINDS = new Set(['helpline', 'local']);

/** The audiences whose services fit: a young person's own, a helper's, or an adult's own. */
export function audiencesFor(age: AgeGroup, helping: boolean): Audience[] {
  if (age === 'under-18')
    return helping ? ['child', 'teen', 'parent', 'educator'] : ['child', 'teen'];
  // Parents' and educators' lines are for adults helping a young person, not an adult helping another adult.
  return ['adult'];
}

/** The audiences the reader belongs to: their lines come first among lines for the same topic. */
function readerAudiences(age: AgeGroup, helping: boolean): Audience[] {
  if (helping) return age === 'under-18' ? ['parent', 'educator'] : ['adult'];
  return age === 'under-18' ? ['child', 'teen'] : ['adult'];
}

/**
 * What routing reads from the answers: the age of the person in the case (it decides the services that handle
 * it), and the audiences whose services the reader may use. These differ only for an adult telling of their own
 * images from before 18: a child's images, reported by an adult.
 */
interface Routed extends Answers {
  audiences: readonly Audience[];
}

function routed(answers: Answers): Routed {
  return { ...answers, audiences: audiencesFor(answers.age, answers.helping) };
}

/** The resources that fit this person: audience, the age the service handles, and any group it is for. */
function fits(resource: Resource, answers: Routed): boolean {
  return (
    resource.audiences.some((audience) => answers.audiences.includes(audience)) &&
    (!resource.ages || resource.ages.includes(answers.age)) &&
    (!resource.group || Boolean(answers.groups?.includes(resource.group)))
  );
}

/** The situation whose plan applies: intimate images of someone under 18 use the under-18 image plan. */
export function situationFor(manifest: Manifest, answers: Answers): Situation | undefined {
  const chosen = manifest.guide.situations.find((s) => s.id === answers.situation);
  const instead = chosen?.instead?.[answers.age];
  return (instead && manifest.guide.situations.find((s) => s.id === instead)) || chosen;
}

/** Whether sexual images of someone under 18 may be involved in this situation, for this age. */
export function involvesMinorImages(situation: Situation, age: AgeGroup): boolean {
  const value = situation.minorImages;
  return value === true || (Array.isArray(value) && value.includes(age));
}

function hasTextOrChat(resource: Resource): boolean {
  return resource.channels.some((channel) => channel.type === 'text' || channel.type === 'chat');
}

/** A line for children and not for teens (Singapore's Tinkle Friend, ages 7 to 12). */
function childrenOnly(resource: Resource): boolean {
  return resource.audiences.includes('child') && !resource.audiences.includes('teen');
}

/** A removal service of one country that a person answers: by phone, text or chat. */
function talksToPeople(resource: Resource): boolean {
  return (
    resource.kind === 'removal-tool' &&
    !resource.regions.includes('INTL') &&
    resource.channels.some((channel) => ['phone', 'text', 'chat'].includes(channel.type))
  );
}

function officialFor(manifest: Manifest, topics: readonly string[], answers: Routed): Resource[] {
  const matching = selectResources(manifest.resources, {
    region: answers.region,
    topics: [...topics],
  }).filter((resource) => resource.kind in KIND_ORDER && fits(resource, answers));
  // A reporting centre for everyone (INHOPE's map, the IWF) is only for someone with no reporting centre of their
  // own country; a police tip line (Kenya's Fichua kwa DCI) is no hotline for images, so it keeps them. The IWF,
  // which lists the UK as well, stays the UK's own.
  const country = countryOf(answers.region);
  const local = (r: Resource) =>
    r.regions.some((region) => region !== 'INTL' && countryOf(region) === country);
  // A reporting centre of the country stands in for a centre elsewhere only for what both take: a trafficking
  // line (the Philippines' 1343) is no hotline for images, so a plan for both keeps the IWF and INHOPE's map.
  const covered = (r: Resource) =>
    matching.some(
      (own) =>
        own.kind === 'reporting-centre' &&
        local(own) &&
        own.topics.some((topic) => topics.includes(topic) && r.topics.includes(topic)),
    );
  // A finder (INHOPE's map) takes no reports: it is for a country with no hotline for abuse images of its own.
  const ownCentre = manifest.resources.some(
    (r) => r.kind === 'reporting-centre' && r.topics.includes('csam') && local(r),
  );
  return matching
    .filter((r) => !(r.kind === 'reporting-centre' && !local(r) && covered(r)))
    .filter((r) => !(r.finder && ownCentre))
    .map((resource, index) => ({ resource, index }))
    .sort(
      (a, b) =>
        (KIND_ORDER[a.resource.kind] ?? 9) - (KIND_ORDER[b.resource.kind] ?? 9) ||
        a.index - b.index,
    )
    .map(({ resource }) => resource);
}

function supportFor(manifest: Manifest, topics: readonly string[], answers: Routed): Resource[] {
  const reader = readerAudiences(answers.age, answers.helping);
  const topicRank = (resource: Resource) =>
    Math.min(...resource.topics.map((topic) => topics.indexOf(topic)).filter((i) => i >= 0));
  // Among lines for the same topic: the reader's own first, then lines for everyone, then lines for someone else.
  const audienceRank = (resource: Resource) =>
    resource.audiences.length === 5
      ? 1
      : resource.audiences.some((a) => reader.includes(a))
        ? 0
        : 2;
  return selectResources(manifest.resources, { region: answers.region, topics: [...topics] })
    .filter((resource) => SUPPORT_KINDS.has(resource.kind) && fits(resource, answers))
    .map((resource, index) => ({ resource, index }))
    .sort(
      (a, b) =>
        topicRank(a.resource) - topicRank(b.resource) ||
        audienceRank(a.resource) - audienceRank(b.resource) ||
        a.index - b.index,
    )
    .map(({ resource }) => resource);
}

/**
 * When no line for the situation answers at every hour, the first line that does, in this order of topics: for a
 * child's case; for an adult's own case, never a line for children or for adults worried about a child.
 */
const ANY_TIME_TOPICS = {
  'under-18': [
    'youth-support',
    'worried-adult',
    'crisis',
    'sexual-assault',
    'child-protection',
    'welfare',
  ],
  adult: ['crisis', 'sexual-assault', 'welfare'],
} as const;

/** A line for the adult helping a child, by these topics, where none of the child's lines takes their call. */
const HELPER_TOPICS = ['worried-adult', 'crisis', 'welfare'];
const HELPER_AUDIENCES: readonly Audience[] = ['parent', 'educator', 'adult'];
const forHelper = (resource: Resource) =>
  resource.audiences.some((audience) => HELPER_AUDIENCES.includes(audience));

/** A general line (for anyone in distress) this person can reach right now; never a line only for another crime. */
function anyTimeLine(
  manifest: Manifest,
  answers: Routed,
  forReader: (resource: Resource) => boolean,
): Resource | undefined {
  return supportFor(manifest, ANY_TIME_TOPICS[answers.age], answers).find(
    (resource) => forReader(resource) && reachableNow(resource),
  );
}

const YOUNG: readonly Audience[] = ['child', 'teen'];

function policeNumbers(emergency: Emergency | undefined): PoliceNumbers | undefined {
  if (!emergency?.numbers.length) return undefined;
  return {
    nonEmergency: emergency.nonEmergency ?? [],
    emergency: emergency.police?.length ? emergency.police : emergency.numbers,
  };
}

/**
 * The plan for one person's situation: which services to report to and which to talk to, from the situation's
 * routing topics, the age, whether they are helping someone, and the country. Undefined for an unknown situation.
 */
export function planFor(manifest: Manifest, asked: Answers): Plan | undefined {
  const situation = situationFor(manifest, asked);
  if (!situation) return undefined;
  // An adult telling of their own images from before 18: the images are a child's, to report where a child's
  // are reported, with the services an adult may use; the lines to talk to are an adult's.
  const own =
    Boolean(situation.ownImages) && asked.age === 'adult' && !asked.helping && !asked.found;
  // Someone who found it: the case is the person's it is about (under 18 where the situation does not say: the
  // safer guess), and an adult reader is routed as an adult helping them.
  const about = situation.about ?? (asked.found ? 'under-18' : undefined);
  const answers = routed(
    !own && about && about !== asked.age ? { ...asked, age: about, helping: true } : asked,
  );
  const helpingChild = answers.helping && answers.age === 'under-18';
  // A removal tool is for the person in the images and the adults helping them, not for someone who found them.
  const official = officialFor(
    manifest,
    situation.report[answers.age],
    own ? { ...answers, age: 'under-18' } : answers,
  ).filter((r) => !(asked.found && r.kind === 'removal-tool'));
  const supportTopics =
    (helpingChild && situation.support.helper) || situation.support[answers.age];
  // An adult asking about a child's case that is not their own child's or pupil's (they found images online, they
  // saw an adult with a child) may have no child to pass a number to: a line only for the young is no use to them.
  const witness = asked.age === 'adult' && answers.age === 'under-18';
  const forReader = (resource: Resource) =>
    !witness || resource.audiences.some((audience) => !YOUNG.includes(audience));
  let support = supportFor(manifest, supportTopics, answers).filter(forReader);
  // A removal service of the country that people answer by phone or chat (France's 3018, the Netherlands'
  // Helpwanted) is someone to talk to as well: where no helpline is listed, the support step offers it again, as
  // the helpline it is there (its card and plan line say "Helpline", not "Removal tool").
  if (!support.length)
    support = official
      .filter((r) => talksToPeople(r) && forReader(r))
      .map((r) => ({ ...r, kind: 'helpline' }));
  // A parent or teacher gets a line of their own too, where the country has one: a child helpline does not take
  // their call, and a country's crisis line may be listed for adults only.
  if (helpingChild && !support.some(forHelper)) {
    // The case stays a child's: a line only for adults' own cases (`ages: ["adult"]`) is not for it.
    const reader = { ...answers, audiences: HELPER_AUDIENCES };
    const line = supportFor(manifest, HELPER_TOPICS, reader).find(forReader);
    if (line) support = [...support, line];
  }
  // Every plan ends with a line the person can reach right now, where the region has one for them.
  if (!support.some(reachableNow)) {
    const anyTime = anyTimeLine(manifest, answers, forReader);
    if (anyTime) support = [...support, anyTime];
  }
  if (answers.textFirst) {
    support = [...support.filter(hasTextOrChat), ...support.filter((r) => !hasTextOrChat(r))];
  }
  // A line only for younger children (Singapore's Tinkle Friend, ages 7 to 12) comes last, after the line open now
  // too: most young people who meet these crimes are teens, and a teen should not meet a children's line first.
  support = [...support.filter((r) => !childrenOnly(r)), ...support.filter(childrenOnly)];
  const country = countryOf(answers.region);
  const national = manifest.resources.some(
    (r) => r.kind in KIND_ORDER && r.regions.some((region) => countryOf(region) === country),
  );
  const emergency = emergencyFor(manifest.emergency, answers.region);
  const policeServices = official.filter((r) => r.kind === 'law-enforcement');
  // Said to the reader: a helper's words only for someone who said they are helping (an adult whose own images
  // from before 18 are shared is routed as a child's case, but is not a helper).
  const words = (asked.found ? situation.bystander : asked.helping && situation.helper) || {};
  return {
    situation,
    title: ('title' in words && words.title) || situation.title,
    recognise: words.recognise ?? situation.recognise,
    urgent: words.urgent ?? situation.urgent ?? [],
    minorImages: involvesMinorImages(situation, own ? 'under-18' : answers.age),
    young: asked.age === 'under-18' && !asked.helping,
    helping: asked.helping,
    emergency,
    platform: manifest.platforms.find((p) => p.id === answers.platform),
    official,
    police: situation.police
      ? {
          services: policeServices,
          numbers: policeServices.length ? undefined : policeNumbers(emergency),
        }
      : undefined,
    crossBorder: !national,
    support,
    supportNow: support.some(reachableNow),
    noTextOrChat: Boolean(answers.textFirst) && support.length > 0 && !support.some(hasTextOrChat),
  };
}

/**
 * Up to three helplines beside the warning signs: those the report guide would offer for the situation the ticked
 * signs point to, then the region's other helplines for this audience, those open now first (the signs may be
 * read at 4 in the morning). A line for trafficking alone is for its victims and witnesses (Mexico's Línea contra
 * la Trata): it comes only when the signs point to trafficking, never as someone to talk to about anything.
 */
export function signsHelplines(
  manifest: Manifest,
  asked: { situation: string | undefined; helping: boolean; audience: Audience; region: string },
): Resource[] {
  const { situation, helping, audience, region } = asked;
  const fromPlan = situation
    ? (planFor(manifest, { situation, age: 'under-18', helping, region })?.support ?? [])
    : [];
  const general = selectResources(manifest.resources, { region, audience }).filter(
    (r) => SUPPORT_KINDS.has(r.kind) && r.topics.some((topic) => topic !== 'trafficking'),
  );
  const byReach = [...general.filter(reachableNow), ...general.filter((r) => !reachableNow(r))];
  const seen = new Set<string>();
  return [...fromPlan, ...byReach].filter((r) => !seen.has(r.id) && seen.add(r.id)).slice(0, 3);
}
