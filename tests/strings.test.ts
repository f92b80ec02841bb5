import { expect } from '@open-wc/testing';
import translations from '../src/data/strings.json' with { type: 'json' };
import { allEnglish as en } from '../src/i18n/all-words.js';
import {
  pluralRulesFor,
  translator as translatorWith,
  type PluralKey,
  type StringKey,
  type StringTables,
} from '../src/i18n/strings.js';

/** The built-in words: English in the code, the translations as data. */
const builtIn: Record<string, Record<string, string>> = { en, ...translations };
const translator = (locale: string, overrides: StringTables = {}) =>
  translatorWith(locale, overrides, builtIn);

const keys = Object.keys(en) as StringKey[];
const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** Every key with plural forms, found from the English words themselves. */
const pluralKeys = [
  ...new Set(keys.filter((key) => key.endsWith('.other')).map((key) => key.slice(0, -6))),
] as PluralKey[];

describe('the interface strings', () => {
  describe('every built-in locale', () => {
    for (const [locale, strings] of Object.entries(builtIn)) {
      it(`${locale} has a text for every key`, () => {
        const missing = keys.filter((key) => !strings[key]?.trim());
        expect(missing, `keys with no ${locale} text`).to.deep.equal([]);
        const extra = Object.keys(strings).filter((key) => !(key in en));
        expect(extra, `${locale} keys that English does not have`).to.deep.equal([]);
      });

      it(`${locale} puts {count} in every plural form, so 0, 1, 21… each read right`, () => {
        const fixed = Object.keys(strings).filter(
          (key) =>
            PLURAL_FORMS.some((form) => key.endsWith(`.${form}`)) &&
            pluralKeys.some((base) => key.startsWith(`${base}.`)) &&
            !strings[key]?.includes('{count}'),
        );
        expect(fixed).to.deep.equal([]);
      });
    }

    it('knows which keys have plural forms', () => {
      expect(pluralKeys).to.have.members([
        'filters.active',
        'count',
        'exit.remaining',
        'signs.ticked',
        'region.found',
      ]);
    });

    it('has a "one" and an "other" form in English for every plural key', () => {
      const incomplete = pluralKeys.filter(
        (base) => !(`${base}.one` in en) || !(`${base}.other` in en),
      );
      expect(incomplete).to.deep.equal([]);
    });
  });

  describe('plurals, by each language’s own rules', () => {
    it('says "0 services shown" and "1 service shown" in English', () => {
      const t = translator('en');
      expect(t.plural('count', 0)).to.equal('0 services shown');
      expect(t.plural('count', 1)).to.equal('1 service shown');
      expect(t.plural('count', 2)).to.equal('2 services shown');
      expect(t.plural('count', 21)).to.equal('21 services shown');
    });

    it('says "0 service affiché" in French, where 0 is singular', () => {
      const t = translator('fr');
      expect(t.plural('count', 0)).to.equal('0 service affiché');
      expect(t.plural('count', 1)).to.equal('1 service affiché');
      expect(t.plural('count', 2)).to.equal('2 services affichés');
      expect(translator('fr-CA').plural('signs.ticked', 0)).to.equal('0 signe coché');
    });

    it('says "0 servicios" in Spanish, where 0 is plural', () => {
      const t = translator('es');
      expect(t.plural('count', 0)).to.equal('Se muestran 0 servicios');
      expect(t.plural('count', 1)).to.equal('Se muestra 1 servicio');
    });

    it('counts the Shift presses left: 1 more time, 2 more times', () => {
      const t = translator('en');
      expect(t.plural('exit.remaining', 1)).to.equal('Shift, press 1 more time to exit.');
      expect(t.plural('exit.remaining', 2)).to.equal('Shift, press 2 more times to exit.');
      expect(translator('fr').plural('exit.remaining', 2)).to.equal(
        'Maj\u00a0: appuie encore 2 fois pour quitter.',
      );
    });

    it('uses the forms a site gives for a language with more of them, such as Polish', () => {
      const t = translator('pl', {
        pl: {
          'count.one': 'Pokazano {count} usługę',
          'count.few': 'Pokazano {count} usługi',
          'count.many': 'Pokazano {count} usług',
          'count.other': 'Pokazano {count} usługi (other)',
        },
      });
      expect(t.plural('count', 1)).to.equal('Pokazano 1 usługę');
      expect(t.plural('count', 3)).to.equal('Pokazano 3 usługi');
      expect(t.plural('count', 5)).to.equal('Pokazano 5 usług');
      expect(t.plural('count', 22)).to.equal('Pokazano 22 usługi');
    });

    it('falls back to the language’s own "other" form, then to English by English rules', () => {
      const onlyOther = translator('de', { de: { 'count.other': '{count} Dienste angezeigt' } });
      expect(onlyOther.plural('count', 1)).to.equal('1 Dienste angezeigt');
      const none = translator('de');
      expect(none.plural('count', 1)).to.equal('1 service shown');
      expect(none.plural('count', 3)).to.equal('3 services shown');
    });

    it('keeps one PluralRules per locale, and a tag the browser refuses does not throw', () => {
      expect(pluralRulesFor('fr')).to.equal(pluralRulesFor('fr'));
      expect(pluralRulesFor('fr')).not.to.equal(pluralRulesFor('en'));
      expect(translator('not a tag!').plural('count', 1)).to.equal('1 service shown');
    });
  });

  describe('open vocabularies', () => {
    it('shows a site’s own words for its own topic, else the fallback, never a crash', () => {
      const t = translator('en', { en: { 'topic.knife-crime': 'Knife crime' } });
      expect(t.open('topic.knife-crime', 'knife crime')).to.equal('Knife crime');
      expect(t.open('topic.sextortion', 'sextortion')).to.equal(
        'Sextortion (threats to share images)',
      );
      expect(translator('fr').open('topic.made-up', 'made up')).to.equal('made up');
      expect(t.open('kind.note.helpline', '')).to.equal('');
    });
  });

  describe('keys checked by the compiler', () => {
    it('refuses a misspelt key (npm run typecheck fails if it is ever accepted)', () => {
      const t = translator('en');
      // @ts-expect-error 'report.shwo-plan' is not a key
      expect(t('report.shwo-plan')).to.equal('report.shwo-plan');
      const topic: string = 'sextortion';
      // @ts-expect-error a key built from any string is not a key: use t.open with a fallback
      expect(t(`topic.${topic}`)).to.equal('Sextortion (threats to share images)');
      // @ts-expect-error plural forms are chosen by t.plural, not named by hand
      expect(t.plural('count.one', 1)).to.equal('count.one');
      expect(t('report.show-plan')).to.equal('Show my plan');
    });
  });
});
