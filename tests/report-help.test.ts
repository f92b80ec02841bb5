import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/report-help/define.js';
import type { ReportHelpElement } from '../src/elements/report-help/report-help.js';
import { quickExit, quickExitConfig } from '../src/internal/quick-exit.js';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import {
  captureConsoleWarn,
  catchExits,
  fakeFetch,
  isCaptureAdvice,
  json,
  later,
  pageExit,
} from './helpers.js';
import { schoolManifest } from './fixtures/manifests.js';

type El = ReportHelpElement;

const root = (el: El) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: El, selector: string) =>
  root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: El, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const stepHeading = (el: El) => clean($(el, '.step-heading')?.textContent);
const active = (el: El) => root(el).activeElement as HTMLElement | null;
/** What has focus, as a person would describe it: "heading: …", "button: …". */
const focusName = (el: El) => {
  const element = active(el);
  if (!element) return 'nothing';
  const role = element.getAttribute('role') ?? element.localName;
  return `${role}: ${clean(element.getAttribute('aria-label') ?? element.textContent)}`;
};
const statuses = (el: El) => $$(el, '[role="status"]').map((s) => clean(s.textContent));

function button(el: El, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => clean(b.textContent) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Answers the first screen with the mouse-free DOM API, then shows the plan. */
async function answer(el: El, situation: string, age: string, country?: string): Promise<void> {
  $<HTMLInputElement>(el, `input[value="${situation}"]`)!.click();
  $<HTMLInputElement>(el, `input[value="${age}"]`)!.click();
  if (country) {
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = country;
    select.dispatchEvent(new Event('change'));
  }
  await el.updateComplete;
  button(el, 'Show my plan').click();
  await el.updateComplete;
}

async function next(el: El): Promise<void> {
  button(el, 'Next').click();
  await el.updateComplete;
}

/** Presses Tab until `match` has focus; fails after `limit` presses. */
async function tabTo(el: El, match: (element: HTMLElement) => boolean, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await sendKeys({ press: 'Tab' });
    const current = active(el);
    if (current && match(current)) return;
  }
  throw new Error('focus never reached the target');
}

describe('<report-help>', () => {
  let exits: ReturnType<typeof catchExits>;

  beforeEach(() => (exits = catchExits()));
  afterEach(() => exits.restore());

  describe('the flow', () => {
    it('puts the emergency number at the top of every step', async () => {
      const el = await fixture<El>(html`<report-help region="AU"></report-help>`);
      for (let step = 0; step < 7; step += 1) {
        const emergency = $(el, '[part="emergency"]')!;
        expect(emergency.querySelector('a')!.getAttribute('href'), `step ${step}`).to.equal(
          'tel:000',
        );
        // At the top: before the step and everything in it.
        expect(
          emergency.compareDocumentPosition($(el, '[part="step"]')!) &
            Node.DOCUMENT_POSITION_FOLLOWING,
          `step ${step}`,
        ).to.not.equal(0);
        if (step === 0) await answer(el, 'ncii', 'adult.self');
        else if (step < 6) await next(el);
      }
    });

    it('asks again, and moves focus, when the questions are not answered', async () => {
      const el = await fixture<El>(html`<report-help region="US"></report-help>`);
      button(el, 'Show my plan').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(clean($(el, '[role="alert"]')!.textContent)).to.equal(
        'Please choose what is happening and who it is happening to.',
      );
      expect(active(el)!.getAttribute('name')).to.match(/-situation$/);
      expect(stepHeading(el)).to.equal('What is happening?');
    });

    it('is completed with the keyboard alone, with focus on each step heading', async () => {
      const el = await fixture<El>(html`<report-help region="GB"></report-help>`);
      await tabTo(el, (e) => e.getAttribute('name')?.endsWith('-situation') ?? false);
      await sendKeys({ press: 'ArrowDown' }); // the second situation: nude images of someone under 18
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' }); // me, and I am under 18
      await el.updateComplete;
      await tabTo(el, (e) => clean(e.textContent) === 'Show my plan');
      await sendKeys({ press: 'Enter' });
      const seen: string[] = [];
      for (;;) {
        await el.updateComplete;
        expect(
          active(el)?.classList.contains('step-heading'),
          `focus on ${focusName(el)}`,
        ).to.equal(true);
        seen.push(stepHeading(el));
        if (seen.length === 6) break;
        await tabTo(el, (e) => clean(e.textContent) === 'Next');
        await sendKeys({ press: 'Enter' });
      }
      expect(seen).to.deep.equal([
        'Understand what is happening',
        'Keep a record safely',
        'Report it to the site or app',
        'Report to a hotline or the police',
        'Get support',
        'Take it with you',
      ]);
      expect(statuses(el)).to.include('Step 7 of 7: Take it with you');
      expect($$(el, '.summary')).to.have.length(1);
      expect($(el, '.summary')!.textContent).to.contain('Report Remove');
    });

    it('goes back and starts over, wiping what was typed', async () => {
      const el = await fixture<El>(html`<report-help region="US"></report-help>`);
      await answer(el, 'sextortion', 'under-18.self');
      await next(el);
      const where = $<HTMLTextAreaElement>(el, 'textarea')!;
      where.value = 'instagram.com/someone';
      where.dispatchEvent(new Event('input'));
      button(el, 'Back').click();
      await el.updateComplete;
      expect(stepHeading(el)).to.equal('Understand what is happening');
      await next(el);
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('instagram.com/someone');
      button(el, 'Start over').click();
      await el.updateComplete;
      expect(stepHeading(el)).to.equal('What is happening?');
      expect($$<HTMLInputElement>(el, 'input[type="radio"]').some((r) => r.checked)).to.equal(
        false,
      );
      await answer(el, 'sextortion', 'under-18.self');
      await next(el);
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
    });

    it('opens at a situation and presets the age from the audience', async () => {
      const el = await fixture<El>(
        html`<report-help region="US" situation="adult-contact" audience="parent"></report-help>`,
      );
      expect($<HTMLInputElement>(el, 'input[value="adult-contact"]')!.checked).to.equal(true);
      expect($<HTMLInputElement>(el, 'input[value="under-18.helping"]')!.checked).to.equal(true);
    });

    it('fires a step event with ids only', async () => {
      const el = await fixture<El>(html`<report-help region="US"></report-help>`);
      const steps: unknown[] = [];
      el.addEventListener('sp-step', (e) => steps.push(e.detail));
      await answer(el, 'ncii', 'adult.self');
      await next(el);
      expect(steps).to.deep.equal([
        { element: 'report-help', step: 'recognise', situation: 'ncii' },
        { element: 'report-help', step: 'evidence', situation: 'ncii' },
      ]);
    });
  });

  describe('routing on screen', () => {
    // From the reference: police first, then reporting centres, then removal tools; a youth line first.
    const cases: [string, string, string, string[], string[]][] = [
      [
        'sextortion',
        'under-18.self',
        'US',
        ['fbi-tips', 'ncmec-cybertipline', 'ncmec-take-it-down'],
        ['boys-town-hotline', 'childhelp', 'ncmec-support', 'lifeline-988', 'crisis-text-line'],
      ],
      [
        'minor-images',
        'under-18.self',
        'GB',
        ['childline-report-remove', 'ncmec-take-it-down'],
        ['childline', 'shout-85258', 'samaritans'],
      ],
      [
        'minor-images',
        'under-18.self',
        'CA',
        ['cybertip-ca', 'needhelpnow-ca', 'ncmec-take-it-down'],
        ['kids-help-phone'],
      ],
      ['ncii', 'adult.self', 'AU', ['esafety-report', 'stopncii'], ['respect-au', 'lifeline-au']],
    ];
    it('shows a group’s own service only with the groups attribute (DoD Safe Helpline for military)', async () => {
      const supportIds = async (el: El) => {
        await answer(el, 'sextortion', 'adult.self');
        for (let i = 0; i < 4; i += 1) await next(el);
        return $$(el, '[data-id]').map((item) => item.dataset.id);
      };
      const plain = await fixture<El>(html`<report-help region="US"></report-help>`);
      expect(await supportIds(plain)).to.not.include('dod-safe-helpline');
      const military = await fixture<El>(
        html`<report-help region="US" groups="veterans military"></report-help>`,
      );
      expect(await supportIds(military)).to.include('dod-safe-helpline');
    });

    it('reflects variant, for a page’s own styles', async () => {
      const el = await fixture<El>(html`<report-help region="US"></report-help>`);
      el.variant = 'button';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('button');
      expect(clean($(el, 'button.open')?.textContent)).to.equal('Report / get help');
    });

    for (const [situation, age, region, official, support] of cases) {
      it(`${situation}, ${age}, ${region} shows the right services`, async () => {
        const el = await fixture<El>(html`<report-help region=${region}></report-help>`);
        await answer(el, situation, age);
        await next(el);
        await next(el);
        await next(el);
        expect(stepHeading(el)).to.equal('Report to a hotline or the police');
        expect($$(el, '[data-id]').map((item) => item.dataset.id)).to.deep.equal(official);
        await next(el);
        expect($$(el, '[data-id]').map((item) => item.dataset.id)).to.deep.equal(support);
        if (!support.length) {
          expect(clean($(el, '.step')!.textContent)).to.contain('Talk to an adult you trust.');
        }
      });
    }

    it('sends grooming in the UK to CEOP, under a "Police" heading, for a parent', async () => {
      const el = await fixture<El>(html`<report-help region="GB"></report-help>`);
      await answer(el, 'adult-contact', 'under-18.helping');
      await next(el);
      await next(el);
      await next(el);
      const group = $(el, '[data-kind="official.police"]')!;
      expect(clean(group.querySelector('.kind-heading')!.textContent)).to.equal('Police');
      expect(
        [...group.querySelectorAll<HTMLElement>('[data-id]')].map((i) => i.dataset.id),
      ).to.deep.equal(['ceop']);
      expect(clean($(el, '.step')!.textContent)).not.to.contain('pass reports to the police');
      await next(el);
      expect(
        $$(el, '[data-id]')
          .map((item) => item.dataset.id)
          .slice(0, 2),
      ).to.deep.equal(['nspcc-helpline', 'childline']);
    });

    it('gives the police numbers where no police service takes it: 101 for an adult in the UK', async () => {
      const el = await fixture<El>(html`<report-help region="GB"></report-help>`);
      await answer(el, 'sextortion', 'adult.self');
      await next(el);
      await next(el);
      await next(el);
      expect(clean($(el, '.police-call')!.textContent)).to.equal(
        'To report it to the police, call 101 when it is not an emergency. If anyone is in danger now, call 999 or 112.',
      );
      expect(clean($(el, '[data-kind="official.tools"]')!.textContent)).to.contain(
        'Using one is not a police report.',
      );
    });

    it('explains cross-border reporting for a country with no listed services', async () => {
      const el = await fixture<El>(html`<report-help region="JP"></report-help>`);
      await answer(el, 'csam-found', 'adult.self');
      await next(el);
      await next(el);
      await next(el);
      const text = clean($(el, '.step')!.textContent);
      expect(text).to.contain('No service in your country is listed here.');
      expect($$(el, '[data-id]').map((item) => item.dataset.id)).to.deep.equal(['inhope']);
    });

    it('puts the site’s own report link first, with the forum’s context', async () => {
      const el = await fixture<El>(
        html`<report-help
          region="US"
          report-url="https://forum.example/report?post=1"
          context="this post"
        ></report-help>`,
      );
      await answer(el, 'ncii', 'adult.self');
      await next(el);
      await next(el);
      const first = $<HTMLAnchorElement>(el, '.step a')!;
      expect(clean(first.textContent)).to.equal('Report this post to this site');
      expect(first.getAttribute('href')).to.equal('https://forum.example/report?post=1');
      expect(clean($(el, '.step')!.textContent)).to.contain(
        'In the report menu, look for the option about sharing private or intimate images.',
      );
    });

    it('ignores a report-url that is not https', async () => {
      const el = await fixture<El>(
        html`<report-help region="US" report-url="javascript:alert(1)"></report-help>`,
      );
      await answer(el, 'ncii', 'adult.self');
      await next(el);
      await next(el);
      expect($$(el, '.step a').map((a) => a.getAttribute('href'))).not.to.include(
        'javascript:alert(1)',
      );
      expect(clean($(el, '.step')!.textContent)).to.contain(
        'Use the report button or menu where it happened.',
      );
    });
  });

  describe('input that cannot break it', () => {
    it('takes a relative report-url as a link on this site', async () => {
      const el = await fixture<El>(
        html`<report-help region="US" report-url="/report?post=1"></report-help>`,
      );
      await answer(el, 'ncii', 'adult.self');
      await next(el);
      await next(el);
      const first = $<HTMLAnchorElement>(el, '.step a')!;
      expect(clean(first.textContent)).to.equal('Report it to this site');
      expect(first.href).to.equal(new URL('/report?post=1', location.href).href);
    });

    it('warns about an unknown situation and shows the chooser, not empty steps', async () => {
      const warnings = captureConsoleWarn();
      try {
        const el = await fixture<El>(
          html`<report-help region="US" audience="teen" situation="sextorsion"></report-help>`,
        );
        expect(warnings.messages.length).to.equal(1);
        expect(warnings.messages[0]).to.contain('<report-help> situation="sextorsion"');
        expect(warnings.messages[0]).to.contain('sextortion');
        expect(
          $$<HTMLInputElement>(el, 'input[type="radio"]:checked').map((r) => r.value),
        ).to.deep.equal(['under-18.self']);
        button(el, 'Show my plan').click();
        await el.updateComplete;
        expect(stepHeading(el)).to.equal('What is happening?');
        expect($(el, '.error[role="alert"]')).not.to.equal(null);
      } finally {
        warnings.restore();
      }
    });

    it('keeps the step, the answers and focus when the site’s manifest arrives late', async () => {
      const site = later();
      const fake = fakeFetch({ '/slow.json': site.answer });
      try {
        const start = performance.now();
        const el = await fixture<El>(
          html`<report-help region="US" manifest="/slow.json"></report-help>`,
        );
        expect($(el, '.loading')).not.to.equal(null);
        await waitUntil(() => !$(el, '.loading'), 'no help shown', { timeout: 3000 });
        expect(performance.now() - start).to.be.below(1600);
        await answer(el, 'sextortion', 'under-18.self');
        await next(el);
        const heading = $(el, '.step-heading')!;
        const before = stepHeading(el);
        expect(active(el)).to.equal(heading);
        const steps: unknown[] = [];
        el.addEventListener('sp-step', (e) => steps.push(e));
        const loaded = new Promise((resolve) => el.addEventListener('sp-load', resolve));
        site.send(json(schoolManifest));
        await loaded;
        await el.updateComplete;
        expect(stepHeading(el)).to.equal(before);
        expect(active(el)).to.equal(heading);
        expect(steps).to.deep.equal([]);
      } finally {
        fake.restore();
      }
    });
  });

  describe('safety of the words', () => {
    const minorSituations = defaultManifest.guide.situations
      .filter((s) => s.minorImages)
      .map((s) => s.id);

    it('marks every situation that can involve images of a minor', () => {
      expect(minorSituations).to.have.members([
        'sextortion',
        'minor-images',
        'csam-found',
        'adult-contact',
        'trafficking',
        'worried',
      ]);
    });

    for (const situation of ['sextortion', 'minor-images', 'csam-found', 'adult-contact']) {
      for (const age of ['under-18.self', 'under-18.helping', 'adult.self']) {
        for (const region of ['US', 'GB', 'CA', 'AU']) {
          it(`never advises capturing images: ${situation}, ${age}, ${region}`, async () => {
            const el = await fixture<El>(html`<report-help region=${region}></report-help>`);
            await answer(el, situation, age);
            const texts: string[] = [];
            for (let step = 1; step <= 6; step += 1) {
              const shown = $(el, '.step')!.cloneNode(true) as HTMLElement;
              // "Copy" buttons copy a phone number, not images.
              shown.querySelectorAll('button.copy').forEach((button) => button.remove());
              texts.push(clean(shown.textContent));
              if (step < 6) await next(el);
            }
            const sentences = texts.join(' ').split(/(?<=[.!?:])\s+/);
            const advice = sentences.filter(isCaptureAdvice);
            expect(advice).to.deep.equal([]);
            // The rule follows the age of the person in the images, not the reader's.
            if (age !== 'adult.self' || situation !== 'sextortion')
              expect(texts[1]).to.match(/do not download, screenshot, save or forward/i);
            else expect(texts[1]).not.to.match(/screenshot/i);
          });
        }
      }
    }
  });

  describe('take it with you', () => {
    it('writes a plain-text plan with no personal details', async () => {
      const el = await fixture<El>(html`<report-help region="US"></report-help>`);
      await answer(el, 'sextortion', 'under-18.self');
      for (let i = 0; i < 5; i += 1) await next(el);
      const text = $(el, '.summary')!.textContent!;
      const lines = text.split('\n');
      expect(lines.slice(0, 3)).to.deep.equal([
        'Help plan: Someone is threatening to share sexual images unless I pay or send more',
        'Country: United States',
        'In immediate danger: call 911',
      ]);
      expect(text).to.contain(
        '- Do not download, screenshot, save or forward sexual images of anyone under 18, even to report them.',
      );
      expect(text).to.contain(
        '- FBI tips (Police, a report to the police): https://tips.fbi.gov, 1-800-CALL-FBI (1-800-225-5324)',
      );
      expect(text).to.contain(
        '- CyberTipline (Reporting centre): https://report.cybertip.org, 1-800-843-5678 (1-800-THE-LOST)',
      );
      expect(text).to.contain(
        '- Take It Down (Removal tool, not a police report): https://takeitdown.ncmec.org',
      );
      expect(text).to.contain(
        '5. Get support\n- Boys Town National Hotline (Helpline): 800-448-3000, VOICE → 20121',
      );
      expect(text).to.contain('- Crisis Text Line (Helpline): HOME → 741741');
      expect(text).not.to.contain('My notes');
      expect($$(el, 'input[type="checkbox"]')).to.have.length(0);
    });

    it('includes the notes only when asked, and copies the plan', async () => {
      const el = await fixture<El>(html`<report-help region="GB"></report-help>`);
      await answer(el, 'ncii', 'adult.self');
      await next(el);
      const [where, who] = $$<HTMLTextAreaElement>(el, 'textarea');
      where!.value = 'a forum thread';
      where!.dispatchEvent(new Event('input'));
      who!.value = 'user123';
      who!.dispatchEvent(new Event('input'));
      for (let i = 0; i < 4; i += 1) await next(el);
      expect($(el, '.summary')!.textContent).not.to.contain('user123');
      $<HTMLInputElement>(el, 'input[type="checkbox"]')!.click();
      await el.updateComplete;
      const text = $(el, '.summary')!.textContent!;
      expect(text).to.contain(
        'My notes\nWhere (link, site or app): a forum thread\nWho (usernames or profile links): user123',
      );

      let copied = '';
      const clipboard = navigator.clipboard;
      const original = clipboard.writeText;
      clipboard.writeText = async (value: string) => {
        copied = value;
      };
      try {
        button(el, 'Copy the plan').click();
        await waitUntil(() => copied !== '');
        await el.updateComplete;
        expect(copied).to.equal(text);
        expect(statuses(el)).to.include('Plan copied');
      } finally {
        clipboard.writeText = original;
      }
    });

    it('shows the FAQ as disclosures', async () => {
      const el = await fixture<El>(html`<report-help region="US"></report-help>`);
      await answer(el, 'worried', 'adult.self');
      for (let i = 0; i < 5; i += 1) await next(el);
      const faq = $$<HTMLDetailsElement>(el, 'details.faq');
      expect(faq.map((d) => clean(d.querySelector('summary')!.textContent))).to.include(
        'Can I report without giving my name?',
      );
      expect(faq.every((d) => !d.open)).to.equal(true);
    });
  });

  describe('quick exit', () => {
    it('exits with the button: hides the page, wipes notes, replaces the page', async () => {
      const el = await fixture<El>(
        html`<report-help region="US" exit-url="https://example.org/weather"></report-help>`,
      );
      await answer(el, 'sextortion', 'under-18.self');
      await next(el);
      const where = $<HTMLTextAreaElement>(el, 'textarea')!;
      where.value = 'secret';
      where.dispatchEvent(new Event('input'));
      const heard: unknown[] = [];
      el.addEventListener('sp-exit', (e) => {
        // The page is already hidden when the host page hears of the exit.
        heard.push([e.detail, document.documentElement.style.visibility]);
      });
      await waitUntil(() => pageExit.button, 'no exit on screen');
      pageExit.button!.click();
      expect(document.documentElement.style.visibility).to.equal('hidden');
      expect(exits.urls).to.deep.equal(['https://example.org/weather']);
      expect(heard).to.deep.equal([[{ element: 'report-help' }, 'hidden']]);
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, 'textarea')?.value ?? '').to.equal('');
    });

    it('says the browser history is not cleared', async () => {
      const el = await fixture<El>(html`<report-help region="US"></report-help>`);
      expect(clean($(el, '.exit-note')!.textContent)).to.contain(
        'This does not clear your browser history',
      );
    });

    it('exits on Shift pressed three times, announcing each press', async () => {
      await fixture<El>(html`<report-help region="US"></report-help>`);
      await waitUntil(() => pageExit.button, 'no exit on screen');
      await sendKeys({ press: 'Shift' });
      await pageExit.host!.updateComplete;
      expect(pageExit.status).to.equal('Shift, press 2 more times to exit.');
      await sendKeys({ press: 'Shift' });
      await pageExit.host!.updateComplete;
      expect(pageExit.status).to.equal('Shift, press 1 more time to exit.');
      await sendKeys({ press: 'Shift' });
      expect(exits.urls).to.deep.equal(['https://www.bbc.co.uk/weather']);
      expect(document.documentElement.style.visibility).to.equal('hidden');
    });

    it('starts counting again after any other key', async () => {
      await fixture<El>(html`<report-help region="US"></report-help>`);
      await waitUntil(() => pageExit.button, 'no exit on screen');
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'KeyA' });
      await pageExit.host!.updateComplete;
      expect(pageExit.status).to.equal('');
      await sendKeys({ press: 'Shift' });
      await pageExit.host!.updateComplete;
      expect(pageExit.status).to.equal('Shift, press 2 more times to exit.');
      expect(exits.urls).to.deep.equal([]);
    });

    it('starts counting again when presses are too far apart', async () => {
      quickExitConfig.timeoutMs = 100;
      await fixture<El>(html`<report-help region="US"></report-help>`);
      await waitUntil(() => pageExit.button, 'no exit on screen');
      await sendKeys({ press: 'Shift' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      await pageExit.host!.updateComplete;
      expect(pageExit.status).to.equal('Exit this page cancelled.');
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(exits.urls).to.deep.equal([]);
    });

    it('shows the page again when it comes back from the back-forward cache', async () => {
      await fixture<El>(html`<report-help region="US"></report-help>`);
      await waitUntil(() => pageExit.button, 'no exit on screen');
      pageExit.button!.click();
      expect(document.documentElement.style.visibility).to.equal('hidden');
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      expect(document.documentElement.style.visibility).to.equal('');
      expect(document.documentElement.hasAttribute('style')).to.equal(false);
    });

    it('wipes notes when the page is left', async () => {
      const el = await fixture<El>(html`<report-help region="US"></report-help>`);
      await answer(el, 'ncii', 'adult.self');
      await next(el);
      const where = $<HTMLTextAreaElement>(el, 'textarea')!;
      where.value = 'secret';
      where.dispatchEvent(new Event('input'));
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, 'textarea')?.value ?? '').to.equal('');
    });

    it('forgets the answers and notes when it leaves the page (a single-page site moving on)', async () => {
      const el = await fixture<El>(html`<report-help region="US"></report-help>`);
      await answer(el, 'ncii', 'adult.self');
      await next(el);
      const where = $<HTMLTextAreaElement>(el, 'textarea')!;
      where.value = 'secret';
      where.dispatchEvent(new Event('input'));
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(stepHeading(el)).to.equal('What is happening?');
      expect(
        $$<HTMLInputElement>(el, 'input[type="radio"]').filter((r) => r.checked),
      ).to.deep.equal([]);
      await answer(el, 'ncii', 'adult.self');
      await next(el);
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
    });

    it('has one keyboard listener per page however many elements there are', async () => {
      const added: string[] = [];
      const removed: string[] = [];
      const add = document.addEventListener;
      const remove = document.removeEventListener;
      type Listen = (
        type: string,
        listener: EventListener,
        options?: boolean | AddEventListenerOptions,
      ) => void;
      document.addEventListener = function (this: Document, type, listener, options) {
        added.push(type);
        return add.call(this, type, listener, options);
      } as Listen;
      document.removeEventListener = function (this: Document, type, listener, options) {
        removed.push(type);
        return remove.call(this, type, listener, options);
      } as Listen;
      try {
        const wrapper = await fixture(
          html`<div>
            <report-help region="US"></report-help
            ><report-help region="US" variant="button"></report-help
            ><report-help region="US"></report-help>
          </div>`,
        );
        expect(added.filter((t) => t === 'keydown')).to.have.length(1);
        expect(quickExit.listening).to.equal(1);
        wrapper.querySelectorAll('report-help')[0]!.remove();
        wrapper.querySelectorAll('report-help')[0]!.remove();
        expect(removed.filter((t) => t === 'keydown')).to.have.length(0);
        wrapper.querySelectorAll('report-help')[0]!.remove();
        expect(removed.filter((t) => t === 'keydown')).to.have.length(1);
        expect(quickExit.listening).to.equal(0);
      } finally {
        document.addEventListener = add;
        document.removeEventListener = remove;
      }
    });

    it('is left out with no-exit', async () => {
      const el = await fixture<El>(html`<report-help region="US" no-exit></report-help>`);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      expect(Boolean(pageExit.button)).to.equal(false);
      expect($(el, '.exit-note')).to.equal(null);
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(exits.urls).to.deep.equal([]);
    });
  });

  describe('browser history', () => {
    it('adds no history entry: browser Back is not a way through the steps', async () => {
      const el = await fixture<El>(html`<report-help region="US"></report-help>`);
      const lengthWas = history.length;
      const stateWas: unknown = history.state;
      const calls: string[] = [];
      const push = history.pushState;
      const replace = history.replaceState;
      history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
        calls.push('pushState');
        return push.apply(this, args);
      };
      history.replaceState = function (
        this: History,
        ...args: Parameters<History['replaceState']>
      ) {
        calls.push('replaceState');
        return replace.apply(this, args);
      };
      try {
        await answer(el, 'ncii', 'adult.self');
        await next(el);
        await next(el);
        button(el, 'Back').click();
        await el.updateComplete;
        button(el, 'Start over').click();
        await el.updateComplete;
        await answer(el, 'ncii', 'adult.self');
        expect(calls).to.deep.equal([]);
        expect(history.length).to.equal(lengthWas);
        expect(history.state).to.equal(stateWas);
      } finally {
        history.pushState = push;
        history.replaceState = replace;
      }
    });
  });

  describe('dialog (variant="button")', () => {
    it('opens from a labelled button, traps focus, closes on Escape and returns focus', async () => {
      const el = await fixture<El>(
        html`<report-help region="US" variant="button" label="Report this post"></report-help>`,
      );
      const open = $<HTMLButtonElement>(el, 'button.open')!;
      expect(clean(open.textContent)).to.equal('Report this post');
      expect(open.getAttribute('aria-haspopup')).to.equal('dialog');
      open.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitUntil(() => dialog.open);
      expect(focusName(el)).to.equal('heading: What is happening?');
      for (let i = 0; i < 30; i += 1) {
        await sendKeys({ press: 'Tab' });
        expect(dialog.contains(active(el)), `Tab ${i + 1}`).to.equal(true);
      }
      for (let i = 0; i < 5; i += 1) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(dialog.contains(active(el)), `Shift+Tab ${i + 1}`).to.equal(true);
      }
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      await el.updateComplete;
      expect(focusName(el)).to.equal('button: Report this post');
    });

    it('closes with its Close button', async () => {
      const el = await fixture<El>(html`<report-help region="US" variant="button"></report-help>`);
      await el.show();
      button(el, 'Close').click();
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
      await waitUntil(
        () => focusName(el) === 'button: Report / get help',
        `focus is on ${focusName(el)}`,
      );
    });
  });

  describe('accessibility', () => {
    async function everyStep(el: El, inDialog: boolean): Promise<void> {
      await expect(el).to.be.accessible();
      await answer(el, 'sextortion', 'under-18.self');
      for (let step = 1; step <= 6; step += 1) {
        await expect(el, `step ${step}${inDialog ? ' in the dialog' : ''}`).to.be.accessible();
        if (step < 6) await next(el);
      }
    }

    it('passes axe on every step of the panel', async () => {
      const el = await fixture<El>(html`<report-help region="US"></report-help>`);
      await everyStep(el, false);
    });

    it('passes axe on every step in the dialog', async () => {
      const el = await fixture<El>(
        html`<report-help
          region="GB"
          variant="button"
          report-url="https://forum.example/r"
          context="this post"
        ></report-help>`,
      );
      await expect(el).to.be.accessible();
      await el.show();
      await everyStep(el, true);
    });

    it('passes axe with the missing-answers message, and in Spanish', async () => {
      const el = await fixture<El>(html`<report-help region="US" lang="es"></report-help>`);
      $$<HTMLButtonElement>(el, '.nav button')[0]!.click();
      await el.updateComplete;
      expect($(el, '[role="alert"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
