import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/define-elements.js';
import type { HotlineListElement } from '../src/elements/hotline-list/hotline-list.js';
import type { ReportHelpElement } from '../src/elements/report-help/report-help.js';
import type { WarningSignsElement } from '../src/elements/warning-signs/warning-signs.js';
import { quickExit, quickExitConfig } from '../src/internal/quick-exit.js';
import { catchExits, pageExit, visibleButtons, waitUntil } from './helpers.js';

type Panel = ReportHelpElement | WarningSignsElement | HotlineListElement;

const WIDTH = 360;
const HEIGHT = 740;
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Lets scrolling settle and the intersection observer report. */
const settle = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 30))),
  );

function button(root: ShadowRoot, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => clean(b.textContent) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

async function answer(el: ReportHelpElement): Promise<void> {
  const root = el.shadowRoot!;
  root.querySelector<HTMLInputElement>('input[value="sextortion"]')!.click();
  root.querySelector<HTMLInputElement>('input[value="under-18.self"]')!.click();
  await el.updateComplete;
  button(root, 'Show my plan').click();
  await el.updateComplete;
}

/** Fails unless `element` is wholly inside the viewport and is what a tap at its centre would reach. */
function expectReachable(element: Element | null | undefined, where: string): void {
  expect(element, `${where}: no control`).to.be.instanceOf(HTMLElement);
  const rect = element!.getBoundingClientRect();
  expect(rect.width * rect.height, `${where}: not drawn`).to.be.greaterThan(0);
  expect(rect.top, `${where}: above the screen`).to.be.at.least(0);
  expect(rect.left, `${where}: off the left`).to.be.at.least(0);
  expect(rect.bottom, `${where}: below the screen`).to.be.at.most(innerHeight);
  expect(rect.right, `${where}: off the right`).to.be.at.most(innerWidth);
  const root = element!.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  expect(hit && (hit === element || element!.contains(hit)), `${where}: covered`).to.equal(true);
}

/** Scrolls the window so the top, the middle, then the bottom of the panel are on screen, and checks each time. */
async function expectExitInViewAcross(el: Element, step: string): Promise<void> {
  const top = el.getBoundingClientRect().top + scrollY;
  const height = el.getBoundingClientRect().height;
  const positions: [string, number][] = [
    ['top', top],
    ['middle', top + height / 2 - innerHeight / 2],
    ['bottom', top + height - innerHeight],
  ];
  for (const [where, y] of positions) {
    scrollTo(0, Math.max(0, y));
    await settle();
    await waitUntil(() => pageExit.button, `${step}, ${where}: the exit is not shown`);
    expectReachable(pageExit.button, `${step}, ${where}`);
  }
}

/** A page taller than the screen above and below the fixture, so the panel scrolls like one in a real page. */
async function onLongPage<T extends Element>(template: TemplateResult): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <div class="filler"></div>
      ${template}
      <div class="filler"></div>
    </div>`,
  );
  wrapper
    .querySelectorAll<HTMLElement>('.filler')
    .forEach((filler) => (filler.style.height = '1500px'));
  return wrapper.children[1] as T;
}

describe('quick exit', () => {
  let exits: ReturnType<typeof catchExits>;

  before(async () => {
    await setViewport({ width: WIDTH, height: HEIGHT });
  });
  beforeEach(() => (exits = catchExits()));
  afterEach(() => {
    exits.restore();
    scrollTo(0, 0);
  });

  describe('within reach at 360 × 740', () => {
    it('stays in view at the top, middle and bottom of every step of the panel', async () => {
      const el = await onLongPage<ReportHelpElement>(html`<report-help region="US"></report-help>`);
      await expectExitInViewAcross(el, 'step 1');
      await answer(el);
      for (let step = 2; step <= 7; step += 1) {
        await expectExitInViewAcross(el, `step ${step}`);
        if (step < 7) {
          button(el.shadowRoot!, 'Next').click();
          await el.updateComplete;
        }
      }
    });

    it('shows only while a panel with the exit is on screen', async () => {
      const el = await onLongPage<ReportHelpElement>(html`<report-help region="US"></report-help>`);
      scrollTo(0, 0);
      await settle();
      expect(Boolean(pageExit.button), 'panel below the screen').to.equal(false);
      el.scrollIntoView({ block: 'start' });
      await waitUntil(() => pageExit.button, 'the exit is not shown with the panel on screen');
      scrollTo(0, document.documentElement.scrollHeight);
      await settle();
      expect(Boolean(pageExit.button), 'panel above the screen').to.equal(false);
    });

    it('is the first Tab stop of the page, before the page’s own links and the panels', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <a href="#top">A link of the page</a><hotline-list region="US" exit></hotline-list>
        </div>`,
      );
      await waitUntil(() => pageExit.button, 'the exit is not shown');
      // The page's first link is first on the page: one Shift+Tab back from it reaches the exit.
      const link = wrapper.querySelector('a')!;
      link.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement?.localName).to.equal('sp-quick-exit');
      expect(pageExit.host!.shadowRoot!.activeElement).to.equal(pageExit.button);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
    });

    it('keeps a control moved to with Shift+Tab out from under the exit', async () => {
      const el = await onLongPage<HotlineListElement>(
        html`<hotline-list region="US" exit></hotline-list>`,
      );
      el.scrollIntoView({ block: 'start' });
      await waitUntil(() => pageExit.button, 'the exit is not shown');
      // Two Tab stops one above the other: scroll until the first is partly above the screen (as the reader left it,
      // a little scrolled past), focus the second, go back. The browser scrolls only as far as it must.
      const stops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.list a, .list button')];
      const at = stops.findIndex(
        (stop, index) =>
          index > 0 &&
          stop.getBoundingClientRect().top - stops[index - 1]!.getBoundingClientRect().bottom > 100,
      );
      const [before, after] = [stops[at - 1]!, stops[at]!];
      scrollTo(0, before.getBoundingClientRect().top + scrollY + 10);
      after.focus({ preventScroll: true });
      await settle();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await settle();
      expect(el.shadowRoot!.activeElement).to.equal(before);
      const exit = pageExit.button!.getBoundingClientRect();
      expect(before.getBoundingClientRect().top, 'under the exit').to.be.at.least(exit.bottom);
    });

    it('gives way to the page’s own scroll-padding, and leaves none behind with the last panel', async () => {
      const padding = () => getComputedStyle(document.documentElement).scrollPaddingTop;
      const el = await fixture(html`<hotline-list region="US" exit></hotline-list>`);
      await waitUntil(() => pageExit.button, 'the exit is not shown');
      expect(padding()).to.equal('64px');
      const own = document.createElement('style');
      own.textContent = 'html { scroll-padding-top: 100px; }';
      document.head.append(own);
      expect(padding()).to.equal('100px');
      own.remove();
      el.remove();
      await settle();
      expect(padding()).to.equal('auto');
    });

    for (const [name, template] of [
      ['report-help', html`<report-help region="US"></report-help>`],
      ['warning-signs teen', html`<warning-signs region="US" audience="teen"></warning-signs>`],
      ['hotline-list exit', html`<hotline-list region="US" exit></hotline-list>`],
    ] as const) {
      it(`does not hide the ${name} heading or note at 320 px`, async () => {
        await setViewport({ width: 320, height: HEIGHT });
        try {
          const el = await onLongPage<Panel>(template);
          el.scrollIntoView({ block: 'start' });
          await waitUntil(() => pageExit.button, 'the exit is not shown');
          const exit = pageExit.button!.getBoundingClientRect();
          for (const part of ['exit-note', 'heading']) {
            const rect = el.shadowRoot!.querySelector(`[part="${part}"]`)!.getBoundingClientRect();
            const overlap =
              rect.left < exit.right &&
              exit.left < rect.right &&
              rect.top < exit.bottom &&
              exit.top < rect.bottom;
            expect(
              overlap,
              `${part} ${JSON.stringify(rect)}, exit ${JSON.stringify(exit)}`,
            ).to.equal(false);
          }
        } finally {
          await setViewport({ width: WIDTH, height: HEIGHT });
        }
      });
    }

    it('in the dialog: one height, and exit and Close in view at the top, middle and bottom of every step', async () => {
      const el = await fixture<ReportHelpElement>(
        html`<report-help region="US" variant="button"></report-help>`,
      );
      await el.show();
      const root = el.shadowRoot!;
      const dialog = root.querySelector('dialog')!;
      const body = root.querySelector<HTMLElement>('.dialog-body')!;
      const height = dialog.getBoundingClientRect().height;
      expect(height).to.be.at.most(HEIGHT);
      const check = async (step: string) => {
        expect(
          dialog.getBoundingClientRect().height,
          `${step}: the dialog changed height`,
        ).to.equal(height);
        for (const [where, top] of [
          ['top', 0],
          ['middle', (body.scrollHeight - body.clientHeight) / 2],
          ['bottom', body.scrollHeight],
        ] as const) {
          body.scrollTop = top;
          await settle();
          expectReachable(button(root, 'Exit this page'), `${step}, ${where}, exit`);
          expectReachable(button(root, 'Close'), `${step}, ${where}, close`);
        }
        // Scrolled to the bottom, the step's last control can be reached inside the dialog.
        expectReachable(root.querySelector('.nav button:last-child'), `${step}, bottom, nav`);
      };
      await check('step 1');
      await answer(el);
      for (let step = 2; step <= 7; step += 1) {
        await check(`step ${step}`);
        if (step < 7) {
          button(root, 'Next').click();
          await el.updateComplete;
        }
      }
      expect(body.scrollHeight, 'the last step scrolls inside the dialog').to.be.greaterThan(
        body.clientHeight,
      );
      // The modal dialog makes the rest of the page inert, so the page's exit stays out of the way.
      expect(Boolean(pageExit.button)).to.equal(false);
      el.close();
    });
  });

  it('keeps the dialog at one height on a large screen, where steps differ in length', async () => {
    await setViewport({ width: 1280, height: 1000 });
    try {
      const el = await fixture<ReportHelpElement>(
        html`<report-help region="US" variant="button"></report-help>`,
      );
      await el.show();
      const root = el.shadowRoot!;
      const dialog = root.querySelector('dialog')!;
      const heights = [dialog.getBoundingClientRect().height];
      await answer(el);
      for (let step = 2; step <= 7; step += 1) {
        heights.push(dialog.getBoundingClientRect().height);
        if (step < 7) {
          button(root, 'Next').click();
          await el.updateComplete;
        }
      }
      expect(new Set(heights).size, `heights ${heights.join(', ')}`).to.equal(1);
      el.close();
    } finally {
      await setViewport({ width: WIDTH, height: HEIGHT });
    }
  });

  describe('one per page', () => {
    it('draws exactly one exit for report-help, warning-signs teen and hotline-list exit', async () => {
      const wrapper = await fixture(
        html`<div>
          <report-help region="US"></report-help>
          <warning-signs region="US" audience="teen"></warning-signs>
          <hotline-list region="US" exit></hotline-list>
        </div>`,
      );
      await waitUntil(() => pageExit.button, 'no exit shown');
      expect(visibleButtons('Exit this page')).to.have.length(1);
      expect(document.querySelectorAll('sp-quick-exit')).to.have.length(1);
      // Each one still says, in its own panel, that the exit does not clear history.
      for (const el of wrapper.children) {
        expect(clean(el.shadowRoot!.querySelector('[part="exit-note"]')?.textContent)).to.contain(
          'does not clear your browser history',
        );
      }
      wrapper.remove();
      await settle();
      expect(Boolean(document.querySelector('sp-quick-exit')), 'left behind').to.equal(false);
    });

    it('leaves from the first element on screen, to its exit-url', async () => {
      await fixture(
        html`<div>
          <report-help region="US" exit-url="https://example.org/first"></report-help>
          <report-help region="US" exit-url="https://example.org/second"></report-help>
        </div>`,
      );
      await waitUntil(() => pageExit.button, 'no exit shown');
      pageExit.button!.click();
      expect(exits.urls).to.deep.equal(['https://example.org/first']);
    });
  });

  describe('Shift count', () => {
    it('fills one light per press, says so, and exits on the third', async () => {
      await fixture(html`<report-help region="US"></report-help>`);
      await waitUntil(() => pageExit.button, 'no exit shown');
      expect(pageExit.lights).to.equal(0);
      await sendKeys({ press: 'Shift' });
      await pageExit.host!.updateComplete;
      expect(pageExit.lights).to.equal(1);
      expect(pageExit.status).to.equal('Shift, press 2 more times to exit.');
      await expect(pageExit.host).to.be.accessible();
      await sendKeys({ press: 'Shift' });
      await pageExit.host!.updateComplete;
      expect(pageExit.lights).to.equal(2);
      expect(pageExit.status).to.equal('Shift, press 1 more time to exit.');
      await sendKeys({ press: 'Shift' });
      expect(document.documentElement.style.visibility).to.equal('hidden');
      expect(exits.urls).to.deep.equal(['https://www.bbc.co.uk/weather']);
    });

    it('puts the lights out on any other key', async () => {
      await fixture(html`<warning-signs region="US" audience="teen"></warning-signs>`);
      await waitUntil(() => pageExit.button, 'no exit shown');
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await pageExit.host!.updateComplete;
      expect(pageExit.lights).to.equal(2);
      await sendKeys({ press: 'KeyA' });
      await pageExit.host!.updateComplete;
      expect(pageExit.lights).to.equal(0);
      expect(pageExit.status).to.equal('');
      expect(exits.urls).to.deep.equal([]);
    });

    it('puts the lights out when the count expires', async () => {
      quickExitConfig.timeoutMs = 100;
      await fixture(html`<hotline-list region="US" exit></hotline-list>`);
      await waitUntil(() => pageExit.button, 'no exit shown');
      await sendKeys({ press: 'Shift' });
      await pageExit.host!.updateComplete;
      expect(pageExit.lights).to.equal(1);
      await waitUntil(() => pageExit.lights === 0, 'the light stayed on');
      await pageExit.host!.updateComplete;
      expect(pageExit.status).to.equal('Exit this page cancelled.');
      await expect(pageExit.host).to.be.accessible();
    });

    it('shows the count in the dialog, whose exit is its own', async () => {
      const el = await fixture<ReportHelpElement>(
        html`<report-help region="US" variant="button"></report-help>`,
      );
      await el.show();
      const root = el.shadowRoot!;
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(root.querySelectorAll('.dialog-bar .light.on')).to.have.length(1);
      expect(clean(root.querySelector('.dialog-bar [role="status"]')?.textContent)).to.equal(
        'Shift, press 2 more times to exit.',
      );
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(exits.urls).to.deep.equal(['https://www.bbc.co.uk/weather']);
    });
  });

  describe('exit and no-exit', () => {
    const cases: [string, TemplateResult, boolean][] = [
      ['report-help', html`<report-help region="US"></report-help>`, true],
      ['report-help no-exit', html`<report-help region="US" no-exit></report-help>`, false],
      [
        'report-help exit no-exit',
        html`<report-help region="US" exit no-exit></report-help>`,
        false,
      ],
      [
        'warning-signs teen',
        html`<warning-signs region="US" audience="teen"></warning-signs>`,
        true,
      ],
      [
        'warning-signs child',
        html`<warning-signs region="US" audience="child"></warning-signs>`,
        true,
      ],
      [
        'warning-signs teen no-exit',
        html`<warning-signs region="US" audience="teen" no-exit></warning-signs>`,
        false,
      ],
      [
        'warning-signs parent',
        html`<warning-signs region="US" audience="parent"></warning-signs>`,
        false,
      ],
      [
        'warning-signs parent exit',
        html`<warning-signs region="US" audience="parent" exit></warning-signs>`,
        true,
      ],
      ['hotline-list', html`<hotline-list region="US"></hotline-list>`, false],
      ['hotline-list exit', html`<hotline-list region="US" exit></hotline-list>`, true],
    ];
    for (const [name, template, shown] of cases) {
      it(`${name}: ${shown ? 'shows' : 'leaves out'} the exit`, async () => {
        const el = await fixture<Panel>(template);
        await settle();
        expect(Boolean(pageExit.button), 'the exit button').to.equal(shown);
        expect(Boolean(el.shadowRoot!.querySelector('[part="exit-note"]')), 'the note').to.equal(
          shown,
        );
        await sendKeys({ press: 'Shift' });
        await sendKeys({ press: 'Shift' });
        await sendKeys({ press: 'Shift' });
        expect(exits.urls, 'Shift three times').to.have.length(shown ? 1 : 0);
        if (shown) {
          quickExit.restore();
          await expect(el).to.be.accessible();
          await expect(pageExit.host).to.be.accessible();
        }
      });
    }

    it('follows the attribute when it changes', async () => {
      const el = await fixture<HotlineListElement>(html`<hotline-list region="US"></hotline-list>`);
      await settle();
      expect(Boolean(pageExit.button)).to.equal(false);
      el.exit = true;
      await waitUntil(() => pageExit.button, 'not shown after exit was set');
      el.noExit = true;
      await el.updateComplete;
      await settle();
      expect(Boolean(pageExit.button)).to.equal(false);
    });
  });

  describe('exit-url', () => {
    let warnings: string[];
    const warn = console.warn;
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    });
    afterEach(() => {
      console.warn = warn;
    });

    async function exitWith(url: string): Promise<string | undefined> {
      await fixture(html`<report-help region="US" exit-url=${url}></report-help>`);
      await waitUntil(() => pageExit.button, 'no exit shown');
      pageExit.button!.click();
      return exits.urls[0];
    }

    it('accepts a path on this site, resolved against the page', async () => {
      expect(await exitWith('/leave.html')).to.equal(new URL('/leave.html', location.href).href);
      expect(warnings).to.deep.equal([]);
    });

    it('accepts an http: URL', async () => {
      expect(await exitWith('http://example.org/')).to.equal('http://example.org/');
      expect(warnings).to.deep.equal([]);
    });

    for (const hostile of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      '\tjava\tscript:alert(1) ',
      'data:text/html,<p>x</p>',
      'vbscript:msgbox(1)',
    ]) {
      it(`refuses ${JSON.stringify(hostile)} with a warning, and uses the default`, async () => {
        expect(await exitWith(hostile)).to.equal('https://www.bbc.co.uk/weather');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<report-help> exit-url was refused');
      });
    }
  });
});
