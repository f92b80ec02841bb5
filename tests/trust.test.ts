/**
 * Issue 18: a site's manifest cannot pass for built-in data. Each case is a red-team reproduction, checked on the
 * pure logic (schema, merge, validator rules), without elements.
 */
import { expect } from '@open-wc/testing';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { mergeManifest } from '../src/manifest/merge.js';
import { isWellFormedResource } from '../src/manifest/resource-check.js';
import {
  parseManifest,
  parseManifestInSteps,
  type ManifestIssue,
  type SiteManifest,
} from '../src/manifest/schema.js';
import { builtInConflicts, isSiteEntry } from '../src/manifest/site-trust.js';
import { displayMatchesNumber, nameWords } from '../src/manifest/trust.js';

function issuesOf(value: unknown): ManifestIssue[] {
  const result = parseManifest(value);
  return result.ok ? [] : result.issues;
}

function site(value: unknown): SiteManifest {
  const result = parseManifest(value);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.manifest;
}

/** A site's manifest as the browser checks it (its resources marked as the site's). */
async function loaded(value: unknown): Promise<SiteManifest> {
  const result = await parseManifestInSteps(value);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.manifest;
}

const tipline = defaultManifest.resources.find((r) => r.id === 'ncmec-cybertipline')!;

/** A site's resource with one channel (and any other field changed). */
function resource(channel: unknown, extra: Record<string, unknown> = {}) {
  return {
    id: 'look-alike',
    kind: 'reporting-centre',
    name: 'CyberTipline',
    description: 'Report child sexual exploitation.',
    regions: ['US'],
    audiences: ['adult'],
    topics: [],
    channels: [channel],
    ...extra,
  };
}

const withResource = (value: unknown) => ({ version: 1, extends: 'default', resources: [value] });

/** Every path of `issues`, and that each is refused by the fast check too (never let through as "certainly valid"). */
function refused(value: unknown): string[] {
  expect(isWellFormedResource(value)).to.equal(false);
  return issuesOf(withResource(value)).map((issue) => issue.path);
}

describe('a site manifest cannot pass for built-in data', () => {
  it('refuses a display with a right-to-left override that shows one number and dials another', () => {
    const spoof = { type: 'phone', display: '1-800-\u202E8765-348\u202C', number: '+19005550199' };
    expect(refused(resource(spoof))).to.include('resources[0].channels[0].display');
  });

  it('refuses a display that shows another number than it dials, and takes one that shows its own', () => {
    const other = { type: 'phone', display: '1-800-843-5678', number: '+19005550199' };
    expect(refused(resource(other))).to.deep.equal(['resources[0].channels[0].display']);
    const own = { type: 'phone', display: '1-900-555-0199', number: '+19005550199' };
    expect(issuesOf(withResource(resource(own)))).to.deep.equal([]);
    // Written nationally, with a trunk 0, or with keypad letters, as the built-in data does.
    expect(displayMatchesNumber('0800 1111', '+448001111')).to.equal(true);
    expect(displayMatchesNumber('1-800-THE-LOST (1-800-843-5678)', '+18008435678')).to.equal(true);
    expect(displayMatchesNumber('1-800-843-5678 (1-800-555-0199)', '+18005550199')).to.equal(false);
    expect(displayMatchesNumber('555-0199', '+18005550199')).to.equal(false);
    expect(displayMatchesNumber('call us', '+18005550199')).to.equal(false);
    // Letters for digits only as words of their own: "1-8OO" (letter O) reads as 1-800 and dials 866.
    expect(displayMatchesNumber('1-8OO-843-5678', '+18668435678')).to.equal(false);
    expect(displayMatchesNumber('1-800-84E-5678', '+18008435678')).to.equal(false);
    expect(displayMatchesNumber('1-800-4-A-CHILD', '+18004224453')).to.equal(true);
    // Brackets as US numbers are written (an area code), read as spacing; a bracketed part alone is not enough.
    expect(displayMatchesNumber('(555) 010-0123', '+15550100123')).to.equal(true);
    expect(displayMatchesNumber('+1 (555) 010-0123', '+15550100123')).to.equal(true);
    expect(displayMatchesNumber('(555) 010-0123', '+15550100199')).to.equal(false);
    expect(displayMatchesNumber('(1-800-843-5678) 0199', '+19005550199')).to.equal(false);
    // The trunk 0 in brackets, as the UK and Germany write numbers for abroad; any dash a CMS writes.
    expect(displayMatchesNumber('+44 (0)113 496 0004', '+441134960004')).to.equal(true);
    expect(displayMatchesNumber('+49 (0)30 555 0123', '+49305550123')).to.equal(true);
    expect(displayMatchesNumber('555\u2011010\u20110123', '+15550100123')).to.equal(true);
    expect(displayMatchesNumber('+44 (0)113 496 0004', '+441134960099')).to.equal(false);
  });

  it('refuses zero-width and bidirectional characters in names and labels', () => {
    expect(refused(resource(tipline.channels[0], { name: 'Cyber\u200Btipline' }))).to.deep.equal([
      'resources[0].name',
    ]);
    // Letters that draw as nothing or a space: the Hangul filler, the blank Braille pattern.
    for (const blank of ['\u3164', '\u2800', '\uFFA0'])
      expect(
        refused(resource(tipline.channels[0], { name: `Cyber${blank}Tipline` })),
      ).to.deep.equal(['resources[0].name']);
    expect(
      refused(resource(tipline.channels[0], { organisation: { en: 'NC\u2066MEC' } })),
    ).to.deep.equal(['resources[0].organisation.en']);
    const label = { type: 'web', url: 'https://a.example/', label: 'Report\u200F' };
    expect(refused(resource(label))).to.deep.equal(['resources[0].channels[0].label']);
  });

  it('refuses a link with a look-alike (non-ASCII) host, a punycode host or user info', () => {
    for (const url of [
      'https://report.cybert\u0456p.org/',
      'https://report.xn--cybertp-7fg.org/',
      'https://report.cybertip.org@evil.example/',
      'https://203.0.113.9/',
    ])
      expect(refused(resource({ type: 'web', url })), url).to.deep.equal([
        'resources[0].channels[0].url',
      ]);
  });

  it('refuses the safety words in strings: the emergency lead, the exit button and note', () => {
    const issues = issuesOf({
      version: 1,
      extends: 'default',
      strings: {
        en: {
          'emergency.lead': 'In immediate danger? Do not call 911. Call',
          'exit.button': '',
          'hotline.heading': 'Talk to someone',
        },
        'es-MX': { 'exit.note': 'Aquí estás a salvo.' },
      },
    });
    expect(issues.map((issue) => issue.path)).to.deep.equal([
      'strings.en.emergency.lead',
      'strings.en.exit.button',
      'strings.es-MX.exit.note',
    ]);
    expect(issues[0]!.message).to.contain('safety words');
  });

  it('refuses the safety words in a language the elements do not carry too: nothing can tell what they say', () => {
    const words = (locale: string, value: Record<string, string>) =>
      issuesOf({ version: 1, extends: 'default', strings: { [locale]: value } }).map((i) => i.path);
    // The second red team's German: "No danger. Please do not call:", an exit that says "Read on", "You are safe here".
    expect(
      words('de', {
        'emergency.lead': 'Keine Gefahr. Bitte nicht anrufen:',
        'exit.button': 'Weiterlesen',
        'exit.note': 'Sie sind hier sicher.',
        'hotline.heading': 'Hilfe finden',
      }),
    ).to.deep.equal([
      'strings.de.emergency.lead',
      'strings.de.exit.button',
      'strings.de.exit.note',
    ]);
    // Honest words are refused the same way: the elements show their English ones, marked as English.
    expect(words('ar', { 'exit.button': 'اخرج من هذه الصفحة' })).to.deep.equal([
      'strings.ar.exit.button',
    ]);
  });

  // The third red team (stop 25): a call button reading a number it does not dial, a site's mark reworded, and
  // the police step told to say "do not call".
  it('refuses a number in any of a site’s words, and its own mark and the danger and police words', () => {
    const words = (value: Record<string, string>) =>
      issuesOf({ version: 1, extends: 'default', strings: { en: value } }).map((i) => i.path);
    expect(
      words({
        'channel.phone': 'Call 1-800-843-5678',
        'copy.failed': 'Could not copy. Call 1 800 843 5678',
        'card.site': 'Official service, checked by NCMEC',
        'official.police.call': 'Do not call the police.',
        'support.now': 'No need to call anyone.',
        'hotline.heading': 'Help 24/7',
        'channel.web': 'Go to {host}',
        // Ages, laws and hours are not phone numbers (the fourth red team).
        'audience.teen': 'Adolescentes (13-17 años)',
        'topic.law': 'Ley 1620 de 2013, § 184b StGB',
        'hotline.intro': 'Mo–Fr 8.00–15.30 Uhr',
        'hotline.more': 'Or call us on 0800 1111',
      }),
    ).to.deep.equal([
      'strings.en.channel.phone',
      'strings.en.copy.failed',
      'strings.en.card.site',
      'strings.en.official.police.call',
      'strings.en.support.now',
      'strings.en.hotline.more',
    ]);
  });

  it('leaves the safety words out of a merge even when the manifest was not checked', () => {
    const unchecked = {
      version: 1,
      extends: 'default',
      strings: { en: { 'emergency.lead': 'Do not call', 'hotline.heading': 'Talk' } },
    } as SiteManifest;
    expect(mergeManifest(unchecked, defaultManifest).strings.en).to.deep.equal({
      'hotline.heading': 'Talk',
    });
  });

  it('takes only short codes as emergency numbers', () => {
    const issues = issuesOf({
      version: 1,
      extends: 'default',
      emergency: [{ region: 'JP', numbers: ['+19005550199', '110'] }],
    });
    expect(issues.map((issue) => issue.path)).to.deep.equal(['emergency[0].numbers[0]']);
  });

  it('never replaces a built-in emergency number, and the validator says so', () => {
    const spoof = site({
      version: 1,
      extends: 'default',
      emergency: [{ region: 'US', numbers: ['912'] }],
    });
    const merged = mergeManifest(spoof, defaultManifest);
    const us = merged.emergency.filter((e) => e.region === 'US');
    expect(us.map((e) => e.numbers)).to.deep.equal([['911']]);
    expect(builtInConflicts(spoof, defaultManifest)).to.deep.equal([
      {
        path: 'emergency[0].region',
        message: 'the built-in emergency numbers for this region cannot be replaced by a site',
      },
    ]);
  });

  it('refuses a replacement that keeps a built-in name with another number, and keeps the built-in entry', async () => {
    const spoofed = {
      ...tipline,
      channels: [{ type: 'phone', display: '1-900-555-0199', number: '+19005550199' }],
    };
    const spoof = site(withResource(spoofed));
    const merged = mergeManifest(spoof, defaultManifest);
    const shown = merged.resources.filter((r) => r.id === tipline.id);
    expect(shown).to.deep.equal([tipline]);
    expect(isSiteEntry(shown[0]!)).to.equal(false);
    expect(builtInConflicts(spoof, defaultManifest).map((issue) => issue.path)).to.deep.equal([
      'resources[0].name',
    ]);
    // The same name with the built-in's own numbers and links (new words only) is a site's entry, marked so.
    const reworded = await loaded(withResource({ ...tipline, description: 'Our words' }));
    const kept = mergeManifest(reworded, defaultManifest).resources.find(
      (r) => r.id === tipline.id,
    )!;
    expect(kept.description).to.equal('Our words');
    expect(isSiteEntry(kept)).to.equal(true);
  });

  it('marks every resource of a site as the site’s, and none of the built-in ones', async () => {
    const ours = await loaded(
      withResource(resource({ type: 'web', url: 'https://help.example/' }, { name: 'Our line' })),
    );
    const merged = mergeManifest(ours, defaultManifest);
    expect(merged.resources.filter(isSiteEntry).map((r) => r.id)).to.deep.equal(['look-alike']);
  });
});

const instagram = defaultManifest.platforms.find((p) => p.id === 'instagram')!;
const withPlatform = (value: unknown) => ({ version: 1, extends: 'default', platforms: [value] });

describe('a site’s platforms (the "report to the platform" step) cannot pass for built-in ones', () => {
  it('refuses a replacement that keeps the built-in name with another link, and keeps the built-in entry', () => {
    const spoof = site(
      withPlatform({ id: 'instagram', name: 'Instagram', url: 'https://help.example/' }),
    );
    const merged = mergeManifest(spoof, defaultManifest);
    expect(merged.platforms.filter((p) => p.id === 'instagram')).to.deep.equal([instagram]);
    expect(builtInConflicts(spoof, defaultManifest).map((issue) => issue.path)).to.deep.equal([
      'platforms[0].name',
    ]);
  });

  it('takes a replacement of its own, with none of the built-in sources or dates, and marks it as the site’s', async () => {
    const ours = await loaded(
      withPlatform({ id: 'instagram', name: 'Our app', url: 'https://help.example/' }),
    );
    const shown = mergeManifest(ours, defaultManifest).platforms.find((p) => p.id === 'instagram')!;
    expect(shown.url).to.equal('https://help.example/');
    expect(shown.sources).to.equal(undefined);
    expect(shown.verified).to.equal(undefined);
    expect(isSiteEntry(shown)).to.equal(true);
    expect(isSiteEntry(instagram)).to.equal(false);
  });

  it('marks a new platform of a site as the site’s', async () => {
    const ours = await loaded(
      withPlatform({ id: 'our-forum', name: 'Our forum', url: 'https://forum.example/' }),
    );
    const merged = mergeManifest(ours, defaultManifest);
    expect(merged.platforms.filter(isSiteEntry).map((p) => p.id)).to.deep.equal(['our-forum']);
  });
});

describe('a look-alike under a new id', () => {
  const spoofs = [
    'CyberTipline',
    'CYBERTIPLINE',
    'Cyber Tipline',
    'Cyber-Tipline',
    'CyberT\u0456pline', // a Cyrillic і
    'CyberTipIine', // a capital I for the l
    '\uFF23yberTipline', // a full-width C
    // The second red team's (stop 24): a Greek lunate sigma and a Cherokee letter for the C, a trademark sign.
    '\u03F9yberTipline',
    '\u13DFyberTipline',
    'CyberTipline\u2122',
    'CyberTipline\u00AE',
  ];
  for (const name of spoofs)
    it(`refuses "${name}" with another number: not shown, and the validator says so`, () => {
      const spoof = site(
        withResource({
          ...tipline,
          id: 'cybertipline-look-alike',
          name,
          channels: [{ type: 'phone', display: '1-900-555-0199', number: '+19005550199' }],
        }),
      );
      const merged = mergeManifest(spoof, defaultManifest);
      expect(merged.resources.map((r) => r.id)).not.to.include('cybertipline-look-alike');
      expect(builtInConflicts(spoof, defaultManifest).map((issue) => issue.path)).to.deep.equal([
        'resources[0].name',
      ]);
    });

  it('refuses a platform under a new id with a built-in platform’s name and another link', () => {
    const spoof = site(
      withPlatform({ id: 'insta-help', name: 'lnstagram', url: 'https://help.example/' }),
    );
    expect(mergeManifest(spoof, defaultManifest).platforms.map((p) => p.id)).not.to.include(
      'insta-help',
    );
    expect(builtInConflicts(spoof, defaultManifest).map((issue) => issue.path)).to.deep.equal([
      'platforms[0].name',
    ]);
  });

  it('takes a built-in name under a new id with only the built-in numbers and links (a copy, marked as the site’s)', async () => {
    const copy = await loaded(withResource({ ...tipline, id: 'our-cybertipline' }));
    const merged = mergeManifest(copy, defaultManifest);
    const shown = merged.resources.find((r) => r.id === 'our-cybertipline')!;
    expect(isSiteEntry(shown)).to.equal(true);
    expect(builtInConflicts(copy, defaultManifest)).to.deep.equal([]);
  });

  it('also in a manifest that stands alone (without "extends")', () => {
    const spoof = site({
      version: 1,
      resources: [
        {
          ...tipline,
          channels: [{ type: 'phone', display: '1-900-555-0199', number: '+19005550199' }],
        },
      ],
    });
    expect(mergeManifest(spoof, defaultManifest).resources).to.deep.equal([]);
    expect(builtInConflicts(spoof, defaultManifest).map((issue) => issue.path)).to.deep.equal([
      'resources[0].name',
    ]);
  });
});

describe('a built-in name or organisation inside a site’s own (the second red team, stop 24)', () => {
  const fake = { type: 'phone', display: '1-900-555-0199', number: '+19005550199' };
  /** A new resource of a site's, with a name of its own unless `extra` gives one. */
  const ours = (extra: Record<string, unknown>) => ({
    id: 'ours',
    kind: 'reporting-centre',
    name: 'Our report line',
    description: 'Call us.',
    regions: ['US'],
    audiences: ['teen'],
    topics: ['csam'],
    channels: [fake],
    ...extra,
  });
  const pathsOf = (value: unknown) => {
    const manifest = site(withResource(value));
    const shown = mergeManifest(manifest, defaultManifest).resources.some((r) => r.id === 'ours');
    return { shown, paths: builtInConflicts(manifest, defaultManifest).map((issue) => issue.path) };
  };

  for (const name of [
    'NCMEC CyberTipline',
    'CyberTipline (NCMEC)',
    'The Cyber Tipline — official',
    'CyberTipline.org',
  ])
    it(`refuses "${name}" over another number: not shown, and the validator says so`, () => {
      expect(pathsOf(ours({ name }))).to.deep.equal({
        shown: false,
        paths: ['resources[0].name'],
      });
    });

  // The fourth red team (stop 25): an organisation runs many real services the data does not list. A ministry's
  // police unit, an FBI field office, an NSPCC line for schools: a site adds them under that organisation, with
  // their own numbers, and the card says "Added by this website".
  it('takes a service under a built-in organisation with its own number, but not a built-in name in its organisation', () => {
    const fieldOffice = ours({
      kind: 'law-enforcement',
      name: 'FBI Detroit Field Office',
      organisation: 'Federal Bureau of Investigation',
      regions: ['US-MI'],
    });
    expect(pathsOf(fieldOffice)).to.deep.equal({ shown: true, paths: [] });
    expect(
      pathsOf(ours({ organisation: 'National Center for Missing & Exploited Children (NCMEC)' })),
    ).to.deep.equal({ shown: true, paths: [] });
    expect(pathsOf(ours({ organisation: 'CyberTipline (NCMEC)' })).paths).to.deep.equal([
      'resources[0].organisation',
    ]);
  });

  it('takes a name or organisation that only holds a built-in one inside a word, or serves another place', () => {
    // Inside a word: "CyberTiplines" is not "CyberTipline" (a reader sees the difference).
    expect(pathsOf(ours({ name: 'Our CyberTiplines guide' }))).to.deep.equal({
      shown: true,
      paths: [],
    });
    // The Samaritans of the UK and Ireland, and a service of the same name in Boston, with a number of its own.
    expect(
      pathsOf(ours({ kind: 'helpline', name: 'Samaritans of Boston', regions: ['US-MA'] })),
    ).to.deep.equal({ shown: true, paths: [] });
    expect(pathsOf(ours({ name: 'Samaritans Ireland line', regions: ['IE'] })).paths).to.deep.equal(
      ['resources[0].name'],
    );
  });

  it('reads a name as words: at spaces, punctuation and a capital after a small letter, each marked if capital', () => {
    const words = (name: string) =>
      nameWords(name).map(({ word, capital }) => (capital ? word.toUpperCase() : word));
    expect(words('NCMEC — CyberTipline™ (official)')).to.deep.equal([
      'NCMEC',
      'CYBER',
      'TIPIINE',
      'officiai',
    ]);
    expect(words('NCMECCyberTipline')).to.deep.equal(['NCMEC', 'CYBER', 'TIPIINE']);
    expect(words('ask them to take it down')).to.deep.equal([
      'ask',
      'them',
      'to',
      'take',
      'it',
      'down',
    ]);
    const key = (name: string) => words(name).join('').toLowerCase();
    expect(key('Missing & Exploited')).to.equal(key('missing and exploited'));
  });

  // The third red team (stop 25).
  it('refuses a built-in name run into another ("NCMECCyberTipline"), and a platform’s name inside a longer one', () => {
    expect(pathsOf(ours({ name: 'NCMECCyberTipline' })).paths).to.deep.equal(['resources[0].name']);
    expect(pathsOf(ours({ name: 'OfficialCyberTipline' })).paths).to.deep.equal([
      'resources[0].name',
    ]);
    // Letters from other scripts that read as r and n (the fourth red team).
    for (const name of ['Cybe\u0433Tipline', 'CyberTipli\u0578e'])
      expect(pathsOf(ours({ name })).paths, name).to.deep.equal(['resources[0].name']);
    for (const name of ['Instagram (Meta)', 'InstagramHelp']) {
      const spoof = site(withPlatform({ id: 'meta', name, url: 'https://evil.example/' }));
      expect(
        mergeManifest(spoof, defaultManifest).platforms.map((p) => p.id),
        name,
      ).not.to.include('meta');
      expect(
        builtInConflicts(spoof, defaultManifest).map((issue) => issue.path),
        name,
      ).to.deep.equal(['platforms[0].name']);
    }
  });

  it('takes a phrase with a built-in name in small letters, and an organisation’s own home page (its source)', () => {
    // "Take It Down" is a worldwide service's name; in small letters inside a sentence it is only words.
    const ask = ours({
      kind: 'helpline',
      name: 'Ask Instagram to take it down',
      channels: [{ type: 'web', url: 'https://help.instagram.com/' }],
    });
    expect(pathsOf(ask)).to.deep.equal({ shown: true, paths: [] });
    expect(pathsOf({ ...ask, name: 'Official Take It Down' }).paths).to.deep.equal([
      'resources[0].name',
    ]);
    // A one-word name is the service in any case.
    expect(pathsOf(ours({ name: 'ncmec cybertipline' })).paths).to.deep.equal([
      'resources[0].name',
    ]);
    // A platform's name is often a word: only with a capital does it name the platform.
    const forum = site(
      withPlatform({ id: 'forum', name: 'Parents Forum threads', url: 'https://forum.example/' }),
    );
    expect(builtInConflicts(forum, defaultManifest)).to.deep.equal([]);
    // Pro Juventute's line is 147.ch; its own home page, projuventute.ch, is the source of that entry.
    const home = ours({
      kind: 'helpline',
      name: 'Pro Juventute',
      organisation: 'Pro Juventute',
      regions: ['CH'],
      channels: [{ type: 'web', url: 'https://www.projuventute.ch/' }],
    });
    expect(pathsOf(home)).to.deep.equal({ shown: true, paths: [] });
  });

  it('compares a name only with built-in services of the same place: "Childline" in Kenya is not the UK’s', () => {
    expect(pathsOf(ours({ kind: 'helpline', name: 'Childline', regions: ['KE'] }))).to.deep.equal({
      shown: true,
      paths: [],
    });
    expect(
      pathsOf(ours({ kind: 'helpline', name: 'Childline', regions: ['GB'] })).paths,
    ).to.deep.equal(['resources[0].name']);
  });

  it('takes an organisation’s own numbers and links under its name (a copy of its service)', () => {
    const support = defaultManifest.resources.find((r) => r.id === 'ncmec-support')!;
    expect(
      pathsOf(ours({ organisation: tipline.organisation, channels: support.channels })),
    ).to.deep.equal({ shown: true, paths: [] });
  });
});

describe('invisible characters in any text a site shows', () => {
  const rtl = '\u202E';
  const zw = '\u200B';
  it('refuses them in a description, contact note, text keyword and email address (schema and fast check)', () => {
    const web = { type: 'web', url: 'https://a.example/' };
    expect(
      refused(resource(web, { name: 'Ours', description: `Report${rtl} here` })),
    ).to.deep.equal(['resources[0].description']);
    expect(
      refused(resource(web, { name: 'Ours', contact: { en: `No${zw}one reads it` } })),
    ).to.deep.equal(['resources[0].contact.en']);
    const text = { type: 'text', display: '233733', number: '233733', body: `Be${zw}Free` };
    expect(refused(resource(text, { name: 'Ours' }))).to.deep.equal([
      'resources[0].channels[0].body',
    ]);
    const email = { type: 'email', address: `help${rtl}@a.example` };
    expect(refused(resource(email, { name: 'Ours' }))).to.deep.equal([
      'resources[0].channels[0].address',
    ]);
  });

  it('refuses them in emergency notes, platform texts, signs and the site’s own words', () => {
    const issues = issuesOf({
      version: 1,
      extends: 'default',
      emergency: [{ region: 'AQ', numbers: ['110'], note: `Police${rtl} 110` }],
      platforms: [
        {
          id: 'our-forum',
          name: 'Our forum',
          url: 'https://forum.example/',
          category: `Harass${zw}ment`,
          steps: [{ en: `Press ${rtl}Report` }],
          links: [{ label: `Form${zw}`, url: 'https://forum.example/form' }],
        },
      ],
      strings: { en: { 'hotline.heading': `Talk to${rtl} someone` } },
    });
    expect(issues.map((issue) => issue.path)).to.deep.equal([
      'emergency[0].note',
      'platforms[0].category',
      'platforms[0].steps[0].en',
      'platforms[0].links[0].label',
      'strings.en.hotline.heading',
    ]);
  });

  it('still takes the joiners that Persian, Hindi and emoji need', () => {
    const web = { type: 'web', url: 'https://a.example/' };
    expect(
      issuesOf(withResource(resource(web, { name: 'Ours', description: { fa: 'می\u200Cخواهم' } }))),
    ).to.deep.equal([]);
  });
});
