/**
 * A country with no confirmed emergency number (the reference's Zambia: "do not ship an emergency number yet")
 * says so, in its own note, wherever a number would be: the line at the top of the panels and the plan to take
 * away. It never gives a number, and a manifest may leave the numbers empty only with such a note.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/hotline-list/define.js';
import type { HotlineListElement } from '../src/elements/hotline-list/hotline-list.js';
import { translator } from '../src/i18n/strings.js';
import { buildSummary, supportNote } from '../src/internal/summary.js';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { parseManifest } from '../src/manifest/schema.js';
import type { Text } from '../src/manifest/schema.js';
import { pickText } from '../src/manifest/text.js';
import { plan } from './route-helpers.js';

const t = translator('en');
const text = (value: Text | undefined) => (value === undefined ? '' : pickText(value, 'en', 'en'));
const NONE = 'No emergency number for Zambia could be confirmed';

describe('a country with no confirmed emergency number', () => {
  it('shows its note in place of a number, with nothing to call', async () => {
    const el = await fixture<HotlineListElement>(html`<hotline-list region="ZM"></hotline-list>`);
    const line = el.shadowRoot!.querySelector('[part="emergency"]')!;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `${NONE}: sources disagree. Childline 116 and Lifeline 933 are free and open 24/7.`,
    );
    expect(line.querySelector('a[href^="tel:"]')).to.equal(null);
  });

  it('says so in the plan to take away, and gives no police number', () => {
    const zambia = plan('sextortion', 'under-18', 'ZM');
    const summary = buildSummary({
      plan: zambia,
      steps: defaultManifest.guide.steps,
      regionName: 'Zambia',
      t,
      text,
      locale: 'en',
    });
    expect(summary).to.contain(NONE);
    expect(summary).not.to.contain('call ,');
    expect(zambia.police?.numbers).to.equal(undefined);
    // A line open now is listed, so the support note stays away (it would name the emergency number).
    expect(supportNote(t, zambia)).to.equal(undefined);
  });

  it('is accepted only with a note that says why', () => {
    const entry = { region: 'ZM', numbers: [] };
    expect(parseManifest({ version: 1, emergency: [entry] }).ok).to.equal(false);
    expect(
      parseManifest({ version: 1, emergency: [{ ...entry, note: 'None could be confirmed.' }] }).ok,
    ).to.equal(true);
  });
});
