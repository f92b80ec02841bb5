/**
 * Fitting the host page: the panels follow the page's colour scheme (not the device's), use its font, and
 * carry no inline style attribute in any state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/elements/hotline-list/define.js';
import type { HotlineListElement } from '../src/elements/hotline-list/hotline-list.js';
import '../src/elements/report-help/define.js';
import type { ReportHelpElement } from '../src/elements/report-help/report-help.js';
import '../src/elements/warning-signs/define.js';
import type { WarningSignsElement } from '../src/elements/warning-signs/warning-signs.js';
import { quickExit } from '../src/internal/quick-exit.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(23, 23, 28)';
const panelBg = (el: Element) => getComputedStyle($(el, '[part="panel"]')!).backgroundColor;

/** Adds something to <head> for one test. */
function addToHead(markup: string): () => void {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const node = template.content.firstElementChild!;
  document.head.append(node);
  return () => node.remove();
}

describe('fitting the host page', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    quickExit.restore();
  });

  describe('colour scheme', () => {
    it('stays light on a light page when the device is dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      const el = await fixture<HotlineListElement>(html`<hotline-list region="US"></hotline-list>`);
      expect(panelBg(el)).to.equal(LIGHT_BG);
      expect(getComputedStyle(el).colorScheme).to.equal('light');
    });

    it('turns dark when the page declares dark on its root, and back when it stops', async () => {
      const el = await fixture<WarningSignsElement>(
        html`<warning-signs region="US" audience="teen"></warning-signs>`,
      );
      expect(panelBg(el)).to.equal(LIGHT_BG);
      const remove = addToHead('<style>:root { color-scheme: dark; }</style>');
      try {
        await waitUntil(() => panelBg(el) === DARK_BG, 'did not turn dark');
        el.toggleAll(true);
        await expect(el).to.be.accessible();
      } finally {
        remove();
      }
      await waitUntil(() => panelBg(el) === LIGHT_BG, 'did not turn light again');
    });

    it('turns dark when the page’s color-scheme meta says dark first', async () => {
      const remove = addToHead('<meta name="color-scheme" content="dark">');
      try {
        const el = await fixture<ReportHelpElement>(html`<report-help region="US"></report-help>`);
        expect(panelBg(el)).to.equal(DARK_BG);
        await expect(el).to.be.accessible();
      } finally {
        remove();
      }
    });

    it('follows the device when the page supports both', async () => {
      const remove = addToHead('<meta name="color-scheme" content="light dark">');
      try {
        const el = await fixture<HotlineListElement>(
          html`<hotline-list region="US"></hotline-list>`,
        );
        expect(panelBg(el)).to.equal(LIGHT_BG);
        await emulateMedia({ colorScheme: 'dark' });
        await waitUntil(() => panelBg(el) === DARK_BG, 'did not follow the device');
      } finally {
        remove();
      }
    });

    it('follows theme="dark", theme="light" and theme="auto" over the page', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const wrapper = await fixture(
        html`<div>
          <hotline-list region="US" theme="dark"></hotline-list>
          <hotline-list region="US" theme="auto"></hotline-list>
          <hotline-list region="US" theme="light"></hotline-list>
        </div>`,
      );
      const [dark, auto, light] = [...wrapper.querySelectorAll('hotline-list')];
      expect([panelBg(dark!), panelBg(auto!), panelBg(light!)]).to.deep.equal([
        DARK_BG,
        DARK_BG,
        LIGHT_BG,
      ]);
      await emulateMedia({ colorScheme: 'light' });
      await waitUntil(() => panelBg(auto!) === LIGHT_BG, 'auto did not follow the device');
      expect(panelBg(dark!)).to.equal(DARK_BG);
      await expect(dark!).to.be.accessible();
    });
  });

  describe('font', () => {
    it('uses the host’s font, unless --sp-font-family says otherwise', async () => {
      const wrapper = await fixture(
        html`<div class="host-font">
          <style>
            .host-font {
              font-family: Georgia, serif;
            }
            .override {
              --sp-font-family: monospace;
            }
          </style>
          <warning-signs region="US"></warning-signs>
          <hotline-list region="US" class="override"></hotline-list>
        </div>`,
      );
      const signs = wrapper.querySelector('warning-signs')!;
      const list = wrapper.querySelector('hotline-list')!;
      expect(getComputedStyle($(signs, 'summary')!).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle($(list, '[part="heading"]')!).fontFamily).to.equal('monospace');
    });
  });

  describe('no inline style attributes', () => {
    /** Every element with a style attribute in the element's shadow root, and in any shadow root inside it. */
    function styled(root: Element): string[] {
      const found: string[] = [];
      const walk = (node: ParentNode) => {
        for (const element of node.querySelectorAll('*')) {
          if (element.hasAttribute('style')) found.push(element.outerHTML.slice(0, 80));
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(root.shadowRoot!);
      return found;
    }

    it('has none in any step of the report flow, inline and in the dialog', async () => {
      for (const variant of ['', 'button']) {
        const el = await fixture<ReportHelpElement>(
          html`<report-help region="US" variant=${variant || 'panel'}></report-help>`,
        );
        if (variant) await el.show();
        expect(styled(el), 'start').to.deep.equal([]);
        $<HTMLInputElement>(el, 'input[value="sextortion"]')!.click();
        $<HTMLInputElement>(el, 'input[value="under-18.self"]')!.click();
        await el.updateComplete;
        const press = async (name: string) => {
          $$<HTMLButtonElement>(el, 'button')
            .find((b) => clean(b.textContent) === name)!
            .click();
          await el.updateComplete;
        };
        await press('Show my plan');
        for (let step = 2; step <= 7; step += 1) {
          expect(styled(el), `step ${step - 1}`).to.deep.equal([]);
          const progress = $<HTMLProgressElement>(el, 'progress')!;
          expect(progress.value, `progress at step ${step - 1}`).to.equal(step);
          if (step < 7) await press('Next');
        }
        if (variant) el.close();
      }
    });

    it('has none in the hotline list and the warning signs, filters open and signs ticked', async () => {
      const wrapper = await fixture(
        html`<div>
          <warning-signs region="US" checklist></warning-signs>
          <hotline-list region="US"></hotline-list>
        </div>`,
      );
      const signs = wrapper.querySelector('warning-signs')!;
      const list = wrapper.querySelector('hotline-list')!;
      signs.toggleAll(true);
      $<HTMLInputElement>(signs, 'input[type="checkbox"]')!.click();
      $<HTMLButtonElement>(list, '.filter-toggle')!.click();
      await Promise.all([signs.updateComplete, list.updateComplete]);
      expect(styled(signs)).to.deep.equal([]);
      expect(styled(list)).to.deep.equal([]);
    });
  });
});
