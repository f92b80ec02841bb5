/**
 * Issue 18, as a person sees it: a site's card says whose it is, a link says where it goes, a late manifest never
 * changes the emergency line, and a region typed as people type it ("UK") shows that country's help.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/hotline-list/define.js';
import type { HotlineListElement } from '../src/elements/hotline-list/hotline-list.js';
import '../src/elements/report-help/define.js';
import { captureConsoleWarn, fakeFetch, json, later, pageExit, settled } from './helpers.js';
import * as plan from './report-help.helpers.js';

type El = HotlineListElement;
const $ = (el: El, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const emergency = (el: El) => text($(el, '[part="emergency"]'));

const ourLine = {
  id: 'our-line',
  kind: 'reporting-centre',
  name: 'Our report line',
  description: 'Tell us what happened.',
  regions: ['US'],
  audiences: ['teen', 'adult'],
  topics: ['youth-support'],
  channels: [{ type: 'web', url: 'https://www.report.example/form' }],
};

let fake: ReturnType<typeof fakeFetch> | undefined;
afterEach(() => {
  fake?.restore();
  fake = undefined;
});

describe('site data beside built-in data', () => {
  it('says "Added by this website" on a site’s card and not on a built-in one', async () => {
    fake = fakeFetch({
      '/site.json': json({ version: 1, extends: 'default', resources: [ourLine] }),
    });
    const el = await settled(
      await fixture<El>(html`<hotline-list region="US" manifest="/site.json"></hotline-list>`),
    );
    for (let more = $(el, '[part="more"]'); more; more = $(el, '[part="more"]')) {
      more.click();
      await el.updateComplete;
    }
    expect(text($(el, '[data-id="our-line"] .added-by'))).to.equal('Added by this website');
    expect($(el, '[data-id="ncmec-cybertipline"] .added-by')).to.equal(null);
    expect(text($(el, '[data-id="our-line"] .channel-host'))).to.equal('Opens report.example');
  });

  it('shows where each built-in link goes beside its button', async () => {
    const el = await settled(await fixture<El>(html`<hotline-list region="US"></hotline-list>`));
    const hosts = [
      ...el.shadowRoot!.querySelectorAll('[data-id="ncmec-cybertipline"] .channel-host'),
    ];
    expect(hosts.map(text)).to.include('Opens report.cybertip.org');
  });
});

describe('a site’s platform in the "report to the platform" step', () => {
  /** The platform step for `platform` (picked on the first screen), with the site's manifest. */
  async function platformStep(platform: string): Promise<plan.El> {
    fake = fakeFetch({
      '/site.json': json({
        version: 1,
        extends: 'default',
        platforms: [{ id: 'our-forum', name: 'Our forum', url: 'https://forum.example/report' }],
      }),
    });
    const el = await settled(
      await fixture<plan.El>(html`<report-help region="US" manifest="/site.json"></report-help>`),
    );
    const picker = plan.$$<HTMLSelectElement>(el, 'select')[1]!;
    picker.value = platform;
    picker.dispatchEvent(new Event('change'));
    await plan.answer(el, 'adult-contact', 'under-18.helping');
    for (let i = 0; i < 2; i += 1) await plan.next(el);
    return el;
  }

  it('says "Added by this website" and where its link goes', async () => {
    const el = await platformStep('our-forum');
    expect(plan.clean(plan.$(el, '.added-by')?.textContent)).to.equal('Added by this website');
    expect(plan.clean(plan.$(el, '.platform-host')?.textContent)).to.equal('Opens forum.example');
  });

  it('says nothing of the kind on a built-in platform, and shows where its link goes', async () => {
    const el = await platformStep('discord');
    expect(plan.$(el, '.added-by')).to.equal(null);
    expect(plan.clean(plan.$(el, '.platform-host')?.textContent)).to.equal('Opens discord.com');
  });
});

describe('the emergency line and a late manifest', () => {
  it('keeps the line it showed when a site’s manifest arrives after the help is shown', async () => {
    const site = later();
    fake = fakeFetch({ '/late.json': site.answer });
    const el = await fixture<El>(
      html`<hotline-list region="AQ" manifest="/late.json"></hotline-list>`,
    );
    await waitUntil(() => !$(el, '.loading'), 'help never shown', { timeout: 5000 });
    const before = emergency(el);
    expect(before).to.equal('In immediate danger? Call your local emergency number.');
    site.send(
      json({ version: 1, extends: 'default', emergency: [{ region: 'AQ', numbers: ['110'] }] }),
    );
    await settled(el);
    expect(emergency(el)).to.equal(before);
  });

  it('keeps its English safety words, marked as English, on a page in a language the elements do not carry', async () => {
    fake = fakeFetch({
      '/words.json': json({
        version: 1,
        extends: 'default',
        locales: ['de', 'en'],
        strings: { de: { 'hotline.heading': 'Hilfe finden' } },
      }),
    });
    const el = await settled(
      await fixture<El>(
        html`<hotline-list region="DE" lang="de" exit manifest="/words.json"></hotline-list>`,
      ),
    );
    await waitUntil(() => pageExit.button, 'no quick exit', { timeout: 5000 });
    // The site's German heading, and the elements' own English for the words that keep a person safe, each
    // marked as English for a screen reader's voice.
    expect(text($(el, '[part="heading"]'))).to.equal('Hilfe finden');
    expect(emergency(el)).to.match(/^In immediate danger\? Call 112/);
    expect($(el, '[part="emergency"]')!.getAttribute('lang')).to.equal('en');
    expect(text($(el, '[part="exit-note"]'))).to.contain('does not clear your browser history');
    expect($(el, '[part="exit-note"]')!.getAttribute('lang')).to.equal('en');
    expect(text(pageExit.button)).to.contain('Exit this page');
    expect(pageExit.button!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
  });

  it('shows a site’s numbers for a region the built-in data has none for when they come in time', async () => {
    fake = fakeFetch({
      '/quick.json': json({
        version: 1,
        extends: 'default',
        emergency: [{ region: 'AQ', numbers: ['110'] }],
      }),
    });
    const el = await settled(
      await fixture<El>(html`<hotline-list region="AQ" manifest="/quick.json"></hotline-list>`),
    );
    expect(emergency(el)).to.equal('In immediate danger? Call 110');
  });
});

describe('regions people type', () => {
  it('region="UK" shows the United Kingdom’s emergency numbers and services', async () => {
    const el = await settled(await fixture<El>(html`<hotline-list region="UK"></hotline-list>`));
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.item').length > 4, 'no services');
    expect(emergency(el)).to.match(/^In immediate danger\? Call 999 or 112/);
    const picker = el.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
    expect(picker.selectedOptions[0]!.textContent!.trim()).to.equal('United Kingdom');
  });

  it('a region the data lacks is said on the console, by name, and the visitor’s own is used', async () => {
    const warn = captureConsoleWarn();
    try {
      const el = await settled(
        await fixture<El>(html`<hotline-list region="Narnia"></hotline-list>`),
      );
      // The test page is lang="en-US".
      expect(emergency(el)).to.match(/^In immediate danger\? Call 911/);
      expect(warn.messages.join('\n')).to.contain('region="Narnia"');
    } finally {
      warn.restore();
    }
  });
});
