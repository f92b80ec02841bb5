/**
 * Routing checked against shared/reference: every situation × age × country of US, GB, CA and AU goes to the
 * services the reference says handle it (ids), and never to one it says is for someone else.
 */
import { expect } from '@open-wc/testing';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { planFor, type Answers } from '../src/manifest/route.js';
import type { AgeGroup } from '../src/manifest/schema.js';

function route(situation: string, age: AgeGroup, region: string, helping = false) {
  const plan = planFor(defaultManifest, { situation, age, region, helping } satisfies Answers);
  if (!plan) throw new Error(`no plan for ${situation}`);
  return {
    official: plan.official.map((r) => r.id),
    support: plan.support.map((r) => r.id),
    crossBorder: plan.crossBorder,
    emergency: plan.emergency?.numbers,
  };
}

type Expectation = { official: string[]; support: string[] };
/** situation → age → region → what the reference says. */
const expected: Record<string, Record<AgeGroup, Record<string, Expectation>>> = {
  sextortion: {
    'under-18': {
      US: {
        official: ['ncmec-cybertipline', 'fbi-tips', 'ncmec-take-it-down'],
        support: ['rainn-hotline'],
      },
      GB: { official: ['childline-report-remove', 'ncmec-take-it-down'], support: ['childline'] },
      CA: {
        official: ['cybertip-ca', 'needhelpnow-ca', 'ncmec-take-it-down'],
        support: ['kids-help-phone'],
      },
      AU: { official: ['esafety-report', 'ncmec-take-it-down'], support: [] },
    },
    adult: {
      US: { official: ['fbi-tips', 'stopncii'], support: ['rainn-hotline', 'dod-safe-helpline'] },
      GB: { official: ['stopncii'], support: [] },
      CA: { official: ['stopncii'], support: [] },
      AU: { official: ['esafety-report', 'stopncii'], support: [] },
    },
  },
  'minor-images': {
    'under-18': {
      US: { official: ['ncmec-cybertipline', 'ncmec-take-it-down'], support: [] },
      GB: { official: ['childline-report-remove', 'ncmec-take-it-down'], support: ['childline'] },
      CA: {
        official: ['cybertip-ca', 'needhelpnow-ca', 'ncmec-take-it-down'],
        support: ['kids-help-phone'],
      },
      AU: { official: ['esafety-report', 'ncmec-take-it-down'], support: [] },
    },
    adult: {
      US: {
        official: ['ncmec-cybertipline', 'inhope'],
        support: ['rainn-hotline', 'dod-safe-helpline'],
      },
      GB: { official: ['iwf-report', 'inhope'], support: ['nspcc-helpline'] },
      CA: { official: ['cybertip-ca', 'inhope'], support: [] },
      AU: { official: ['esafety-report', 'inhope'], support: [] },
    },
  },
  ncii: {
    'under-18': {
      US: { official: ['ncmec-cybertipline', 'ncmec-take-it-down'], support: [] },
      GB: { official: ['childline-report-remove', 'ncmec-take-it-down'], support: ['childline'] },
      CA: {
        official: ['cybertip-ca', 'needhelpnow-ca', 'ncmec-take-it-down'],
        support: ['kids-help-phone'],
      },
      AU: { official: ['esafety-report', 'ncmec-take-it-down'], support: [] },
    },
    adult: {
      US: { official: ['stopncii'], support: ['rainn-hotline', 'dod-safe-helpline'] },
      GB: { official: ['stopncii'], support: [] },
      CA: { official: ['stopncii'], support: [] },
      AU: { official: ['esafety-report', 'stopncii'], support: [] },
    },
  },
  'csam-found': {
    'under-18': {
      US: { official: ['ncmec-cybertipline', 'inhope'], support: [] },
      GB: { official: ['iwf-report', 'inhope'], support: ['childline'] },
      CA: { official: ['cybertip-ca', 'inhope'], support: ['kids-help-phone'] },
      AU: { official: ['esafety-report', 'inhope'], support: [] },
    },
    adult: {
      US: { official: ['ncmec-cybertipline', 'inhope'], support: [] },
      GB: { official: ['iwf-report', 'inhope'], support: ['nspcc-helpline'] },
      CA: { official: ['cybertip-ca', 'inhope'], support: [] },
      AU: { official: ['esafety-report', 'inhope'], support: [] },
    },
  },
  'adult-contact': {
    'under-18': {
      US: { official: ['ncmec-cybertipline'], support: [] },
      GB: { official: [], support: ['childline'] },
      CA: { official: ['cybertip-ca'], support: ['kids-help-phone'] },
      AU: { official: [], support: [] },
    },
    adult: {
      US: { official: ['ncmec-cybertipline'], support: [] },
      GB: { official: [], support: ['nspcc-helpline'] },
      CA: { official: ['cybertip-ca'], support: [] },
      AU: { official: [], support: [] },
    },
  },
  trafficking: {
    'under-18': {
      US: { official: ['ncmec-cybertipline', 'inhope'], support: ['nhth'] },
      GB: { official: ['iwf-report', 'inhope'], support: ['childline'] },
      CA: { official: ['cybertip-ca', 'inhope'], support: ['kids-help-phone'] },
      AU: { official: ['esafety-report', 'inhope'], support: [] },
    },
    adult: {
      US: {
        official: ['ncmec-cybertipline'],
        support: ['nhth', 'rainn-hotline', 'dod-safe-helpline'],
      },
      GB: { official: [], support: [] },
      CA: { official: [], support: [] },
      AU: { official: [], support: [] },
    },
  },
  worried: {
    'under-18': {
      US: { official: ['ncmec-cybertipline', 'inhope'], support: ['rainn-hotline'] },
      GB: { official: ['iwf-report', 'inhope'], support: ['childline'] },
      CA: { official: ['cybertip-ca', 'inhope'], support: ['kids-help-phone'] },
      AU: { official: ['esafety-report', 'inhope'], support: [] },
    },
    adult: {
      US: { official: ['fbi-tips', 'stopncii'], support: ['rainn-hotline', 'dod-safe-helpline'] },
      GB: { official: ['stopncii'], support: ['nspcc-helpline'] },
      CA: { official: ['stopncii'], support: [] },
      AU: { official: ['esafety-report', 'stopncii'], support: [] },
    },
  },
};

describe('planFor', () => {
  it('covers every situation of the default manifest', () => {
    expect(Object.keys(expected)).to.have.members(
      defaultManifest.guide.situations.map((s) => s.id),
    );
  });

  for (const [situation, ages] of Object.entries(expected)) {
    for (const [age, regions] of Object.entries(ages)) {
      for (const [region, want] of Object.entries(regions)) {
        it(`${situation}, ${age}, ${region}`, () => {
          const got = route(situation, age as AgeGroup, region);
          expect({ official: got.official, support: got.support }).to.deep.equal(want);
        });
      }
    }
  }

  it('never sends images of someone under 18 to StopNCII, which is for adults', () => {
    for (const situation of Object.keys(expected)) {
      for (const region of ['US', 'GB', 'CA', 'AU', 'IE', 'JP']) {
        expect(
          route(situation, 'under-18', region).official,
          `${situation} ${region}`,
        ).not.to.include('stopncii');
      }
    }
  });

  it('gives a parent helping a child the services for adults worried about a child too', () => {
    expect(route('adult-contact', 'under-18', 'GB', true).support).to.deep.equal([
      'childline',
      'nspcc-helpline',
    ]);
  });

  it('sends someone in another country to the international network, and says so', () => {
    const plan = route('csam-found', 'adult', 'IE');
    expect(plan.official).to.deep.equal(['inhope']);
    expect(plan.crossBorder).to.equal(true);
    expect(plan.emergency).to.deep.equal(['112', '999']);
    expect(route('csam-found', 'adult', 'GB').crossBorder).to.equal(false);
  });

  it('does not send someone to the international network just because no service takes this situation', () => {
    // No UK service in the reference takes grooming reports online: the plan says to go to the police.
    const plan = route('adult-contact', 'under-18', 'GB');
    expect(plan.official).to.deep.equal([]);
    expect(plan.crossBorder).to.equal(false);
    expect(plan.emergency).to.deep.equal(['999']);
  });

  it('puts services with text or chat first when asked', () => {
    const plan = planFor(defaultManifest, {
      situation: 'trafficking',
      age: 'adult',
      region: 'US',
      helping: false,
      textFirst: true,
    })!;
    expect(plan.support.map((r) => r.id)).to.deep.equal([
      'nhth',
      'rainn-hotline',
      'dod-safe-helpline',
    ]);
  });

  it('finds the chosen platform, and nothing for an unknown situation', () => {
    const plan = planFor(defaultManifest, {
      situation: 'ncii',
      age: 'adult',
      region: 'US',
      helping: false,
      platform: 'instagram',
    })!;
    expect(plan.platform?.url).to.equal('https://help.instagram.com');
    expect(
      planFor(defaultManifest, { situation: 'nope', age: 'adult', region: 'US', helping: false }),
    ).to.equal(undefined);
  });
});
