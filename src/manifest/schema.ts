/**
 * The resource manifest: one JSON document that carries every word, number and link the elements show.
 *
 * Written with zod/mini rather than full zod: the schema is the same, the bundle is about 16 KB gzip smaller
 * (see ../shared/TOOLCHAIN.md figures and bench/).
 */
import * as z from 'zod/mini';
import { MAX_ISSUES, MAX_RESOURCES, checkLimits } from './limits.js';
import {
  AGE_GROUPS,
  AUDIENCES,
  CHANNEL_TYPES,
  DAYS,
  KINDS,
  STEP_IDS,
  isSafeHref,
} from './vocabulary.js';

export * from './vocabulary.js';
export * from './limits.js';

const kebab = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, like "my-helpline"'));

const localeTag = z
  .string()
  .check(
    z.regex(
      /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/,
      'must be a BCP 47 language tag, like "en" or "es-MX"',
    ),
  );

/** Text a person reads: one string, or the same text in several languages keyed by BCP 47 tag. */
export const Text = z.union([
  z.string().check(z.minLength(1, 'must not be empty')),
  z
    .record(localeTag, z.string().check(z.minLength(1, 'must not be empty')))
    .check(z.refine((map) => Object.keys(map).length > 0, 'needs at least one language')),
]);

const httpsLink = z
  .string()
  .check(z.refine((v) => isSafeHref(v) && v.startsWith('https:'), 'must be an https: link'));

/**
 * Where a chat or web channel goes: one link, or the service's own address per language keyed by BCP 47 tag
 * (Kids Help Phone is https://kidshelpphone.ca in English and https://jeunessejecoute.ca in French). Picked like a
 * text: the reader's tag, then their language, then the manifest's first locale.
 */
export const Link = z.union([
  httpsLink,
  z
    .record(localeTag, httpsLink)
    .check(z.refine((map) => Object.keys(map).length > 0, 'needs at least one language')),
]);

/**
 * The word to text, such as "BeFree": one for every reader, or one per language keyed by BCP 47 tag, picked like
 * a text. An empty word means "text the number alone" (a language whose keyword is not confirmed).
 */
const Keyword = z.union([z.string(), z.record(localeTag, z.string())]);

/** What a device dials: E.164 (+18008435678) or a short code (17 for the French police, 988, 233733). */
const dialNumber = z
  .string()
  .check(
    z.regex(
      /^(?:\+[1-9]\d{6,14}|\d{2,8})$/,
      'must be E.164 like "+18008435678" or a short code like "17" or "233733"',
    ),
  );

export const Region = z
  .string()
  .check(
    z.regex(
      /^(?:INTL|[A-Z]{2}(?:-[A-Z0-9]{1,3})?)$/,
      'must be INTL, an ISO 3166-1 code like "US" or an ISO 3166-2 code like "US-MI"',
    ),
  );

export const Audience = z.enum(AUDIENCES);

export const Kind = z.enum(KINDS);

const clock = z
  .string()
  .check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time like "09:00" or "24:00"'));

const knownZones = new Map<string, boolean>();

function isTimeZone(value: string): boolean {
  let known = knownZones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(value, known);
  }
  return known;
}

/**
 * When a service answers. `always`: 24/7. `online`: a form that can be used any time (replies come later).
 * `weekly`: opening spans in the service's own IANA time zone; a span whose close is at or before its open runs
 * past midnight. No `hours` at all means the manifest does not know, and the element says so.
 */
export const Hours = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('always') }),
  z.strictObject({ type: z.literal('online') }),
  z.strictObject({
    type: z.literal('weekly'),
    timeZone: z
      .string()
      .check(z.refine(isTimeZone, 'must be an IANA time zone like "Europe/London"')),
    spans: z
      .array(
        z.strictObject({
          days: z.array(z.enum(DAYS)).check(z.minLength(1, 'needs at least one day')),
          open: clock,
          close: clock,
        }),
      )
      .check(z.minLength(1, 'needs at least one span')),
  }),
]);

const channelCommon = {
  /** Overrides the resource's hours for this one channel. */
  hours: z.optional(Hours),
  /** A short label such as "Text BeFree to 233733"; the element writes one when absent. */
  label: z.optional(Text),
};

export const Channel = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('phone'),
    /** As a person reads it: "1-800-843-5678". */
    display: z.string().check(z.minLength(1)),
    number: dialNumber,
    tty: z.optional(z.boolean()),
    ...channelCommon,
  }),
  z.strictObject({
    type: z.literal('text'),
    display: z.string().check(z.minLength(1)),
    number: dialNumber,
    /** The message to send, such as "BeFree"; see `Keyword`. */
    body: z.optional(Keyword),
    ...channelCommon,
  }),
  z.strictObject({ type: z.literal('chat'), url: Link, ...channelCommon }),
  z.strictObject({ type: z.literal('web'), url: Link, ...channelCommon }),
  z.strictObject({
    type: z.literal('email'),
    address: z
      .string()
      .check(z.regex(/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/, 'must be an email address')),
    ...channelCommon,
  }),
]);

const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like "2026-11-23"'));

/** Where a fact was read: a link, or a link with the date of that page (a year is enough where that is all it says). */
export const Source = z.union([
  httpsLink,
  z.strictObject({
    url: httpsLink,
    date: z.optional(
      z
        .string()
        .check(
          z.regex(
            /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/,
            'must be a date like "2026-11-23", "2026-11" or "2018"',
          ),
        ),
    ),
  }),
]);

/** A number to call that is not the emergency number, such as a police non-emergency line. */
const NamedNumber = z.strictObject({
  /** As a person reads it: "0900-8844". */
  display: z.string().check(z.minLength(1)),
  number: dialNumber,
});

export const Resource = z.strictObject({
  id: kebab,
  kind: Kind,
  name: Text,
  organisation: z.optional(Text),
  description: Text,
  regions: z.array(Region).check(z.minLength(1, 'needs at least one region')),
  audiences: z.array(Audience).check(z.minLength(1, 'needs at least one audience')),
  /**
   * The ages of the person it is happening to that this service handles: a child tipline is `["under-18"]`, a
   * service for adults' own images is `["adult"]`. Absent: any age. Plans never show a service for another age.
   */
  ages: z.optional(z.array(z.enum(AGE_GROUPS))),
  topics: z.array(kebab),
  channels: z.array(Channel).check(z.minLength(1, 'needs at least one way to reach it')),
  hours: z.optional(Hours),
  /** `yes`: no name is needed; `optional`: name and contact details may be left out; `no`: a name is needed. */
  anonymous: z.optional(z.enum(['yes', 'no', 'optional'])),
  /** The service says it is confidential. Confidential is not anonymous: both are said only where a source says so. */
  confidential: z.optional(z.boolean()),
  /** Only for one group of people (like `military`): plans show it only where the person or the site asks for it. */
  group: z.optional(kebab),
  languages: z.optional(z.array(localeTag)),
  /** What happens when you contact them: confidentiality, mandatory reporting, who sees a report. */
  contact: z.optional(Text),
  /** Where the facts were read. */
  sources: z.optional(z.array(Source)),
  /** When the facts were last checked against the sources. Absent: shown as "not recently checked". */
  verified: z.optional(isoDate),
});

export const Emergency = z.strictObject({
  region: Region,
  /** What to call in immediate danger, most general first. */
  numbers: z.array(dialNumber).check(z.minLength(1)),
  /** The police's own emergency number, where it is not among `numbers` (Chile's 133 beside 131 and 132). */
  police: z.optional(z.array(dialNumber)),
  /** Police lines for what is not an emergency (the UK's 101). */
  nonEmergency: z.optional(z.array(NamedNumber)),
  /** One short line about the numbers, such as "Police 133, ambulance 131, fire 132". */
  note: z.optional(Text),
  sources: z.optional(z.array(Source)),
  verified: z.optional(isoDate),
});

export const Platform = z.strictObject({
  id: kebab,
  name: z.string().check(z.minLength(1)),
  /** The platform's help centre or report page. */
  url: httpsLink,
  /** Report links for particular topics, where the platform has them. */
  reportLinks: z.optional(z.record(kebab, httpsLink)),
  /** The category a person picks in the platform's report form. */
  category: z.optional(Text),
  steps: z.optional(z.array(Text)),
  /** Takes part in NCMEC's Take It Down. */
  takeItDown: z.optional(z.boolean()),
  sources: z.optional(z.array(Source)),
  verified: z.optional(isoDate),
});

export const Sign = z.strictObject({ id: kebab, text: Text, why: z.optional(Text) });

export const SignGroup = z.strictObject({
  id: kebab,
  /** `adult`: what an adult may notice in a young person. `young`: red flags a young person may see in a chat. */
  audience: z.enum(['adult', 'young']),
  title: Text,
  /** The situation a ticked sign most often points to, for the "what to do next" link. */
  situation: z.optional(kebab),
  signs: z.array(Sign).check(z.minLength(1)),
});

export const WarningSigns = z.strictObject({
  groups: z.array(SignGroup),
  whatToDo: z.strictObject({ adult: z.array(Text), young: z.array(Text) }),
});

export const Step = z.strictObject({ id: z.enum(STEP_IDS), title: Text, summary: Text });

/**
 * Topics that pick resources for one step, by the age of the person it is happening to, in the order to show
 * them. `helper`: used instead of `under-18` when the reader is an adult helping someone under 18 (so lines for
 * worried adults come before lines for children).
 */
const Route = z.strictObject({
  'under-18': z.array(kebab),
  adult: z.array(kebab),
  helper: z.optional(z.array(kebab)),
});

export const Situation = z.strictObject({
  id: kebab,
  title: Text,
  /** One line for the recognise step: what this is, and that it is not the person's fault. */
  recognise: Text,
  /**
   * What to do (or not do) at once, said on the first screen of the plan before anything else: for sextortion,
   * do not pay, stop replying, do not delete. Short lines; optional.
   */
  urgent: z.optional(z.array(Text)),
  /**
   * Sexual images of someone under 18 may be involved: `true` for every age, or the ages of the person it is
   * happening to for which they may be. Those plans say never to download, screenshot, save or forward them.
   */
  minorImages: z.optional(z.union([z.boolean(), z.array(z.enum(AGE_GROUPS))])),
  /** For these ages, use another situation's plan instead (intimate images of someone under 18 → `minor-images`). */
  instead: z.optional(z.partialRecord(z.enum(AGE_GROUPS), kebab)),
  /**
   * Always about someone of this age, whatever the reader answered (grooming is always about a child): an adult
   * reader is routed as an adult helping them.
   */
  about: z.optional(z.enum(AGE_GROUPS)),
  /** A crime against the person: every plan includes a police route (a police service, else the police's number). */
  police: z.optional(z.boolean()),
  keep: z.array(Text),
  never: z.array(Text),
  /** The category to pick in a platform's report form. */
  platformCategory: z.optional(Text),
  /** Topics of reporting centres, law enforcement and removal tools for the official step. */
  report: Route,
  /** Topics of helplines for the support step. */
  support: Route,
});

export const Faq = z.strictObject({ id: kebab, question: Text, answer: Text });

export const Guide = z.strictObject({
  steps: z.array(Step),
  situations: z.array(Situation),
  faq: z.array(Faq),
});

/** Overrides of the elements' own words, by locale, then by string key. */
export const Strings = z.record(localeTag, z.record(z.string(), z.string()));

export const Manifest = z
  .strictObject({
    $schema: z.optional(z.string()),
    version: z.literal(1, 'must be 1'),
    /** `"default"`: start from the built-in manifest and add to it. Absent: this manifest stands alone. */
    extends: z.optional(z.literal('default', 'may only be "default", or be left out')),
    /** Languages this manifest writes in; the first is the fallback for text missing in another language. */
    locales: z.optional(z.array(localeTag).check(z.minLength(1))),
    /** Ids of default resources or platforms to leave out (with `extends`). */
    hide: z.optional(z.array(kebab)),
    emergency: z.optional(z.array(Emergency)),
    resources: z.optional(z.array(Resource).check(z.maxLength(MAX_RESOURCES))),
    platforms: z.optional(z.array(Platform)),
    warningSigns: z.optional(WarningSigns),
    guide: z.optional(Guide),
    strings: z.optional(Strings),
  })
  .check(
    z.superRefine((manifest, ctx) => {
      const seen = new Set<string>();
      manifest.resources?.forEach((resource, index) => {
        if (seen.has(resource.id)) {
          ctx.issues.push({
            code: 'custom',
            input: resource.id,
            path: ['resources', index, 'id'],
            message: `"${resource.id}" is used by another resource`,
          });
        }
        seen.add(resource.id);
      });
    }),
  );

export type Text = z.infer<typeof Text>;
export type Link = z.infer<typeof Link>;
export type Source = z.infer<typeof Source>;
export type Hours = z.infer<typeof Hours>;
export type Channel = z.infer<typeof Channel>;
export type Resource = z.infer<typeof Resource>;
export type Audience = z.infer<typeof Audience>;
export type Kind = z.infer<typeof Kind>;
export type Emergency = z.infer<typeof Emergency>;
export type Platform = z.infer<typeof Platform>;
export type SignGroup = z.infer<typeof SignGroup>;
export type WarningSigns = z.infer<typeof WarningSigns>;
export type Step = z.infer<typeof Step>;
export type Situation = z.infer<typeof Situation>;
export type Faq = z.infer<typeof Faq>;
export type Guide = z.infer<typeof Guide>;
export type ManifestInput = z.input<typeof Manifest>;
export type SiteManifest = z.infer<typeof Manifest>;

/** A manifest after merging: every section present. */
export interface Manifest {
  version: 1;
  locales: string[];
  emergency: Emergency[];
  resources: Resource[];
  platforms: Platform[];
  warningSigns: WarningSigns;
  guide: Guide;
  strings: Record<string, Record<string, string>>;
}

export interface ManifestIssue {
  /** Where the problem is, like `resources[2].channels[0].url`. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(the whole file)';
}

export type ParseResult =
  | { ok: true; manifest: SiteManifest; warnings: ManifestIssue[] }
  | {
      ok: false;
      /** The first `MAX_ISSUES` problems. */
      issues: ManifestIssue[];
      /** How many problems there are in all: more than `issues.length` when some were left out. */
      total: number;
      warnings: ManifestIssue[];
    };

/** Keeps the first `MAX_ISSUES` problems and counts the rest. */
class IssueList {
  readonly issues: ManifestIssue[] = [];
  total = 0;

  add(path: readonly PropertyKey[], message: string): void {
    this.total += 1;
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path: formatPath(path), message });
  }

  /** zod's issues for the value at `prefix`, in words a person can act on. */
  addZod(prefix: readonly PropertyKey[], issues: readonly z.core.$ZodIssue[]): void {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          this.add([...path, key], 'is not a field the manifest knows (check its spelling)');
      } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
        // A union reports "invalid input"; its closest branch says what was actually wrong.
        const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
        this.addZod(path, best);
      } else if (issue.code === 'invalid_union') {
        // No branch had this "type": say which ones there are.
        const types = path.includes('hours') ? ['always', 'online', 'weekly'] : CHANNEL_TYPES;
        this.add(path, `must be one of ${types.map((type) => `"${type}"`).join(', ')}`);
      } else {
        this.add(path, issue.message);
      }
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that were not errors but likely mistakes: a manifest without `"extends": "default"` stands alone, so
 * without its own guide or emergency numbers the elements show none.
 */
function warningsFor(manifest: Record<string, unknown>): ManifestIssue[] {
  if (manifest.extends !== undefined) return [];
  const hint = 'did you mean "extends": "default"?';
  const warnings: ManifestIssue[] = [];
  if (manifest.hide !== undefined)
    warnings.push({ path: 'hide', message: `only works with "extends": "default"; ${hint}` });
  const guide = manifest.guide;
  if (!isObject(guide) || !Array.isArray(guide.situations) || guide.situations.length === 0)
    warnings.push({
      path: 'guide',
      message: `this manifest stands alone and has no guide, so <report-help> has no steps; ${hint}`,
    });
  if (!Array.isArray(manifest.emergency) || manifest.emergency.length === 0)
    warnings.push({
      path: 'emergency',
      message: `this manifest stands alone and has no emergency numbers; ${hint}`,
    });
  return warnings;
}

/** Resources checked between two breaks, so a long list never holds the page's main thread for long. */
const CHUNK = 200;

/** The check, as steps: it pauses (yields) after each `CHUNK` resources. */
function* checkSteps(value: unknown): Generator<void, ParseResult, void> {
  const issues = new IssueList();
  const failed = (warnings: ManifestIssue[]): ParseResult => ({
    ok: false,
    issues: issues.issues,
    total: issues.total,
    warnings,
  });
  if (!isObject(value)) {
    issues.add([], 'must be a JSON object, like { "version": 1, "extends": "default" }');
    return failed([]);
  }
  const warnings = warningsFor(value);
  yield* checkLimits(value, (path, message) => issues.add(path, message));
  if (issues.total) return failed(warnings);

  const { resources, ...rest } = value;
  const body = Manifest.safeParse(rest);
  if (!body.success) issues.addZod([], body.error.issues);
  const checked: Resource[] = [];
  if (resources !== undefined && !Array.isArray(resources)) {
    issues.add(['resources'], 'must be a list');
  } else if (resources) {
    const seen = new Set<string>();
    for (let index = 0; index < resources.length; index += 1) {
      if (index % CHUNK === CHUNK - 1) yield;
      const resource = Resource.safeParse(resources[index]);
      if (!resource.success) {
        issues.addZod(['resources', index], resource.error.issues);
        continue;
      }
      if (seen.has(resource.data.id))
        issues.add(['resources', index, 'id'], `"${resource.data.id}" is used by another resource`);
      seen.add(resource.data.id);
      checked.push(resource.data);
    }
  }
  if (issues.total || !body.success) return failed(warnings);
  const manifest: SiteManifest = resources ? { ...body.data, resources: checked } : body.data;
  return { ok: true, manifest, warnings };
}

/**
 * Checks a parsed JSON value against the limits and the schema, and names each problem by its path (the first
 * `MAX_ISSUES`, and how many in all). Resources are checked one at a time, so thousands of broken ones are
 * counted and listed, never a stack overflow.
 */
export function parseManifest(value: unknown): ParseResult {
  const steps = checkSteps(value);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A break that lets the page handle input (a quick exit) and is not slowed down in a background tab. */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** `parseManifest` with a break after each few hundred resources, for the browser's main thread. */
export async function parseManifestInSteps(value: unknown): Promise<ParseResult> {
  const steps = checkSteps(value);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
