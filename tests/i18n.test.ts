import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/hotline-list/define.js';
import type { HotlineListElement } from '../src/elements/hotline-list/hotline-list.js';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { en, fr, type StringKey } from '../src/i18n/strings.js';

type El = HotlineListElement;

const $ = (el: El, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: El, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
// Layout whitespace only: French text holds no-break spaces that must survive.
const squash = (text: string) => text.replace(/[ \t\n\r]+/g, ' ').trim();

/** Keys whose French is rightly the same word as the English. */
const SAME_IN_FRENCH: readonly StringKey[] = [
  'source',
  'kind.law-enforcement', // Police
  'channeltype.chat', // Chat
  'faq.heading', // Questions
];

/** Country files another change is rewriting; their French comes with that change. */
const FRENCH_PENDING = new Set(['US', 'CA', 'GB', 'AU', 'IE', 'INTL']);

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
        'Danger immédiat\u202f? Appelle le 112',
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
      expect(squash($(el, '[part="count"]')!.textContent!)).to.match(/^\d+ services affichés$/);
      const text = squash(el.shadowRoot!.textContent!);
      expect(text).not.to.contain('Get help now');
      expect(text).not.to.contain('Report online');
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
    it('has French beside the English in every text of the country files', () => {
      const missing: string[] = [];
      const visit = (where: string, value: unknown): void => {
        if (Array.isArray(value)) value.forEach((item, i) => visit(`${where}.${i}`, item));
        else if (value && typeof value === 'object') {
          const map = value as Record<string, unknown>;
          if (typeof map['en'] === 'string') {
            if (typeof map['fr'] !== 'string' || !map['fr'].trim()) missing.push(where);
          } else for (const [key, inner] of Object.entries(map)) visit(`${where}.${key}`, inner);
        }
      };
      for (const entry of defaultManifest.emergency ?? []) {
        if (!FRENCH_PENDING.has(entry.region)) visit(`emergency ${entry.region}`, entry);
      }
      for (const resource of defaultManifest.resources ?? []) {
        if (!resource.regions.some((region) => FRENCH_PENDING.has(region)))
          visit(resource.id, resource);
      }
      expect(missing).to.deep.equal([]);
    });
  });
});
