/**
 * Routing for the countries of the reference's third pass outside Europe (reference/resources.md, "Countries
 * added in the third pass", Japan to Uruguay): for each, a young person's, an adult's and a parent's plan. Every
 * expectation is read from the reference's rows (who a service is for, what it takes, what is not shipped), not
 * from the output. The rules over every plan are in route.test.ts and never-capture.test.ts.
 */
import { expect } from '@open-wc/testing';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { ids, plan, police, policeNumbers } from './route-helpers.js';

const manifest = defaultManifest;

const teen = (situation: string, region: string) => plan(situation, 'under-18', region);
const adult = (situation: string, region: string) => plan(situation, 'adult', region);
const parent = (situation: string, region: string) => plan(situation, 'under-18', region, true);
const emergency = (region: string) => manifest.emergency.find((e) => e.region === region);

describe('planFor, third-pass countries outside Europe, from the reference', () => {
  it('JP: IHC and Safe Line for a teen’s images, police #8103 (110 in danger); the NPA’s online form and #8103 for an adult; 189 for a parent', () => {
    const young = teen('minor-images', 'JP');
    expect(ids(young.official)).to.include.members(['jp-ihc', 'jp-safe-line']);
    // The police's line for victims of sexual crime has no age limit in the reference; 110 leads the panel.
    expect(police(young)).to.deep.equal(['jp-police-8103']);
    expect(emergency('JP')?.numbers).to.include('110');
    expect(ids(young.support)).to.include.members(['jp-24h-sos', 'jp-childline']);
    expect(young.supportNow).to.equal(true);
    const grown = adult('sextortion', 'JP');
    expect(police(grown)).to.have.members(['jp-npa-cyber-online', 'jp-police-8103']);
    expect(ids(grown.support)).to.include('jp-yorisoi');
    expect(ids(grown.support)).not.to.include.members(['jp-childline', 'jp-24h-sos']);
    expect(ids(parent('adult-contact', 'JP').support)).to.include.members(['jp-189', 'jp-24h-sos']);
    // IHC is Japan's own INHOPE hotline: found abuse material goes there, not abroad.
    const found = adult('csam-found', 'JP');
    expect(ids(found.official)).to.deep.equal(['jp-ihc']);
    expect(found.crossBorder).to.equal(false);
  });

  it('KR: the police ECRM and the victim centre 1366 for a teen, with 1388; KCSC and 1366 for an adult', () => {
    const young = teen('sextortion', 'KR');
    expect(police(young)).to.deep.equal(['kr-ecrm']);
    expect(ids(young.official)).to.include('kr-d4u-1366');
    expect(ids(young.support)[0]).to.equal('kr-1388');
    const grown = adult('ncii', 'KR');
    expect(ids(grown.official)).to.include.members(['kr-kcsc-1377', 'kr-d4u-1366']);
    expect(ids(grown.support)).to.include('kr-109');
    expect(ids(grown.support)).not.to.include('kr-1388');
    expect(ids(parent('sextortion', 'KR').support)).to.include('kr-1388');
  });

  it('TW: the Sexual Image Abuse Handling Center for a teen and an adult; 113 for a parent', () => {
    const young = teen('minor-images', 'TW');
    expect(ids(young.official)).to.include.members(['tw-siarc', 'tw-iwin']);
    expect(policeNumbers(young)).to.deep.equal(['110']);
    expect(ids(adult('ncii', 'TW').official)).to.include('tw-siarc');
    expect(ids(adult('ncii', 'TW').official)).not.to.include('tw-iwin');
    expect(ids(parent('minor-images', 'TW').support)).to.include('tw-113');
  });

  it('TH: the police’s online centre and Saidek 1387 for a teen; 1300, not the child line, for an adult', () => {
    const young = teen('sextortion', 'TH');
    expect(police(young)).to.deep.equal(['th-police-online']);
    expect(ids(young.support)[0]).to.equal('th-childline-1387');
    const grown = adult('sextortion', 'TH');
    expect(ids(grown.support)).to.include('th-1300');
    expect(ids(grown.support)).not.to.include('th-childline-1387');
    expect(ids(parent('sextortion', 'TH').support)).to.include('th-childline-1387');
    // Police 191 and fire 199 are likely only: the numbers carry no verified date.
    expect(emergency('TH')!.verified).to.equal(undefined);
  });

  it('ID: the IWF portal and TePSA for a teen; aduankonten.id and police 110 for an adult; SAPA 129 for a parent', () => {
    const young = teen('minor-images', 'ID');
    expect(ids(young.official)).to.include('id-iwf-portal');
    expect(ids(young.support)[0]).to.equal('id-tepsa');
    const grown = adult('ncii', 'ID');
    expect(ids(grown.official)).to.include('id-aduankonten');
    expect(policeNumbers(grown)).to.deep.equal(['110']);
    expect(ids(parent('minor-images', 'ID').support)).to.include('id-sapa-129');
  });

  it('KH: APLE’s hotline for a young person only, police 117, Child Helpline 1280', () => {
    const young = teen('sextortion', 'KH');
    expect(ids(young.official)).to.include('kh-aple-hotline');
    expect(policeNumbers(young)).to.deep.equal(['117']);
    expect(ids(young.support)[0]).to.equal('kh-chc-1280');
    expect(ids(adult('sextortion', 'KH').official)).not.to.include('kh-aple-hotline');
    expect(ids(parent('sextortion', 'KH').support)).to.include('kh-chc-1280');
  });

  it('VN: 111 for a teen and a parent; no hotline of its own, so the IWF and INHOPE; police 113 (likely)', () => {
    expect(ids(teen('sextortion', 'VN').support)[0]).to.equal('vn-111');
    expect(ids(parent('adult-contact', 'VN').support)).to.include('vn-111');
    const found = adult('csam-found', 'VN');
    expect(ids(found.official)).to.include.members(['iwf-report', 'inhope']);
    expect(policeNumbers(found)).to.deep.equal(['113']);
    expect(emergency('VN')!.verified).to.equal(undefined);
  });

  it('PK: the NCCIA (not the FIA) and the DRF helpline; 1099 for a parent; the IWF from abroad', () => {
    const young = teen('sextortion', 'PK');
    expect(police(young)).to.deep.equal(['pk-nccia']);
    expect(ids(young.support)).to.include('pk-drf-helpline');
    const grown = adult('ncii', 'PK');
    expect(police(grown)).to.deep.equal(['pk-nccia']);
    expect(ids(grown.support)[0]).to.equal('pk-drf-helpline');
    expect(ids(parent('minor-images', 'PK').support)).to.include('pk-mohr-1099');
    // The Pakistani IWF portal's address is only likely: the IWF itself stays.
    expect(ids(adult('csam-found', 'PK').official)).to.include('iwf-report');
  });

  it('NG: the police portal and NAPTIP for sextortion, Cece Yara for a young person; INHOPE’s map for abuse material', () => {
    const young = teen('sextortion', 'NG');
    expect(police(young)).to.deep.equal(['ng-npf-cybercrime-portal', 'ng-naptip-627']);
    expect(ids(young.support)[0]).to.equal('ng-cece-yara');
    const grown = adult('trafficking', 'NG');
    expect(police(grown)).to.deep.equal(['ng-naptip-627']);
    expect(ids(grown.support)).not.to.include('ng-cece-yara');
    expect(ids(parent('minor-images', 'NG').support)).to.include('ng-cece-yara');
    // ACSAI's address is not in the reference: "link INHOPE's reporting map instead".
    expect(ids(adult('csam-found', 'NG').official)).to.include('inhope');
    expect(emergency('NG')!.numbers).to.deep.equal(['112']);
  });

  it('GH: the Cyber Security Authority; Helpline of Hope for a parent but never as a child’s talk line', () => {
    const young = teen('sextortion', 'GH');
    expect(ids(young.official)).to.include('gh-csa');
    expect(policeNumbers(young)).to.deep.equal(['112']);
    expect(ids(young.support)).not.to.include('gh-helpline-of-hope');
    expect(ids(adult('sextortion', 'GH').support)).to.include('gh-orange-support');
    expect(ids(parent('sextortion', 'GH').support)).to.include('gh-helpline-of-hope');
  });

  it('UG: stopit.ug for images of a child, Sauti 116 beside the police numbers 112 and 999', () => {
    const young = teen('minor-images', 'UG');
    expect(ids(young.official)).to.include('ug-stopit');
    expect(policeNumbers(young)).to.deep.equal(['112', '999']);
    expect(ids(young.support)[0]).to.equal('ug-sauti-116');
    expect(ids(adult('sextortion', 'UG').support)).to.include('ug-sauti-116');
    expect(ids(parent('sextortion', 'UG').support)).to.include('ug-sauti-116');
  });

  it('JM: CISOCA for grooming and sextortion, 211 for a young person and a parent; the IWF and INHOPE for abuse material', () => {
    const young = teen('adult-contact', 'JM');
    expect(police(young)).to.deep.equal(['jm-cisoca']);
    expect(ids(young.support)[0]).to.equal('jm-211');
    expect(police(adult('sextortion', 'JM'))).to.deep.equal(['jm-cisoca']);
    expect(ids(parent('sextortion', 'JM').support)).to.include('jm-211');
    expect(ids(adult('csam-found', 'JM').official)).to.include.members(['iwf-report', 'inhope']);
  });

  it('TT: ChildLine for a teen, the Children’s Authority for a parent, police 999; no likely police cyber unit', () => {
    const young = teen('sextortion', 'TT');
    expect(ids(young.support)[0]).to.equal('tt-childline');
    expect(policeNumbers(young)).to.deep.equal(['999']);
    expect(ids(parent('sextortion', 'TT').support)).to.include('tt-childrens-authority');
    expect(police(adult('sextortion', 'TT'))).to.deep.equal([]);
  });

  it('ZM: no emergency number, so no police number either; Childline 116 for a teen, Lifeline 933 for an adult', () => {
    expect(emergency('ZM')!.numbers).to.deep.equal([]);
    const young = teen('sextortion', 'ZM');
    expect(policeNumbers(young)).to.deep.equal([]);
    expect(ids(young.support)[0]).to.equal('zm-childline-116');
    const grown = adult('sextortion', 'ZM');
    expect(ids(grown.support)).to.deep.equal(['zm-lifeline-933']);
    expect(ids(adult('csam-found', 'ZM').official)).to.include('zm-iwf-portal');
    expect(ids(parent('sextortion', 'ZM').support)).to.include('zm-lifeline-933');
  });

  it('BW: police 999 and Childline Botswana, both likely, so neither carries a verified date', () => {
    expect(emergency('BW')!.numbers).to.deep.equal(['999']);
    expect(emergency('BW')!.verified).to.equal(undefined);
    const young = teen('sextortion', 'BW');
    expect(ids(young.support)).to.deep.equal(['bw-childline']);
    expect(young.support[0]!.verified).to.equal(undefined);
    expect(ids(parent('sextortion', 'BW').support)).to.include('bw-childline');
  });

  it('EC: ECU 911, the Fiscalía’s online complaint; 1800 DELITO (likely) for an adult; no child line', () => {
    const young = teen('sextortion', 'EC');
    expect(police(young)).to.include('ec-fiscalia-online');
    expect(police(adult('sextortion', 'EC'))).to.include('ec-1800-delito');
    expect(ids(parent('sextortion', 'EC').support)).to.deep.equal([]);
    expect(emergency('EC')!.numbers).to.deep.equal(['911']);
  });

  it('UY: the cybercrime unit; the 0800 4141 line only for adults; Línea Azul for a parent', () => {
    const young = teen('sextortion', 'UY');
    expect(police(young)).to.deep.equal(['uy-cibercrimen']);
    expect(ids(young.support)).not.to.include('uy-4141');
    expect(ids(adult('ncii', 'UY').support)).to.include('uy-4141');
    expect(ids(parent('sextortion', 'UY').support)).to.include('uy-linea-azul');
  });
});

/** Numbers the reference lists as replaced, closed or unconfirmed for these countries ("Not shipped — third pass"). */
const NOT_SHIPPED: Record<string, string[]> = {
  JP: ['0570078310', '0570064000', '9110', '0120889177'],
  KR: ['1393', '15770199', '117'],
  TW: ['0800003123', '112'],
  TH: ['1155', '911'],
  ID: ['021129'],
  KH: ['1288', '012311112', '023997919', '119', '118'],
  VN: ['18001567', '112'],
  PK: ['9911', '1991', '1121', '1043', '911'],
  NG: ['191', '6820'],
  GH: ['191', '192', '193', '18555', '1622'],
  JM: ['8885646840', '5646840', '811'],
  ZM: ['991', '999', '112', '7070'],
  EC: ['131'],
  UY: ['099019500'],
};

describe('the third-pass countries outside Europe ship nothing the reference rejects', () => {
  for (const [region, numbers] of Object.entries(NOT_SHIPPED)) {
    it(region, () => {
      const shipped = [
        ...manifest.resources
          .filter((r) => r.regions.includes(region))
          .flatMap((r) => r.channels)
          .flatMap((c) => (c.type === 'phone' || c.type === 'text' ? [c.number] : [])),
        ...(emergency(region)?.numbers ?? []),
        ...(emergency(region)?.police ?? []),
      ].map((n) => n.replace(/\D/g, ''));
      const found = numbers.filter((bad) =>
        shipped.some((n) => n === bad || (bad.length >= 7 && n.endsWith(bad))),
      );
      expect(found, region).to.deep.equal([]);
    });
  }
});
