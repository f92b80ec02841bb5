import type { reportWords } from './report-words.js';
import type { signsWords } from './signs-words.js';
import { addEnglish, english } from './english.js';

/**
 * The elements' own words, in English: the keys every translation must have. The translations are data, in
 * src/data/strings.json (one object per language; a node test fails on a missing or extra key). A manifest's
 * `strings` overrides any of them by locale and key; `{name}` marks a value filled in at run time.
 *
 * French there uses "tu" for the reader, as the Spanish does, in wording that reads in France, Belgium,
 * Switzerland and Québec, with no-break spaces before : ; ? ! and inside « ».
 */
export const en = Object.freeze({
  'hotline.heading': 'Get help now',
  'emergency.lead': 'In immediate danger? Call',
  'emergency.or': 'or',
  'emergency.none': 'In immediate danger? Call your local emergency number.',
  loading: 'Loading help…',
  'notice.fallback':
    "This site's list of services could not be loaded, so we are showing our standard list.",
  'notice.missing':
    'Part of this help has not loaded yet: {parts}. We will keep trying, and it will appear here.',
  'notice.part.site': "this site's own list of services",
  'notice.part.region': "this country's services",
  'notice.part.guide': 'the step-by-step guide',
  'notice.part.signs': 'the warning signs',
  'notice.part.platforms': 'how to report on each app',
  'notice.language':
    'This help has not loaded in your language yet, so it is in English for now. We will keep trying.',
  'filters.legend': 'Show services',
  'filters.region': 'Country or region',
  'filters.audience': 'For',
  'filters.topic': 'About',
  'filters.channel': 'Contact by',
  'filters.any': 'Any',
  'filters.clear': 'Clear filters',
  'filters.toggle': 'Filter',
  'filters.active.one': 'Filter · {count} active',
  'filters.active.other': 'Filter · {count} active',
  'count.one': '{count} service shown',
  'count.other': '{count} services shown',
  'count.some': 'Showing {shown} of {count} services',
  'more.button': 'Show more services',
  empty: 'No services match these filters.',
  'empty.intl': 'These services work everywhere:',
  'channel.phone': 'Call {display}',
  'channel.tty': 'TTY {display}',
  'channel.text': 'Text {display}',
  'channel.text.body': 'Text {body} to {display}',
  'channel.chat': 'Chat online',
  'channel.web': 'Visit website',
  'channel.email': 'Email {display}',
  /** Under a WhatsApp chat: a chat app is for talking to the service, never for sending images to it. */
  'channel.talk-only': 'Only to talk. Never send pictures or videos here.',
  copy: 'Copy',
  'more-ways': 'More ways to reach them ({count})',
  'copy.label': 'Copy number {display}',
  /** On the copy button for a moment after a copy that worked. */
  'copy.done': 'Copied',
  copied: 'Copied {display}',
  'copy.failed': 'Could not copy. The number is {display}',
  'hours.always': 'Open 24/7',
  'hours.online': 'Online, any time',
  'hours.unknown': 'Opening hours not listed here',
  'hours.open': 'Open now, until {time}',
  'hours.closed': 'Closed now. Opens {time}',
  'hours.closed.never': 'Closed now',
  'anonymous.yes': 'You can stay anonymous',
  'anonymous.no': 'Not anonymous: they will ask for your name',
  'anonymous.optional': 'Giving your name is optional',
  confidential: 'Confidential',
  languages: 'Languages: {list}',
  'what-happens': 'What happens when you contact them',
  /** The colon after a label: French puts a no-break space before it. */
  colon: ':',
  source: 'Source',
  verified: 'checked {date}',
  unverified: 'not recently checked',
  stale: 'may be out of date',
  'kind.reporting-centre': 'Reporting centre',
  'kind.law-enforcement': 'Police',
  'kind.helpline': 'Helpline',
  'kind.removal-tool': 'Removal tool',
  'kind.platform-help': 'Platform help',
  'kind.local': 'Local help',
  'kind.note.removal-tool': 'not a police report',
  'kind.note.law-enforcement': 'a report to the police',
  'kind.note.finder': 'takes no reports: it finds the hotline of your country',
  'audience.child': 'Children',
  'audience.teen': 'Teens',
  'audience.parent': 'Parents and carers',
  'audience.educator': 'Teachers and staff',
  'audience.adult': 'Adults (18+)',
  'topic.csam': 'Child sexual abuse material',
  'topic.minor-images': 'Nude images of someone under 18',
  'topic.sextortion': 'Sextortion (threats to share images)',
  'topic.enticement': 'An adult seeking contact with a child',
  'topic.ncii': 'Intimate images shared without consent',
  'topic.trafficking': 'Trafficking',
  'topic.sexual-assault': 'Sexual assault and abuse',
  'topic.youth-support': 'Support for young people',
  'topic.worried-adult': 'Adults worried about a child',
  'topic.military': 'Military community',
  'topic.crisis': 'Crisis and suicide',
  'topic.child-protection': 'Reporting abuse of a child',
  'topic.welfare': 'Support for anyone (general welfare)',
  'channeltype.phone': 'Phone',
  'channeltype.text': 'Text message',
  'channeltype.chat': 'Chat',
  'channeltype.web': 'Website',
  'channeltype.email': 'Email',
  'region.INTL': 'Anywhere (international)',
  /** The country pickers' groups: the visitor's own country first, then the rest. */
  'region.own': 'Your country',
  'region.others': 'Other countries',
  /** The field under a country picker that narrows it to the countries a typed name finds. */
  'region.find': 'Not your country? Type to find it',
  'region.found.one': '{count} country found: {name}, now chosen.',
  'region.found.other':
    '{count} countries found. {name} is chosen; the others are in the list above.',
  'region.found.none': 'No country found for “{query}”. Choose from the list above.',
  'card.never-capture':
    'Do not download, screenshot, save or send the images to report them here. Give only where they are: the link, username and time.',
  'card.never-capture.talk':
    'Do not download, screenshot, save or send them the images. You can tell them what happened without the images.',
  'card.never-capture.finder':
    'Do not download, screenshot, save or send the images. Give the hotline you find only where they are: the link, username and time.',
  /** On a card from the site's own manifest, so it never passes for one of the built-in services. */
  'card.site': 'Added by this website',
  /** Beside a web or chat button: where it goes. */
  'channel.host': 'Opens {host}',
  'exit.button': 'Exit this page',
  'exit.region': 'Quick exit',
  /** Said only where there is a keyboard (hidden on a touch screen without one). */
  'exit.shift': 'Or press Shift 3 times.',
  'exit.note':
    'Leaving this way does not clear your browser history: to leave no history, use a private or incognito window.',
  'exit.remaining.one': 'Shift, press {count} more time to exit.',
  'exit.remaining.other': 'Shift, press {count} more times to exit.',
  'exit.expired': 'Exit this page cancelled.',
});

/** Every key: the shared words above, and those only one element uses, in their own files. */
export type StringKey = keyof typeof en | keyof typeof reportWords | keyof typeof signsWords;
export type Strings = Record<StringKey, string>;

addEnglish(en);

/** Words by language: the built-in translations (src/data/strings.json) or a manifest's `strings`. */
export type StringTables = Readonly<Record<string, Readonly<Record<string, string>> | undefined>>;

type Values = Record<string, string | number>;

/** A key with plural forms: `count` for `count.one`, `count.other` and whatever other forms a language needs. */
export type PluralKey = {
  [K in StringKey]: K extends `${infer Base}.other` ? Base : never;
}[StringKey];

/**
 * Keys a site's manifest may add to, because the vocabulary behind them is open (a site may name its own topic) or
 * only some members have a text (a note for some kinds only). Looked up with a fallback the caller chooses.
 */
export type OpenKey = `topic.${string}` | `kind.note.${string}`;

export interface Translate {
  /** The text for a key, with `{name}` filled from `values`. Only real keys compile. */
  (key: StringKey, values?: Values): string;
  /** The locale the words are for. */
  locale: string;
  /**
   * The form of `key` that the locale's plural rules pick for `count` (`count.one`, `count.few`, …), else
   * `key.other`. `{count}` is filled in unless `values` says otherwise.
   */
  plural(key: PluralKey, count: number, values?: Values): string;
  /** The text for a key from an open vocabulary, or `fallback` when no layer has one. */
  open(key: OpenKey, fallback: string, values?: Values): string;
  /**
   * The language of a key's words where it is not `locale`'s: "en" when they fall back to English (a German
   * page shows the quick exit's English words, marked so a screen reader says them as English), else undefined.
   */
  langOf(key: StringKey): 'en' | undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** One `Intl.PluralRules` per locale; a tag the browser refuses gets English rules rather than an error. */
export function pluralRulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = pluralRulesFor('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules;
}

function fill(template: string, values: Values | undefined): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    values && name in values ? String(values[name]) : match,
  );
}

type Layer = Readonly<Record<string, string>>;

const find = (layers: readonly Layer[], key: string): string | undefined =>
  layers.find((layer) => key in layer)?.[key];

/** A translator for one locale: the manifest's overrides first, then the built-in words, then English. */
export function translator(
  locale: string,
  overrides: StringTables = {},
  builtIn: StringTables = {},
): Translate {
  const language = locale.split('-')[0] ?? locale;
  const own = [overrides[locale], overrides[language], builtIn[locale], builtIn[language]].filter(
    (layer): layer is Layer => Boolean(layer),
  );
  const layers = [...own, english];
  const lookup = (key: string): string | undefined => find(layers, key);
  const t = ((key, values) => fill(lookup(key) ?? key, values)) as Translate;
  t.locale = locale;
  t.open = (key, fallback, values) => fill(lookup(key) ?? fallback, values);
  t.langOf = (key) =>
    language.toLowerCase() === 'en' || find(own, key) !== undefined ? undefined : 'en';
  t.plural = (key, count, values) => {
    const all = { count, ...values };
    // The locale's forms by the locale's rules; only with no form of its own does it fall back to English words,
    // and then by English rules, so the English never reads "1 services".
    const mine =
      find(own, `${key}.${pluralRulesFor(locale).select(count)}`) ?? find(own, `${key}.other`);
    if (mine !== undefined) return fill(mine, all);
    const form = `${key}.${pluralRulesFor('en').select(count)}`;
    return fill(find([english], form) ?? find([english], `${key}.other`) ?? key, all);
  };
  return t;
}
