/**
 * Routing checked against reference/resources.md. The first part states, country by country, what the
 * reference says each plan must and must not show (written from the reference, not from the output). The second
 * part checks the rules over every situation × age × helper × region of the default manifest, so countries added
 * later are covered as soon as their data arrives.
 */
import { expect } from '@open-wc/testing';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import {
  answerOf,
  audiencesFor,
  choicesFor,
  planFor,
  reachableNow,
  signsHelplines,
  type Plan,
} from '../src/manifest/plan.js';
import type { AgeGroup, Audience, Resource } from '../src/manifest/schema.js';
import { regionsIn, servesRegion } from '../src/manifest/select.js';
import { ids, plan, police, policeNumbers } from './route-helpers.js';

const manifest = defaultManifest;

/** An adult telling of their own images from before 18 (the situation says so with `ownImages`). */
const ownImages = (p: Plan, age: AgeGroup, helping: boolean) =>
  Boolean(p.situation.ownImages) && age === 'adult' && !helping;

const WHO: [string, AgeGroup, boolean][] = [
  ['teen', 'under-18', false],
  ['parent', 'under-18', true],
  ['adult', 'adult', false],
  ['helping an adult', 'adult', true],
];

describe('planFor, from the reference', () => {
  describe('grooming (an adult seeking sexual contact with a child)', () => {
    it('GB: CEOP, the police’s online form; the NSPCC before Childline for a parent', () => {
      const teen = plan('adult-contact', 'under-18', 'GB');
      expect(police(teen)).to.deep.equal(['ceop']);
      expect(ids(teen.support)[0]).to.equal('childline');
      const parent = plan('adult-contact', 'under-18', 'GB', true);
      expect(police(parent)).to.deep.equal(['ceop']);
      expect(ids(parent.support).slice(0, 2)).to.deep.equal(['nspcc-helpline', 'childline']);
    });

    it('AU: the ACCCE report form; Kids Helpline first for a young person', () => {
      const teen = plan('adult-contact', 'under-18', 'AU');
      expect(police(teen)).to.deep.equal(['accce-report']);
      expect(ids(teen.support)[0]).to.equal('kids-helpline-au');
      expect(ids(teen.support)).to.include('lifeline-au');
    });

    it('IE: no online police form in the reference, so the police numbers 112 or 999; Childline (ISPCC)', () => {
      const teen = plan('adult-contact', 'under-18', 'IE');
      expect(police(teen)).to.deep.equal([]);
      expect(policeNumbers(teen)).to.deep.equal(['112', '999']);
      expect(ids(teen.support)[0]).to.equal('childline-ie');
      expect(ids(teen.support)).to.include('samaritans');
    });

    it('US and CA: the child tiplines, and the police number', () => {
      expect(ids(plan('adult-contact', 'under-18', 'US').official)).to.deep.equal([
        'ncmec-cybertipline',
      ]);
      expect(ids(plan('adult-contact', 'under-18', 'CA').official)).to.deep.equal(['cybertip-ca']);
      expect(policeNumbers(plan('adult-contact', 'under-18', 'CA'))).to.deep.equal(['911']);
    });

    it('calls the police’s own number where a country has several emergency numbers', () => {
      // From the reference's headings: Brazil's Polícia Militar 190, Switzerland 117, South Africa 10111;
      // Argentina: 911 in most provinces (101 only in some), so 911. (Chile has a police service, the PDI.)
      const byCountry = Object.fromEntries(
        ['BR', 'CH', 'ZA', 'AR'].map((region) => [
          region,
          policeNumbers(plan('adult-contact', 'under-18', region)),
        ]),
      );
      expect(byCountry).to.deep.equal({
        BR: ['190'],
        CH: ['117'],
        ZA: ['10111'],
        AR: ['911'],
      });
    });

    it('an adult choosing "me, 18 or over" is routed as someone helping a child', () => {
      expect(police(plan('adult-contact', 'adult', 'GB'))).to.deep.equal(['ceop']);
      expect(ids(plan('adult-contact', 'adult', 'GB').support)[0]).to.equal('nspcc-helpline');
    });
  });

  describe('sextortion', () => {
    it('speaks to the person threatened as "you", and to someone helping them about that person', () => {
      const words = (p: Plan) =>
        [p.recognise, ...p.urgent, p.title].map((text) => (text as { en: string }).en);
      for (const age of ['under-18', 'adult'] as const) {
        const own = words(plan('sextortion', age, 'GB'));
        expect(own[0]).to.contain('The person threatening you is to blame, not you.');
        expect(own).to.include('Do not delete the chat or your account.');
        const helper = words(plan('sextortion', age, 'GB', true));
        expect(helper[0]).to.contain('not the person being threatened');
        expect(helper).to.include('Do not delete the chat or the account.');
        expect(helper.join(' '), 'no "you" meant for the person threatened').not.to.match(
          /threatening you|your account|even one of you|unless I pay/,
        );
      }
    });

    /** Per country and reader: police route, must include, must not include, first support line, crisis line. */
    const cases: Record<
      string,
      Record<
        string,
        {
          police: string[];
          numbers?: string[];
          include: string[];
          exclude: string[];
          firstSupport?: string;
          crisis?: string[];
        }
      >
    > = {
      US: {
        teen: {
          police: ['fbi-tips'],
          include: ['ncmec-cybertipline', 'ncmec-take-it-down'],
          exclude: ['stopncii'],
          firstSupport: 'boys-town-hotline',
          crisis: ['lifeline-988', 'crisis-text-line'],
        },
        parent: {
          police: ['fbi-tips'],
          include: ['ncmec-cybertipline', 'ncmec-take-it-down'],
          exclude: ['stopncii'],
          crisis: ['lifeline-988', 'crisis-text-line'],
        },
        adult: {
          police: ['fbi-tips'],
          include: ['stopncii'],
          exclude: ['ncmec-cybertipline', 'dod-safe-helpline'],
          firstSupport: 'ccri-helpline',
          crisis: ['lifeline-988', 'crisis-text-line'],
        },
      },
      CA: {
        teen: {
          police: [],
          numbers: ['911'],
          include: ['cybertip-ca', 'needhelpnow-ca', 'ncmec-take-it-down'],
          exclude: ['stopncii'],
          firstSupport: 'kids-help-phone',
          crisis: ['kids-help-phone'],
        },
        parent: {
          police: [],
          numbers: ['911'],
          include: ['cybertip-ca', 'ncmec-take-it-down'],
          exclude: ['stopncii'],
        },
        // Adults: the police (third pass: a crime, threats are extortion), the Anti-Fraud Centre, and 9-8-8.
        adult: {
          police: ['ca-police-ncii'],
          include: ['stopncii', 'ca-cafc-sextortion'],
          exclude: ['cybertip-ca', 'needhelpnow-ca'],
          crisis: ['ca-988'],
        },
      },
      GB: {
        teen: {
          police: ['ceop'],
          include: ['childline-report-remove', 'ncmec-take-it-down'],
          exclude: ['stopncii', 'revenge-porn-helpline'],
          firstSupport: 'childline',
          crisis: ['shout-85258', 'samaritans'],
        },
        parent: {
          police: ['ceop'],
          include: ['ncmec-take-it-down'],
          exclude: ['stopncii'],
          firstSupport: 'nspcc-helpline',
          crisis: ['shout-85258', 'samaritans'],
        },
        // CEOP is for under-18s: someone over 18 reporting about themselves calls 101.
        adult: {
          police: [],
          numbers: ['101', '999', '112'],
          include: ['stopncii', 'revenge-porn-helpline'],
          exclude: ['ceop', 'childline-report-remove', 'childline'],
          crisis: ['shout-85258', 'samaritans'],
        },
      },
      AU: {
        teen: {
          police: ['accce-report'],
          include: ['esafety-report', 'ncmec-take-it-down'],
          exclude: ['stopncii'],
          firstSupport: 'kids-helpline-au',
          crisis: ['lifeline-au'],
        },
        parent: {
          police: ['accce-report'],
          include: ['esafety-report', 'ncmec-take-it-down'],
          exclude: ['stopncii'],
          crisis: ['lifeline-au'],
        },
        adult: {
          police: [],
          numbers: ['000'],
          include: ['esafety-report', 'stopncii'],
          exclude: ['accce-report'],
          crisis: ['lifeline-au'],
        },
      },
      IE: {
        teen: {
          police: [],
          numbers: ['112', '999'],
          include: ['ncmec-take-it-down'],
          exclude: ['stopncii'],
          firstSupport: 'childline-ie',
          crisis: ['samaritans'],
        },
        parent: {
          police: [],
          numbers: ['112', '999'],
          include: ['ncmec-take-it-down'],
          exclude: ['stopncii'],
          crisis: ['samaritans'],
        },
        adult: {
          police: [],
          numbers: ['112', '999'],
          include: ['stopncii'],
          exclude: ['childline-ie'],
          crisis: ['samaritans'],
        },
      },
      INTL: {
        teen: { police: [], include: ['ncmec-take-it-down'], exclude: ['stopncii'] },
        parent: { police: [], include: ['ncmec-take-it-down'], exclude: ['stopncii'] },
        adult: { police: [], include: ['stopncii'], exclude: [] },
      },
    };
    for (const [region, readers] of Object.entries(cases)) {
      for (const [reader, want] of Object.entries(readers)) {
        it(`${region}, ${reader}`, () => {
          const [, age, helping] = WHO.find(([name]) => name === reader)!;
          const p = plan('sextortion', age, region, helping);
          const shown = [...ids(p.official), ...ids(p.support)];
          expect(police(p), 'police services').to.deep.equal(want.police);
          if (want.numbers) expect(policeNumbers(p), 'police numbers').to.deep.equal(want.numbers);
          expect(shown).to.include.members(want.include);
          for (const id of want.exclude) expect(shown, id).not.to.include(id);
          if (want.firstSupport) expect(ids(p.support)[0]).to.equal(want.firstSupport);
          if (want.crisis) expect(ids(p.support)).to.include.members(want.crisis);
          expect(p.minorImages).to.equal(age === 'under-18');
          // Take It Down: images "taken when the person was under 18", never an adult's own sextortion.
          if (age === 'adult') expect(shown).not.to.include('ncmec-take-it-down');
        });
      }
    }
  });

  describe('trafficking', () => {
    it('US: the National Human Trafficking Hotline; the CyberTipline only for a child', () => {
      expect(ids(plan('trafficking', 'under-18', 'US').official)).to.have.members([
        'ncmec-cybertipline',
        'nhth',
      ]);
      expect(ids(plan('trafficking', 'adult', 'US').official)).to.deep.equal(['nhth']);
      expect(policeNumbers(plan('trafficking', 'adult', 'US'))).to.deep.equal(['911']);
    });

    it('CA: the Canadian Human Trafficking Hotline and 911, at any age', () => {
      for (const age of ['under-18', 'adult'] as const) {
        const p = plan('trafficking', age, 'CA');
        expect(ids(p.official)).to.deep.equal(['ca-trafficking-hotline']);
        expect(policeNumbers(p)).to.deep.equal(['911']);
      }
    });

    it('GB, AU, IE: the trafficking lines of the third pass and the police; never an image hotline', () => {
      for (const age of ['under-18', 'adult'] as const) {
        // GB: the Modern Slavery Helpline is a charity, not the police: a line to talk to, and 101 / 999.
        const gb = plan('trafficking', age, 'GB');
        expect(ids(gb.official), `GB ${age}`).to.deep.equal([]);
        expect(policeNumbers(gb), `GB ${age}`).to.deep.equal(['101', '999', '112']);
        expect(ids(gb.support), `GB ${age}`).to.include('gb-modern-slavery-helpline');
        // AU and IE: the police's own trafficking routes.
        expect(ids(plan('trafficking', age, 'AU').official), `AU ${age}`).to.deep.equal([
          'au-afp-trafficking',
        ]);
        expect(ids(plan('trafficking', age, 'IE').official), `IE ${age}`).to.deep.equal([
          'ie-garda-trafficking',
        ]);
      }
    });
  });

  describe('intimate images, by age', () => {
    it('under 18 (self or helped): the under-18 image plan, with Take It Down and never StopNCII', () => {
      for (const helping of [false, true]) {
        for (const region of ['US', 'GB', 'CA', 'AU', 'IE']) {
          const p = plan('ncii', 'under-18', region, helping);
          expect(p.situation.id).to.equal('minor-images');
          expect(p.minorImages).to.equal(true);
          expect(ids(p.official)).to.include('ncmec-take-it-down');
          expect(ids(p.official)).not.to.include('stopncii');
        }
      }
      expect(ids(plan('ncii', 'under-18', 'GB').official)).to.include('childline-report-remove');
    });

    it('18 or over: StopNCII, the adult lines, and the police', () => {
      const gb = plan('ncii', 'adult', 'GB');
      expect(gb.situation.id).to.equal('ncii');
      expect(gb.minorImages).to.equal(false);
      // Take It Down is for images "taken when the person was under 18": an adult's own images from before 18 are
      // the minor-images situation, not this one.
      expect(ids(gb.official)).to.deep.equal(['stopncii']);
      expect(policeNumbers(gb)).to.deep.equal(['101', '999', '112']);
      expect(ids(gb.support)[0]).to.equal('revenge-porn-helpline');
      // Hotline.ie also reports intimate image abuse to the Gardaí.
      expect(ids(plan('ncii', 'adult', 'IE').official)).to.deep.equal(['hotline-ie', 'stopncii']);
      expect(ids(plan('ncii', 'adult', 'US').support)[0]).to.equal('ccri-helpline');
      expect(ids(plan('ncii', 'adult', 'US').official)).not.to.include('ncmec-cybertipline');
    });
  });

  it('shows the DoD Safe Helpline only when the military group is asked for', () => {
    expect(ids(plan('sextortion', 'adult', 'US').support)).not.to.include('dod-safe-helpline');
    expect(ids(plan('sextortion', 'adult', 'US', false, ['military']).support)).to.include(
      'dod-safe-helpline',
    );
  });

  it('sends found abuse material in a country with no listed service to the IWF, which takes reports from anywhere, and INHOPE’s map', () => {
    // AQ (Antarctica): no country file lists services there.
    const p = plan('csam-found', 'adult', 'AQ');
    expect(ids(p.official)).to.deep.equal(['iwf-report', 'inhope']);
    expect(p.crossBorder).to.equal(true);
    // The IWF stays the UK's own hotline; a country with its own is sent to neither.
    expect(ids(plan('csam-found', 'adult', 'GB').official)).to.deep.equal(['iwf-report']);
    expect(ids(plan('csam-found', 'adult', 'AT').official)).to.deep.equal(['at-stopline']);
    // Peru's plan had INHOPE alone, which takes no reports itself (reference, "International").
    expect(ids(plan('csam-found', 'under-18', 'PE').official)).to.include('iwf-report');
  });

  it('sends a young person’s shared nude to the country’s hotline for sexual images of children', () => {
    // Stopline "report sexual images of children"; IWF "child sexual abuse images or videos (under 18)".
    for (const [region, hotline] of [
      ['AT', 'at-stopline'],
      ['DE', 'de-jugendschutz-net'],
      ['PL', 'pl-dyzurnet'],
      ['GB', 'iwf-report'],
    ] as const) {
      expect(ids(plan('minor-images', 'under-18', region).official), region).to.include(hotline);
      expect(ids(plan('ncii', 'under-18', region, true).official), region).to.include(hotline);
    }
  });

  it('keeps child-only reporting and tip lines out of an adult’s own case', () => {
    // Kripos: "sextortion of children"; clickandstop.ch: Kinderschutz Schweiz, child sexual abuse material.
    expect(ids(plan('sextortion', 'adult', 'NO').official)).not.to.include('no-kripos-tips');
    expect(ids(plan('sextortion', 'under-18', 'NO').official)).to.include('no-kripos-tips');
    expect(ids(plan('sextortion', 'adult', 'CH').official)).not.to.include('ch-clickandstop');
  });

  it('gives an adult’s own case no line for children or for adults worried about a child as the line open now', () => {
    // 114 "a child in immediate danger"; Bantay Bata "report child abuse"; the NAVH "child abuse and family violence".
    for (const [region, line] of [
      ['IT', 'it-114'],
      ['PH', 'ph-bantay-bata-163'],
      ['SG', 'sg-navh'],
    ] as const) {
      for (const situation of ['sextortion', 'ncii', 'trafficking'])
        expect(
          ids(plan(situation, 'adult', region).support),
          `${situation} ${region}`,
        ).not.to.include(line);
    }
  });

  it('gives an adult who found images online no line only for the young', () => {
    // Kids Help Phone: "young people in Canada"; BRIS, ANAR, 116 111: children and young people.
    for (const region of ['CA', 'SE', 'ES', 'PL']) {
      const found = plan('csam-found', 'adult', region);
      for (const line of found.support)
        expect(line.audiences, `${region}: ${line.id}`).to.satisfy((audiences: string[]) =>
          audiences.some((a) => a !== 'child' && a !== 'teen'),
        );
    }
    // A parent helping their child still gets the child's lines to pass on.
    expect(ids(plan('csam-found', 'under-18', 'CA', true).support)).to.include('kids-help-phone');
  });

  it('FR: PHAROS takes public content only, so grooming in private messages goes to the police on 17', () => {
    // PHAROS: "report illegal public content online … not for private messages (go to the police)".
    const teen = plan('adult-contact', 'under-18', 'FR');
    expect(police(teen)).to.deep.equal([]);
    expect(policeNumbers(teen)).to.include('17');
    expect(ids(teen.official)).to.include('fr-pharos');
  });

  it('MX: the 089 anonymous tip line takes grooming, images and sextortion, which are crimes of sexual abuse', () => {
    // 089: "anonymous tips about crimes such as trafficking and sexual abuse; not for an emergency (call 911)".
    for (const situation of ['adult-contact', 'minor-images', 'csam-found', 'sextortion'])
      expect(police(plan(situation, 'under-18', 'MX')), situation).to.deep.equal([
        'mx-089-denuncia-anonima',
      ]);
  });

  it('offers a removal service people answer by phone or chat as support where no helpline is listed', () => {
    // 3018: "young people and adults … webcam blackmail (sextortion)", call 3018 or chat; Helpwanted: "young people
    // and adults: images misused …, sextortion", call or chat. Since the third pass both countries list adult
    // helplines (3919, 113…), so the fallback is checked with the country's helplines left out.
    for (const [region, id] of [
      ['FR', 'fr-3018'],
      ['NL', 'nl-helpwanted'],
    ] as const) {
      const bare = {
        ...manifest,
        resources: manifest.resources.filter(
          (r) => !(r.kind === 'helpline' && r.regions.includes(region)),
        ),
      };
      const planIn = (situation: string, helping = false) =>
        planFor(bare, { situation, age: 'adult', region, helping })!;
      for (const situation of ['sextortion', 'ncii']) {
        expect(ids(planIn(situation).support), `${region} ${situation}`).to.deep.equal([id]);
        expect(ids(planIn(situation, true).support)).to.deep.equal([id]);
        // With the country's helplines, they are the support; the removal service stays in the reporting step.
        const listed = plan(situation, 'adult', region);
        expect(ids(listed.support), `${region} ${situation}`).not.to.include(id);
        expect(listed.support.every((r) => r.kind === 'helpline')).to.equal(true);
        // Said as what it is in that step, a line to talk to; the reporting step still calls it a removal tool.
        const found = planIn(situation);
        expect(found.support[0]!.kind).to.equal('helpline');
        expect(found.official.find((r) => r.id === id)!.kind).to.equal('removal-tool');
      }
    }
    // Where a helpline is listed, it is the support; a web-only or international tool never is.
    expect(ids(plan('sextortion', 'under-18', 'FR').support)).to.deep.equal(['fr-119', 'fr-3114']);
    expect(ids(plan('ncii', 'adult', 'US').support)).to.not.include('stopncii');
  });

  it('puts lines with text or chat first when asked', () => {
    const p = planFor(manifest, {
      situation: 'sextortion',
      age: 'adult',
      region: 'US',
      helping: false,
      textFirst: true,
    })!;
    expect(ids(p.support)).to.deep.equal([
      'lifeline-988',
      'crisis-text-line',
      'rainn-hotline',
      'ccri-helpline',
    ]);
  });

  it('finds the chosen platform, and nothing for an unknown situation', () => {
    const p = planFor(manifest, {
      situation: 'ncii',
      age: 'adult',
      region: 'US',
      helping: false,
      platform: 'tiktok',
    })!;
    expect(p.platform?.url).to.equal(
      'https://www.tiktok.com/safety/resources/sexual-assault-resources',
    );
    expect(
      planFor(manifest, { situation: 'nope', age: 'adult', region: 'US', helping: false }),
    ).to.equal(undefined);
  });
});

describe('signsHelplines (beside the warning signs)', () => {
  const lines = (region: string, situation?: string) =>
    ids(signsHelplines(manifest, { situation, helping: false, audience: 'teen', region }));

  it('offers a trafficking line only when the signs point to trafficking', () => {
    // Línea Nacional contra la Trata: "victims and witnesses of trafficking".
    expect(lines('MX')).to.not.include('mx-trata');
    expect(lines('MX', 'trafficking')).to.include('mx-trata');
  });

  it('puts a line open now before one that is closed at night', () => {
    // ANAR: phone 24/7; 017: every day 8:00–23:00 (Europe/Madrid).
    const spain = lines('ES');
    expect(spain).to.include.members(['es-anar', 'es-017']);
    expect(spain.indexOf('es-anar')).to.be.below(spain.indexOf('es-017'));
  });

  it('lists each line once, three at most', () => {
    for (const region of regionsIn(manifest)) {
      const found = lines(region, 'sextortion');
      expect(new Set(found).size, region).to.equal(found.length);
      expect(found.length, region).to.be.at.most(3);
    }
  });
});

describe('planFor, rules over every situation × answer × region (bystanders included)', () => {
  const regions = [...regionsIn(manifest), 'AQ'];
  const all: {
    label: string;
    situation: string;
    age: AgeGroup;
    helping: boolean;
    /** The reader saw or found it ("No one I know"); `age` is the reader's own. */
    found: boolean;
    /** The age of the person the case is about: a bystander's case is a child's where the situation does not say. */
    caseAge: AgeGroup;
    region: string;
    p: Plan;
  }[] = [];
  // Every answer the first screen offers for the situation, as a person would choose it.
  for (const region of regions)
    for (const situation of manifest.guide.situations)
      for (const choice of choicesFor(situation)) {
        const { age, helping, found = false } = answerOf(choice);
        const p = planFor(manifest, { situation: situation.id, age, helping, found, region });
        if (!p) throw new Error(`no plan for ${situation.id}, ${choice}`);
        all.push({
          label: `${situation.id}, ${choice}, ${region}`,
          situation: situation.id,
          age,
          helping,
          found,
          caseAge: found ? (situation.about ?? 'under-18') : age,
          region,
          p,
        });
      }

  it('asks every bystander question the situations have', () => {
    const bystanders = all.filter(({ found }) => found).map(({ situation }) => situation);
    expect([...new Set(bystanders)]).to.include.members([
      'csam-found',
      'minor-images',
      'adult-contact',
      'trafficking',
      'exploitation',
    ]);
  });

  it('covers the regions of the default manifest', () => {
    expect(regions).to.include.members(['US', 'CA', 'GB', 'AU', 'IE', 'INTL']);
  });

  it('says never to capture the images wherever someone under 18 may be in them', () => {
    const alwaysMinor = ['minor-images', 'csam-found', 'adult-contact'];
    const minorWhenUnder18 = ['sextortion', 'ncii', 'trafficking', 'exploitation'];
    for (const { label, situation, caseAge, p } of all) {
      if (
        alwaysMinor.includes(situation) ||
        (caseAge === 'under-18' && minorWhenUnder18.includes(situation))
      )
        expect(p.minorImages, label).to.equal(true);
    }
  });

  it('never shows a service meant for another age of the person it is happening to', () => {
    for (const { label, age, helping, found, caseAge, p } of all) {
      // An adult's own images from before 18: a child's images to report, an adult to support.
      const own = !found && ownImages(p, age, helping);
      const inImages = own ? 'under-18' : (p.situation.about ?? caseAge);
      const person = own ? 'adult' : (p.situation.about ?? caseAge);
      for (const r of p.official)
        if (r.ages) expect(r.ages, `${label}: ${r.id}`).to.include(inImages);
      for (const r of p.support) if (r.ages) expect(r.ages, `${label}: ${r.id}`).to.include(person);
    }
  });

  it('includes a police route in every plan for a crime against the person', () => {
    const crimes = [
      'sextortion',
      'minor-images',
      'ncii',
      'csam-found',
      'adult-contact',
      'trafficking',
      'exploitation',
    ];
    for (const { label, situation, region, p } of all) {
      if (!crimes.includes(situation)) continue;
      expect(p.police, label).to.not.equal(undefined);
      const hasEmergency = manifest.emergency.some(
        (e) => e.region === region && e.numbers.length > 0,
      );
      if (hasEmergency)
        expect(police(p).length + policeNumbers(p).length, label).to.be.greaterThan(0);
      for (const id of police(p))
        expect(manifest.resources.find((r) => r.id === id)!.kind, label).to.equal(
          'law-enforcement',
        );
    }
  });

  it('sends trafficking only to trafficking lines and the police, and an adult never to a child tipline', () => {
    for (const { label, situation, caseAge, p } of all) {
      if (situation !== 'trafficking') continue;
      for (const r of p.official) {
        expect(r.topics, `${label}: ${r.id}`).to.include('trafficking');
        expect(r.id).not.to.equal('inhope');
        if (caseAge === 'adult')
          expect(r.ages ?? [], `${label}: ${r.id}`).not.to.include('under-18');
      }
    }
  });

  it('ends every plan with a line open now, wherever the region has one that fits', () => {
    // A line fits when it is for this person and for this situation or for anyone in distress: a line only for
    // another crime (Mexico's trafficking line) is no help now to someone being sextorted.
    const general = [
      'youth-support',
      'worried-adult',
      'crisis',
      'sexual-assault',
      'child-protection',
    ];
    // An adult's own case: a crisis or sexual-assault line, never one for children or worried adults. An adult
    // asking about a child's case that is not theirs to help with (found images): a line that serves adults.
    const ownAdult = ['crisis', 'sexual-assault'];
    for (const { label, age, helping, caseAge, region, p } of all) {
      const effective =
        caseAge !== age ||
        (p.situation.about && p.situation.about !== age && !ownImages(p, age, helping))
          ? (p.situation.about ?? caseAge)
          : age;
      const audiences = audiencesFor(effective, helping || effective !== age);
      const forReader = (r: Resource) =>
        !(age === 'adult' && effective === 'under-18') ||
        r.audiences.some((a) => a !== 'child' && a !== 'teen');
      const helpingChild = effective === 'under-18' && (helping || effective !== age);
      const situationTopics =
        (helpingChild && p.situation.support.helper) || p.situation.support[effective];
      const topics = [...(effective === 'adult' ? ownAdult : general), ...situationTopics];
      const exists = manifest.resources.some(
        (r) =>
          r.kind === 'helpline' &&
          !r.group &&
          servesRegion(r.regions, region) &&
          forReader(r) &&
          r.audiences.some((a) => audiences.includes(a)) &&
          (!r.ages || r.ages.includes(effective)) &&
          r.topics.some((topic) => topics.includes(topic)) &&
          reachableNow(r),
      );
      if (exists) expect(p.supportNow, label).to.equal(true);
    }
  });

  it('offers no line made for another crime as the line open now', () => {
    const sextortion = plan('sextortion', 'under-18', 'MX');
    expect(ids(sextortion.support)).not.to.include('mx-trata');
    expect(ids(plan('trafficking', 'under-18', 'MX').support)).to.include('mx-trata');
  });

  it('puts a youth line first for a young person, and a helper’s line before child lines for a parent', () => {
    for (const { label, age, helping, region, p } of all) {
      if (age !== 'under-18' || !p.support.length) continue;
      const has = (topic: string, audience?: Audience) =>
        manifest.resources.some(
          (r) =>
            r.kind === 'helpline' &&
            r.topics.includes(topic) &&
            (!audience || r.audiences.includes(audience)) &&
            servesRegion(r.regions, region),
        );
      const first = p.support[0]!;
      if (!helping && has('youth-support', 'teen') && !p.situation.about)
        expect(first.topics, label).to.include('youth-support');
      // A line only for younger children (Tinkle Friend, 7–12) never comes before a line a teen can call.
      const childrenOnly = (r: Resource) =>
        r.audiences.includes('child') && !r.audiences.includes('teen');
      const lastTeenLine = p.support.map((r) => r.audiences.includes('teen')).lastIndexOf(true);
      const firstChildLine = p.support.findIndex(childrenOnly);
      if (firstChildLine >= 0) expect(firstChildLine, label).to.be.above(lastTeenLine);
      if (helping && has('worried-adult'))
        expect(first.audiences, label).to.satisfy((a: string[]) =>
          a.some((x) => x === 'parent' || x === 'educator'),
        );
    }
  });

  it('gives a crisis line in every sextortion plan where the region has one', () => {
    for (const { label, situation, region, age, helping, p } of all) {
      if (situation !== 'sextortion') continue;
      const audiences = audiencesFor(age, helping);
      const exists = manifest.resources.some(
        (r) =>
          r.kind === 'helpline' &&
          r.topics.includes('crisis') &&
          servesRegion(r.regions, region) &&
          r.audiences.some((a) => audiences.includes(a)),
      );
      if (exists)
        expect(
          p.support.some((r) => r.topics.includes('crisis')),
          label,
        ).to.equal(true);
    }
  });

  it('never shows a service for one group unless asked', () => {
    for (const { label, p } of all)
      for (const r of [...p.official, ...p.support])
        expect(r.group, `${label}: ${r.id}`).to.equal(undefined);
  });
});
