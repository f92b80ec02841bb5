import { expect } from '@open-wc/testing';
import {
  CHECKED_DATE,
  dateTimeFormat,
  displayNamesOf,
  TIME_ON_DAY,
  TIME_TODAY,
  warmFormatters,
} from '../src/internal/format.js';

type Constructor = new (...args: never[]) => object;

/** Counts the Intl formatters built while `run` runs, by type. */
async function countBuilt(run: (built: () => number) => Promise<void>): Promise<void> {
  const intl = Intl as unknown as Record<'DisplayNames' | 'DateTimeFormat', Constructor>;
  const originals = { DisplayNames: intl.DisplayNames, DateTimeFormat: intl.DateTimeFormat };
  let count = 0;
  for (const name of ['DisplayNames', 'DateTimeFormat'] as const) {
    intl[name] = class extends originals[name] {
      constructor(...args: never[]) {
        super(...args);
        count += 1;
      }
    };
  }
  try {
    await run(() => count);
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
});
