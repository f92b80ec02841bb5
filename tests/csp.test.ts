/**
 * The elements under a strict content security policy, as a site would set it: `style-src 'self'` (no inline
 * styles) and Trusted Types (`require-trusted-types-for 'script'; trusted-types lit-html`). The policy is set
 * with a <meta> before the elements load, so it also covers Lit creating its Trusted Types policy. This file
 * runs in its own page, so the policy touches no other test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { ReportHelpElement } from '../src/elements/report-help/report-help.js';

const POLICY = "style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`);
});
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = POLICY;
document.head.prepend(meta);

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function press(el: ReportHelpElement, name: string): Promise<void> {
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
    .find((b) => clean(b.textContent) === name)!
    .click();
  await el.updateComplete;
}

describe(`under "${POLICY}"`, () => {
  before(async () => {
    await import('../src/define.js');
  });

  it('is in force: an inline style and an HTML string are refused (so the tests below can fail)', async () => {
    violations.length = 0;
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    expect(() => {
      probe.innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
    probe.remove();
    // The violations are reported a task later; however slow the machine, both come.
    await waitUntil(
      () =>
        violations.some((v) => v.startsWith('style-src')) &&
        violations.some((v) => v.startsWith('require-trusted-types-for')),
      `not both refused: ${violations.join('; ')}`,
      { timeout: 30_000 },
    );
    violations.length = 0;
  });

  it('gives no violation through the whole report flow, the dialog, the signs and the list', async () => {
    violations.length = 0;
    const wrapper = await fixture(
      html`<div>
        <warning-signs region="US" audience="teen" checklist></warning-signs>
        <report-help region="US"></report-help>
        <report-help region="GB" variant="button"></report-help>
        <hotline-list region="US"></hotline-list>
      </div>`,
    );
    const [inline, dialog] = [...wrapper.querySelectorAll('report-help')] as ReportHelpElement[];
    const signs = wrapper.querySelector('warning-signs')!;
    signs.toggleAll(true);
    $<HTMLInputElement>(signs, 'input[type="checkbox"]')!.click();
    $<HTMLButtonElement>(wrapper.querySelector('hotline-list')!, '.filter-toggle')!.click();
    await dialog!.show();
    for (const el of [inline!, dialog!]) {
      $<HTMLInputElement>(el, 'input[value="sextortion"]')!.click();
      $<HTMLInputElement>(el, 'input[value="under-18.self"]')!.click();
      await el.updateComplete;
      await press(el, 'Show my plan');
      for (let step = 1; step < 6; step += 1) await press(el, 'Next');
      expect(clean($(el, '.step-heading')!.textContent)).to.equal('Take it with you');
    }
    dialog!.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.deep.equal([]);
  });
});
