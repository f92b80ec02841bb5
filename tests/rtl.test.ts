import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/hotline-list/define.js';
import '../src/elements/report-help/define.js';
import '../src/elements/warning-signs/define.js';
import type { HotlineListElement } from '../src/elements/hotline-list/hotline-list.js';
import {
  captureConsoleWarn,
  fakeFetch,
  json,
  pageExit,
  settled,
  usResource,
  waitUntil,
} from './helpers.js';

type El = HotlineListElement;

const $ = (el: El, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const panel = (el: El) => $(el, '[part="panel"]');
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Four stand-alone services (all on one page), so the count reads "4 services shown": a number, then words. */
const fourServices = {
  version: 1,
  resources: Array.from({ length: 4 }, (_, i) => usResource(i + 1)),
};

/** A site that writes in Arabic, with a few of the elements' words in Arabic and one service named in it. */
const arabicSite = {
  version: 1,
  locales: ['ar', 'en'],
  strings: {
    ar: {
      'hotline.heading': 'احصل على المساعدة الآن',
      'count.one': 'تُعرض خدمة واحدة',
      'count.other': 'عدد الخدمات المعروضة: {count}',
    },
  },
  resources: [
    usResource(1, {
      name: { en: 'Support service', ar: 'خدمة الدعم' },
      description: { en: 'For tests.', ar: 'للاختبار فقط.' },
    }),
  ],
};

/** Where a piece of the element's text is drawn on screen. */
function rectOf(element: HTMLElement, piece: string): DOMRect {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(piece);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + piece.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${piece}" is not in ${squash(element.textContent)}`);
}

describe('right-to-left pages', () => {
  let fake: ReturnType<typeof fakeFetch> | undefined;
  // Stand-alone test manifests have no guide or emergency numbers, and the loader rightly warns about that.
  let warnings: ReturnType<typeof captureConsoleWarn>;
  beforeEach(() => {
    warnings = captureConsoleWarn();
  });
  afterEach(() => {
    warnings.restore();
    fake?.restore();
    fake = undefined;
  });

  it('keeps an English panel left to right on a right-to-left page', async () => {
    fake = fakeFetch({ '/four.json': json(fourServices) });
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar">
        <hotline-list region="US" manifest="/four.json"></hotline-list>
      </div>`,
    );
    const el = await settled(page.querySelector<El>('hotline-list')!);

    expect(panel(el).lang).to.equal('en');
    expect(panel(el).dir).to.equal('ltr');
    expect(getComputedStyle(panel(el)).direction).to.equal('ltr');
    const count = $(el, '[part="count"]');
    expect(squash(count.textContent)).to.equal('4 services shown');
    // As a reader sees it: the number on the left, not flipped to the end ("services shown 4").
    expect(rectOf(count, '4').left).to.be.lessThan(rectOf(count, 'services').left);
    await expect(el).to.be.accessible();
  });

  it('turns a panel right to left when the site supplies a right-to-left language', async () => {
    fake = fakeFetch({ '/ar.json': json(arabicSite) });
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar">
        <hotline-list region="US" manifest="/ar.json"></hotline-list>
      </div>`,
    );
    const el = await settled(page.querySelector<El>('hotline-list')!);

    expect(panel(el).lang).to.equal('ar');
    expect(panel(el).dir).to.equal('rtl');
    expect(getComputedStyle(panel(el)).direction).to.equal('rtl');
    expect(squash($(el, '[part="heading"]').textContent)).to.equal('احصل على المساعدة الآن');
    expect(squash($(el, '[part="count"]').textContent)).to.equal('تُعرض خدمة واحدة');
    expect(squash($(el, '.item .name').textContent)).to.equal('خدمة الدعم');
    // The heading starts at the right-hand edge, where an Arabic reader starts reading.
    const heading = $(el, '[part="heading"]');
    const text = rectOf(heading, 'احصل');
    expect(heading.getBoundingClientRect().right - text.right).to.be.lessThan(1);
    await expect(el).to.be.accessible();
  });

  it('turns a panel right to left on a left-to-right page when the panel itself asks for Arabic', async () => {
    fake = fakeFetch({ '/ar.json': json(arabicSite) });
    const el = await settled(
      await fixture<El>(
        html`<hotline-list lang="ar" region="US" manifest="/ar.json"></hotline-list>`,
      ),
    );

    expect(document.documentElement.dir).to.not.equal('rtl');
    expect(panel(el).dir).to.equal('rtl');
    expect(getComputedStyle(panel(el)).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  // A site cannot set the safety words (issue 18): on an Arabic page the exit shows the elements' English words,
  // marked as English and laid out left to right, inside a right-to-left panel.
  it("gives the page's quick exit the language and direction of its words", async () => {
    fake = fakeFetch({ '/ar.json': json(arabicSite) });
    await settled(
      await fixture<El>(
        html`<hotline-list exit lang="ar" region="US" manifest="/ar.json"></hotline-list>`,
      ),
    );
    await waitUntil(() => pageExit.button, 'the quick exit did not show');
    const aside = pageExit.host!.shadowRoot!.querySelector('aside')!;
    expect(aside.lang).to.equal('en');
    expect(getComputedStyle(aside).direction).to.equal('ltr');
    expect(pageExit.button!.textContent).to.contain('Exit this page');
  });

  it('marks a service known only in English as English inside an Arabic panel, so its punctuation stays put', async () => {
    // The site extends the built-in services, which have no Arabic: they show in English inside the Arabic panel.
    fake = fakeFetch({ '/ar.json': json({ ...arabicSite, extends: 'default' }) });
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar">
        <hotline-list region="US" manifest="/ar.json"></hotline-list>
      </div>`,
    );
    const el = await settled(page.querySelector<El>('hotline-list')!);
    const card = $(el, '[data-id="ncmec-cybertipline"]');
    const description = card.querySelector<HTMLElement>('.description [lang]')!;
    expect(description.lang).to.equal('en');
    expect(getComputedStyle(description).direction).to.equal('ltr');
    // As a reader sees it: the colon after "child", not flipped to the start of the line.
    const words = 'Report the sexual exploitation of a child:';
    expect(squash(description.textContent)).to.contain(words);
    expect(rectOf(description, 'child:').left).to.be.greaterThan(
      rectOf(description, 'Report').left,
    );
    // The service the site wrote in Arabic is not marked.
    expect($(el, '[data-id="service-1"] .name [lang]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks the signs and the report flow’s words known only in English as English inside an Arabic panel', async () => {
    fake = fakeFetch({ '/ar.json': json({ ...arabicSite, extends: 'default' }) });
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar">
        <warning-signs region="US" manifest="/ar.json"></warning-signs>
        <report-help region="US" manifest="/ar.json"></report-help>
      </div>`,
    );
    for (const el of page.querySelectorAll<El>('warning-signs, report-help')) await settled(el);
    const signs = page.querySelector('warning-signs')!.shadowRoot!;
    const sign = signs.querySelector<HTMLElement>('.sign-text [lang]')!;
    expect(sign.lang).to.equal('en');
    expect(getComputedStyle(sign).direction).to.equal('ltr');
    expect(signs.querySelector<HTMLElement>('details summary [lang]')!.lang).to.equal('en');
    const flow = page.querySelector('report-help')!.shadowRoot!;
    const situation = flow.querySelector<HTMLElement>('input[type="radio"] + span [lang]')!;
    expect(situation.lang).to.equal('en');
    expect(getComputedStyle(situation).direction).to.equal('ltr');
    await expect(page).to.be.accessible();
  });
});
