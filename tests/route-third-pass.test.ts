/**
 * Routing mends from the third pass of the reference (reference/resources.md, checked 2026-12-06): each
 * expectation is what the reference says of a service, not what the code happens to give.
 */
import { expect } from '@open-wc/testing';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { planFor } from '../src/manifest/plan.js';
import type { Audience, Resource, Text } from '../src/manifest/schema.js';
import { regionsIn, servesRegion } from '../src/manifest/select.js';
import { ids, plan } from './route-helpers.js';

const manifest = defaultManifest;
const english = (text: Text) => (typeof text === 'string' ? text : (text.en ?? ''));

describe('an adult whose own images from before 18 are shared', () => {
  // Report Remove, NeedHelpNow and SletDet are for under-18s; Boys Town and Childhelp for children and the adults
  // helping them. Take It Down: "images ... taken when the person was under 18"; CCRI: adults' own images.
  const forYoungOnly = ['childline-report-remove', 'needhelpnow-ca', 'dk-sletdet'];
  const helperLines = ['boys-town-hotline', 'childhelp', 'ncmec-support'];

  it('reports as images of a minor, with the services an adult may use', () => {
    const us = plan('minor-images', 'adult', 'US');
    expect(ids(us.official)).to.include.members(['ncmec-cybertipline', 'ncmec-take-it-down']);
    expect(us.minorImages, 'the never-capture rule follows the age in the images').to.equal(true);
    expect(us.helping).to.equal(false);
    for (const region of ['GB', 'CA', 'DK', 'US']) {
      const shown = ids(plan('minor-images', 'adult', region).official);
      for (const id of forYoungOnly) expect(shown, `${region}: ${id}`).not.to.include(id);
      expect(shown, region).to.include('ncmec-take-it-down');
      expect(shown, region).not.to.include('stopncii');
    }
  });

  it('is supported by the lines for adults, not as someone helping a child', () => {
    const us = ids(plan('minor-images', 'adult', 'US').support);
    expect(us.slice(0, 2)).to.deep.equal(['ccri-helpline', 'rainn-hotline']);
    for (const id of helperLines) expect(us, id).not.to.include(id);
    expect(ids(plan('minor-images', 'adult', 'GB').support)[0]).to.equal('revenge-porn-helpline');
  });

  it('still routes an adult helping someone under 18 as a helper', () => {
    const parent = plan('minor-images', 'adult', 'US', true);
    expect(parent.helping).to.equal(true);
    expect(ids(parent.support)).to.include('childhelp');
  });
});

describe('Take It Down, only for images taken under 18', () => {
  it('shows in no adult plan for their own images since 18, and in every image plan for a young person', () => {
    for (const region of regionsIn(manifest)) {
      for (const situation of ['ncii', 'sextortion'])
        expect(
          ids(plan(situation, 'adult', region).official),
          `${situation} ${region}`,
        ).not.to.include('ncmec-take-it-down');
      expect(ids(plan('minor-images', 'under-18', region).official), region).to.include(
        'ncmec-take-it-down',
      );
    }
  });
});

describe('INHOPE, a finder that takes no reports', () => {
  it('helps a young person with no country find a hotline, for sextortion and shared images too', () => {
    expect(ids(plan('sextortion', 'under-18', 'INTL').official)).to.include('inhope');
    expect(ids(plan('minor-images', 'under-18', 'INTL').official)).to.include('inhope');
  });

  it('never shows where the country has a hotline for abuse images of its own', () => {
    for (const region of regionsIn(manifest)) {
      const own = manifest.resources.some(
        (r) =>
          r.kind === 'reporting-centre' &&
          r.topics.includes('csam') &&
          r.regions.some((code) => code !== 'INTL' && servesRegion([code], region)),
      );
      if (!own) continue;
      for (const situation of ['sextortion', 'minor-images', 'csam-found'])
        expect(
          ids(plan(situation, 'under-18', region).official),
          `${situation} ${region}`,
        ).not.to.include('inhope');
    }
  });
});

describe('international hotlines where a country has no reporting centre', () => {
  it('keeps the IWF for a Kenyan teen who found abuse material: a police tip line is no image hotline', () => {
    const ke = ids(plan('csam-found', 'under-18', 'KE').official);
    expect(ke).to.include.members(['ke-fichua-dci', 'iwf-report']);
  });
});

describe('a line for the adult helping a child', () => {
  const helper: readonly Audience[] = ['parent', 'educator', 'adult'];
  const forHelper = (r: Resource) => r.audiences.some((a) => helper.includes(a));
  const topics = ['worried-adult', 'crisis', 'welfare'];

  it('is in every parent plan, wherever the country has one', () => {
    for (const region of regionsIn(manifest)) {
      const exists = manifest.resources.some(
        (r) =>
          r.kind === 'helpline' &&
          !r.group &&
          servesRegion(r.regions, region) &&
          forHelper(r) &&
          (!r.ages || r.ages.includes('under-18')) &&
          r.topics.some((t) => topics.includes(t)),
      );
      if (!exists) continue;
      for (const situation of manifest.guide.situations.map((s) => s.id)) {
        const p = plan(situation, 'under-18', region, true);
        expect(p.support.some(forHelper), `${situation} ${region}: ${ids(p.support)}`).to.equal(
          true,
        );
      }
    }
  });
});

describe('a line for the adult helping a child, when the country’s adult line is for adults only', () => {
  // A country whose lines are a child helpline and a crisis line for adults (as many of the third pass's are):
  // the parent cannot call the child line for themselves, and the adults' line is theirs.
  const line = (id: string, audiences: Audience[], topics: string[]): Resource => ({
    id,
    kind: 'helpline',
    name: id,
    description: id,
    regions: ['ZZ'],
    audiences,
    topics,
    channels: [{ type: 'phone', number: '116111', display: '116 111' }],
    hours: { type: 'always' },
  });
  const withLines = {
    ...manifest,
    resources: [
      ...manifest.resources,
      line('zz-child-line', ['child', 'teen'], ['youth-support']),
      line('zz-adult-crisis', ['adult'], ['crisis']),
    ],
  };

  it('adds the adults’ line to a parent’s plan, and never to a young person’s', () => {
    const parent = planFor(withLines, {
      situation: 'sextortion',
      age: 'under-18',
      region: 'ZZ',
      helping: true,
    })!;
    expect(ids(parent.support)).to.deep.equal(['zz-child-line', 'zz-adult-crisis']);
    const teen = planFor(withLines, {
      situation: 'sextortion',
      age: 'under-18',
      region: 'ZZ',
      helping: false,
    })!;
    expect(ids(teen.support)).to.deep.equal(['zz-child-line']);
  });
});

describe('Malaysia’s Talian Kasih, a general welfare line', () => {
  it('is offered to an adult too (reference: "a general welfare line, not only for children", 24/7)', () => {
    for (const situation of ['sextortion', 'ncii'])
      expect(ids(plan(situation, 'adult', 'MY').support), situation).to.include('my-talian-kasih');
  });
});

describe('exploitation for money (paid, pushed or tricked into sexual images or live streams)', () => {
  it('says plainly it is abuse, and not their fault even if they agreed or were paid', () => {
    const teen = plan('exploitation', 'under-18', 'US');
    expect(english(teen.recognise)).to.match(/abuse/);
    expect(english(teen.recognise)).to.contain('not your fault, even if you agreed or were paid');
    expect(teen.urgent.map(english).join(' ')).to.match(/do not send more/i);
    const parent = plan('exploitation', 'under-18', 'US', true);
    expect(english(parent.recognise)).to.contain(
      'not their fault, even if they agreed or were paid',
    );
  });

  it('routes a young person to the police, the trafficking line and the hotline for images of children', () => {
    // NCMEC's CyberTipline takes "child sex trafficking" and images of children; the National Human Trafficking
    // Hotline is the US's trafficking line; the IWF is the UK's hotline for images of children.
    const us = plan('exploitation', 'under-18', 'US');
    expect(ids(us.official)).to.include.members(['ncmec-cybertipline', 'nhth']);
    expect(us.police?.numbers?.emergency).to.deep.equal(['911']);
    expect(us.minorImages).to.equal(true);
    expect(ids(plan('exploitation', 'under-18', 'GB', true).official)).to.include('iwf-report');
  });

  it('routes an adult to the trafficking line and the police, never to a child’s hotline', () => {
    const adult = plan('exploitation', 'adult', 'US');
    expect(ids(adult.official)).to.deep.equal(['nhth']);
    expect(adult.minorImages).to.equal(false);
    expect(ids(adult.support)).to.include('rainn-hotline');
  });
});

describe('the walks of issue 19', () => {
  it('gives a teen in the Philippines pushed into paid live streams a hotline for images of children too', () => {
    // The reference's 1343 Actionline is for human trafficking: it is no hotline for images, so it does not stand
    // in for the IWF ("report them here from any country") or INHOPE's map of national hotlines.
    for (const [age, helping] of [
      ['under-18', false],
      ['under-18', true],
    ] as const) {
      const shown = ids(plan('exploitation', age, 'PH', helping).official);
      expect(shown).to.include.members(['ph-1343-actionline', 'iwf-report', 'inhope']);
    }
    // Jamaica's Crime Stop takes tips about any crime: no hotline for images either.
    expect(ids(plan('exploitation', 'under-18', 'JM').official)).to.include('iwf-report');
    // A country's own hotline for images still stands in for the IWF.
    expect(ids(plan('exploitation', 'under-18', 'IE').official)).not.to.include('iwf-report');
  });
});
