/**
 * The never-capture rule follows the age of the person in the images, whoever reads: over every situation × age ×
 * helper × region of the default manifest, each plan where someone under 18 may be in the images says never to
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
import { answerOf, choicesFor, planFor, type AgeChoice, type Plan } from '../src/manifest/plan.js';
import type { AgeGroup, Resource, Situation, Text } from '../src/manifest/schema.js';
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

/** What the report guide shows of a plan: the copyable summary and the cards, drawn as it draws them. */
function shownFor(plan: Plan, region: string): { summary: string; cards: string[] } {
  const summary = buildSummary({
    plan,
    steps: defaultManifest.guide.steps,
    regionName: region,
    t,
    text,
    locale: 'en',
  });
  const cards = [...plan.official, ...plan.support].map((r) => cardText(r, plan.minorImages));
  return { summary, cards };
}

/** A card says never to capture the images, in one of its wordings. */
const saysNeverCapture = (card: string) =>
  card.includes(en['card.never-capture']) ||
  card.includes(en['card.never-capture.talk']) ||
  card.includes(en['card.never-capture.finder']);

/** Every sentence in `values` that advises capturing images. */
const captureAdvice = (values: string[]) =>
  values.flatMap((value) => value.split('\n').flatMap(clauses).filter(isCaptureAdvice));

const WHO: [string, AgeGroup, boolean][] = [
  ['teen', 'under-18', false],
  ['parent', 'under-18', true],
  ['adult', 'adult', false],
  ['helping an adult', 'adult', true],
];

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
        for (const [who, age, helping] of WHO) {
          const label = `${situation.id}, ${who}, ${region}`;
          const plan = planFor(defaultManifest, { situation: situation.id, age, helping, region })!;
          const never = [
            ...(plan.minorImages ? [t('never.capture')] : []),
            ...plan.situation.never.map(text),
          ];
          const { summary, cards } = shownFor(plan, region);
          const everything = [
            text(plan.situation.recognise),
            ...plan.situation.keep.map(text),
            ...never,
            summary,
            ...cards,
            ...(plan.platform?.steps ?? []).map(text),
          ];
          const advice = captureAdvice(everything);
          expect(advice, `${label}: ${advice.join(' | ')}`).to.deep.equal([]);
          if (!plan.minorImages) continue;
          minorPlans += 1;
          expect(never[0], label).to.equal(en['never.capture']);
          expect(never[0]).to.match(/do not download, screenshot, save or forward/i);
          expect(summary, label).to.contain(en['never.capture']);
          for (const card of cards) expect(card, label).to.satisfy(saysNeverCapture);
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

  /**
   * Whose images they are, read from the data alone (not from the plan): the situation a child's case is sent to
   * (`instead`), the person it is always about (`about`), an adult's own images from before 18 (`ownImages`), and
   * someone who found it, whose case is taken as a child's where the situation does not say. The images are a
   * child's where that person is under 18 and the situation's `minorImages` covers their age.
   */
  function childsImages(chosen: Situation, choice: AgeChoice): boolean {
    const { age, helping, found } = answerOf(choice);
    const id = chosen.instead?.[age];
    const situation = defaultManifest.guide.situations.find((s) => s.id === id) ?? chosen;
    const own = situation.ownImages && age === 'adult' && !helping && !found;
    const person: AgeGroup = own ? 'under-18' : (situation.about ?? (found ? 'under-18' : age));
    const covered = situation.minorImages;
    return person === 'under-18' && (covered === true || (covered || []).includes(person));
  }

  it('takes as a child’s images the answers the issue names: found, own from before 18, a child’s ncii', () => {
    const cases = defaultManifest.guide.situations.flatMap((situation) =>
      choicesFor(situation)
        .filter((choice) => childsImages(situation, choice))
        .map((choice) => `${situation.id} ${choice}`),
    );
    expect(cases).to.include.members([
      'minor-images adult.self',
      'ncii under-18.self',
      'ncii under-18.helping',
      'csam-found adult.found',
      'exploitation adult.found',
      'sextortion under-18.helping',
    ]);
    expect(cases).not.to.include('sextortion adult.self');
    expect(cases).not.to.include('ncii adult.self');
  });

  for (const region of [...regionsIn(defaultManifest), 'AQ']) {
    it(`every plan for a child’s images in ${region}, found and own ones included, says never to capture them`, () => {
      let checked = 0;
      for (const situation of defaultManifest.guide.situations) {
        for (const choice of choicesFor(situation)) {
          if (!childsImages(situation, choice)) continue;
          const label = `${situation.id}, ${choice}, ${region}`;
          const plan = planFor(defaultManifest, {
            situation: situation.id,
            ...answerOf(choice),
            region,
          })!;
          const { summary, cards } = shownFor(plan, region);
          expect(summary, label).to.contain(en['never.capture']);
          for (const card of cards) expect(card, label).to.satisfy(saysNeverCapture);
          const advice = captureAdvice([
            text(plan.recognise),
            ...plan.situation.keep.map(text),
            summary,
            ...cards,
            ...(plan.platform?.steps ?? []).map(text),
          ]);
          expect(advice, `${label}: ${advice.join(' | ')}`).to.deep.equal([]);
          checked += 1;
        }
      }
      expect(checked).to.be.greaterThan(0);
    });
  }
});
