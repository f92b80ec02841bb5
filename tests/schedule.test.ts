/** When a service answers, as the plan to take away says it: it may be read at any hour, in any language. */
import { expect } from '@open-wc/testing';
import translations from '../src/data/strings.json' with { type: 'json' };
import '../src/i18n/report-words.js';
import { translator } from '../src/i18n/strings.js';
import { scheduleText } from '../src/internal/schedule.js';
import type { Hours } from '../src/manifest/schema.js';

const weekly = (days: string[], open: string, close: string, timeZone = 'Europe/Paris') =>
  ({ type: 'weekly', timeZone, spans: [{ days, open, close }] }) as Hours;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
const EVERY_DAY = [...WEEKDAYS, 'sat', 'sun'];
/** The zone as this browser names it: the test is about the line, not the browser's names. */
const zone = (locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(Date.now())
    .find((p) => p.type === 'timeZoneName')!.value;
/** Intl may put a narrow no-break space before AM/PM. */
const plain = (s: string | undefined) => s?.replace(/\s/g, ' ');

describe('scheduleText', () => {
  const en = translator('en');

  it('gives the days, the hours and the service’s own time zone', () => {
    expect(
      plain(scheduleText(en, 'en-US', weekly(WEEKDAYS, '10:00', '16:00', 'Europe/London'))),
    ).to.equal(`Mon–Fri, 10:00 AM to 4:00 PM (${plain(zone('en-US', 'Europe/London'))})`);
    expect(plain(scheduleText(en, 'en-GB', weekly(EVERY_DAY, '09:00', '23:00')))).to.equal(
      `Every day, 9:00 to 23:00 (${plain(zone('en-GB', 'Europe/Paris'))})`,
    );
  });

  it('lists days that are not a run, Monday first', () => {
    expect(plain(scheduleText(en, 'en-US', weekly(['sun', 'sat'], '14:00', '20:00')))).to.match(
      /^Sat, Sun, 2:00 PM to 8:00 PM \(/,
    );
    expect(plain(scheduleText(en, 'en-US', weekly(['mon', 'wed'], '14:00', '20:00')))).to.match(
      /^Mon, Wed, /,
    );
  });

  it('says open 24/7, and nothing for a form or where the hours are not known', () => {
    expect(scheduleText(en, 'en-US', { type: 'always' })).to.equal('Open 24/7');
    expect(scheduleText(en, 'en-US', { type: 'online' })).to.equal(undefined);
    expect(scheduleText(en, 'en-US', undefined)).to.equal(undefined);
  });

  it('speaks French and Spanish', () => {
    const fr = translator('fr', {}, translations);
    expect(plain(scheduleText(fr, 'fr', weekly(EVERY_DAY, '09:00', '23:00')))).to.equal(
      `Tous les jours, de 9:00 à 23:00 (${plain(zone('fr', 'Europe/Paris'))})`,
    );
    const es = translator('es', {}, translations);
    expect(
      plain(scheduleText(es, 'es', weekly(EVERY_DAY, '08:00', '23:00', 'Europe/Madrid'))),
    ).to.equal(`Todos los días, de 8:00 a 23:00 (${plain(zone('es', 'Europe/Madrid'))})`);
  });
});
