import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers.js';
import { setViewport } from '@web/test-runner-commands';
import '../src/elements/hotline-list/define.js';
import '../src/elements/report-help/define.js';
import type { HotlineListElement } from '../src/elements/hotline-list/hotline-list.js';
import type { ReportHelpElement } from '../src/elements/report-help/report-help.js';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import translations from '../src/data/strings.json' with { type: 'json' };
import { allEnglish as en } from '../src/i18n/all-words.js';
import type { StringKey } from '../src/i18n/strings.js';

const fr = translations.fr as Record<StringKey, string>;

type El = HotlineListElement;
type Panel = HotlineListElement | ReportHelpElement;

const $ = (el: Panel, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Panel, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
// Layout whitespace only: French text holds no-break spaces that must survive.
const squash = (text: string) => text.replace(/[ \t\n\r]+/g, ' ').trim();

/** Keys whose French is rightly the same word as the English. */
const SAME_IN_FRENCH: readonly StringKey[] = [
  'source',
  'kind.law-enforcement', // Police
  'official.police', // Police (a subheading)
  'channeltype.chat', // Chat
  'faq.heading', // Questions
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

async function frenchList(lang: string): Promise<El> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><hotline-list region="FR"></hotline-list></div>`,
  );
  const el = wrapper.querySelector<El>('hotline-list')!;
  await waitUntil(() => $(el, '[part="heading"]'), 'the list did not render');
  await el.updateComplete;
  return el;
}

describe('French', () => {
  describe('<hotline-list> in a French page', () => {
    it('shows French interface words and French service descriptions', async () => {
      const el = await frenchList('fr');
      expect(squash($(el, '[part="heading"]')!.textContent!)).to.equal(
        'Obtenir de l’aide maintenant',
      );
      expect(squash($(el, '[part="emergency"]')!.textContent!)).to.equal(
        'Danger immédiat\u202f? Appelle le 112 Police et gendarmerie\u00a0: 17. Personnes sourdes ou malentendantes\u00a0: SMS au 114.',
      );
      const card = $(el, '[data-id="fr-3018"]')!;
      expect(squash(card.querySelector('.description')!.textContent!)).to.contain(
        'le 3018 travaille avec des plateformes partenaires pour faire retirer les contenus rapidement',
      );
      const actions = $$(el, '[data-id="fr-119"] [part~="action"]').map((a) =>
        squash(a.textContent!),
      );
      expect(actions).to.include('Appeler le 119');
      expect(actions).to.include('Chat (moins de 21 ans)');
      expect(squash($(el, '[part="count"]')!.textContent!)).to.match(
        /^(\d+ services affichés|\d+ services affichés sur \d+)$/,
      );
      const text = squash(el.shadowRoot!.textContent!);
      expect(text).not.to.contain('Get help now');
      expect(text).not.to.contain('Report online');
      // French puts a no-break space before a colon, in the card's labels too.
      expect(text).to.contain('Ce qui se passe quand tu les contactes\u00a0:');
      expect(text).to.contain('Source\u00a0:');
    });

    it('counts in French: "0 service affiché" when nothing matches, 0 being singular', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="fr"><hotline-list region="AU" channels="email"></hotline-list></div>`,
      );
      const el = wrapper.querySelector<El>('hotline-list')!;
      await waitUntil(() => $(el, '[part="count"]'), 'the count did not render');
      expect(squash($(el, '[part="count"]')!.textContent!)).to.equal('0 service affiché');
    });

    it('speaks French for a regional tag such as fr-CA too', async () => {
      const el = await frenchList('fr-CA');
      expect(squash($(el, '[part="heading"]')!.textContent!)).to.equal(
        'Obtenir de l’aide maintenant',
      );
    });

    it('is accessible in French', async () => {
      const el = await frenchList('fr');
      await expect(el).to.be.accessible();
    });
  });

  it('follows a change of the page language at the next update', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><hotline-list region="FR"></hotline-list></div>`,
    );
    const el = wrapper.querySelector('hotline-list') as El;
    await el.updateComplete;
    expect(squash($(el, '[part="heading"]')!.textContent!)).to.equal('Get help now');
    wrapper.lang = 'fr';
    el.requestUpdate();
    await el.updateComplete;
    expect(squash($(el, '[part="heading"]')!.textContent!)).to.equal(
      'Obtenir de l’aide maintenant',
    );
  });

  describe('the French strings', () => {
    const keys = Object.keys(en) as StringKey[];

    it('has a French text for every English key, not left in English', () => {
      const missing = keys.filter((key) => !fr[key]?.trim());
      expect(missing, 'keys with no French').to.deep.equal([]);
      const untranslated = keys.filter(
        (key) => fr[key] === en[key] && !SAME_IN_FRENCH.includes(key),
      );
      expect(untranslated, 'keys whose French is the English').to.deep.equal([]);
    });

    it('keeps every placeholder of the English', () => {
      const mismatched = keys.filter(
        (key) => placeholders(fr[key]).join() !== placeholders(en[key]).join(),
      );
      expect(mismatched).to.deep.equal([]);
    });

    it('keeps a no-break space before : ; ? ! so the mark never starts a line', () => {
      const breakable = keys.filter((key) => / [:;?!]/.test(fr[key]));
      expect(breakable).to.deep.equal([]);
    });
  });

  describe('the default manifest in French', () => {
    /** Every language map of the default manifest that has English, with where it is. */
    function textMaps(): [where: string, map: Record<string, unknown>][] {
      const found: [string, Record<string, unknown>][] = [];
      const visit = (where: string, value: unknown): void => {
        if (Array.isArray(value)) value.forEach((item, i) => visit(`${where}.${i}`, item));
        else if (value && typeof value === 'object') {
          const map = value as Record<string, unknown>;
          if (typeof map['en'] === 'string') found.push([where, map]);
          else for (const [key, inner] of Object.entries(map)) visit(`${where}.${key}`, inner);
        }
      };
      for (const entry of defaultManifest.emergency) visit(`emergency ${entry.region}`, entry);
      for (const resource of defaultManifest.resources) visit(resource.id, resource);
      for (const platform of defaultManifest.platforms) visit(`platform ${platform.id}`, platform);
      visit('warningSigns', defaultManifest.warningSigns);
      visit('guide', defaultManifest.guide);
      return found;
    }

    it('has French beside the English in every text, with no file left out', () => {
      const maps = textMaps();
      // Each part of the manifest is really walked, so an empty walk cannot pass.
      for (const part of [
        'emergency GB',
        'kids-help-phone',
        'platform tiktok',
        'warningSigns',
        'guide',
      ])
        expect(
          maps.some(([where]) => where.startsWith(part)),
          part,
        ).to.equal(true);
      const missing = maps
        .filter(([where, map]) =>
          // A texting keyword may be empty in French: text the number without one.
          where.endsWith('.body')
            ? typeof map['fr'] !== 'string'
            : typeof map['fr'] !== 'string' || !map['fr'].trim(),
        )
        .map(([where]) => where);
      expect(missing).to.deep.equal([]);
    });

    it('keeps a no-break space before : ; ? ! in the French, so the mark never starts a line', () => {
      const breakable = textMaps()
        .filter(([, map]) => typeof map['fr'] === 'string' && / [:;?!»]|« /.test(map['fr']))
        .map(([where]) => where);
      expect(breakable).to.deep.equal([]);
    });
  });

  describe('Canada in French', () => {
    const langWas = document.documentElement.lang;
    afterEach(() => {
      document.documentElement.lang = langWas;
    });

    /** A card's name and where each of its actions goes, as a person would see them. */
    const card = (el: Panel, id: string) => {
      const item = $(el, `[data-id="${id}"]`);
      if (!item) throw new Error(`no card ${id}`);
      return {
        name: squash(item.querySelector('.name')!.textContent!),
        actions: [...item.querySelectorAll<HTMLAnchorElement>('[part~="action"]')].map(
          (a) => `${squash(a.textContent!)} → ${a.getAttribute('href')}`,
        ),
      };
    };

    async function canadaList(lang: string): Promise<El> {
      document.documentElement.lang = lang;
      const el = await fixture<El>(html`<hotline-list region="CA"></hotline-list>`);
      await waitUntil(() => $(el, '[data-id="kids-help-phone"]'), 'the list did not render');
      await el.updateComplete;
      return el;
    }

    async function canadaPlan(lang: string): Promise<ReportHelpElement> {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${lang}><report-help region="CA"></report-help></div>`,
      );
      const el = wrapper.querySelector<ReportHelpElement>('report-help')!;
      await waitUntil(() => $(el, 'input[value="minor-images"]'), 'the flow did not render');
      $(el, 'input[value="minor-images"]')!.click();
      $(el, 'input[value="under-18.self"]')!.click();
      await el.updateComplete;
      return el;
    }

    async function press(el: ReportHelpElement, name: string): Promise<void> {
      const found = $$(el, 'button').find((b) => squash(b.textContent!) === name);
      if (!found) throw new Error(`no button "${name}"`);
      found.click();
      await el.updateComplete;
    }

    it('keeps each word of a phone number on one line in a narrow French button (it broke after "1-866-658-")', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await canadaList('fr-CA');
        const lineCount = (node: Node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        };
        const cybertip = $(el, '[data-id="cybertip-ca"] a[href^="tel:"]')!;
        // The link's words, and so its accessible name, are unchanged.
        expect(cybertip.textContent!.trim()).to.equal('Appeler le 1-866-658-9022');
        const numbers = [...el.shadowRoot!.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')]
          .flatMap((link) => [...link.querySelectorAll('.number')])
          .filter((number) => number.textContent!.includes('-'));
        expect(numbers.length).to.be.greaterThan(0);
        for (const number of numbers) expect(lineCount(number), number.textContent!).to.equal(1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('<hotline-list> in <html lang="fr-CA"> shows the services under their French names and addresses', async () => {
      const el = await canadaList('fr-CA');
      expect(card(el, 'kids-help-phone')).to.deep.equal({
        name: 'Jeunesse, J’écoute',
        actions: [
          'Appeler le 1-800-668-6868 → tel:+18006686868',
          // The French keyword is not confirmed: the number alone.
          'Envoyer un texto au 686868 → sms:686868',
          'Discuter en direct → https://jeunessejecoute.ca',
        ],
      });
      expect(card(el, 'cybertip-ca')).to.deep.equal({
        name: 'Cyberaide.ca',
        actions: [
          'Signaler en ligne → https://www.cyberaide.ca',
          'Appeler le 1-866-658-9022 → tel:+18666589022',
        ],
      });
      expect(card(el, 'needhelpnow-ca')).to.deep.equal({
        name: 'AidezMoiSVP.ca',
        actions: ['Aller sur le site web → https://aidezmoisvp.ca'],
      });
      expect(card(el, 'ca-trafficking-hotline')).to.deep.equal({
        name: 'Ligne d’urgence canadienne contre la traite des personnes',
        actions: [
          'Appeler le 1-833-900-1010 → tel:+18339001010',
          'Aller sur le site web → https://canadianhumantraffickinghotline.ca/fr/',
        ],
      });
      const text = squash(el.shadowRoot!.textContent!);
      for (const english of ['Kids Help Phone', 'Cybertip.ca', 'NeedHelpNow', 'CONNECT'])
        expect(text).not.to.contain(english);
    });

    it('<hotline-list> in English Canada keeps the English names and addresses', async () => {
      const el = await canadaList('en-CA');
      expect(card(el, 'kids-help-phone')).to.deep.equal({
        name: 'Kids Help Phone',
        actions: [
          'Call 1-800-668-6868 → tel:+18006686868',
          'Text CONNECT to 686868 → sms:686868?&body=CONNECT',
          'Live chat → https://kidshelpphone.ca',
        ],
      });
      expect(card(el, 'cybertip-ca').name).to.equal('Cybertip.ca');
      expect(card(el, 'cybertip-ca').actions[0]).to.equal(
        'Report online → https://www.cybertip.ca',
      );
      expect(card(el, 'needhelpnow-ca').actions).to.deep.equal([
        'Visit website → https://needhelpnow.ca',
      ]);
    });

    it('<report-help> in fr-CA names them in French in the official and support steps and the plan', async () => {
      const el = await canadaPlan('fr-CA');
      await press(el, fr['report.show-plan']);
      for (let i = 0; i < 3; i += 1) await press(el, fr['report.next']);
      expect(squash($(el, '.step-heading')!.textContent!)).to.equal(
        'Le signaler à une ligne de signalement ou à la police',
      );
      expect(card(el, 'cybertip-ca').name).to.equal('Cyberaide.ca');
      expect(card(el, 'cybertip-ca').actions).to.include(
        'Signaler en ligne → https://www.cyberaide.ca',
      );
      expect(card(el, 'needhelpnow-ca')).to.deep.equal({
        name: 'AidezMoiSVP.ca',
        actions: ['Aller sur le site web → https://aidezmoisvp.ca'],
      });
      await press(el, fr['report.next']);
      expect(card(el, 'kids-help-phone').name).to.equal('Jeunesse, J’écoute');
      expect(card(el, 'kids-help-phone').actions).to.include(
        'Discuter en direct → https://jeunessejecoute.ca',
      );
      await press(el, fr['report.next']);
      const plan = $(el, '[part="summary"]')!.textContent!;
      expect(plan).to.contain(
        '- Jeunesse, J’écoute (Ligne d’écoute)\u00a0: 1-800-668-6868, Envoyer un texto au 686868, https://jeunessejecoute.ca',
      );
      expect(plan).to.contain(
        '- Cyberaide.ca (Centre de signalement)\u00a0: https://www.cyberaide.ca, 1-866-658-9022',
      );
      expect(plan).not.to.contain('kidshelpphone.ca');
      await expect(el).to.be.accessible();
    });

    it('<report-help> in English Canada names Kids Help Phone and Cybertip.ca', async () => {
      const el = await canadaPlan('en-CA');
      await press(el, en['report.show-plan']);
      for (let i = 0; i < 3; i += 1) await press(el, en['report.next']);
      expect(card(el, 'cybertip-ca').name).to.equal('Cybertip.ca');
      expect(card(el, 'cybertip-ca').actions).to.include('Report online → https://www.cybertip.ca');
      await press(el, en['report.next']);
      expect(card(el, 'kids-help-phone').name).to.equal('Kids Help Phone');
      expect(card(el, 'kids-help-phone').actions).to.include(
        'Live chat → https://kidshelpphone.ca',
      );
    });
  });
});

/** A `<hotline-list region="GB">` inside an element with this `lang`, rendered. */
async function hotlineIn(lang: string) {
  const wrapper = await fixture(
    html`<div lang=${lang}><hotline-list region="GB"></hotline-list></div>`,
  );
  const el = wrapper.querySelector('hotline-list')!;
  await el.updateComplete;
  return el;
}

describe('dates in the page’s own regional format', () => {
  const checked = async (lang: string) => {
    const el = await hotlineIn(lang);
    const card = el.shadowRoot!.querySelector('[data-id="childline"]')!;
    return card.textContent!.replace(/\s+/g, ' ');
  };

  it('writes "23 Nov 2026" on an en-GB page and "Nov 23, 2026" on an en-US page, in English words both', async () => {
    expect(await checked('en-GB')).to.contain('checked 23 Nov 2026');
    expect(await checked('en-US')).to.contain('checked Nov 23, 2026');
  });
});

describe('the country picker', () => {
  const names = async (lang: string) => {
    const el = await hotlineIn(lang);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
    return [...select.options].map((option) => option.textContent!.trim());
  };

  for (const [lang, anywhere, own] of [
    ['en-GB', 'Anywhere (international)', 'United Kingdom'],
    ['fr-CA', 'Partout (international)', 'Royaume-Uni'],
  ] as const) {
    it(`lists the visitor's own country first, then the others by their names in ${lang}, and "anywhere" last`, async () => {
      const shown = await names(lang);
      expect(shown[0]).to.equal(own);
      const countries = shown.slice(1, -1);
      const sorted = [...countries].sort(new Intl.Collator(lang).compare);
      expect(countries).to.deep.equal(sorted);
      expect(countries.length).to.be.greaterThan(60);
      expect(countries).not.to.include(own);
      expect(shown.at(-1)).to.equal(anywhere);
    });
  }
});
