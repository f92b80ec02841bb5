import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/hotline-list/define.js';
import type { HotlineListElement } from '../src/elements/hotline-list/hotline-list.js';
import {
  CHECKED_DATE,
  dateTimeFormat,
  displayNamesOf,
  TIME_ON_DAY,
  TIME_TODAY,
  warmFormatters,
} from '../src/internal/format.js';
import { fakeFetch, json, later, settled, usResource } from './helpers.js';

type Constructor = new (...args: never[]) => object;

/** Counts the Intl formatters built while `run` runs; `made` lists them, as "Type [locale, options]". */
async function countBuilt(
  run: (built: () => number, made: string[]) => Promise<void>,
): Promise<void> {
  const intl = Intl as unknown as Record<'DisplayNames' | 'DateTimeFormat', Constructor>;
  const originals = { DisplayNames: intl.DisplayNames, DateTimeFormat: intl.DateTimeFormat };
  const made: string[] = [];
  for (const name of ['DisplayNames', 'DateTimeFormat'] as const) {
    intl[name] = class extends originals[name] {
      constructor(...args: never[]) {
        super(...args);
        made.push(`${name} ${JSON.stringify(args)}`);
      }
    };
  }
  try {
    await run(() => made.length, made);
  } finally {
    Object.assign(intl, originals);
  }
}

const idle = () => new Promise((resolve) => requestIdleCallback(resolve));

describe('warmFormatters', () => {
  it('builds the formatters of a list when the page is idle, so the first list builds none', async () => {
    await countBuilt(async (built) => {
      // A locale no other test uses, so nothing is cached yet.
      warmFormatters('de-AT');
      expect(built()).to.equal(0);
      await idle();
      expect(built()).to.equal(5);
      displayNamesOf('de-AT', 'region');
      displayNamesOf('de-AT', 'language');
      for (const options of [CHECKED_DATE, TIME_TODAY, TIME_ON_DAY])
        dateTimeFormat('de-AT', options).format(0);
      expect(built()).to.equal(5);
      // Once per locale.
      warmFormatters('de-AT');
      await idle();
      expect(built()).to.equal(5);
    });
  });

  it('warms what a panel’s first list uses: names in its language, dates in the page’s regional form', async () => {
    const site = later();
    const fake = fakeFetch({ '/late.json': site.answer });
    try {
      await countBuilt(async (built, made) => {
        // A page in New Zealand English: names in English ("en"), the checked date as New Zealand writes it.
        const page = await fixture<HTMLDivElement>(
          html`<div lang="en-NZ">
            <hotline-list region="NZ" manifest="/late.json"></hotline-list>
          </div>`,
        );
        const el = page.querySelector<HotlineListElement>('hotline-list')!;
        await idle();
        const warmed = built();
        expect(warmed).to.be.above(0);
        site.send(
          json({
            version: 1,
            resources: [
              usResource(1, { regions: ['NZ'], verified: '2026-11-01', languages: ['en', 'mi'] }),
            ],
          }),
        );
        await settled(el);
        expect(el.shadowRoot!.textContent).to.contain('checked 1 Nov 2026');
        // The list itself built no formatter for what it shows; only the clock of the service's time zone (for
        // "open now"), which depends on the data.
        expect(
          made.slice(warmed).filter((entry) => !entry.includes('"hourCycle":"h23"')),
        ).to.deep.equal([]);
      });
    } finally {
      fake.restore();
    }
  });
});
