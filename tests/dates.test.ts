/** Dates on cards: a record checked more than 12 months ago says it may be out of date; sources carry their own dates. */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { translator } from '../src/i18n/strings.js';
import { defaults } from '../src/manifest/defaults.js';
import { clock } from '../src/internal/clock.js';
import { renderResourceCard } from '../src/internal/resource-card.js';
import { isStale } from '../src/manifest/dates.js';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { pickText } from '../src/manifest/text.js';

function card(id: string, locale = 'en'): string {
  const resource = defaultManifest.resources.find((r) => r.id === id)!;
  const host = document.createElement('ul');
  render(
    renderResourceCard(
      {
        t: translator(locale, {}, defaults.strings),
        text: (value) => (value === undefined ? '' : pickText(value, locale, 'en')),
        otherLanguage: () => undefined,
        locale,
        level: 3,
        idPrefix: 'd',
        textFirst: false,
        compact: false,
        onAction: () => {},
        onCopy: () => {},
      },
      resource,
    ),
    host,
  );
  return (host.querySelector('.source')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('dates', () => {
  const now = clock.now;
  afterEach(() => (clock.now = now));

  it('counts 12 months from the verified date', () => {
    expect(isStale('2026-11-23', new Date('2027-11-22T12:00:00Z'))).to.equal(false);
    expect(isStale('2026-11-23', new Date('2027-11-24T00:00:00Z'))).to.equal(true);
  });

  it('shows "may be out of date" on a card checked more than 12 months ago, by the clock', () => {
    clock.now = () => new Date('2027-06-01T12:00:00Z');
    expect(card('samaritans')).to.contain('checked Nov 23, 2026');
    expect(card('samaritans')).not.to.contain('may be out of date');
    clock.now = () => new Date('2028-01-10T12:00:00Z');
    expect(card('samaritans')).to.contain('checked Nov 23, 2026 · may be out of date');
    expect(card('samaritans', 'es')).to.contain('puede estar desactualizado');
  });

  it('lists each source with its own date', () => {
    expect(card('dod-safe-helpline')).to.contain('pointerview.com (2018)');
    expect(card('shout-85258')).to.contain('giveusashout.org/about-us/faq (2024-11-04)');
  });
});
