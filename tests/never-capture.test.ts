/**
 * The never-capture rule follows the age of the person in the images, whoever reads: over every situation × answer
 * (bystanders included) × region of the default manifest, each plan where someone under 18 may be in the images says never to
 * download, screenshot, save or forward them in its "do not" list, in the copyable summary and on every card it
 * shows; and no sentence anywhere in any plan (cards included) advises capturing images.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { allEnglish as en } from '../src/i18n/all-words.js';
import { translator } from '../src/i18n/strings.js';
import { renderResourceCard, type CardContext } from '../src/internal/resource-card.js';
import { buildSummary } from '../src/internal/summary.js';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { answerOf, choicesFor, planFor, type Plan } from '../src/manifest/route.js';
import type { Resource, Text } from '../src/manifest/schema.js';
import { regionsIn } from '../src/manifest/select.js';
import { pickText } from '../src/manifest/text.js';
import { isCaptureAdvice } from './helpers.js';

const t = translator('en');
const text = (value: Text | undefined) => (value === undefined ? '' : pickText(value, 'en', 'en'));

const clauses = (value: string) => value.split(/(?<=[.!?:;])\s+|,\s+but\s+/);

function cardText(resource: Resource, neverCapture: boolean): string {
  const context: CardContext = {
    t,
    text,
    otherLanguage: () => undefined,
    locale: 'en',
    level: 3,
    idPrefix: 'scan',
    textFirst: false,
    compact: false,
    neverCapture,
    onAction: () => {},
    onCopy: () => {},
  };
  const host = document.createElement('ul');
  render(renderResourceCard(context, resource), host);
  // "Copy number" buttons copy a phone number, not images.
  host.querySelectorAll('button.copy').forEach((button) => button.remove());
  // "Save the Children" is the name of a charity that runs hotlines, not advice to save anything.
  return (host.textContent ?? '')
    .replace(/\bSave the Children\b/g, 'the charity')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('never-capture scan', () => {
  it('flags capture advice, and lets a prohibition through', () => {
    expect(isCaptureAdvice('Collect evidence before you report.')).to.equal(true);
    expect(isCaptureAdvice('Take a screenshot of the images.')).to.equal(true);
    expect(isCaptureAdvice('Do not screenshot or save the images.')).to.equal(false);
  });

  for (const region of [...regionsIn(defaultManifest), 'AQ']) {
    it(`every plan in ${region}`, () => {
      let minorPlans = 0;
      for (const situation of defaultManifest.guide.situations) {
        // Every answer the first screen offers, "No one I know: I saw or found it" included.
        for (const choice of choicesFor(situation)) {
          const label = `${situation.id}, ${choice}, ${region}`;
          const answers = { situation: situation.id, ...answerOf(choice), region };
          const plan = planFor(defaultManifest, answers)!;
          const never = [
            ...(plan.minorImages ? [t('never.capture')] : []),
            ...plan.situation.never.map(text),
          ];
          const summary = buildSummary({
            plan,
            steps: defaultManifest.guide.steps,
            regionName: region,
            t,
            text,
            locale: 'en',
          });
          const cards = [...plan.official, ...plan.support].map((r) =>
            cardText(r, plan.minorImages),
          );
          const everything = [
            text(plan.situation.recognise),
            ...plan.situation.keep.map(text),
            ...never,
            summary,
            ...cards,
            ...(plan.platform?.steps ?? []).map(text),
          ];
          const advice = everything.flatMap((value) =>
            value.split('\n').flatMap(clauses).filter(isCaptureAdvice),
          );
          expect(advice, `${label}: ${advice.join(' | ')}`).to.deep.equal([]);
          if (!plan.minorImages) continue;
          minorPlans += 1;
          expect(never[0], label).to.equal(en['never.capture']);
          expect(never[0]).to.match(/do not download, screenshot, save or forward/i);
          expect(summary, label).to.contain(en['never.capture']);
          for (const card of cards)
            expect(card, label).to.satisfy(
              (c: string) =>
                c.includes(en['card.never-capture']) ||
                c.includes(en['card.never-capture.talk']) ||
                c.includes(en['card.never-capture.finder']),
            );
        }
      }
      expect(minorPlans).to.be.greaterThan(0);
    });
  }

  it('says it on every card shown in an under-18 image plan on screen terms, the eSafety card included', () => {
    const plan: Plan = planFor(defaultManifest, {
      situation: 'ncii',
      age: 'under-18',
      helping: true,
      region: 'AU',
    })!;
    const esafety = plan.official.find((r) => r.id === 'esafety-report')!;
    const card = cardText(esafety, plan.minorImages);
    expect(card).to.contain(en['card.never-capture']);
    expect(card).not.to.contain('Collect evidence before you report.');
  });
});
