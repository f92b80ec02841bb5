import type { Translate } from '../i18n/strings.js';
import type { Hours } from '../manifest/schema.js';
import { dateTimeFormat } from './format.js';

/** The week as a plan lists it, Monday first: "Mon–Fri", "Sat, Sun". */
const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** A weekday's short name ("Mon"), by its place in WEEK: 2024-01-01 was a Monday. */
const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'short', timeZone: 'UTC' };
/** A wall-clock time as the manifest writes it ("09:00"), in the reader's way ("9:00 AM"). */
const WALL_TIME: Intl.DateTimeFormatOptions = {
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
};

function dayName(locale: string, index: number): string {
  return dateTimeFormat(locale, WEEKDAY).format(Date.UTC(2024, 0, 1 + index));
}

function wallTime(locale: string, clock: string): string {
  const [hour, minute] = clock.split(':').map(Number);
  return dateTimeFormat(locale, WALL_TIME).format(Date.UTC(2024, 0, 1, hour, minute));
}

/** "Every day", "Mon–Fri", or "Mon, Wed, Fri". */
function daysText(t: Translate, locale: string, days: readonly string[]): string {
  const indexes = WEEK.flatMap((day, index) => (days.includes(day) ? [index] : []));
  if (indexes.length === WEEK.length) return t('schedule.every-day');
  const first = indexes[0]!;
  const last = indexes[indexes.length - 1]!;
  if (indexes.length > 2 && last - first === indexes.length - 1)
    return `${dayName(locale, first)}–${dayName(locale, last)}`;
  return indexes.map((index) => dayName(locale, index)).join(', ');
}

const zoneNames = new Map<string, string>();

/**
 * The service's time zone by name ("Central European Time"), or its IANA name where the browser has none. Kept:
 * the plan is written again on every render of its step.
 */
function zoneName(locale: string, timeZone: string): string {
  const key = `${locale}\u0000${timeZone}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(Date.now())
      .find((p) => p.type === 'timeZoneName');
    zoneNames.set(key, (name = part?.value ?? timeZone));
  }
  return name;
}

/**
 * When a service answers, as one line of the plan to take away, which may be read at any hour: "Open 24/7", or
 * "Every day, 9:00 AM to 11:00 PM (Central European Time)" in the service's own time zone. Undefined for a form
 * (any time) and where the manifest does not know.
 */
export function scheduleText(
  t: Translate,
  locale: string,
  hours: Hours | undefined,
): string | undefined {
  if (hours?.type === 'always') return t('hours.always');
  if (hours?.type !== 'weekly') return undefined;
  const spans = hours.spans.map((span) =>
    t('schedule.span', {
      days: daysText(t, locale, span.days),
      open: wallTime(locale, span.open),
      close: wallTime(locale, span.close),
    }),
  );
  return `${spans.join('; ')} (${zoneName(locale, hours.timeZone)})`;
}
