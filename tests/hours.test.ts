import { expect } from '@open-wc/testing';
import { hoursStatus, instantOf } from '../src/manifest/hours.js';
import type { Hours } from '../src/manifest/schema.js';

const at = (iso: string) => new Date(iso);
const iso = (status: ReturnType<typeof hoursStatus>) =>
  status.state === 'open'
    ? `open until ${status.closesAt.toISOString()}`
    : status.state === 'closed'
      ? `closed, opens ${status.opensAt?.toISOString() ?? 'never'}`
      : status.state;

function weekly(timeZone: string, ...spans: [string[], string, string][]): Hours {
  return {
    type: 'weekly',
    timeZone,
    spans: spans.map(([days, open, close]) => ({ days: days as never, open, close })),
  };
}

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'];

describe('hoursStatus', () => {
  it('says 24/7, online and unknown as they are', () => {
    expect(hoursStatus({ type: 'always' }, at('2026-11-23T03:00:00Z')).state).to.equal('always');
    expect(hoursStatus({ type: 'online' }, at('2026-11-23T03:00:00Z')).state).to.equal('online');
    expect(hoursStatus(undefined, at('2026-11-23T03:00:00Z')).state).to.equal('unknown');
  });

  const london = weekly('Europe/London', [weekdays, '09:00', '17:00']);

  it('is open during office hours, until closing time', () => {
    // Monday 23 November 2026, 10:00 in London (GMT).
    expect(iso(hoursStatus(london, at('2026-11-23T10:00:00Z')))).to.equal(
      'open until 2026-11-23T17:00:00.000Z',
    );
  });

  it('is closed at closing time exactly, and opens the next morning', () => {
    expect(iso(hoursStatus(london, at('2026-11-23T17:00:00Z')))).to.equal(
      'closed, opens 2026-11-24T09:00:00.000Z',
    );
  });

  it('after Friday closing, next opens on Monday', () => {
    expect(iso(hoursStatus(london, at('2026-11-27T18:00:00Z')))).to.equal(
      'closed, opens 2026-11-30T09:00:00.000Z',
    );
  });

  it('reads the opening hours in the service’s zone, not the visitor’s', () => {
    // 10:00 in London is 05:00 in New York: the same instant, the same answer.
    expect(hoursStatus(london, at('2026-11-23T10:00:00Z')).state).to.equal('open');
    const newYork = weekly('America/New_York', [weekdays, '09:00', '17:00']);
    expect(iso(hoursStatus(newYork, at('2026-11-23T10:00:00Z')))).to.equal(
      'closed, opens 2026-11-23T14:00:00.000Z',
    );
  });

  it('keeps a span that runs past midnight open into the next day', () => {
    const late = weekly('America/New_York', [['fri'], '20:00', '02:00']);
    // Saturday 28 November 2026, 01:30 EST, from Friday's span.
    expect(iso(hoursStatus(late, at('2026-11-28T06:30:00Z')))).to.equal(
      'open until 2026-11-28T07:00:00.000Z',
    );
    expect(iso(hoursStatus(late, at('2026-11-28T07:00:00Z')))).to.equal(
      'closed, opens 2026-12-05T01:00:00.000Z',
    );
  });

  it('treats 24:00 as the end of the day', () => {
    const allMonday = weekly('UTC', [['mon'], '00:00', '24:00']);
    expect(iso(hoursStatus(allMonday, at('2026-11-23T23:59:00Z')))).to.equal(
      'open until 2026-11-24T00:00:00.000Z',
    );
  });

  it('joins spans that touch, so "open until" is the real closing time', () => {
    const split = weekly('UTC', [['mon'], '09:00', '12:00'], [['mon'], '12:00', '17:00']);
    expect(iso(hoursStatus(split, at('2026-11-23T11:00:00Z')))).to.equal(
      'open until 2026-11-23T17:00:00.000Z',
    );
  });

  it('finds the opening after a spring daylight-saving change (New York, 8 March 2026)', () => {
    const sunday = weekly('America/New_York', [['sun'], '09:00', '17:00']);
    // Saturday noon EST; Sunday 09:00 is EDT, UTC-4.
    expect(iso(hoursStatus(sunday, at('2026-03-07T17:00:00Z')))).to.equal(
      'closed, opens 2026-03-08T13:00:00.000Z',
    );
  });

  it('finds the opening after an autumn daylight-saving change (New York, 1 November 2026)', () => {
    const sunday = weekly('America/New_York', [['sun'], '09:00', '17:00']);
    // Saturday noon EDT; Sunday 09:00 is EST, UTC-5.
    expect(iso(hoursStatus(sunday, at('2026-10-31T16:00:00Z')))).to.equal(
      'closed, opens 2026-11-01T14:00:00.000Z',
    );
  });

  it('keeps an overnight span open across the autumn change, closing at the new offset', () => {
    const overnight = weekly('America/New_York', [['sat'], '22:00', '06:00']);
    // 01:30 EDT on Sunday 1 November (the first 01:30): open until 06:00 EST.
    expect(iso(hoursStatus(overnight, at('2026-11-01T05:30:00Z')))).to.equal(
      'open until 2026-11-01T11:00:00.000Z',
    );
  });

  it('closes an overnight span at the right instant across the spring change (London, 29 March 2026)', () => {
    const overnight = weekly('Europe/London', [['sat'], '22:00', '06:00']);
    // Opens 22:00 GMT Saturday, closes 06:00 BST Sunday = 05:00 UTC.
    expect(iso(hoursStatus(overnight, at('2026-03-29T04:30:00Z')))).to.equal(
      'open until 2026-03-29T05:00:00.000Z',
    );
    expect(hoursStatus(overnight, at('2026-03-29T05:00:00Z')).state).to.equal('closed');
  });
});

describe('instantOf', () => {
  it('reads a wall time in a zone', () => {
    expect(new Date(instantOf('Asia/Kolkata', 2026, 11, 23, 9 * 60)).toISOString()).to.equal(
      '2026-11-23T03:30:00.000Z',
    );
  });

  it('moves a time skipped by the spring change forward by the jump', () => {
    // 01:30 does not exist in London on 29 March 2026; it is read as 02:30 BST.
    expect(new Date(instantOf('Europe/London', 2026, 3, 29, 90)).toISOString()).to.equal(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('takes the first of a time that happens twice in the autumn', () => {
    expect(new Date(instantOf('America/New_York', 2026, 11, 1, 90)).toISOString()).to.equal(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('gives each zone its own answer when asked again (answers are kept for the next card)', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(new Date(instantOf('Europe/London', 2026, 11, 23, 9 * 60)).toISOString()).to.equal(
        '2026-11-23T09:00:00.000Z',
      );
      expect(new Date(instantOf('America/New_York', 2026, 11, 23, 9 * 60)).toISOString()).to.equal(
        '2026-11-23T14:00:00.000Z',
      );
      expect(new Date(instantOf('America/New_York', 2026, 11, 24, 9 * 60)).toISOString()).to.equal(
        '2026-11-24T14:00:00.000Z',
      );
    }
  });
});

describe('hoursStatus at random', () => {
  it('keeps its own word: open until a time when it closes then, closed until a time when it opens then', () => {
    // Random weekly schedules (spans across midnight, whole days, several a day) in zones with and without
    // daylight saving, at random times through 2026 and near its clock changes. Whatever days the answer was
    // worked out from, it must hold a minute before and at the time it names.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
    const clock = () =>
      `${String(Math.floor(random() * 24)).padStart(2, '0')}:${pick(['00', '30'])}`;
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata'];
    const changes = ['2026-03-08T07:00:00Z', '2026-03-29T01:00:00Z', '2026-10-04T15:00:00Z'];
    const minute = 60_000;
    for (let run = 0; run < 300; run += 1) {
      const spans: [string[], string, string][] = Array.from(
        { length: 1 + Math.floor(random() * 3) },
        () => [days.filter(() => random() < 0.4), clock(), pick(['00:00', '24:00', clock()])],
      );
      const hours = weekly(pick(zones), ...spans.filter(([spanDays]) => spanDays.length));
      const near = new Date(pick(changes)).getTime() + (random() - 0.5) * 6 * 86_400_000;
      const t =
        Math.floor(
          (random() < 0.5 ? near : Date.UTC(2026, 0, 1) + random() * 365 * 86_400_000) / minute,
        ) * minute;
      const status = hoursStatus(hours, new Date(t));
      const where = `${JSON.stringify(hours)} at ${new Date(t).toISOString()}: ${iso(status)}`;
      if (status.state === 'open') {
        const closes = status.closesAt.getTime();
        expect(closes, where).to.be.above(t);
        expect(iso(hoursStatus(hours, new Date(closes - minute))), where).to.equal(iso(status));
        expect(hoursStatus(hours, new Date(closes)).state, where).to.equal('closed');
      } else if (status.state === 'closed' && status.opensAt) {
        const opens = status.opensAt.getTime();
        expect(opens, where).to.be.above(t);
        expect(iso(hoursStatus(hours, new Date(opens - minute))), where).to.equal(iso(status));
        expect(hoursStatus(hours, new Date(opens)).state, where).to.equal('open');
      }
    }
  });
});
