/**
 * The first screen of a phone (360 × 740): what a teenager being sextorted sees before scrolling, the folded
 * filters and short cards of the hotline list, and one emergency line per page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/elements/hotline-list/define.js';
import type { HotlineListElement } from '../src/elements/hotline-list/hotline-list.js';
import '../src/elements/report-help/define.js';
import type { ReportHelpElement } from '../src/elements/report-help/report-help.js';
import '../src/elements/warning-signs/define.js';
import type { WarningSignsElement } from '../src/elements/warning-signs/warning-signs.js';
import { quickExit } from '../src/internal/quick-exit.js';
import { fakeFetch, json, waitUntil } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const shown = (element: Element) => element.checkVisibility();

function button(el: Element, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => clean(b.textContent) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

async function showPlan(el: ReportHelpElement, situation: string, age: string): Promise<void> {
  $<HTMLInputElement>(el, `input[value="${situation}"]`)!.click();
  await el.updateComplete;
  $<HTMLInputElement>(el, `input[value="${age}"]`)!.click();
  await el.updateComplete;
  button(el, 'Show my plan').click();
  await el.updateComplete;
}

describe('the first screen on a phone', () => {
  before(() => setViewport({ width: 360, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => quickExit.restore());

  describe('<warning-signs audience="teen">', () => {
    it('says what to do if someone is threatening you now, before the red flags, on the first screen', async () => {
      const el = await fixture<WarningSignsElement>(
        html`<warning-signs region="US" audience="teen"></warning-signs>`,
      );
      const box = $(el, '[part="urgent"]')!;
      expect(clean(box.querySelector('[role="heading"]')!.textContent)).to.equal(
        'If someone is threatening you right now',
      );
      expect([...box.querySelectorAll('li')].map((li) => clean(li.textContent))).to.deep.equal([
        'Do not pay. Get help first.',
        'Stop replying. Do not send anything more.',
        'Do not delete the chat or your account.',
        'Do not screenshot or save a sexual picture of anyone under 18, even one of you.',
        'You are not in trouble for telling someone or reporting it.',
      ]);
      const firstFlag = $(el, '[part="group"]')!;
      expect(
        box.compareDocumentPosition(firstFlag) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.not.equal(0);
      expect(box.getBoundingClientRect().bottom).to.be.lessThan(740);
      await expect(el).to.be.accessible();
    });

    it('says it in Spanish', async () => {
      const el = await fixture<WarningSignsElement>(
        html`<warning-signs region="MX" audience="teen" lang="es-MX"></warning-signs>`,
      );
      const box = $(el, '[part="urgent"]')!;
      expect(clean(box.querySelector('[role="heading"]')!.textContent)).to.equal(
        'Si alguien te está amenazando ahora',
      );
      expect(clean(box.querySelector('li')!.textContent)).to.equal(
        'No pagues. Primero pide ayuda.',
      );
      await expect(el).to.be.accessible();
    });

    it('is not shown to adults', async () => {
      const el = await fixture<WarningSignsElement>(
        html`<warning-signs region="US" audience="parent"></warning-signs>`,
      );
      expect($(el, '[part="urgent"]')).to.equal(null);
    });

    it('opens the sextortion plan from the box', async () => {
      const wrapper = await fixture(
        html`<div>
          <warning-signs region="US" audience="teen"></warning-signs>
          <report-help region="US"></report-help>
        </div>`,
      );
      const signs = wrapper.querySelector('warning-signs')!;
      const report = wrapper.querySelector('report-help')!;
      await signs.updateComplete;
      const action = $<HTMLButtonElement>(signs, '[part="urgent"] button')!;
      expect(clean(action.textContent)).to.equal('See what to do, step by step');
      action.click();
      await waitUntil(
        () => $<HTMLInputElement>(report, 'input[value="sextortion"]')?.checked,
        'sextortion not chosen',
      );
      expect($<HTMLInputElement>(report, 'input[value="under-18.self"]')!.checked).to.equal(true);
    });

    it('links the box to report-href when the page has no report guide', async () => {
      const el = await fixture<WarningSignsElement>(
        html`<warning-signs region="US" audience="teen" report-href="/help"></warning-signs>`,
      );
      const link = $<HTMLAnchorElement>(el, '[part="urgent"] a')!;
      expect(link.getAttribute('href')).to.equal(new URL('/help', location.href).href);
    });
  });

  describe('what to do next', () => {
    it('opens the chooser with nothing chosen when nothing is ticked', async () => {
      const wrapper = await fixture(
        html`<div>
          <warning-signs region="US" checklist></warning-signs>
          <report-help region="US" situation=""></report-help>
        </div>`,
      );
      const signs = wrapper.querySelector('warning-signs')!;
      const report = wrapper.querySelector('report-help')!;
      // A choice made earlier in the guide is not kept as a guess either.
      $<HTMLInputElement>(report, 'input[value="trafficking"]')!.click();
      await report.updateComplete;
      button(signs, 'Get a step-by-step plan').click();
      await waitUntil(
        () => !$<HTMLInputElement>(report, 'input[value="trafficking"]')!.checked,
        'a situation stayed chosen',
      );
      const checked = $$<HTMLInputElement>(report, 'input[type="radio"]:checked').map(
        (input) => input.value,
      );
      expect(checked).to.deep.equal(['under-18.helping']);
    });

    it('opens the situation the ticks point to', async () => {
      const wrapper = await fixture(
        html`<div>
          <warning-signs region="US" audience="teen" checklist></warning-signs>
          <report-help region="US"></report-help>
        </div>`,
      );
      const signs = wrapper.querySelector('warning-signs')!;
      const report = wrapper.querySelector('report-help')!;
      $<HTMLInputElement>(signs, '[data-sign="keep-secrets"] input')!.click();
      await signs.updateComplete;
      button(signs, 'Get a step-by-step plan').click();
      await waitUntil(
        () => $<HTMLInputElement>(report, 'input[value="adult-contact"]')?.checked,
        'situation not chosen',
      );
    });
  });

  describe('the sextortion plan', () => {
    it('says do not pay, stop replying and do not delete on its first screen, above everything else', async () => {
      const el = await fixture<ReportHelpElement>(html`<report-help region="US"></report-help>`);
      await showPlan(el, 'sextortion', 'under-18.self');
      expect($(el, '.step')!.dataset.step).to.equal('recognise');
      const box = $(el, '[part="step"] [part="urgent"]')!;
      const text = clean(box.textContent);
      expect(text).to.contain('Do this first');
      expect(text).to.contain('Do not pay.');
      expect(text).to.contain('Stop replying.');
      expect(text).to.contain('Do not delete the chat or your account.');
      expect(box.previousElementSibling?.classList.contains('step-heading')).to.equal(true);
      expect(box.getBoundingClientRect().bottom).to.be.lessThan(740);
      await expect(el).to.be.accessible();
    });

    it('puts the same lines in the plan to take away', async () => {
      const el = await fixture<ReportHelpElement>(html`<report-help region="US"></report-help>`);
      await showPlan(el, 'sextortion', 'under-18.self');
      for (let i = 0; i < 5; i += 1) {
        button(el, 'Next').click();
        await el.updateComplete;
      }
      const summary = $(el, '[part="summary"]')!.textContent!;
      expect(summary).to.match(
        /1\. .*\nDo this first\n- Do not pay\. Get help first\.\n- Stop replying\./,
      );
    });

    it('shows no box for a situation without urgent lines', async () => {
      const el = await fixture<ReportHelpElement>(html`<report-help region="US"></report-help>`);
      await showPlan(el, 'csam-found', 'adult.found');
      expect($(el, '[part="urgent"]')).to.equal(null);
    });
  });

  describe('<report-help report-url> (a forum)', () => {
    it('starts "Where did it happen?" at "On this site", also after starting over', async () => {
      const el = await fixture<ReportHelpElement>(
        html`<report-help region="US" report-url="https://forum.example/report"></report-help>`,
      );
      const select = () => $<HTMLSelectElement>(el, 'select[id$="-platform"]')!;
      expect(select().selectedOptions[0]!.textContent!.trim()).to.equal('On this site');
      await showPlan(el, 'adult-contact', 'under-18.self');
      button(el, 'Start over').click();
      await el.updateComplete;
      expect(select().value).to.equal('site');
    });

    it('starts at "I don’t know" without one', async () => {
      const el = await fixture<ReportHelpElement>(html`<report-help region="US"></report-help>`);
      expect($<HTMLSelectElement>(el, 'select[id$="-platform"]')!.value).to.equal('');
    });
  });

  describe('<hotline-list>', () => {
    let fake: ReturnType<typeof fakeFetch> | undefined;
    afterEach(() => {
      fake?.restore();
      fake = undefined;
    });

    it('folds the filters into one Filter button, and the first service is on the first screen', async () => {
      const el = await fixture<HotlineListElement>(html`<hotline-list region="US"></hotline-list>`);
      const toggle = $<HTMLButtonElement>(el, '.filter-toggle')!;
      const form = $(el, '[part="filters"]')!;
      expect(shown(toggle)).to.equal(true);
      expect(clean(toggle.textContent)).to.equal('Filter');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(form.id);
      expect(shown(form)).to.equal(false);
      expect(clean($(el, '.filter-summary')!.textContent)).to.equal('United States');
      expect($(el, '[part="item"]')!.getBoundingClientRect().top).to.be.lessThan(740 - 100);
      await expect(el).to.be.accessible();

      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(form)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('says which filters are in use', async () => {
      const el = await fixture<HotlineListElement>(
        html`<hotline-list region="US" audience="teen" channels="text"></hotline-list>`,
      );
      expect(clean($(el, '.filter-toggle')!.textContent)).to.equal('Filter · 2 active');
      expect(clean($(el, '.filter-summary')!.textContent)).to.equal(
        'United States · Teens · Text message',
      );
      const region = $<HTMLSelectElement>(el, 'select[id$="-region"]')!;
      region.value = 'GB';
      region.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(clean($(el, '.filter-toggle')!.textContent)).to.equal('Filter · 3 active');
      expect(clean($(el, '.filter-summary')!.textContent)).to.match(/^United Kingdom · Teens/);
    });

    it('shows the filters themselves, and no Filter button, where there is room', async () => {
      await setViewport({ width: 1000, height: 740 });
      try {
        const el = await fixture<HotlineListElement>(
          html`<hotline-list region="US"></hotline-list>`,
        );
        expect(shown($(el, '.filter-toggle')!)).to.equal(false);
        expect(shown($(el, '[part="filters"]')!)).to.equal(true);
      } finally {
        await setViewport({ width: 360, height: 740 });
      }
    });

    it('shows at most three full-width actions on a card, with compact copy buttons', async () => {
      const phone = (n: number) => ({
        type: 'phone',
        display: `0800 000 000${n}`,
        number: `+44800000000${n}`,
      });
      fake = fakeFetch({
        '/many.json': json({
          version: 1,
          extends: 'default',
          resources: [
            {
              id: 'many-ways',
              kind: 'helpline',
              name: 'Many Ways Helpline',
              description: 'A helpline with many ways to reach it.',
              regions: ['GB'],
              audiences: ['teen'],
              topics: ['sextortion'],
              channels: [
                phone(1),
                phone(2),
                phone(3),
                phone(4),
                { type: 'text', display: '85258', number: '85258' },
                { type: 'web', url: 'https://example.org/' },
              ],
            },
          ],
        }),
      });
      const el = await fixture<HotlineListElement>(
        html`<hotline-list region="GB" manifest="/many.json"></hotline-list>`,
      );
      // The site's service comes after the built-in ones: "Show more services" until it is there.
      await waitUntil(
        () => {
          if (!$(el, '[data-id="many-ways"]')) $<HTMLButtonElement>(el, '[part="more"]')?.click();
          return $(el, '[data-id="many-ways"]');
        },
        'manifest not shown',
        { timeout: 5000 },
      );
      const card = $(el, '[data-id="many-ways"]')!;
      const visibleActions = [...card.querySelectorAll<HTMLElement>('[part~="action"]')].filter(
        shown,
      );
      expect(visibleActions.length).to.equal(3);
      const more = card.querySelector<HTMLDetailsElement>('details.more-ways')!;
      expect(clean(more.querySelector('summary')!.textContent)).to.equal(
        'More ways to reach them (3)',
      );
      // Each copy button sits beside its number, on the same row, not on a row of its own.
      const first = card.querySelector('.channel')!;
      const action = first.querySelector('[part~="action"]')!.getBoundingClientRect();
      const copy = first.querySelector('[part~="copy"]')!.getBoundingClientRect();
      expect(copy.left).to.be.greaterThan(action.right - 1);
      expect(Math.abs(copy.top - action.top)).to.be.lessThan(8);
      expect(first.querySelector('[part~="copy"]')!.getAttribute('aria-label')).to.equal(
        'Copy number 0800 000 0001',
      );
      await expect(el).to.be.accessible();
      more.open = true;
      expect(
        [...card.querySelectorAll<HTMLElement>('[part~="action"]')].filter(shown).length,
      ).to.equal(6);
      await expect(el).to.be.accessible();
    });
  });

  describe('one emergency line per page', () => {
    const lines = (root: Element) =>
      [...root.querySelectorAll('warning-signs, report-help, hotline-list')].map(
        (el) => $$(el, '[part="emergency"]').length,
      );

    it('is drawn by the first panel only, and by the next when the first leaves; the report flow keeps its own', async () => {
      const wrapper = await fixture(
        html`<div>
          <hotline-list region="US"></hotline-list>
          <warning-signs region="US" audience="teen"></warning-signs>
          <warning-signs region="US" audience="parent"></warning-signs>
          <report-help region="US"></report-help>
        </div>`,
      );
      await waitUntil(() => lines(wrapper).join() === '1,0,0,1', `lines: ${lines(wrapper)}`);
      await expect(wrapper).to.be.accessible();
      // The hotline list wipes nothing when it leaves, so only the hand-over itself can redraw the others.
      wrapper.querySelector('hotline-list')!.remove();
      await waitUntil(() => lines(wrapper).join() === '1,0,1', `lines: ${lines(wrapper)}`);
    });

    it('is drawn by each element that shows a different number', async () => {
      const wrapper = await fixture(
        html`<div>
          <hotline-list region="US"></hotline-list>
          <hotline-list region="GB"></hotline-list>
        </div>`,
      );
      await waitUntil(() => lines(wrapper).join() === '1,1', `lines: ${lines(wrapper)}`);
    });

    it('is drawn inside a report-help dialog too, which hides the rest of the page', async () => {
      const wrapper = await fixture(
        html`<div>
          <hotline-list region="US"></hotline-list>
          <report-help region="US" variant="button"></report-help>
        </div>`,
      );
      const report = wrapper.querySelector('report-help')!;
      await report.show();
      await waitUntil(() => lines(wrapper).join() === '1,1', `lines: ${lines(wrapper)}`);
      report.close();
    });
  });
});
