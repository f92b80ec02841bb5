/** <report-help>, continued: the plan to take away, the quick exit, history, the dialog and accessibility. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/report-help/define.js';
import { quickExit, quickExitConfig } from '../src/internal/quick-exit.js';
import { catchExits, fakeFetch, pageExit, saidAgain, waitUntil } from './helpers.js';
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
  type El,
} from './report-help.helpers.js';

/** The notes fields on screen, as the person would see them; none once the step has reset. */
const notesOnScreen = (el: El) => $$<HTMLTextAreaElement>(el, 'textarea').map((area) => area.value);

/** Records the notes fields on screen at the moment the quick exit leaves the page. */
function watchNotesWhenLeaving(el: El): string[][] {
  const seen: string[][] = [];
  const navigate = quickExitConfig.navigate;
  quickExitConfig.navigate = (url) => {
    seen.push(notesOnScreen(el));
    navigate(url);
  };
  return seen;
}

/** Back on the page (from the back-forward cache), the same answers lead to empty notes. */
async function expectNotesForgotten(el: El): Promise<void> {
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  await el.updateComplete;
  expect(stepHeading(el)).to.equal('What is happening?');
  await answer(el, 'sextortion', 'under-18.self');
  await next(el);
  expect(notesOnScreen(el)).to.deep.equal(['', '', '']);
}

describe('<report-help>', () => {
  let exits: ReturnType<typeof catchExits>;

  beforeEach(() => (exits = catchExits()));
  afterEach(() => exits.restore());

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
        '5. Get support\n- Boys Town National Hotline (Helpline): 800-448-3000, Text VOICE to 20121',
      );
      expect(text).to.contain('- Crisis Text Line (Helpline): Text HOME to 741741');
      expect(text).not.to.contain('My notes');
      expect($$(el, 'input[type="checkbox"]')).to.have.length(0);
    });

    it('says under each service when it answers, for a plan read later', async () => {
      const el = await fixture<El>(html`<report-help region="GB"></report-help>`);
      await answer(el, 'ncii', 'adult.self');
      for (let i = 0; i < 5; i += 1) await next(el);
      const lines = $(el, '.summary')!
        .textContent!.replace(/[^\S\n]/g, ' ')
        .split('\n');
      // Revenge Porn Helpline: "Monday to Friday 10:00–16:00 UK time" (reference); Samaritans 24/7.
      const rph = lines.findIndex((line) => line.startsWith('- Revenge Porn Helpline (Helpline)'));
      expect(lines[rph + 1]).to.match(/^ {2}Mon–Fri, 10:00 AM to 4:00 PM \(.+\)$/);
      const samaritans = lines.findIndex((line) => line.startsWith('- Samaritans (Helpline)'));
      expect(lines[samaritans + 1]).to.equal('  Open 24/7');
      // A form, which takes reports at any time, gets no line of hours.
      const stopncii = lines.findIndex((line) => line.startsWith('- StopNCII.org'));
      expect(lines[stopncii + 1]).to.not.match(/^ {2}/);
    });

    it('says when a service’s phone lines answer, where they keep hours of their own', async () => {
      const el = await fixture<El>(html`<report-help region="ES"></report-help>`);
      await answer(el, 'sextortion', 'under-18.self');
      for (let i = 0; i < 5; i += 1) await next(el);
      const lines = $(el, '.summary')!.textContent!.split('\n');
      // ANAR: call 116 111 or 900 20 20 10, "phone 24/7" (reference); its chat has no hours of its own here.
      const anar = lines.findIndex((line) => line.startsWith('- Teléfono ANAR'));
      expect(lines[anar + 1]).to.equal('  116 111, 900 20 20 10: Open 24/7');
    });

    it('writes a helper’s plan about the person threatened, not in their voice', async () => {
      const el = await fixture<El>(html`<report-help region="GB"></report-help>`);
      await answer(el, 'sextortion', 'under-18.helping');
      for (let i = 0; i < 5; i += 1) await next(el);
      const text = $(el, '.summary')!.textContent!;
      expect(text.split('\n')[0]).to.equal(
        'Help plan: Someone is threatening to share sexual images unless they pay or send more',
      );
      expect(text).to.contain('not the person being threatened');
      expect(text).not.to.match(/unless I pay|threatening you|your account/);
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
        const copy = button(el, 'Copy the plan');
        copy.click();
        await waitUntil(() => copied !== '');
        await el.updateComplete;
        expect(copied).to.equal(text);
        expect(statuses(el)).to.include('Plan copied');
        // Shown on the button too, for someone who does not hear the status.
        expect(copy.innerText.trim()).to.equal('Plan copied');
        // Again: said again, so a person who tries twice is not met with silence.
        const [before, after] = await saidAgain(el.shadowRoot!, 'Plan copied', async () => {
          copied = '';
          copy.click();
          await waitUntil(() => copied !== '');
          await el.updateComplete;
        });
        expect(after, 'the same text: nothing is said').not.to.equal(before);
        expect(after.trim()).to.equal('Plan copied');
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
      // What the notes say at the moment the page is left, while the step is still on screen: the back-forward
      // cache keeps the page as it is then, before the step resets and the fields go.
      const notesWhenLeaving = watchNotesWhenLeaving(el);
      await waitUntil(() => pageExit.button, 'no exit on screen');
      pageExit.button!.click();
      expect(document.documentElement.style.visibility).to.equal('hidden');
      expect(exits.urls).to.deep.equal(['https://example.org/weather']);
      expect(heard).to.deep.equal([[{ element: 'report-help' }, 'hidden']]);
      expect(notesWhenLeaving).to.deep.equal([['', '', '']]);
      await expectNotesForgotten(el);
    });

    it('says the browser history is not cleared', async () => {
      const el = await fixture<El>(html`<report-help region="US"></report-help>`);
      expect(clean($(el, '.exit-note')!.textContent)).to.contain(
        'Leaving this way does not clear your browser history',
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
      // Read before the step resets: the page is kept as it is now.
      expect(notesOnScreen(el)).to.deep.equal(['', '', '']);
      await expectNotesForgotten(el);
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
    it('is named once: the dialog by the heading, with no region of the same name inside it', async () => {
      const el = await fixture<El>(html`<report-help region="US" variant="button"></report-help>`);
      $<HTMLButtonElement>(el, 'button.open')!.click();
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitUntil(() => dialog.open && dialog.querySelector('[part="heading"]'));
      const heading = dialog.querySelector('[part="heading"]')!;
      expect(dialog.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(clean(heading.textContent)).to.equal('Report it and get help');
      expect([...dialog.querySelectorAll(`[aria-labelledby="${heading.id}"]`)]).to.deep.equal([]);
      // Inline, the panel is a region named by its heading, for landmark navigation.
      const inline = await fixture<El>(html`<report-help region="US"></report-help>`);
      const panel = $(inline, '[part="panel"]')!;
      expect(panel.localName).to.equal('section');
      expect(panel.getAttribute('aria-labelledby')).to.equal($(inline, '[part="heading"]')!.id);
    });

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

    it('opened while the help is loading, puts focus on its heading, not on the quick exit', async () => {
      const fake = fakeFetch({ '/slow.json': 'hang' });
      try {
        const el = await fixture<El>(
          html`<report-help region="US" variant="button" manifest="/slow.json"></report-help>`,
        );
        $<HTMLButtonElement>(el, 'button.open')!.focus();
        await sendKeys({ press: 'Enter' });
        const dialog = $<HTMLDialogElement>(el, 'dialog')!;
        await waitUntil(() => dialog.open);
        expect(clean($(el, '.dialog-body')!.textContent)).to.include('Loading help…');
        expect(focusName(el)).to.equal('heading: Report it and get help');
        // A second Enter where the first landed does not leave the page.
        await sendKeys({ press: 'Enter' });
        expect(exits.urls).to.deep.equal([]);
        expect(dialog.open).to.equal(true);
      } finally {
        fake.restore();
      }
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
