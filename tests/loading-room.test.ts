/**
 * While a panel's data is on its way it shows its heading, the emergency line and "Loading help…", and keeps about
 * the room its content will take, so what follows it on the page does not jump down under the reader's eyes when
 * the content arrives. Measured as a person meets it: where things on screen are, and the browser's own
 * layout-shift score (the one behind Core Web Vitals' CLS).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/elements/hotline-list/define.js';
import '../src/elements/report-help/define.js';
import type { ReportHelpElement } from '../src/elements/report-help/report-help.js';
import '../src/elements/warning-signs/define.js';
import { quickExit } from '../src/internal/quick-exit.js';
import { schoolManifest } from './fixtures/manifests.js';
import { fakeFetch, json, later, waitUntil } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A layout-shift entry (not yet in TypeScript's DOM types). */
type LayoutShift = PerformanceEntry & { value: number };

/**
 * The layout shifts the browser scores from now on. Nothing here is input, so every shift counts: Chromium marks
 * shifts within half a second of a viewport resize (`setViewport`) as after input, which CLS would leave out.
 */
function watchShifts(): { score: () => number; stop: () => void } {
  let score = 0;
  const add = (entries: PerformanceEntryList) => {
    for (const entry of entries as LayoutShift[]) score += entry.value;
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: 'layout-shift' });
  return {
    score: () => {
      add(observer.takeRecords());
      return score;
    },
    stop: () => observer.disconnect(),
  };
}

/** The page of the reviewer who saw the jump: the three panels one below the other, then the page goes on. */
async function threePanels(): Promise<{ panels: HTMLElement[]; below: HTMLElement }> {
  const page = await fixture<HTMLElement>(
    html`<div>
      <h1>Stay safe online</h1>
      <warning-signs region="US" audience="teen" manifest="/slow.json"></warning-signs>
      <report-help region="US" audience="teen" manifest="/slow.json"></report-help>
      <hotline-list region="US" audience="teen" manifest="/slow.json"></hotline-list>
      <p id="below">The page goes on here.</p>
    </div>`,
  );
  const panels = [
    ...page.querySelectorAll<HTMLElement>('warning-signs, report-help, hotline-list'),
  ];
  return { panels, below: page.querySelector<HTMLElement>('#below')! };
}

describe('while the data loads', () => {
  let fake: ReturnType<typeof fakeFetch> | undefined;
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    quickExit.restore();
    document.adoptedStyleSheets = [];
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [width, height] of [
    [360, 740],
    [1280, 900],
  ] as const) {
    it(`keeps what is on screen below a panel still when the help arrives, at ${width} × ${height}`, async () => {
      await setViewport({ width, height });
      const site = later();
      fake = fakeFetch({ '/slow.json': site.answer });
      const { panels, below } = await threePanels();
      await Promise.all(panels.map((p) => (p as ReportHelpElement).updateComplete));
      await frame();
      for (const panel of panels)
        expect(clean($(panel, '.loading')?.textContent), panel.localName).to.equal('Loading help…');

      // What a person sees below the first panel: the next panels' headings and the page after them.
      const watched = [
        ...panels
          .slice(1)
          .map((p) => [`${p.localName}'s heading`, $(p, '[part="heading"]')!] as const),
        ['the page below the panels', below] as const,
      ];
      const before = watched.map(([, node]) => node.getBoundingClientRect().top);
      const shifts = watchShifts();
      site.send(json(schoolManifest));
      await waitUntil(() => panels.every((p) => !$(p, '.loading')), 'the help did not arrive', {
        timeout: 3000,
      });
      await frame();
      await frame();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const score = shifts.score();
      shifts.stop();

      watched.forEach(([name, node], i) => {
        if (before[i]! >= innerHeight) return; // below the screen: no one is reading it yet
        expect(
          Math.abs(node.getBoundingClientRect().top - before[i]!),
          `${name} moved`,
        ).to.be.at.most(2);
      });
      expect(score, 'layout-shift score').to.be.below(0.01);
    });
  }

  it('keeps the room in a compact hotline list small: no big empty box, and no more than its content takes', async () => {
    await setViewport({ width: 360, height: 740 });
    const site = later();
    fake = fakeFetch({ '/slow.json': site.answer });
    const el = await fixture<HTMLElement>(
      html`<hotline-list
        compact
        region="INTL"
        topics="sextortion"
        manifest="/slow.json"
      ></hotline-list>`,
    );
    const room = $(el, '.loading')!.getBoundingClientRect().height;
    expect(room).to.be.within(200, 360);
    const list = el.getBoundingClientRect();
    site.send(json({ version: 1, extends: 'default' }));
    await waitUntil(() => !$(el, '.loading'), 'the help did not arrive', { timeout: 3000 });
    // The smallest list the built-in data gives a compact panel still fills the room: nothing below moves up.
    expect(el.getBoundingClientRect().height).to.be.at.least(list.height);
  });

  it('keeps no room in report-help’s button or its dialog', async () => {
    await setViewport({ width: 360, height: 740 });
    fake = fakeFetch({ '/slow.json': 'hang' });
    const el = await fixture<ReportHelpElement>(
      html`<report-help variant="button" region="US" manifest="/slow.json"></report-help>`,
    );
    expect(el.getBoundingClientRect().height).to.be.below(80);
    el.show();
    await el.updateComplete;
    const loading = $(el, 'dialog .loading')!;
    expect(clean(loading.textContent)).to.equal('Loading help…');
    expect(loading.getBoundingClientRect().height).to.be.below(40);
    el.close();
  });

  it('lets a site set the room with --sp-warning-signs-loading-size', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('warning-signs { --sp-warning-signs-loading-size: 10rem; }');
    document.adoptedStyleSheets = [sheet];
    fake = fakeFetch({ '/slow.json': 'hang' });
    const el = await fixture<HTMLElement>(
      html`<warning-signs region="US" manifest="/slow.json"></warning-signs>`,
    );
    expect($(el, '.loading')!.getBoundingClientRect().height).to.equal(160);
  });

  it('passes axe while it keeps the room', async () => {
    fake = fakeFetch({ '/slow.json': 'hang' });
    const el = await fixture<HTMLElement>(
      html`<warning-signs region="US" audience="teen" manifest="/slow.json"></warning-signs>`,
    );
    expect($(el, '.loading')!.getBoundingClientRect().height).to.be.above(100);
    await expect(el).to.be.accessible();
  });
});

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
