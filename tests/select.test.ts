import { expect } from '@open-wc/testing';
import { generateManifest } from '../bench/generate.mjs';
import * as vocabulary from '../src/manifest/vocabulary.js';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import type { Resource } from '../src/manifest/schema.js';
import {
  emergencyFor,
  joinResources,
  normaliseRegion,
  orderChannels,
  regionOfLanguageTag,
  regionsIn,
  resolveRegion,
  selectResources,
  servesRegion,
  topicsIn,
} from '../src/manifest/select.js';
import { otherLanguageOf, pickText, resolveLocale } from '../src/manifest/text.js';

const ids = (resources: Resource[]) => resources.map((r) => r.id);
const all = defaultManifest.resources;

describe('region', () => {
  it('comes from the attribute, then the page language, then the browser, then INTL', () => {
    expect(resolveRegion('gb', 'en-US', 'en-CA')).to.equal('GB');
    expect(resolveRegion(null, 'en-US', 'en-CA')).to.equal('US');
    expect(resolveRegion(undefined, 'en', 'fr-CA')).to.equal('CA');
    expect(resolveRegion(undefined, 'en', 'en')).to.equal('INTL');
    expect(resolveRegion('not a region', '', '')).to.equal('INTL');
  });

  it('reads the region subtag of a language tag, skipping scripts and numeric regions', () => {
    expect(regionOfLanguageTag('zh-Hant-TW')).to.equal('TW');
    expect(regionOfLanguageTag('es-419')).to.equal(undefined);
    expect(normaliseRegion('us-mi')).to.equal('US-MI');
  });

  it('lets a country serve its subdivisions and INTL serve everyone, but not a subdivision the whole country', () => {
    expect(servesRegion(['US'], 'US-MI')).to.equal(true);
    expect(servesRegion(['INTL'], 'JP')).to.equal(true);
    expect(servesRegion(['US-MI'], 'US')).to.equal(false);
    expect(servesRegion(['US-MI'], 'US-MI')).to.equal(true);
    expect(servesRegion(['GB'], 'US')).to.equal(false);
  });
});

describe('selectResources', () => {
  it('shows US services first, then international ones', () => {
    expect(ids(selectResources(all, { region: 'US' }))).to.deep.equal([
      'ncmec-cybertipline',
      'fbi-tips',
      'nhth',
      'boys-town-hotline',
      'ncmec-support',
      'childhelp',
      'lifeline-988',
      'crisis-text-line',
      'rainn-hotline',
      'ccri-helpline',
      'dod-safe-helpline',
      'stopncii',
      'ncmec-take-it-down',
      'iwf-report',
      'inhope',
    ]);
  });

  it('gives a Michigan visitor the US services', () => {
    expect(ids(selectResources(all, { region: 'US-MI' }))).to.include('ncmec-cybertipline');
  });

  it('gives a visitor from a country without national entries the international ones', () => {
    expect(ids(selectResources(all, { region: 'JP' }))).to.deep.equal([
      'stopncii',
      'ncmec-take-it-down',
      'iwf-report',
      'inhope',
    ]);
  });

  it('filters by audience', () => {
    expect(ids(selectResources(all, { region: 'GB', audience: 'teen' }))).to.deep.equal([
      'ceop',
      'childline-report-remove',
      'childline',
      'shout-85258',
      'samaritans',
      'gb-modern-slavery-helpline',
      // The UK's own hotline, which takes reports from anywhere: listed for the UK and everyone.
      'iwf-report',
      'ncmec-take-it-down',
      'inhope',
    ]);
  });

  it('filters by any of several topics', () => {
    expect(
      ids(selectResources(all, { region: 'CA', topics: ['youth-support', 'ncii'] })),
    ).to.deep.equal(['kids-help-phone', 'ca-police-ncii', 'stopncii', 'ncmec-take-it-down']);
  });

  it('filters by channel', () => {
    expect(ids(selectResources(all, { region: 'US', channels: ['text'] }))).to.deep.equal([
      'nhth',
      'boys-town-hotline',
      'childhelp',
      'lifeline-988',
      'crisis-text-line',
      'dod-safe-helpline',
    ]);
  });

  it('returns nothing when nothing matches', () => {
    expect(selectResources(all, { region: 'AU', channels: ['email'] })).to.deep.equal([]);
  });

  it('puts a site’s own local resources first', () => {
    const local = {
      ...all.find((r) => r.id === 'ncmec-cybertipline')!,
      id: 'school',
      kind: 'local' as const,
    };
    expect(ids(selectResources([...all, local], { region: 'US' }))[0]).to.equal('school');
  });
});

describe('emergency numbers', () => {
  it('are found for a country and for its subdivisions', () => {
    expect(emergencyFor(defaultManifest.emergency, 'AU')?.numbers).to.deep.equal(['000']);
    expect(emergencyFor(defaultManifest.emergency, 'GB-SCT')?.numbers).to.deep.equal([
      '999',
      '112',
    ]);
    expect(emergencyFor(defaultManifest.emergency, 'INTL')).to.equal(undefined);
  });
});

describe('helpers', () => {
  it('lists regions with INTL last', () => {
    const regions = regionsIn(defaultManifest);
    expect(regions.at(-1)).to.equal('INTL');
    expect(regions.slice(0, -1)).to.deep.equal([...regions.slice(0, -1)].sort());
    expect(regions).to.include.members(['AU', 'CA', 'CL', 'GB', 'IE', 'US', 'ZA']);
  });

  it('orders text and chat first when asked', () => {
    const channels = [
      { type: 'phone' as const },
      { type: 'web' as const },
      { type: 'chat' as const },
      { type: 'text' as const },
    ];
    expect(orderChannels(channels, true).map((c) => c.type)).to.deep.equal([
      'text',
      'chat',
      'phone',
      'web',
    ]);
    expect(orderChannels(channels, false).map((c) => c.type)).to.deep.equal([
      'phone',
      'web',
      'chat',
      'text',
    ]);
  });

  it('picks text by locale with fallbacks', () => {
    const text = { en: 'Help', es: 'Ayuda' };
    expect(pickText(text, 'es-MX', 'en')).to.equal('Ayuda');
    expect(pickText(text, 'fr', 'en')).to.equal('Help');
    expect(pickText({ es: 'Ayuda' }, 'fr', 'en')).to.equal('Ayuda');
    expect(pickText('Plain', 'es', 'en')).to.equal('Plain');
    expect(resolveLocale('es-MX', ['en', 'es'])).to.equal('es');
    expect(resolveLocale('de-DE', ['en', 'es'])).to.equal('en');
  });

  it("names the language of a picked text only when it is not the reader's", () => {
    const text = { en: 'Help', es: 'Ayuda', 'pt-BR': 'Ajuda' };
    expect(otherLanguageOf(text, 'es-MX', 'en')).to.equal(undefined);
    expect(otherLanguageOf(text, 'ar', 'en')).to.equal('en');
    expect(otherLanguageOf(text, 'ar', 'ar')).to.equal('en');
    expect(otherLanguageOf(text, 'pt', 'en')).to.equal(undefined);
    expect(otherLanguageOf({ es: 'Ayuda' }, 'fr', 'en')).to.equal('es');
    // A plain string says nothing of its language; nothing to mark.
    expect(otherLanguageOf('CyberTipline', 'ar', 'en')).to.equal(undefined);
    expect(otherLanguageOf(undefined, 'ar', 'en')).to.equal(undefined);
  });
});

describe('selection from the index', () => {
  /** The rule in full, scanning every resource: what the index must give, in the same order. */
  function scanned(resources: readonly Resource[], filters: Parameters<typeof selectResources>[1]) {
    const { region, audience, topics, channels } = filters;
    const country = region.split('-')[0] ?? region;
    const rank = (r: Resource) =>
      r.kind === 'local'
        ? 0
        : region.includes('-') && r.regions.includes(region)
          ? 1
          : r.regions.includes(country)
            ? 2
            : 3;
    return resources
      .filter((r) => servesRegion(r.regions, region))
      .filter((r) => !audience || r.audiences.includes(audience))
      .filter((r) => !topics?.length || r.topics.some((t) => topics.includes(t)))
      .filter((r) => !channels?.length || r.channels.some((c) => channels.includes(c.type)))
      .map((r, position) => ({ r, position }))
      .sort((a, b) => rank(a.r) - rank(b.r) || a.position - b.position)
      .map(({ r }) => r.id);
  }

  it('gives what a scan of the whole list gives, in the same order, for the bench data and the default', () => {
    const generated = generateManifest(3_000, vocabulary, 3).resources as unknown as Resource[];
    const joined = [
      joinResources(all, generated),
      joinResources(joinResources(all.slice(0, 5), generated), all.slice(5)),
    ];
    for (const resources of [all, generated, [...all, ...generated], ...joined]) {
      for (const region of ['US', 'US-MI', 'US-CA', 'CA-QC', 'GB', 'INTL', 'JP', 'ZZ'])
        for (const audience of [undefined, 'teen', 'parent'] as const)
          for (const topics of [undefined, ['sextortion'], ['ncii', 'csam']])
            for (const channels of [undefined, ['text'], ['chat', 'web']] as const) {
              const filters = { region, audience, topics, channels: channels && [...channels] };
              expect(
                ids(selectResources(resources, filters)),
                JSON.stringify(filters),
              ).to.deep.equal(scanned(resources, filters));
            }
    }
  });

  it('lists the regions a scan of every resource finds, countries sorted, INTL last', () => {
    const generated = generateManifest(3_000, vocabulary, 3).resources as unknown as Resource[];
    for (const resources of [all, generated]) {
      const manifest = { ...defaultManifest, resources };
      const found = new Set([
        ...resources.flatMap((r) => r.regions),
        ...manifest.emergency.map((e) => e.region),
      ]);
      found.delete('INTL');
      expect(regionsIn(manifest)).to.deep.equal([...[...found].sort(), 'INTL']);
    }
  });

  it('indexes a list again when it grows', () => {
    const list = [...all];
    const before = selectResources(list, { region: 'US' }).length;
    list.push({ ...all[0]!, id: 'added-line', regions: ['US'], kind: 'helpline' });
    expect(selectResources(list, { region: 'US' }).length).to.equal(before + 1);
  });

  it('indexes a site list joined after the built-in services once, however often it is joined again', () => {
    const generated = generateManifest(2_000, vocabulary, 5).resources as unknown as Resource[];
    // Each resource counts the reads of its regions: an index reads every one's, a selection only those it shows.
    const reads = generated.map(() => 0);
    const site = generated.map(
      (resource, at) =>
        new Proxy(resource, {
          get(target, key, receiver) {
            if (key === 'regions') reads[at] = (reads[at] ?? 0) + 1;
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
    );
    const scans = () => Math.min(...reads);
    // As the merge does: the built-in services so far, then the site's; again as each country's file arrives.
    for (const head of [all.slice(0, 3), all.slice(0, 20), all]) {
      const list = joinResources(head, site);
      for (const region of ['US', 'GB', 'CA-QC']) {
        const filters = { region, audience: 'teen' as const };
        expect(ids(selectResources(list, filters))).to.deep.equal(
          ids(selectResources([...head, ...generated], filters)),
        );
      }
      expect(topicsIn(list)).to.deep.equal(topicsIn([...head, ...generated]));
    }
    // The copies compared against hold the resources themselves, not the counting ones.
    expect(scans()).to.equal(1);
  });
});
