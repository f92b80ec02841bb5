import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/report-help/define.js';
import type { ReportHelpElement } from '../src/elements/report-help/report-help.js';
import '../src/elements/warning-signs/define.js';
import type { WarningSignsElement } from '../src/elements/warning-signs/warning-signs.js';
import { quickExit, quickExitConfig } from '../src/internal/quick-exit.js';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { captureConsoleWarn, tabTo, waitUntil } from './helpers.js';

type El = WarningSignsElement;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const statuses = (el: El) => $$(el, '[role="status"]').map((s) => clean(s.textContent));

function signIds(audience: 'adult' | 'young'): string[] {
  return defaultManifest.warningSigns.groups
    .filter((g) => g.audience === audience)
    .flatMap((g) => g.signs.map((s) => s.id));
}

describe('<warning-signs>', () => {
  describe('content', () => {
    it('shows an adult every sign for adults, grouped, each with why it matters', async () => {
      const el = await fixture<El>(html`<warning-signs region="US"></warning-signs>`);
      expect(clean($(el, '[part="heading"]')!.textContent)).to.equal(
        'Signs that something may be wrong',
      );
      expect($$(el, '[data-sign]').map((s) => s.dataset.sign)).to.deep.equal(signIds('adult'));
      expect($$(el, '[part="group"] > summary').map((s) => clean(s.textContent))).to.deep.equal([
        'Devices and time online',
        'Friends and relationships',
        'Changes in how they look and feel',
        'What raises the risk',
      ]);
      const secrecy = clean($(el, '[data-sign="device-secrecy"]')!.textContent);
      expect(secrecy).to.equal(
        'More secretive about their phone or computer Why it matters: Someone grooming a child often asks them to hide the chat.',
      );
      const whatToDo = clean($(el, '[part="next"]')!.textContent);
      expect(whatToDo).to.contain('Stay calm.');
      expect(whatToDo).to.contain('Do not confront the other person, and do not delete anything.');
    });

    it('speaks to a young person directly and kindly, with every red flag', async () => {
      const el = await fixture<El>(
        html`<warning-signs region="US" audience="teen"></warning-signs>`,
      );
      expect(clean($(el, '[part="heading"]')!.textContent)).to.equal(
        'Is something wrong in a chat?',
      );
      expect($$(el, '[data-sign]').map((s) => s.dataset.sign)).to.deep.equal(signIds('young'));
      const text = clean(el.shadowRoot!.textContent);
      expect(text).to.contain(
        'it is not your fault and you are not in trouble. You can tell someone',
      );
      expect(text).to.contain('They say you will get in trouble if you tell');
    });

    it('tells a young person never to screenshot or save a sexual picture, even their own', async () => {
      const el = await fixture<El>(
        html`<warning-signs region="US" audience="teen"></warning-signs>`,
      );
      const whatToDo = clean($(el, '[part="next"]')!.textContent);
      expect(whatToDo).to.contain(
        'Do not screenshot, save or forward a sexual picture, even one of you. Write down their username',
      );
      // A peer asking is not made to sound fine: the red flag's reason holds whatever the asker's age.
      expect(clean($(el, '[data-sign="asks-for-photos"]')!.textContent)).to.contain(
        'No one should ask you for these, whatever their age.',
      );
    });

    it('shows two or three helplines for the region and audience', async () => {
      const el = await fixture<El>(
        html`<warning-signs region="GB" audience="parent"></warning-signs>`,
      );
      const ids = $$(el, '[part="next"] [data-id]').map((item) => item.dataset.id);
      expect(ids.length).to.be.within(2, 3);
      expect(ids).to.include('nspcc-helpline');
      const teen = await fixture<El>(
        html`<warning-signs region="GB" audience="teen"></warning-signs>`,
      );
      expect($$(teen, '[part="next"] [data-id]').map((item) => item.dataset.id)).to.include(
        'childline',
      );
    });

    it('speaks Spanish', async () => {
      const el = await fixture<El>(html`<warning-signs region="US" lang="es"></warning-signs>`);
      expect(clean($(el, '[part="heading"]')!.textContent)).to.equal(
        'Señales de que algo puede ir mal',
      );
      expect(clean($(el, 'summary')!.textContent)).to.equal('Dispositivos y tiempo en internet');
    });

    it('reflects checklist and compact, for a page’s own styles', async () => {
      const el = await fixture<El>(html`<warning-signs region="US"></warning-signs>`);
      expect($(el, 'input[type="checkbox"]')).to.equal(null);
      el.checklist = true;
      el.compact = true;
      await el.updateComplete;
      expect([el.hasAttribute('checklist'), el.hasAttribute('compact')]).to.deep.equal([
        true,
        true,
      ]);
      expect($(el, 'input[type="checkbox"]')).to.not.equal(null);
      el.checklist = false;
      await el.updateComplete;
      expect(el.hasAttribute('checklist')).to.equal(false);
    });

    it('leaves out the why lines when compact', async () => {
      const el = await fixture<El>(html`<warning-signs region="US" compact></warning-signs>`);
      expect($(el, '.why')).to.equal(null);
    });
  });

  describe('by keyboard', () => {
    it('opens and closes a group with Enter, its state exposed by the native disclosure', async () => {
      const el = await fixture<El>(html`<warning-signs region="US"></warning-signs>`);
      const first = $<HTMLDetailsElement>(el, 'details')!;
      expect(first.open).to.equal(false);
      await tabTo(el, (e) => e.localName === 'summary');
      await sendKeys({ press: 'Enter' });
      expect(first.open).to.equal(true);
      await sendKeys({ press: 'Space' });
      expect(first.open).to.equal(false);
    });

    it('expands and collapses all', async () => {
      const el = await fixture<El>(html`<warning-signs region="US"></warning-signs>`);
      await tabTo(el, (e) => clean(e.textContent) === 'Expand all');
      await sendKeys({ press: 'Enter' });
      expect($$<HTMLDetailsElement>(el, 'details').every((d) => d.open)).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect($$<HTMLDetailsElement>(el, 'details').some((d) => d.open)).to.equal(false);
    });

    it('ticks signs in the checklist with Space, announcing the count and tailoring the next step', async () => {
      const el = await fixture<El>(html`<warning-signs region="US" checklist></warning-signs>`);
      el.toggleAll(true);
      await tabTo(el, (e) => e.localName === 'input');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      const box = active(el) as HTMLInputElement;
      expect(box.checked).to.equal(true);
      expect(statuses(el)).to.include('1 sign ticked');
      expect(clean($(el, '[part="next"]')!.textContent)).to.contain(
        'You ticked signs in: Devices and time online.',
      );
      const checkbox = $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0]!;
      expect(checkbox.closest('label')!.textContent).to.contain(
        'More secretive about their phone or computer',
      );
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(statuses(el), 'unticking the last sign').to.include('No signs ticked');
    });
  });

  describe('what to do next', () => {
    afterEach(() => quickExit.restore());

    it('opens the page’s <report-help> at the situation the ticks point to', async () => {
      const wrapper = await fixture(
        html`<div>
          <warning-signs region="US" checklist></warning-signs>
          <report-help region="US"></report-help>
        </div>`,
      );
      const signs = wrapper.querySelector('warning-signs') as El;
      const report = wrapper.querySelector('report-help') as ReportHelpElement;
      await signs.updateComplete;
      // Two signs under "Changes in how they look and feel", which points to an adult in contact with a child.
      for (const id of ['distress', 'gifts-money']) {
        $<HTMLInputElement>(signs, `[data-sign="${id}"] input`)!.click();
      }
      await signs.updateComplete;
      const button = $$<HTMLButtonElement>(signs, 'button').find(
        (b) => clean(b.textContent) === 'Get a step-by-step plan',
      )!;
      button.click();
      await waitUntil(
        () => $<HTMLInputElement>(report, 'input[value="adult-contact"]')?.checked,
        'situation not chosen',
      );
      expect($<HTMLInputElement>(report, 'input[value="under-18.helping"]')!.checked).to.equal(
        true,
      );
      expect(active(report)?.classList.contains('step-heading')).to.equal(true);
    });

    it('opens a report-help dialog at its chooser, nothing preselected, when nothing is ticked', async () => {
      const wrapper = await fixture(
        html`<div>
          <warning-signs region="US" audience="teen"></warning-signs>
          <report-help region="US" variant="button"></report-help>
        </div>`,
      );
      const signs = wrapper.querySelector('warning-signs') as El;
      const report = wrapper.querySelector('report-help') as ReportHelpElement;
      $$<HTMLButtonElement>(signs, 'button')
        .find((b) => clean(b.textContent) === 'Get a step-by-step plan')!
        .click();
      await waitUntil(() => $<HTMLDialogElement>(report, 'dialog')?.open, 'dialog not open');
      await report.updateComplete;
      const situations = $$<HTMLInputElement>(report, 'input[name$="-situation"]');
      expect(situations.length).to.be.greaterThan(1);
      expect(situations.filter((input) => input.checked)).to.deep.equal([]);
      expect($<HTMLInputElement>(report, 'input[value="under-18.self"]')!.checked).to.equal(true);
      report.close();
    });

    it('links to report-href when the page has no report guide', async () => {
      const el = await fixture<El>(
        html`<warning-signs region="US" report-href="/report"></warning-signs>`,
      );
      const link = $<HTMLAnchorElement>(el, '[part="next"] a.button')!;
      expect(clean(link.textContent)).to.equal('Get a step-by-step plan');
      expect(link.getAttribute('href')).to.equal(new URL('/report', location.href).href);
    });

    for (const href of [
      'JaVaScRiPt:alert(1)',
      '  \tjavascript:alert(1)',
      'java\tscript:alert(1)',
      '\n javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ]) {
      it(`gives no link for report-href=${JSON.stringify(href)}, and says why in the console`, async () => {
        const warnings = captureConsoleWarn();
        try {
          const el = await fixture<El>(
            html`<warning-signs region="US" report-href=${href}></warning-signs>`,
          );
          const texts = $$(el, 'a').map((a) => a.textContent!.trim());
          expect(texts).not.to.include('Get a step-by-step plan');
          const schemes = $$<HTMLAnchorElement>(el, 'a[href]').map((a) => new URL(a.href).protocol);
          expect(
            schemes.filter((scheme) => !['https:', 'tel:', 'sms:'].includes(scheme)),
          ).to.deep.equal([]);
          expect(warnings.messages.length).to.equal(1);
          expect(warnings.messages[0]).to.contain('<warning-signs> report-href was refused');
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('privacy', () => {
    it('keeps ticks in memory only: nothing in any storage', async () => {
      localStorage.clear();
      sessionStorage.clear();
      const el = await fixture<El>(html`<warning-signs region="US" checklist></warning-signs>`);
      for (const box of $$<HTMLInputElement>(el, 'input[type="checkbox"]').slice(0, 5)) box.click();
      await el.updateComplete;
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      expect(await indexedDB.databases()).to.deep.equal([]);
      expect(await caches.keys()).to.deep.equal([]);
    });

    it('clears the ticks on a quick exit and when the page is left', async () => {
      const navigateWas = quickExitConfig.navigate;
      quickExitConfig.navigate = () => {};
      try {
        const wrapper = await fixture(
          html`<div>
            <warning-signs region="US" checklist></warning-signs>
            <report-help region="US"></report-help>
          </div>`,
        );
        const signs = wrapper.querySelector('warning-signs') as El;
        const report = wrapper.querySelector('report-help') as ReportHelpElement;
        $<HTMLInputElement>(signs, 'input[type="checkbox"]')!.click();
        await signs.updateComplete;
        report.exitNow();
        await signs.updateComplete;
        expect(
          $$<HTMLInputElement>(signs, 'input[type="checkbox"]').some((b) => b.checked),
        ).to.equal(false);
        expect(clean($(signs, '.count')!.textContent)).to.equal('No signs ticked');
        quickExit.restore();

        $<HTMLInputElement>(signs, 'input[type="checkbox"]')!.click();
        await signs.updateComplete;
        window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
        await signs.updateComplete;
        expect(
          $$<HTMLInputElement>(signs, 'input[type="checkbox"]').some((b) => b.checked),
        ).to.equal(false);
      } finally {
        quickExitConfig.navigate = navigateWas;
        quickExit.restore();
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe for adults, collapsed and expanded', async () => {
      const el = await fixture<El>(html`<warning-signs region="US"></warning-signs>`);
      await expect(el).to.be.accessible();
      el.toggleAll(true);
      await expect(el).to.be.accessible();
    });

    it('passes axe for a young person', async () => {
      const el = await fixture<El>(
        html`<warning-signs region="GB" audience="teen"></warning-signs>`,
      );
      el.toggleAll(true);
      await expect(el).to.be.accessible();
    });

    it('passes axe with the checklist ticked, and in Spanish', async () => {
      const el = await fixture<El>(
        html`<warning-signs region="US" checklist lang="es" report-href="/r"></warning-signs>`,
      );
      el.toggleAll(true);
      $<HTMLInputElement>(el, 'input[type="checkbox"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
