/**
 * The manifest's building blocks and the resource: texts, links, numbers, regions, hours and channels. The
 * patterns are exported so that the fast check of well-formed resources (resource-check.ts) tests the very same
 * rules; this zod schema stays the one definition of what is valid.
 */
import * as z from 'zod/mini';
import { REGION } from './region-code.js';
import {
  DISPLAY_MESSAGE,
  HIDDEN_CLASS,
  HIDDEN_MESSAGE,
  NO_HIDDEN,
  NOT_BLANK,
  displayMatchesNumber,
} from './trust.js';
import { AGE_GROUPS, AUDIENCES, DAYS, KINDS } from './vocabulary.js';

export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LOCALE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
export const DIAL_NUMBER = /^(?:\+[1-9]\d{6,14}|\d{2,8})$/;
/** A mobile service code that a phone dials as written: Chile's *4141, Japan's #8103 (only to call, never to text). */
export const SERVICE_CODE = /^[*#]\d{2,6}$/;
export { REGION };
export const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
/** An email address, with no invisible characters (trust.ts) in it. */
export const EMAIL = new RegExp(
  `^[^\\s@<>${HIDDEN_CLASS}]+@[^\\s@<>${HIDDEN_CLASS}]+\\.[^\\s@<>${HIDDEN_CLASS}]+$`,
);
/** What a phone calls: a `DIAL_NUMBER` or a `SERVICE_CODE`. */
export const PHONE_NUMBER = new RegExp(`${DIAL_NUMBER.source}|${SERVICE_CODE.source}`);
/** A day that exists on the calendar, like "2026-11-23" (not "2026-13-45" nor "2026-02-30"): zod's date pattern. */
export const ISO_DATE = z.core.regexes.date;
/** A calendar date, a year and month ("2026-11") or a year ("2018"). */
export const SOURCE_DATE = new RegExp(
  `^(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?|${ISO_DATE.source.slice(1, -1)})$`,
);

export const kebab = z.string().check(z.regex(KEBAB, 'must be kebab-case, like "my-helpline"'));

export const localeTag = z
  .string()
  .check(z.regex(LOCALE_TAG, 'must be a BCP 47 language tag, like "en" or "es-MX"'));

/**
 * Text a person reads: one string, or the same text in several languages keyed by BCP 47 tag. No invisible
 * characters (trust.ts): a right-to-left override or a zero-width space in a description, note or step could make
 * it read as something else, as in a name.
 */
const visibleString = z
  .string()
  .check(
    z.regex(NOT_BLANK, 'must not be empty or only spaces'),
    z.regex(NO_HIDDEN, HIDDEN_MESSAGE),
  );
export const TextByLanguage = z
  .record(localeTag, visibleString)
  .check(z.refine((map) => Object.keys(map).length > 0, 'needs at least one language'));
export const Text = z.union([visibleString, TextByLanguage]);

/** A name, label or organisation: a text (as above). */
export const Name = Text;

/**
 * An https: link to a plain host name (ASCII labels, no "xn--" label, the last one starting with a letter, no
 * port or user), then any path, query or fragment. Every URL parser that follows the URL Standard accepts these
 * (a path never makes it fail), so they need not be parsed: thousands of links are checked in a long manifest.
 * This is the whole rule: a host in another script (a Cyrillic "і" in "cybertіp.org") or in punycode could pass
 * for a known one, and user info ("https://report.cybertip.org@evil.example/") hides where a link goes; both are
 * refused rather than shown with a warning, since a reader in distress does not read warnings.
 */
export const PLAIN_HTTPS =
  /^https:\/\/(?:(?![xX][nN]--)[a-zA-Z0-9-]+\.)+(?![xX][nN]--)[a-zA-Z][a-zA-Z0-9-]*(?:[/?#][\s\S]*)?$/;

export function isPlainHttpsLink(value: string): boolean {
  return PLAIN_HTTPS.test(value);
}

/** An https: link to a plain host (see `PLAIN_HTTPS`). */
export function isHttpsLink(value: string): boolean {
  return isPlainHttpsLink(value);
}

export const httpsLink = z
  .string()
  .check(
    z.regex(/^https:\/\//, { message: 'must be an https: link', abort: true }),
    z.regex(
      PLAIN_HTTPS,
      'must be an https: link to a plain host name (ASCII letters and digits, no "xn--", no user name or port)',
    ),
  );

/**
 * Where a chat or web channel goes: one link, or the service's own address per language keyed by BCP 47 tag
 * (Kids Help Phone is https://kidshelpphone.ca in English and https://jeunessejecoute.ca in French). Picked like a
 * text: the reader's tag, then their language, then the manifest's first locale.
 */
export const LinkByLanguage = z
  .record(localeTag, httpsLink)
  .check(z.refine((map) => Object.keys(map).length > 0, 'needs at least one language'));
export const Link = z.union([httpsLink, LinkByLanguage]);

/**
 * The word to text, such as "BeFree": one for every reader, or one per language keyed by BCP 47 tag, picked like
 * a text. An empty word means "text the number alone" (a language whose keyword is not confirmed).
 */
const keyword = z.string().check(z.regex(NO_HIDDEN, HIDDEN_MESSAGE));
const Keyword = z.union([keyword, z.record(localeTag, keyword)]);

/** What a device dials: E.164 (+18008435678) or a short code (17 for the French police, 988, 233733). */
export const dialNumber = z
  .string()
  .check(
    z.regex(DIAL_NUMBER, 'must be E.164 like "+18008435678" or a short code like "17" or "233733"'),
  );

/** What a phone calls: a `dialNumber`, or a service code with `*` or `#` (`SERVICE_CODE`). */
const phoneNumber = z
  .string()
  .check(
    z.regex(
      PHONE_NUMBER,
      'must be E.164 like "+18008435678", a short code like "17" or "233733", or a service code like "*4141" or "#8103"',
    ),
  );

export const Region = z
  .string()
  .check(
    z.regex(
      REGION,
      'must be INTL, an ISO 3166-1 code like "US" or an ISO 3166-2 code like "US-MI"',
    ),
  );

export const Audience = z.enum(AUDIENCES);

export const Kind = z.enum(KINDS);

const clock = z.string().check(z.regex(CLOCK, 'must be a time like "09:00" or "24:00"'));

const knownZones = new Map<string, boolean>();

export function isTimeZone(value: string): boolean {
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

/** One opening span: the days it opens on, and the opening and closing times on each. */
export const Span = z.strictObject({
  days: z.array(z.enum(DAYS)).check(z.minLength(1, 'needs at least one day')),
  open: clock,
  close: clock,
});

export const WeeklyHours = z.strictObject({
  type: z.literal('weekly'),
  timeZone: z
    .string()
    .check(z.refine(isTimeZone, 'must be an IANA time zone like "Europe/London"')),
  spans: z.array(Span).check(z.minLength(1, 'needs at least one span')),
});

/**
 * When a service answers. `always`: 24/7. `online`: a form that can be used any time (replies come later).
 * `weekly`: opening spans in the service's own IANA time zone; a span whose close is at or before its open runs
 * past midnight. No `hours` at all means the manifest does not know, and the element says so.
 */
export const Hours = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('always') }),
  z.strictObject({ type: z.literal('online') }),
  WeeklyHours,
]);

const channelCommon = {
  /** Overrides the resource's hours for this one channel. */
  hours: z.optional(Hours),
  /** A short label such as "Text BeFree to 233733"; the element writes one when absent. */
  label: z.optional(Name),
};

/** As a person reads a number: "1-800-843-5678". No invisible characters, and it must show the number it dials. */
const display = z.string().check(z.minLength(1), z.regex(NO_HIDDEN, HIDDEN_MESSAGE));

const showsItsNumber = z.refine<{ display: string; number: string }>(
  (channel) => displayMatchesNumber(channel.display, channel.number),
  { message: DISPLAY_MESSAGE, path: ['display'] },
);

export const PhoneChannel = z
  .strictObject({
    type: z.literal('phone'),
    /** As a person reads it: "1-800-843-5678". */
    display,
    number: phoneNumber,
    tty: z.optional(z.boolean()),
    ...channelCommon,
  })
  .check(showsItsNumber);

export const TextChannel = z
  .strictObject({
    type: z.literal('text'),
    display,
    number: dialNumber,
    /** The message to send, such as "BeFree"; see `Keyword`. */
    body: z.optional(Keyword),
    ...channelCommon,
  })
  .check(showsItsNumber);

export const ChatChannel = z.strictObject({ type: z.literal('chat'), url: Link, ...channelCommon });

export const WebChannel = z.strictObject({ type: z.literal('web'), url: Link, ...channelCommon });

export const EmailChannel = z.strictObject({
  type: z.literal('email'),
  address: z.string().check(z.regex(EMAIL, 'must be an email address')),
  ...channelCommon,
});

export const Channel = z.discriminatedUnion('type', [
  PhoneChannel,
  TextChannel,
  ChatChannel,
  WebChannel,
  EmailChannel,
]);

export const isoDate = z.string().check(z.regex(ISO_DATE, 'must be a date like "2026-11-23"'));

/** Whether a date (ISO) is not after today, with a day's grace for the time zones ahead of this one. */
export function notLater(date: string): boolean {
  return date <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/** When a service was last checked: a real date, and not one to come ("checked Jan 1, 2099" on a card). */
export const verifiedDate = isoDate.check(
  // Said once: a date that is not one is refused by its pattern alone.
  z.refine((date) => !ISO_DATE.test(date) || notLater(date), 'must not be after today'),
);

/** Where a fact was read: a link, or a link with the date of that page (a year is enough where that is all it says). */
export const SourcePage = z.strictObject({
  url: httpsLink,
  date: z.optional(
    z.string().check(z.regex(SOURCE_DATE, 'must be a date like "2026-11-23", "2026-11" or "2018"')),
  ),
});

export const Source = z.union([httpsLink, SourcePage]);

export const Resource = z.strictObject({
  id: kebab,
  kind: Kind,
  name: Name,
  organisation: z.optional(Name),
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
  /**
   * It takes no reports itself: it helps a person find the service that does (INHOPE's map of national hotlines).
   * Plans show it only where the country has no reporting centre of its own.
   */
  finder: z.optional(z.boolean()),
  /** What happens when you contact them: confidentiality, mandatory reporting, who sees a report. */
  contact: z.optional(Text),
  /** Where the facts were read. */
  sources: z.optional(z.array(Source)),
  /** When the facts were last checked against the sources. Absent: shown as "not recently checked". */
  verified: z.optional(verifiedDate),
});

export type Text = z.infer<typeof Text>;
export type Link = z.infer<typeof Link>;
export type Source = z.infer<typeof Source>;
export type Hours = z.infer<typeof Hours>;
export type Channel = z.infer<typeof Channel>;
export type Resource = z.infer<typeof Resource>;
export type Audience = z.infer<typeof Audience>;
export type Kind = z.infer<typeof Kind>;
