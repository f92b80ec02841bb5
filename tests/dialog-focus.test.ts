/**
 * <report-help variant="button">: the dialog's focus order is the same on every opening (issue 20). From its
 * heading, the first Tab reaches the first question's first choice, the first time and after closing and opening
 * again, however it was closed. (Reopened, Chromium's Tab used to skip both questions and land on "Country".)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/report-help/define.js';
import { waitUntil } from './helpers.js';
import { $, active, focusName, type El } from './report-help.helpers.js';

/** What has focus, with a choice named by its label. */
function focused(el: El): string {
  const element = active(el);
  return element instanceof HTMLInputElement
    ? `${element.type}: ${element.labels?.[0]?.textContent?.trim()}`
    : focusName(el).slice(0, 40);
}

/** Opens the dialog from its button with Enter, as a keyboard user does; then what the next Tabs reach. */
async function openAndTab(el: El, count: number): Promise<string[]> {
  $<HTMLButtonElement>(el, 'button.open')!.focus();
  await sendKeys({ press: 'Enter' });
  const dialog = $<HTMLDialogElement>(el, 'dialog')!;
  await waitUntil(() => dialog.open && focusName(el).startsWith('heading'), 'did not open');
  const reached = [focused(el)];
  for (let i = 0; i < count; i += 1) {
    await sendKeys({ press: 'Tab' });
    reached.push(focused(el));
  }
  return reached;
}

describe('<report-help variant="button"> focus order', () => {
  for (const how of ['Escape', 'its Close button']) {
    it(`is the same after closing with ${how} and opening again`, async () => {
      const el = await fixture<El>(html`<report-help region="US" variant="button"></report-help>`);
      const first = await openAndTab(el, 4);
      expect(first.slice(0, 3)).to.deep.equal([
        'heading: What is happening?',
        'radio: Someone is threatening to share sexual images unless I pay or send more',
        'radio: Me, and I am under 18',
      ]);
      if (how === 'Escape') await sendKeys({ press: 'Escape' });
      else {
        $<HTMLButtonElement>(el, 'button.close')!.focus();
        await sendKeys({ press: 'Enter' });
      }
      await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog')!.open, 'did not close');
      await el.updateComplete;
      expect(await openAndTab(el, 4)).to.deep.equal(first);
      // And a third time.
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog')!.open, 'did not close');
      expect(await openAndTab(el, 4)).to.deep.equal(first);
    });
  }
});
