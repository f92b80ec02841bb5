/**
 * Routing for the European countries of the reference's third pass (reference/resources.md, "Countries
 * added in the third pass"), a young person's, an adult's and a parent's plan for each. Every expectation is
 * written from a row of the reference (quoted beside it), not from what the code returns.
 */
import { expect } from '@open-wc/testing';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { planFor } from '../src/manifest/plan.js';
import type { AgeGroup, Resource } from '../src/manifest/schema.js';

function plan(situation: string, age: AgeGroup, region: string, helping = false) {
  const found = planFor(defaultManifest, { situation, age, region, helping });
  if (!found) throw new Error(`no plan for ${situation}`);
  return found;
}

const ids = (resources: readonly Resource[]) => resources.map((r) => r.id);
const teen = (situation: string, region: string) => plan(situation, 'under-18', region);
const adult = (situation: string, region: string) => plan(situation, 'adult', region);
const parent = (situation: string, region: string) => plan(situation, 'under-18', region, true);
const police = (region: string, situation = 'sextortion', age: AgeGroup = 'adult') => {
  const p = plan(situation, age, region);
  return {
    services: ids(p.police?.services ?? []),
    numbers: p.police?.numbers?.emergency ?? [],
  };
};

describe('planFor, Europe in the third pass (from the reference)', () => {
  it('CZ: police 158; Linka bezpečí for a teen; E-Bezpečí and 116 006 for an adult', () => {
    // cz-policie: "intimate images shared or threatened, sextortion, grooming"; Linka bezpečí: "children and
    // students up to 26"; E-Bezpečí: "children and adults: sextortion, revenge porn"; 116 006: "victims … of any crime".
    expect(police('CZ', 'sextortion', 'under-18').services).to.deep.equal(['cz-policie']);
    expect(ids(teen('sextortion', 'CZ').support)[0]).to.equal('cz-linka-bezpeci');
    expect(ids(adult('ncii', 'CZ').support)).to.include.members(['cz-e-bezpeci', 'cz-116006']);
    // STOPonline.cz takes child abuse content: never an adult's own case.
    expect(ids(adult('ncii', 'CZ').official)).not.to.include('cz-stoponline');
    expect(ids(parent('sextortion', 'CZ').support)).to.include('cz-e-bezpeci');
  });

  it('SK: Ochráň ma takes sexual extortion of children; the women’s line for an adult; Viac ako ni(c)k for a parent', () => {
    // Ochráň ma: "sexual extortion of children"; Stopline.sk is not the hotline any more.
    expect(ids(teen('sextortion', 'SK').official)).to.include('sk-ochranma');
    expect(ids(teen('sextortion', 'SK').support)[0]).to.equal('sk-ldi-116111');
    expect(ids(adult('sextortion', 'SK').official)).not.to.include('sk-ochranma');
    expect(police('SK').services).to.deep.equal(['sk-policia']);
    expect(ids(adult('ncii', 'SK').support)).to.include('sk-linka-pre-zeny');
    // Viac ako ni(c)k: "adults may report violence against a child".
    expect(ids(parent('adult-contact', 'SK').support)[0]).to.equal('sk-viac-ako-nick');
  });

  it('HU: the NMHH hotline for adults’ images too; Kék Vonal for a teen and a parent', () => {
    // Internet Hotline: "child sexual abuse material and content published without consent — mostly adults'".
    expect(ids(teen('minor-images', 'HU').official)).to.include('hu-nmhh-internet-hotline');
    expect(ids(adult('ncii', 'HU').official)).to.include('hu-nmhh-internet-hotline');
    expect(ids(adult('ncii', 'HU').support)).to.include('hu-aldozatsegito-vonal');
    expect(ids(teen('sextortion', 'HU').support)[0]).to.equal('hu-kek-vonal');
    // Kék Vonal: "adults only when calling about a child in need".
    expect(ids(parent('adult-contact', 'HU').support)[0]).to.equal('hu-kek-vonal');
    expect(ids(adult('ncii', 'HU').support)).not.to.include('hu-kek-vonal');
  });

  it('RO: esc_ABUZ for a child’s images, the police for an adult’s, 119 for a parent', () => {
    expect(ids(teen('minor-images', 'RO').official)).to.include('ro-esc-abuz');
    expect(ids(teen('sextortion', 'RO').support)[0]).to.equal('ro-116111');
    // Sharing an intimate image without consent: a crime since 2023 (Law 171/2023).
    expect(police('RO', 'ncii').services).to.deep.equal(['ro-politia']);
    expect(ids(adult('ncii', 'RO').official)).not.to.include('ro-esc-abuz');
    // 119: "anyone reporting violence against a child, sexual abuse included".
    expect(ids(parent('adult-contact', 'RO').support)[0]).to.equal('ro-119');
  });

  it('BG: SafeNet.bg and 116 111 for a teen; the domestic-violence line for an adult', () => {
    expect(ids(teen('sextortion', 'BG').official)).to.include('bg-safenet-hotline');
    expect(ids(teen('sextortion', 'BG').support)[0]).to.equal('bg-116111');
    // 0800 11 977: "image abuse by a partner fits here".
    expect(ids(adult('ncii', 'BG').support)).to.include('bg-0800-11977');
    expect(ids(parent('adult-contact', 'BG').support)[0]).to.be.oneOf(['bg-116111', 'bg-124123']);
  });

  it('GR: SafeLine and 116 111 for a teen; 10306 for an adult; SOS 1056 for a parent', () => {
    expect(ids(teen('minor-images', 'GR').official)).to.include('gr-safeline');
    expect(ids(teen('sextortion', 'GR').support)[0]).to.equal('gr-116111');
    expect(ids(adult('ncii', 'GR').support)).to.include('gr-10306');
    expect(ids(adult('ncii', 'GR').official)).not.to.include('gr-safeline');
    expect(police('GR').services).to.deep.equal(['gr-cybercrime-complaint']);
    // Police 100 was not checked on a police page: only 112.
    expect(police('GR', 'csam-found').numbers).not.to.include('100');
    expect(ids(parent('adult-contact', 'GR').support)[0]).to.equal('gr-sos-1056');
  });

  it('HR: Red Button for a child; police 192 and 116 006 for an adult; Hrabri telefon for a parent', () => {
    // Red Button: "sexual abuse and exploitation of children … straight to the police".
    expect(police('HR', 'sextortion', 'under-18').services).to.deep.equal(['hr-red-button']);
    expect(police('HR', 'ncii').numbers).to.deep.equal(['192']);
    expect(ids(adult('ncii', 'HR').support)).to.include('hr-116006');
    expect(ids(teen('sextortion', 'HR').support)).to.include('hr-hrabri-telefon');
    expect(ids(parent('adult-contact', 'HR').support)[0]).to.be.oneOf([
      'hr-hrabri-telefon',
      'hr-cnzd-helpline',
    ]);
  });

  it('SI: Spletno oko and TOM for a teen; police 113 and SOS telefon for an adult', () => {
    expect(ids(teen('minor-images', 'SI').official)).to.include('si-spletno-oko');
    expect(ids(teen('sextortion', 'SI').support)[0]).to.equal('si-tom-116111');
    expect(police('SI', 'ncii').numbers).to.deep.equal(['113']);
    expect(ids(adult('ncii', 'SI').support)).to.include('si-sos-telefon');
    expect(ids(parent('adult-contact', 'SI').support)).to.include('si-tom-116111');
  });

  it('EE: Vihjeliin takes child trafficking; Lasteabi for a teen and a parent; 116 006 for an adult', () => {
    expect(ids(teen('trafficking', 'EE').official)).to.include('ee-vihjeliin');
    expect(ids(adult('trafficking', 'EE').official)).not.to.include('ee-vihjeliin');
    expect(ids(teen('sextortion', 'EE').support)[0]).to.equal('ee-lasteabi-116111');
    expect(police('EE').services).to.deep.equal(['ee-politsei']);
    expect(ids(adult('sextortion', 'EE').support)).to.include('ee-ohvriabi-116006');
    expect(ids(parent('adult-contact', 'EE').support)[0]).to.equal('ee-lasteabi-116111');
  });

  it('LV: police 110; 116 111 for a teen and a parent; 116 006 for an adult', () => {
    expect(police('LV', 'ncii').numbers).to.deep.equal(['110']);
    expect(ids(teen('minor-images', 'LV').official)).to.include('lv-drossinternets');
    expect(ids(teen('sextortion', 'LV').support)[0]).to.equal('lv-116111');
    expect(ids(adult('ncii', 'LV').support)).to.include('lv-116006');
    expect(ids(parent('adult-contact', 'LV').support)[0]).to.equal('lv-116111');
  });

  it('LT: 113 is not the police; Vaikų linija for a teen; Jaunimo linija for a young adult', () => {
    for (const situation of ['sextortion', 'ncii', 'csam-found'])
      expect(police('LT', situation).numbers).not.to.include('113');
    expect(police('LT').services).to.deep.equal(['lt-epolicija']);
    expect(ids(teen('sextortion', 'LT').support)[0]).to.equal('lt-vaiku-linija');
    expect(ids(adult('sextortion', 'LT').support)).to.include('lt-jaunimo-linija');
    expect(ids(parent('adult-contact', 'LT').support)[0]).to.equal('lt-vaiku-linija');
  });

  it('LU: police 113; the Stopline for a child’s images; the BEE SECURE Helpline for an adult', () => {
    expect(police('LU', 'sextortion', 'under-18').services).to.deep.equal(['lu-police']);
    expect(ids(teen('minor-images', 'LU').official)).to.include('lu-bee-secure-stopline');
    expect(ids(teen('sextortion', 'LU').support)[0]).to.equal('lu-kjt-116111');
    // BEE SECURE "sends adults who are victims of online sexual abuse" to the Helpline.
    expect(ids(adult('sextortion', 'LU').support)[0]).to.equal('lu-bee-secure-helpline');
    expect(ids(adult('sextortion', 'LU').official)).not.to.include('lu-bee-secure-stopline');
    expect(ids(parent('adult-contact', 'LU').support)[0]).to.equal('lu-kjt-116111');
  });

  it('MT: Childwebalert and 179 for a teen; the police’s online report for an adult', () => {
    expect(ids(teen('minor-images', 'MT').official)).to.include('mt-childwebalert');
    expect(ids(teen('sextortion', 'MT').support)[0]).to.equal('mt-179');
    expect(police('MT').services).to.deep.equal(['mt-police-online']);
    expect(ids(adult('sextortion', 'MT').support)).to.include('mt-179');
    expect(ids(parent('adult-contact', 'MT').support)[0]).to.equal('mt-179');
  });

  it('CY: the police’s cyber office; 1480 for an adult and a parent; 1466 for a teen', () => {
    expect(police('CY').services).to.deep.equal(['cy-cyberalert']);
    expect(ids(teen('sextortion', 'CY').support)).to.include.members(['cy-hfc-1466', 'cy-1480']);
    // 1480: "99% of callers in 2024 were adults: sextortion, non-consensual sexual material".
    expect(ids(adult('sextortion', 'CY').support)[0]).to.equal('cy-1480');
    expect(ids(parent('adult-contact', 'CY').support)).to.include('cy-hfc-1466');
  });

  it('IS: 112 (and its chat) as the police; no 116 111; Stígamót for an adult', () => {
    expect(police('IS', 'sextortion', 'under-18').services).to.deep.equal(['is-112-chat']);
    expect(ids(teen('minor-images', 'IS').official)).to.include('is-barnaheill-tipline');
    expect(ids(teen('sextortion', 'IS').support)).to.include('is-1717');
    // Publishing sexual images without consent is sexual violence (heilsuvera.is): Stígamót.
    expect(ids(adult('ncii', 'IS').support)).to.include('is-stigamot');
    expect(ids(parent('adult-contact', 'IS').support)).to.include('is-1717');
  });

  it('TR: 112 and the prosecutor; İhbarWeb for images of a child; ALO 183 for a teen, an adult and a parent', () => {
    expect(police('TR', 'ncii').services).to.deep.equal(['tr-polis-savcilik']);
    expect(ids(adult('minor-images', 'TR').official)).to.include('tr-ihbarweb');
    expect(ids(teen('sextortion', 'TR').support)).to.include('tr-alo-183');
    // ALO 183: "social support line for families, women, children, elderly and disabled people", 24/7: a general
    // line an adult can call too, where the reference has no line for an adult's own case.
    expect(ids(adult('ncii', 'TR').support)).to.deep.equal(['tr-alo-183']);
    expect(ids(parent('adult-contact', 'TR').support)[0]).to.equal('tr-alo-183');
  });

  it('BA: never 112, and the likely police 122 shown as not checked; Plavi telefon for a teen', () => {
    const ba = defaultManifest.emergency.find((e) => e.region === 'BA')!;
    expect(ba.numbers).not.to.include('112');
    expect(ba.verified).to.equal(undefined);
    expect(police('BA', 'ncii').numbers).to.deep.equal(['122']);
    expect(ids(teen('minor-images', 'BA').official)).to.include('ba-sigurnodijete-hotline');
    expect(ids(teen('sextortion', 'BA').support)[0]).to.equal('ba-plavi-telefon');
    // The helpline's number comes from one news report: shown, but never as checked.
    const helpline = adult('sextortion', 'BA').support;
    expect(ids(helpline)).to.deep.equal(['ba-sigurnodijete-helpline']);
    expect(helpline[0]!.verified).to.equal(undefined);
    expect(ids(parent('adult-contact', 'BA').support)[0]).to.equal('ba-sigurnodijete-helpline');
  });
});
