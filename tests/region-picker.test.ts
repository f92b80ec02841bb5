/**
 * The country picker with 66 countries on a phone (issue 19, item 6): the visitor's own country first, the others
 * by their names in the reader's language, and a field to type a name in, which narrows the select and chooses.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/elements/report-help/define.js';
import { findRegions } from '../src/internal/region-list.js';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { regionsIn } from '../src/manifest/select.js';
import { $, $$, answer, clean, type El } from './report-help.helpers.js';

const namer = (locale: string) => {
  const names = new Intl.DisplayNames(locale, { type: 'region' });
  return (region: string) => (region === 'INTL' ? 'Anywhere' : (names.of(region) ?? region));
};
const regions = regionsIn(defaultManifest);

describe('findRegions', () => {
  const find = (query: string, locale = 'en') =>
    findRegions(query, regions, [namer(locale), namer('en')]);

  it('finds a name by its beginning or a word in it, ignoring case and accents', () => {
    expect(find('peru', 'es')).to.deep.equal(['PE']);
    expect(find('korea')).to.deep.equal(['KR']);
    expect(find('herz')).to.deep.equal(['BA']);
    expect(find('ja')).to.have.members(['JM', 'JP']);
  });

  it('finds a name in English on a page in another language, and codes people type', () => {
    expect(find('japan', 'es')).to.deep.equal(['JP']);
    expect(find('uk')[0]).to.equal('GB');
    expect(find('usa')[0]).to.equal('US');
    expect(find('u.k.')[0]).to.equal('GB');
  });

  it('finds nothing for a name that is not there', () => {
    expect(find('narnia')).to.deep.equal([]);
  });
});

describe('the country picker in <report-help>', () => {
  const select = (el: El) => $<HTMLSelectElement>(el, 'select[id$="-country"]')!;
  const find = (el: El) => $<HTMLInputElement>(el, 'input[id$="-country-find"]')!;

  it('offers the visitor’s own country first, in a group of its own, then the others by name in Spanish', async () => {
    const el = await fixture<El>(html`<report-help lang="es" region="PH"></report-help>`);
    const groups = $$<HTMLOptGroupElement>(el, 'optgroup');
    expect(groups.map((group) => group.label)).to.deep.equal(['Tu país', 'Otros países']);
    expect(
      [...groups[0]!.querySelectorAll('option')].map((o) => clean(o.textContent)),
    ).to.deep.equal(['Filipinas']);
    const others = [...groups[1]!.querySelectorAll('option')].map((o) => clean(o.textContent));
    const countries = others.slice(0, -1);
    expect(countries).to.deep.equal([...countries].sort(new Intl.Collator('es').compare));
    expect(countries).to.include('Japón');
    expect(countries).not.to.include('Filipinas');
    expect(others.at(-1)).to.equal('Cualquier lugar (internacional)');
    expect(select(el).value).to.equal('PH');
  });

  it('finds a country typed on a 360 px phone, chooses it, says so, and routes to it', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await fixture<El>(html`<report-help region="US"></report-help>`);
    find(el).focus();
    await sendKeys({ type: 'bosnia' });
    await el.updateComplete;
    expect(select(el).value).to.equal('BA');
    expect([...select(el).options].map((o) => clean(o.textContent))).to.deep.equal([
      'Bosnia & Herzegovina',
    ]);
    expect(clean($(el, '.found')!.textContent)).to.equal(
      '1 country found: Bosnia & Herzegovina, now chosen.',
    );
    expect($(el, '.found')!.getAttribute('role')).to.equal('status');
    expect(find(el).getBoundingClientRect().right).to.be.at.most(360);
    await expect(el).to.be.accessible();
    await answer(el, 'sextortion', 'under-18.self');
    const calls = $$<HTMLAnchorElement>(el, '[part="emergency"] a').map((a) => a.href);
    expect(calls).to.deep.equal(['tel:122', 'tel:124', 'tel:123']);
  });

  it('keeps the choice and every country when a name finds nothing, and says so', async () => {
    const el = await fixture<El>(html`<report-help region="IE"></report-help>`);
    find(el).focus();
    await sendKeys({ type: 'narnia' });
    await el.updateComplete;
    expect(select(el).value).to.equal('IE');
    expect(select(el).options.length).to.be.greaterThan(60);
    expect(clean($(el, '.found')!.textContent)).to.equal(
      'No country found for “narnia”. Choose from the list above.',
    );
    await expect(el).to.be.accessible();
  });
});
