/** Issue 18: regions as people type them ("UK", "usa"), and a region the data lacks said, never silently. */
import { expect } from '@open-wc/testing';
import { chooseRegion, readRegion } from '../src/manifest/region-input.js';

const known = (region: string) => ['GB', 'US', 'FR', 'US-MI'].includes(region);

describe('regions people type', () => {
  it('reads UK as GB, alpha-3 codes and any case or dots as the ISO code', () => {
    expect(readRegion('UK')).to.equal('GB');
    expect(readRegion(' uk ')).to.equal('GB');
    expect(readRegion('U.K.')).to.equal('GB');
    expect(readRegion('UK-SCT')).to.equal('GB-SCT');
    expect(readRegion('USA')).to.equal('US');
    expect(readRegion('gbr')).to.equal('GB');
    expect(readRegion('us_mi')).to.equal('US-MI');
    expect(readRegion('intl')).to.equal('INTL');
    expect(readRegion('Narnia')).to.equal(undefined);
  });

  it('uses a region the data has, an alias of one, and a subdivision of one, without a word', () => {
    expect(chooseRegion('UK', 'fr-FR', 'en-US', known, true)).to.deep.equal({ region: 'GB' });
    expect(chooseRegion('usa', 'fr-FR', 'en-US', known, true)).to.deep.equal({ region: 'US' });
    expect(chooseRegion('US-CA', 'fr-FR', 'en-US', known, true)).to.deep.equal({ region: 'US-CA' });
    expect(chooseRegion('INTL', 'fr-FR', 'en-US', known, true)).to.deep.equal({ region: 'INTL' });
    expect(chooseRegion(null, 'fr-FR', 'en-US', known, true)).to.deep.equal({ region: 'FR' });
  });

  it('says which country the data lacks, naming it, and uses the visitor’s own region', () => {
    const choice = chooseRegion('JP', 'fr-FR', 'en-US', known, true);
    expect(choice.region).to.equal('FR');
    expect(choice.warning).to.contain('region="JP"').and.contain('no services');
    // Kosovo (XK), a country the data lacks, though its code is in the range left for private use.
    const kosovo = chooseRegion('XK', 'en', 'en-US', known, true);
    expect(kosovo.region).to.equal('US');
    expect(kosovo.warning).to.contain('"XK"').and.contain('no services');
  });

  it('says which value is not a region and uses the visitor’s own', () => {
    const typo = chooseRegion('Narnia', 'fr-FR', 'en-US', known, true);
    expect(typo.region).to.equal('FR');
    expect(typo.warning).to.contain('region="Narnia"').and.contain('not a region code');
    const unassigned = chooseRegion('XX', 'en', 'en-US', known, true);
    expect(unassigned.region).to.equal('US');
    expect(unassigned.warning).to.contain('region="XX"');
    // The second red team: ZZ ("Unknown Region" to the browser) and EU (a group) are no country either.
    for (const code of ['ZZ', 'EU', 'QZ']) {
      const none = chooseRegion(code, 'en', 'en-US', known, true);
      expect(none.region, code).to.equal('US');
      expect(none.warning).to.contain('not a region code');
    }
    const nowhere = chooseRegion('Narnia', 'en', 'en', known, true);
    expect(nowhere.region).to.equal('INTL');
    expect(nowhere.warning).to.contain('INTL');
  });

  it('waits for a site manifest that may add the region before it says anything', () => {
    expect(chooseRegion('JP', 'fr-FR', 'en-US', known, false)).to.deep.equal({ region: 'JP' });
  });
});
