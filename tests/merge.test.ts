import { expect } from '@open-wc/testing';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { mergeManifest } from '../src/manifest/merge.js';
import { parseManifest, type SiteManifest } from '../src/manifest/schema.js';
import { schoolManifest } from './fixtures/manifests.js';

function site(value: unknown): SiteManifest {
  const result = parseManifest(value);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.manifest;
}

describe('mergeManifest', () => {
  it('adds a site resource after the defaults and hides the ids it names', () => {
    const merged = mergeManifest(site(schoolManifest), defaultManifest);
    const ids = merged.resources.map((r) => r.id);
    expect(ids.at(-1)).to.equal('school-counsellor');
    expect(ids).not.to.include('dod-safe-helpline');
    expect(ids).to.include('ncmec-cybertipline');
    expect(merged.resources.length).to.equal(defaultManifest.resources.length);
  });

  it('replaces a default resource that has the same id, in place', () => {
    const merged = mergeManifest(
      site({
        version: 1,
        extends: 'default',
        resources: [{ ...defaultManifest.resources[0], description: 'Our words' }],
      }),
      defaultManifest,
    );
    expect(merged.resources[0]!.id).to.equal(defaultManifest.resources[0]!.id);
    expect(merged.resources[0]!.description).to.equal('Our words');
  });

  it('overrides one string and keeps the rest', () => {
    const merged = mergeManifest(
      site({
        version: 1,
        extends: 'default',
        strings: { en: { 'hotline.heading': 'Talk to someone' } },
      }),
      defaultManifest,
    );
    expect(merged.strings.en).to.deep.equal({ 'hotline.heading': 'Talk to someone' });
    expect(merged.guide).to.deep.equal(defaultManifest.guide);
  });

  it('adds emergency numbers for a region the built-in data has none for, and never replaces a built-in one', () => {
    const builtInUS = defaultManifest.emergency.filter((e) => e.region === 'US');
    const merged = mergeManifest(
      site({
        version: 1,
        extends: 'default',
        emergency: [
          { region: 'US', numbers: ['912'] },
          { region: 'AQ', numbers: ['110', '119'] },
        ],
      }),
      defaultManifest,
    );
    expect(merged.emergency.filter((e) => e.region === 'US')).to.deep.equal(builtInUS);
    expect(merged.emergency.filter((e) => e.region === 'AQ')).to.deep.equal([
      { region: 'AQ', numbers: ['110', '119'] },
    ]);
    expect(merged.emergency.some((e) => e.region === 'GB')).to.equal(true);
  });

  it('overrides one situation of the guide by id', () => {
    const original = defaultManifest.guide.situations[0]!;
    const merged = mergeManifest(
      site({
        version: 1,
        extends: 'default',
        guide: { steps: [], situations: [{ ...original, title: 'Blackmail' }], faq: [] },
      }),
      defaultManifest,
    );
    expect(merged.guide.situations[0]!.title).to.equal('Blackmail');
    expect(merged.guide.situations.length).to.equal(defaultManifest.guide.situations.length);
    expect(merged.guide.steps).to.deep.equal(defaultManifest.guide.steps);
  });

  it('lets a manifest without extends stand alone', () => {
    const merged = mergeManifest(
      site({ version: 1, locales: ['fr'], resources: [] }),
      defaultManifest,
    );
    expect(merged.resources).to.deep.equal([]);
    // The built-in emergency numbers are safety words: they show alone too.
    expect(merged.emergency).to.deep.equal(defaultManifest.emergency);
    expect(merged.locales).to.deep.equal(['fr']);
  });

  it('merges the same site list again over more built-in data: a service that arrives with a country file is replaced in place, not listed twice', () => {
    const [first, second, ...rest] = defaultManifest.resources;
    const ours = { ...second!, description: 'Our words' };
    const siteManifest = site({
      version: 1,
      extends: 'default',
      resources: [{ ...first!, id: 'our-own' }, ours],
    });
    // Before the country file: the site's copy of `second` is new, after the built-in services.
    const before = mergeManifest(siteManifest, { ...defaultManifest, resources: [first!] });
    expect(before.resources.map((r) => r.id)).to.deep.equal([first!.id, 'our-own', second!.id]);
    // After it (the same site list, merged again): in the built-in place, once, with the site's words.
    const after = mergeManifest(siteManifest, {
      ...defaultManifest,
      resources: [first!, second!, ...rest],
    });
    const ids = after.resources.map((r) => r.id);
    expect(ids.filter((id) => id === second!.id)).to.have.length(1);
    expect(ids.indexOf(second!.id)).to.equal(1);
    expect(after.resources[1]!.description).to.equal('Our words');
    expect(ids.at(-1)).to.equal('our-own');
  });

  it('leaves out a hidden built-in service even when the site lists the same id', () => {
    const [first, second] = defaultManifest.resources;
    const merged = mergeManifest(
      site({ version: 1, extends: 'default', hide: [second!.id], resources: [second!] }),
      { ...defaultManifest, resources: [first!, second!] },
    );
    expect(merged.resources.map((r) => r.id)).to.deep.equal([first!.id]);
  });
});
