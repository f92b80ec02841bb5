/** What a person sees of the third pass's routing mends on screen: a finder's card, a platform's other forms. */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/report-help/define.js';
import { allEnglish as en } from '../src/i18n/all-words.js';
import { $, $$, answer, clean, next, type El } from './report-help.helpers.js';

describe('<report-help> third-pass mends', () => {
  it('says INHOPE takes no reports, and what to give the hotline it finds', async () => {
    const el = await fixture<El>(html`<report-help region="INTL"></report-help>`);
    await answer(el, 'sextortion', 'under-18.self');
    for (let i = 0; i < 3; i += 1) await next(el);
    const card = $(el, '[data-id="inhope"]');
    expect(card, 'INHOPE’s card on the official step').not.to.equal(null);
    const text = clean(card!.textContent);
    expect(text).to.contain(en['kind.note.finder']);
    expect(text).to.contain(en['card.never-capture.finder']);
    expect(text).not.to.contain(en['card.never-capture']);
  });

  it('links Discord’s web form for a parent without an account', async () => {
    const el = await fixture<El>(html`<report-help region="US"></report-help>`);
    const platform = $$<HTMLSelectElement>(el, 'select')[1]!;
    platform.value = 'discord';
    platform.dispatchEvent(new Event('change'));
    await answer(el, 'adult-contact', 'under-18.helping');
    for (let i = 0; i < 2; i += 1) await next(el);
    const link = $$<HTMLAnchorElement>(el, 'a').find(
      (a) => clean(a.textContent) === 'Discord’s web form for parents without an account',
    );
    expect(link, 'the parents’ form link').not.to.equal(undefined);
    expect(link!.href).to.equal('https://support.discord.com/hc/en-us/articles/360000291932');
  });
});
