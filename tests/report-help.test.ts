import { expect, fixture, html } from '@open-wc/testing';
import { GRACE_MS } from '../src/internal/manifest-controller.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/report-help/define.js';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import {
  captureConsoleWarn,
  catchExits,
  fakeFetch,
  isCaptureAdvice,
  json,
  later,
} from './helpers.js';
import { cameBefore } from './wait.js';
import { schoolManifest } from './fixtures/manifests.js';
import {
  $,
  $$,
  clean,
  stepHeading,
  active,
  focusName,
  statuses,
  button,
  answer,
  next,
  tabTo,
  type El,
} from './report-help.helpers.js';

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
        ['iwf-report', 'childline-report-remove', 'ncmec-take-it-down'],
        ['childline', 'shout-85258', 'samaritans'],
      ],
      [
        'minor-images',
        'under-18.self',
        'CA',
        ['cybertip-ca', 'needhelpnow-ca', 'ncmec-take-it-down'],
        ['kids-help-phone', 'ca-988'],
      ],
      [
        'ncii',
        'adult.self',
        'AU',
        // Take It Down is for images taken under 18: an adult's own images from then are another situation.
        ['esafety-report', 'stopncii'],
        ['respect-au', 'lifeline-au'],
      ],
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

    it('tells a parent about their child, not as if they were the one threatened', async () => {
      const el = await fixture<El>(html`<report-help region="GB"></report-help>`);
      await answer(el, 'sextortion', 'under-18.helping');
      const said = clean($(el, '.step')!.textContent);
      expect(said).to.contain(
        'The person making the threats is to blame, not the person being threatened.',
      );
      expect(said).to.contain('Do not delete the chat or the account.');
      expect(said).not.to.match(/threatening you|your account/);
      await next(el);
      expect(clean($(el, '.step')!.textContent)).to.contain(
        'Do not delete the account or the messages',
      );
    });

    it('tells a young person whose lines are none open at every hour whom to talk to meanwhile, on screen and in the plan', async () => {
      // Botswana: Childline listens, not at every hour (Chile has had the 24/7 *4141 line since the third pass);
      // emergency 999.
      const teen = await fixture<El>(html`<report-help region="BW"></report-help>`);
      await answer(teen, 'sextortion', 'under-18.self');
      for (let step = 0; step < 4; step += 1) await next(teen);
      expect($$(teen, '[data-id]').map((item) => item.dataset.id)).to.include('bw-childline');
      const line =
        'If you need someone right now and no line here is open, talk to an adult you trust. If anyone is in danger, call 999';
      expect(clean($(teen, '.step')!.textContent)).to.contain(line);
      await next(teen);
      expect($(teen, '.summary')!.textContent).to.contain(line);
    });

    it('tells an adult with no line listed to talk to someone they trust, not an adult', async () => {
      // Ecuador lists no support line for an adult being sextorted (Austria and Malaysia did until the third pass).
      const adult = await fixture<El>(html`<report-help region="EC"></report-help>`);
      await answer(adult, 'sextortion', 'adult.self');
      for (let step = 0; step < 4; step += 1) await next(adult);
      expect($$(adult, '[data-id]')).to.have.length(0);
      const said = clean($(adult, '.step')!.textContent);
      expect(said).to.contain(
        'Talk to someone you trust. To report what happened, use the services in the step before.',
      );
      expect(said).not.to.contain('an adult you trust');
      // Ecuador's own emergency number, not "the emergency number".
      expect(said).to.contain('If anyone is in danger, call 911.');
      // No "These services listen and help" over an empty list.
      expect(said).not.to.contain('These services');
      // The plan to take away says the same.
      await next(adult);
      const plan = $(adult, '.summary')!.textContent!;
      expect(plan).to.contain('Talk to someone you trust');
      expect(plan).not.to.contain('an adult you trust');
      expect(plan).to.contain('If anyone is in danger, call 911.');
    });

    it('speaks to a parent as a parent: whose fault it is not, and whom the lines are for', async () => {
      // Canada lists only Kids Help Phone, a line for young people, as support for a parent helping their child.
      const el = await fixture<El>(html`<report-help region="CA"></report-help>`);
      await answer(el, 'minor-images', 'under-18.helping');
      const first = clean($(el, '.step')!.textContent);
      expect(first).to.contain(
        'If an image is of the person you are helping, it is not their fault',
      );
      expect(first).not.to.contain('If an image is of you');
      for (let step = 0; step < 4; step += 1) await next(el);
      const support = clean($(el, '.step')!.textContent);
      expect(support).to.contain(
        'You and the person you are helping do not have to deal with this alone. Each card says who the service is for.',
      );
      expect(support).not.to.contain('These services listen and help');
      await next(el);
      expect($(el, '.summary')!.textContent).to.contain(
        'If an image is of the person you are helping',
      );
    });

    it('tells a young person being trafficked it is not their fault, and a helper that the person is not to blame', async () => {
      const teen = await fixture<El>(html`<report-help region="PH"></report-help>`);
      await answer(teen, 'trafficking', 'under-18.self');
      expect(clean($(teen, '.step')!.textContent)).to.contain(
        'If it is happening to you, it is not your fault.',
      );
      await next(teen);
      // What not to do fits the person it is happening to: not "rescue someone".
      expect(clean($(teen, '.step')!.textContent)).to.contain(
        'Do not confront the people doing this yourself.',
      );
      const helper = await fixture<El>(html`<report-help region="PH"></report-help>`);
      await answer(helper, 'trafficking', 'under-18.helping');
      const said = clean($(helper, '.step')!.textContent);
      expect(said).to.contain('the person being exploited is not to blame');
      expect(said).not.to.contain('happening to you');
    });

    it('says so when someone who cannot talk safely has no line to text or chat', async () => {
      async function quietPlan(region: string): Promise<[string, string]> {
        const el = await fixture<El>(html`<report-help region=${region}></report-help>`);
        // "I can't talk safely right now": the first screen's one checkbox.
        $<HTMLInputElement>(el, 'input[type="checkbox"]')!.click();
        await answer(el, 'trafficking', 'under-18.self');
        for (let step = 0; step < 4; step += 1) await next(el);
        const support = clean($(el, '.step')!.textContent);
        await next(el);
        return [support, $(el, '.summary')!.textContent!];
      }
      // The Philippines lists Bantay Bata 163 and 911 (calls only) for a young person being trafficked.
      const line = 'None of the lines listed here takes texts or chat messages.';
      const [screen, plan] = await quietPlan('PH');
      expect(screen).to.contain(line);
      expect(plan).to.contain(line);
      // The US has text lines: nothing to say.
      const [usScreen] = await quietPlan('US');
      expect(usScreen).not.to.contain(line);
    });

    it('tells an adult whose own images from before 18 are shared that it is not their fault', async () => {
      const el = await fixture<El>(html`<report-help region="CA"></report-help>`);
      await answer(el, 'minor-images', 'adult.self');
      expect(clean($(el, '.step')!.textContent)).to.contain(
        'If an image is of you, it is not your fault',
      );
      for (let step = 0; step < 4; step += 1) await next(el);
      expect(clean($(el, '.step')!.textContent)).not.to.contain('the person you are helping');
    });

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
      // A visitor whose own region (from the page's language) is one the data lacks.
      const el = await fixture<HTMLDivElement>(
        html`<div lang="en-AQ"><report-help></report-help></div>`,
      ).then((div) => div.querySelector('report-help') as El);
      await answer(el, 'csam-found', 'adult.found');
      await next(el);
      await next(el);
      await next(el);
      const text = clean($(el, '.step')!.textContent);
      expect(text).to.contain('No service in your country is listed here.');
      expect($$(el, '[data-id]').map((item) => item.dataset.id)).to.deep.equal([
        'iwf-report',
        'inhope',
      ]);
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
        const el = await fixture<El>(
          html`<report-help region="US" manifest="/slow.json"></report-help>`,
        );
        expect($(el, '.loading')).not.to.equal(null);
        // Shown after the grace, before a timer of three graces started with it: an order, not a speed.
        expect(await cameBefore(GRACE_MS * 3, el.shadowRoot!, () => !$(el, '.loading'))).to.equal(
          true,
        );
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
        'exploitation',
        'worried',
      ]);
    });

    for (const situation of ['sextortion', 'minor-images', 'csam-found', 'adult-contact']) {
      // Found abuse material asks only the reader's age.
      const ages =
        situation === 'csam-found'
          ? ['under-18.found', 'adult.found']
          : ['under-18.self', 'under-18.helping', 'adult.self'];
      for (const age of ages) {
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
});
