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
  'notice.region':
    "We could not load this country's services just now, so only services that work everywhere are shown.",
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
  copy: 'Copy',
  'more-ways': 'More ways to reach them ({count})',
  'copy.label': 'Copy number {display}',
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
  'channeltype.phone': 'Phone',
  'channeltype.text': 'Text message',
  'channeltype.chat': 'Chat',
  'channeltype.web': 'Website',
  'channeltype.email': 'Email',
  'region.INTL': 'Anywhere (international)',
  'report.heading': 'Report it and get help',
  'report.button': 'Report / get help',
  'report.close': 'Close',
  'report.progress': 'Progress',
  'report.step-of': 'Step {current} of {total}',
  'report.step.announce': 'Step {current} of {total}: {title}',
  'report.start.heading': 'What is happening?',
  'report.start.intro':
    'Answer three questions to get a plan. Nothing you choose here is saved or sent.',
  'report.situation': 'Choose what fits best',
  'report.age': 'Who is it happening to?',
  'age.under-18.self': 'Me, and I am under 18',
  'age.adult.self': 'Me, and I am 18 or over',
  'age.under-18.helping': 'Someone under 18 I am helping',
  'age.adult.helping': 'An adult I am helping',
  'report.country': 'Country',
  'report.platform': 'Where did it happen? (optional)',
  'report.platform.none': 'I don’t know, or somewhere else',
  'report.platform.site': 'On this site',
  'report.text-first': 'I can’t talk safely right now: show text and chat first',
  'report.missing': 'Please choose what is happening and who it is happening to.',
  'report.urgent': 'Do this first',
  'report.show-plan': 'Show my plan',
  'report.next': 'Next',
  'report.back': 'Back',
  'report.restart': 'Start over',
  'evidence.keep': 'Keep a record of:',
  'evidence.never': 'Do not:',
  'never.capture':
    'Do not download, screenshot, save or forward sexual images of anyone under 18, even to report them. Write down where they are instead.',
  'card.never-capture':
    'Do not download, screenshot, save or send the images to report them here. Give only where they are: the link, username and time.',
  'card.never-capture.talk':
    'Do not download, screenshot, save or send them the images. You can tell them what happened without the images.',
  'notes.heading': 'My notes',
  'notes.intro':
    'Optional. Your notes stay on this page only. They are never saved or sent, and they are wiped when you leave or exit.',
  'notes.where': 'Where (link, site or app)',
  'notes.who': 'Who (usernames or profile links)',
  'notes.when': 'When (dates and times)',
  'platform.site': 'Report it to this site',
  'platform.site.context': 'Report {context} to this site',
  'platform.open': 'Go to {name} help',
  'platform.category': 'In the report menu, look for the option about {category}.',
  'platform.generic': 'Use the report button or menu where it happened.',
  'platform.unverified': 'This link was not recently checked.',
  'platform.what-happens':
    'The site’s moderators or safety team read your report. It can take from a day to a few weeks; urgent safety reports come first.',
  'platform.take-it-down':
    '{name} takes part in Take It Down, which can stop images of under-18s being shared there.',
  'official.intro': 'Where to report it, and what each place does with a report.',
  'official.police': 'Police',
  'official.police.about': 'A report here goes to the police.',
  'official.police.call':
    'To report it to the police, call {nonEmergency} when it is not an emergency. If anyone is in danger now, call {emergency}.',
  'official.police.call.emergency':
    'To report it to the police: if anyone is in danger now, call {emergency}. Otherwise, contact your local police.',
  'official.police.none':
    'Report it to the police: call the emergency number if anyone is in danger now, or contact your local police.',
  'official.centres': 'Reporting centres',
  'official.centres.about': 'They take reports. Each one says below who it passes reports to.',
  'official.tools': 'Getting images taken down',
  'official.tools.about':
    'These tools help get images taken down. Using one is not a police report.',
  'official.cross-border':
    'No service in your country is listed here. Report where you are: national hotlines, NCMEC and INTERPOL pass reports to each other across borders.',
  'support.intro': 'You do not have to deal with this alone. These services listen and help.',
  'support.none': 'Talk to an adult you trust. If anyone is in danger, call the emergency number.',
  'support.now':
    'If you need someone right now and no line here is open, talk to an adult you trust. If anyone is in danger, call {numbers}.',
  'summary.heading': 'Take it with you',
  'summary.intro':
    'A plain-text copy of your plan. It has no personal details unless you include your notes.',
  'summary.include-notes': 'Include my notes',
  'summary.label': 'Your plan',
  'summary.copy': 'Copy the plan',
  'summary.print': 'Print',
  'summary.copied': 'Plan copied',
  'summary.copy-failed': 'Could not copy. Select the text and copy it.',
  'summary.title': 'Help plan: {situation}',
  'summary.country': 'Country: {country}',
  'summary.emergency': 'In immediate danger: call {numbers}',
  'faq.heading': 'Questions',
  'exit.button': 'Exit this page',
  'exit.region': 'Quick exit',
  'exit.note':
    'Or press Shift 3 times. This does not clear your browser history: to leave no history, use a private or incognito window.',
  'exit.remaining.one': 'Shift, press {count} more time to exit.',
  'exit.remaining.other': 'Shift, press {count} more times to exit.',
  'exit.expired': 'Exit this page cancelled.',
  'signs.heading.adult': 'Signs that something may be wrong',
  'signs.heading.young': 'Is something wrong in a chat?',
  'signs.intro.adult':
    'These signs do not prove abuse, but they are worth taking seriously. Open a group to read why each one matters.',
  'signs.intro.young':
    'If someone online does any of these things, it is not your fault and you are not in trouble. You can tell someone, and here is how.',
  'signs.expand': 'Expand all',
  'signs.collapse': 'Collapse all',
  'signs.checklist':
    'Tick what you have noticed. Nothing you tick is saved or sent, and it is cleared when you leave.',
  'signs.ticked.none': 'No signs ticked',
  'signs.ticked.one': '{count} sign ticked',
  'signs.ticked.other': '{count} signs ticked',
  'signs.tailored': 'You ticked signs in: {groups}.',
  'signs.clear': 'Clear my ticks',
  'signs.why': 'Why it matters:',
  'signs.now.adult': 'What to do now',
  'signs.now.young': 'What you can do',
  'signs.next': 'What to do next',
  'signs.next.report': 'Get a step-by-step plan',
  'signs.helplines': 'Talk to someone',
  'signs.urgent.heading': 'If someone is threatening you right now',
  'signs.urgent.action': 'See what to do, step by step',
});

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;
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
  /**
   * The form of `key` that the locale's plural rules pick for `count` (`count.one`, `count.few`, …), else
   * `key.other`. `{count}` is filled in unless `values` says otherwise.
   */
  plural(key: PluralKey, count: number, values?: Values): string;
  /** The text for a key from an open vocabulary, or `fallback` when no layer has one. */
  open(key: OpenKey, fallback: string, values?: Values): string;
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
  const layers = [...own, en];
  const lookup = (key: string): string | undefined => find(layers, key);
  const t = ((key, values) => fill(lookup(key) ?? key, values)) as Translate;
  t.open = (key, fallback, values) => fill(lookup(key) ?? fallback, values);
  t.plural = (key, count, values) => {
    const all = { count, ...values };
    // The locale's forms by the locale's rules; only with no form of its own does it fall back to English words,
    // and then by English rules, so the English never reads "1 services".
    const mine =
      find(own, `${key}.${pluralRulesFor(locale).select(count)}`) ?? find(own, `${key}.other`);
    if (mine !== undefined) return fill(mine, all);
    const english = `${key}.${pluralRulesFor('en').select(count)}`;
    return fill(find([en], english) ?? find([en], `${key}.other`) ?? key, all);
  };
  return t;
}
