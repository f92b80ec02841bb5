/**
 * The manifest's sections beside the resources (emergency numbers, platforms, warning signs, the guide, strings)
 * and the manifest itself.
 */
import * as z from 'zod/mini';
import { MAX_RESOURCES } from './limits.js';
import {
  Region,
  Resource,
  Source,
  Text,
  dialNumber,
  httpsLink,
  verifiedDate,
  kebab,
  localeTag,
} from './schema-fields.js';
import {
  DISPLAY_MESSAGE,
  EMERGENCY_NUMBER,
  HIDDEN_MESSAGE,
  NO_HIDDEN,
  displayMatchesNumber,
  stringProblem,
} from './trust.js';
import { AGE_GROUPS, STEP_IDS } from './vocabulary.js';

/** A number to call that is not the emergency number, such as a police non-emergency line. */
export const NamedNumber = z
  .strictObject({
    /** As a person reads it: "0900-8844". */
    display: z.string().check(z.minLength(1), z.regex(NO_HIDDEN, HIDDEN_MESSAGE)),
    number: dialNumber,
  })
  .check(
    z.refine((entry) => displayMatchesNumber(entry.display, entry.number), {
      message: DISPLAY_MESSAGE,
      path: ['display'],
    }),
  );

/** An emergency number: a short code (see `EMERGENCY_NUMBER`). */
const emergencyNumber = z
  .string()
  .check(
    z.regex(
      EMERGENCY_NUMBER,
      'must be an emergency short code of 2 to 5 digits, like "112" or "911"',
    ),
  );

export const Emergency = z
  .strictObject({
    region: Region,
    /**
     * What to call in immediate danger, most general first. Empty only where no number could be confirmed
     * (Zambia): then `note` says so, and it is shown in place of a number.
     */
    numbers: z.array(emergencyNumber),
    /** The police's own emergency number, where it is not among `numbers` (Chile's 133 beside 131 and 132). */
    police: z.optional(z.array(emergencyNumber)),
    /** Police lines for what is not an emergency (the UK's 101). */
    nonEmergency: z.optional(z.array(NamedNumber)),
    /** One short line about the numbers, such as "Police 133, ambulance 131, fire 132". */
    note: z.optional(Text),
    sources: z.optional(z.array(Source)),
    verified: z.optional(verifiedDate),
  })
  .check(
    z.refine(
      (entry) => entry.numbers.length > 0 || entry.note !== undefined,
      'needs a number, or a note that says why there is none',
    ),
  );

/** A report page beside a platform's steps. */
export const PlatformLink = z.strictObject({ label: Text, url: httpsLink });

export const Platform = z.strictObject({
  id: kebab,
  name: z.string().check(z.minLength(1), z.regex(NO_HIDDEN, HIDDEN_MESSAGE)),
  /** The platform's help centre or report page. */
  url: httpsLink,
  /** Report links for particular topics, where the platform has them. */
  reportLinks: z.optional(z.record(kebab, httpsLink)),
  /** The category a person picks in the platform's report form. */
  category: z.optional(Text),
  steps: z.optional(z.array(Text)),
  /** Other report pages, shown after the steps (Discord's web form for a parent without an account). */
  links: z.optional(z.array(PlatformLink)),
  /** Takes part in NCMEC's Take It Down. */
  takeItDown: z.optional(z.boolean()),
  sources: z.optional(z.array(Source)),
  verified: z.optional(verifiedDate),
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

export const WhatToDo = z.strictObject({ adult: z.array(Text), young: z.array(Text) });

export const WarningSigns = z.strictObject({ groups: z.array(SignGroup), whatToDo: WhatToDo });

export const Step = z.strictObject({ id: z.enum(STEP_IDS), title: Text, summary: Text });

/**
 * Topics that pick resources for one step, by the age of the person it is happening to, in the order to show
 * them. `helper`: used instead of `under-18` when the reader is an adult helping someone under 18 (so lines for
 * worried adults come before lines for children).
 */
export const Route = z.strictObject({
  'under-18': z.array(kebab),
  adult: z.array(kebab),
  helper: z.optional(z.array(kebab)),
});

/** The words of a situation said to someone helping another person (see `Situation.helper`). */
export const SituationHelper = z.strictObject({
  title: z.optional(Text),
  recognise: z.optional(Text),
  urgent: z.optional(z.array(Text)),
});

/** The words of a situation said to someone who saw or found it (see `Situation.bystander`). */
export const Bystander = z.strictObject({
  only: z.optional(z.boolean()),
  recognise: z.optional(Text),
  urgent: z.optional(z.array(Text)),
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
   * The title (for the plan to take away), the recognise line and the urgent lines said to someone helping
   * another person, where the ones above speak as the person it is happening to ("unless I pay", "the person
   * threatening you is to blame, not you"). Optional; each part left out is said as above.
   */
  helper: z.optional(SituationHelper),
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
  /**
   * With `about: 'under-18'`: an adult who says it is happening to them is telling of their own images from before
   * 18. Their plan reports with `report.adult` among the services for a child's images that an adult may use, and
   * supports with `support.adult`, the lines for adults (not as someone helping a child).
   */
  ownImages: z.optional(z.boolean()),
  /**
   * Someone who saw or found it, and is not the person it is happening to nor helping them, may answer so (absent:
   * no such answer). With `only` (found abuse material) the guide asks only the reader's age. Their plan is the
   * plan for the person it is about (`about`, else under 18, the safer guess), without removal tools (those are
   * for the person in the images and the adults helping them); `recognise` and `urgent`, where given, are said to
   * them instead of the lines above.
   */
  bystander: z.optional(Bystander),
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

/**
 * Overrides of the elements' own words, by locale, then by string key; never the safety words (`emergency.*` and
 * `exit.*`, see `stringProblem`).
 */
export const Strings = z
  .record(localeTag, z.record(z.string(), z.string().check(z.regex(NO_HIDDEN, HIDDEN_MESSAGE))))
  .check(
    z.superRefine((strings, ctx) => {
      for (const [locale, words] of Object.entries(strings))
        for (const [key, value] of Object.entries(words)) {
          const problem = stringProblem(key, value);
          if (problem)
            ctx.issues.push({
              code: 'custom',
              input: value,
              path: [locale, key],
              message: problem,
            });
        }
    }),
  );

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
