/** What a person sees of the third pass's routing mends on screen: a finder's card, a platform's other forms. */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/report-help/define.js';
import { allEnglish as en } from '../src/i18n/all-words.js';
import { $, $$, answer, button, clean, next, stepHeading, type El } from './report-help.helpers.js';

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

describe('<report-help> someone who saw or found it', () => {
  const radios = (el: El, name: string) =>
    $$<HTMLInputElement>(el, `input[name$="-${name}"]`).map((input) =>
      clean(input.closest('label')!.textContent),
    );

  it('asks only how old they are for found abuse material', async () => {
    const el = await fixture<El>(html`<report-help region="US"></report-help>`);
    $<HTMLInputElement>(el, 'input[value="csam-found"]')!.click();
    await el.updateComplete;
    const legends = $$(el, 'legend').map((legend) => clean(legend.textContent));
    expect(legends).to.include('How old are you?');
    expect(radios(el, 'age')).to.deep.equal(['Under 18', '18 or over']);
  });

  it('offers "I saw or found it" beside the other answers where it fits, and not where it does not', async () => {
    const el = await fixture<El>(html`<report-help region="US"></report-help>`);
    $<HTMLInputElement>(el, 'input[value="adult-contact"]')!.click();
    await el.updateComplete;
    expect(radios(el, 'age')).to.include('No one I know: I saw or found it, and I am 18 or over');
    $<HTMLInputElement>(el, 'input[value="sextortion"]')!.click();
    await el.updateComplete;
    expect(radios(el, 'age').join(' ')).not.to.contain('saw or found');
  });

  it('gives a bystander a plan with no removal tool, in words for them', async () => {
    const el = await fixture<El>(html`<report-help region="US"></report-help>`);
    await answer(el, 'exploitation', 'adult.found');
    const text = clean($(el, '.step')!.textContent);
    expect(text).to.contain('The person it is happening to is not to blame');
    expect(text).not.to.contain('It is not your fault');
    for (let i = 0; i < 3; i += 1) await next(el);
    const shown = $$(el, '[data-id]').map((item) => item.dataset.id);
    expect(shown).to.include.members(['ncmec-cybertipline', 'nhth']);
    expect(shown).not.to.include('ncmec-take-it-down');
  });

  it('does not keep an answer the new situation does not ask', async () => {
    const el = await fixture<El>(html`<report-help region="US"></report-help>`);
    await answer(el, 'adult-contact', 'adult.self');
    expect(stepHeading(el)).not.to.equal('What is happening?');
    button(el, 'Start over').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[value="adult-contact"]')!.click();
    $<HTMLInputElement>(el, 'input[value="adult.self"]')!.click();
    $<HTMLInputElement>(el, 'input[value="csam-found"]')!.click();
    await el.updateComplete;
    button(el, 'Show my plan').click();
    await el.updateComplete;
    expect(clean($(el, '[role="alert"]')?.textContent)).to.equal(
      'Please choose what is happening and who it is happening to.',
    );
  });
});
