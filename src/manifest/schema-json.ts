/**
 * The manifest's JSON Schema (dist/manifest.schema.json), written from the zod schema by scripts/write-data.mjs.
 * What JSON Schema can say beyond zod's own output lives here, beside the schema and keyed by its objects: a
 * description of every field, the limits of limits.ts, the rules zod holds as refinements (a language map is not
 * empty, an emergency entry has a number or a note). Only the build imports this file, so none of its words reach
 * the browser bundles. What JSON Schema cannot say is listed in `RUNTIME_ONLY`, in the schema's description and
 * in docs/manifest.md; tests/node/schema-parity.test.mjs runs ajv and the runtime over the same files.
 */
import * as z from 'zod/mini';
import { MAX_ITEMS, MAX_NAME, MAX_RESOURCES, limitFor } from './limits.js';
import {
  ChatChannel,
  EmailChannel,
  LinkByLanguage,
  PhoneChannel,
  Resource,
  SourcePage,
  Span,
  TextByLanguage,
  TextChannel,
  WeeklyHours,
  WebChannel,
  isoDate,
  verifiedDate,
} from './schema-fields.js';
import {
  Bystander,
  Emergency,
  Faq,
  Guide,
  Manifest,
  NamedNumber,
  Platform,
  PlatformLink,
  Route,
  Sign,
  SignGroup,
  Situation,
  SituationHelper,
  Step,
  WarningSigns,
  WhatToDo,
} from './schema-sections.js';
import { BUTTON_WORDS, NUMBER_IN_WORDS, PROTECTED_STRINGS } from './trust.js';

export const SCHEMA_ID = 'urn:safety-panels:manifest:1';

/** What only the elements and the validator check, because JSON Schema cannot say it. */
export const RUNTIME_ONLY = [
  'every resource id is used once',
  'a `timeZone` is a time zone this browser knows (IANA, like "Europe/London")',
  'a phone or text `display` shows the number it dials',
  "a site cannot reuse a built-in name (or one that looks like it) over another number or link, nor change a built-in region's emergency numbers",
  'the ids in `hide` name built-in entries (the validator warns on others)',
  'a `verified` date is not after today',
] as const;

type Described = { shape: Record<string, unknown> };

/** Field descriptions by the object that holds them; a field not named here takes its `COMMON` description. */
const FIELDS = new Map<object, Record<string, string>>();

function describe<T extends Described>(
  schema: T,
  fields: Partial<Record<keyof T['shape'], string>>,
): void {
  FIELDS.set(schema.shape, fields as Record<string, string>);
}

/** Fields that mean the same wherever they appear. */
const COMMON: Record<string, string> = {
  type: 'Which kind of entry this is.',
  id: 'A stable kebab-case id, like "ncmec-cybertipline"; other entries and `hide` refer to it.',
  sources: 'Where the facts were read: links, or links with the date of the page.',
  verified: 'When the facts were last checked against the sources, like "2026-11-23".',
  hours:
    'When it answers: "always" (24/7), "online" (a form, any time) or "weekly" spans in a time zone.',
  label: 'A short label such as "Text BeFree to 233733"; the element writes one when absent.',
  display:
    'The number as a person reads it, like "1-800-843-5678"; it must show the number it dials.',
  url: 'An https: link to a plain ASCII host name (no "xn--", no user name or port).',
  title: 'The heading a person reads.',
  recognise: "One line that says what this is, and that it is not the person's fault.",
  urgent: 'What to do (or not do) at once, said before anything else.',
};

describe(Manifest, {
  $schema: 'The JSON Schema this file is written against, like "./manifest.schema.json".',
  version: 'The manifest format: always 1.',
  extends:
    '"default": start from the built-in manifest and add to it. Absent: this manifest stands alone.',
  locales:
    'The languages this manifest writes in (BCP 47 tags); the first is the fallback for text missing in another.',
  hide: 'Ids of built-in resources, platforms, sign groups, steps, situations or questions to leave out (with "extends": "default").',
  emergency: 'Emergency numbers by region.',
  resources:
    'Services a person can contact: reporting centres, police, helplines, removal tools, local people.',
  platforms: 'Where to report on each platform: its help page, report links and steps.',
  warningSigns: 'The warning signs <warning-signs> shows, in groups, and what to do next.',
  guide: 'The steps, situations and questions of the <report-help> guide.',
  strings:
    "Overrides of the elements' own words, by language, then by string key. The safety words (emergency.* and exit.*) cannot be set in any language.",
});
describe(Emergency, {
  region: 'INTL, an ISO 3166-1 code like "US" or an ISO 3166-2 code like "US-MI".',
  numbers:
    'What to call in immediate danger, most general first. Empty only where no number could be confirmed: then `note` says so.',
  police: "The police's own emergency number, where it is not among `numbers`.",
  nonEmergency: "Police lines for what is not an emergency (the UK's 101).",
  note: 'One short line about the numbers, such as "Police 133, ambulance 131, fire 132".',
});
describe(NamedNumber, { number: 'What a phone dials: E.164 like "+448001111" or a short code.' });
describe(Resource, {
  kind: 'What the service is: a reporting centre, law enforcement, a helpline, a removal tool, platform help or a local contact.',
  name: 'The name a person reads: a string, or the name by language.',
  organisation: 'Who runs it, where that is not in the name.',
  description: 'What it does, in a sentence or two.',
  regions: 'Where it serves: INTL, ISO 3166-1 codes like "US", or ISO 3166-2 codes like "US-MI".',
  audiences: 'Who it is for: child, teen, parent, educator, adult.',
  ages: 'The ages of the person it is happening to that it handles. Absent: any age.',
  topics: 'What it helps with, as kebab-case topics that the guide routes by.',
  channels: 'The ways to reach it, best first.',
  anonymous:
    '"yes": no name is needed; "optional": name and contact may be left out; "no": a name is needed.',
  confidential: 'The service says it is confidential (which is not anonymous).',
  group:
    'Only for one group of people (like "military"): shown only where the person or site asks for it.',
  languages: 'Languages it answers in (BCP 47 tags).',
  finder:
    'It takes no reports itself but helps find the service that does; shown only where a country has no reporting centre.',
  contact:
    'What happens when you contact them: confidentiality, mandatory reporting, who sees a report.',
});
describe(WeeklyHours, {
  timeZone: 'The IANA time zone the spans are in, like "Europe/London".',
  spans: 'The opening spans; a span whose close is at or before its open runs past midnight.',
});
describe(Span, {
  days: 'The days it opens on.',
  open: 'Opening time, like "09:00".',
  close: 'Closing time, like "17:00" or "24:00".',
});
describe(PhoneChannel, {
  number: 'What a phone dials: E.164, a short code, or a service code like "*4141".',
  tty: 'It takes TTY (text telephone) calls.',
});
describe(TextChannel, {
  number: 'What a phone texts: E.164 or a short code.',
  body: 'The word to text, such as "BeFree"; one, or one by language. Empty: text the number alone.',
});
describe(ChatChannel, { url: 'The chat page: an https: link, or one by language.' });
describe(WebChannel, { url: 'The report or help page: an https: link, or one by language.' });
describe(EmailChannel, { address: 'The email address.' });
describe(SourcePage, { date: 'The date of that page: "2026-11-23", "2026-11" or "2018".' });
describe(Platform, {
  name: 'The platform, as people know it.',
  url: "The platform's help centre or report page.",
  reportLinks: 'Report links for particular topics, keyed by topic.',
  category: "The category a person picks in the platform's report form.",
  steps: 'How to report there, one step a line.',
  links: 'Other report pages, shown after the steps.',
  takeItDown: "Takes part in NCMEC's Take It Down.",
});
describe(PlatformLink, { label: 'What the link is for.', url: 'The report page.' });
describe(Sign, { text: 'The sign, as a person notices it.', why: 'Why it matters.' });
describe(SignGroup, {
  audience:
    '"adult": what an adult may notice in a young person; "young": red flags a young person may see.',
  signs: 'The signs in this group.',
  situation: 'The situation a ticked sign most often points to, for the "what to do next" link.',
});
describe(WarningSigns, {
  groups: 'Groups of signs.',
  whatToDo: 'What to do next, for each audience.',
});
describe(WhatToDo, { adult: 'Lines for an adult.', young: 'Lines for a young person.' });
describe(Step, {
  id: 'Which step of the guide: recognise, evidence, platform, official or support.',
  summary: 'One line about the step.',
});
describe(Route, {
  'under-18': 'Topics for someone under 18, in the order to show them.',
  adult: 'Topics for an adult, in the order to show them.',
  helper: 'Topics used instead of `under-18` when the reader is an adult helping someone under 18.',
});
describe(Situation, {
  helper: 'The title, recognise line and urgent lines said to someone helping another person.',
  minorImages:
    'Sexual images of someone under 18 may be involved: true for every age, or the ages for which they may be.',
  instead: "For these ages, use another situation's plan instead.",
  about: 'Always about someone of this age, whatever the reader answered.',
  ownImages:
    'With `about: "under-18"`: an adult who says it is happening to them is telling of their own images from before 18.',
  bystander: 'What is said to someone who saw or found it, and is not the person nor helping them.',
  police: 'A crime against the person: every plan includes a police route.',
  keep: 'What to keep as evidence.',
  never: 'What never to do.',
  platformCategory: "The category to pick in a platform's report form.",
  report: 'Topics of reporting centres, law enforcement and removal tools for the official step.',
  support: 'Topics of helplines for the support step.',
});
describe(SituationHelper, { title: 'The title of the plan to take away, said to a helper.' });
describe(Bystander, { only: "The guide asks only the reader's age." });
describe(Faq, { question: 'The question.', answer: 'The answer.' });
describe(Guide, {
  steps: 'The steps of the guide.',
  situations: 'What may be happening, each with its plan.',
  faq: 'Questions and answers.',
});

type Json = Record<string, unknown>;

/** JSON Schema that zod writes as a refinement, or cannot write. */
const EXTRA = new Map<object, (json: Json) => void>([
  [TextByLanguage, (json) => (json.minProperties = 1)],
  [LinkByLanguage, (json) => (json.minProperties = 1)],
  [isoDate, (json) => (json.format = 'date')],
  [verifiedDate, (json) => (json.format = 'date')],
  [
    Emergency,
    (json) =>
      (json.anyOf = [
        { properties: { numbers: { type: 'array', minItems: 1 } } },
        { required: ['note'] },
      ]),
  ],
]);

function override({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: Json }): void {
  const def = (zodSchema as z.core.$ZodType)._zod.def as { shape?: object };
  EXTRA.get(zodSchema as object)?.(jsonSchema);
  const properties = jsonSchema.properties as Record<string, Json> | undefined;
  if (!def.shape || !properties) return;
  const fields = FIELDS.get(def.shape) ?? {};
  for (const [key, value] of Object.entries(properties)) {
    const description = fields[key] ?? COMMON[key];
    // A copy: zod may share one JSON object between the places a schema is used.
    if (description) properties[key] = { ...value, description };
  }
}

/**
 * The limits of limits.ts, as `checkLimits` applies them: every string under a field is held to that field's
 * limit (or the one it inherits), every list and map to `MAX_ITEMS` (the resources to `MAX_RESOURCES`), every
 * map key to `MAX_NAME`.
 */
function addLimits(json: Json, inherited: number, place: 'root' | 'resources' | 'other'): void {
  if (json.type === 'string' && json.maxLength === undefined) json.maxLength = inherited;
  if (json.type === 'array') json.maxItems = place === 'resources' ? MAX_RESOURCES : MAX_ITEMS;
  const properties = json.properties as Record<string, Json> | undefined;
  for (const [key, value] of Object.entries(properties ?? {}))
    addLimits(
      value,
      limitFor(key, inherited),
      place === 'root' && key === 'resources' ? 'resources' : 'other',
    );
  if (json.propertyNames) {
    json.maxProperties = MAX_ITEMS;
    addLimits(json.propertyNames as Json, MAX_NAME, 'other');
  }
  for (const key of ['items', 'additionalProperties'])
    if (typeof json[key] === 'object') addLimits(json[key] as Json, inherited, 'other');
  for (const value of Object.values((json.patternProperties ?? {}) as Record<string, Json>))
    addLimits(value, inherited, 'other');
  for (const key of ['anyOf', 'oneOf', 'allOf'])
    for (const branch of (json[key] ?? []) as Json[]) addLimits(branch, inherited, 'other');
}

/** The safety words and numbers (trust.ts, `stringProblem`): a site may not set the one, nor write the other. */
function protectSafetyWords(strings: Json): void {
  const words = strings.additionalProperties as Json;
  const text = words.additionalProperties as Json;
  strings.additionalProperties = {
    ...words,
    propertyNames: { ...(words.propertyNames as Json), not: { pattern: PROTECTED_STRINGS.source } },
    additionalProperties: { ...text, not: { pattern: NUMBER_IN_WORDS.source } },
    // A property a pattern matches is not checked by additionalProperties: it carries the text's rules too.
    patternProperties: { [BUTTON_WORDS.source]: { ...text, not: { pattern: '\\p{Nd}' } } },
  };
}

/** The manifest's JSON Schema (draft 2020-12). */
export function manifestJsonSchema(): Json {
  const schema = z.toJSONSchema(Manifest, {
    io: 'input',
    unrepresentable: 'any',
    override,
  }) as Json;
  const properties = schema.properties as Record<string, Json>;
  protectSafetyWords(properties.strings!);
  addLimits(schema, MAX_NAME, 'root');
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'safety-panels resource manifest',
    description: [
      "A site's manifest for the safety-panels elements (docs/manifest.md). This schema refuses what the elements refuse, except what only they and `safety-panels validate` check:",
      ...RUNTIME_ONLY.map((rule) => `- ${rule}`),
    ].join('\n'),
    ...schema,
  };
}
