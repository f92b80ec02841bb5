import type { Hours } from './schema.js';
import { DAYS } from './vocabulary.js';

export type HoursStatus =
  | { state: 'always' }
  | { state: 'online' }
  | { state: 'unknown' }
  | { state: 'open'; closesAt: Date }
  | { state: 'closed'; opensAt: Date | null };

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockIn(timeZone: string, instant: number): WallClock {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}

/** How far a zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(timeZone: string, instant: number): number {
  const wall = wallClockIn(timeZone, instant);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant at which a zone's wall clock shows a given time. The offset is looked up twice so that a time
 * just after a daylight-saving change gets the offset in force then; a time that a spring change skips
 * is moved forward by the length of the jump, as Temporal's "compatible" reading does.
 */
export function instantOf(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  minutes: number,
): number {
  // The answer depends only on the arguments, and a list asks the same ones card after card (the same zone, the
  // same opening times, the same ten days): each costs several formatToParts calls, so it is kept.
  const key = `${timeZone} ${year} ${month} ${day} ${minutes}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    if (instants.size >= MAX_INSTANTS) instants.clear();
    instant = computeInstant(timeZone, year, month, day, minutes);
    instants.set(key, instant);
  }
  return instant;
}

const instants = new Map<string, number>();
/** Enough for every zone and opening time of a long list over its ten days; past it the cache starts again. */
const MAX_INSTANTS = 20_000;

function computeInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  minutes: number,
): number {
  const guess = Date.UTC(year, month - 1, day, 0, minutes);
  const first = guess - offsetAt(timeZone, guess);
  const firstOffset = offsetAt(timeZone, first);
  if (first + firstOffset === guess) return first;
  const second = guess - firstOffset;
  if (second + offsetAt(timeZone, second) === guess) return second;
  // The wall time does not exist (the clocks sprang forward over it): take the later reading.
  return Math.max(first, second);
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

type Weekly = Extract<Hours, { type: 'weekly' }>;

/**
 * The zone's offset from UTC over the wall-clock days `first` to `last` after `today` (and the day after, where a
 * span past midnight closes), if the clocks do not change in that time; undefined if they do. Two clock changes
 * are always weeks apart, so the same offset at both ends of these few days means the same all through.
 */
function steadyOffset(
  timeZone: string,
  today: WallClock,
  first: number,
  last: number,
): number | undefined {
  // Cards in a list share zones and days: each answer is kept, as `instantOf` keeps its own.
  const key = `${timeZone} ${today.year} ${today.month} ${today.day} ${first} ${last}`;
  if (steady.has(key)) return steady.get(key);
  const margin = 15 * 3_600_000; // more than any zone's offset from UTC
  const start = Date.UTC(today.year, today.month - 1, today.day + first) - margin;
  const end = Date.UTC(today.year, today.month - 1, today.day + last + 2) + margin;
  const offset = offsetAt(timeZone, start);
  const answer = offsetAt(timeZone, end) === offset ? offset : undefined;
  if (steady.size >= MAX_INSTANTS) steady.clear();
  steady.set(key, answer);
  return answer;
}

const steady = new Map<string, number | undefined>();

/**
 * Opening intervals from yesterday to `last` days ahead, as instants, sorted, with touching ones joined. Yesterday's
 * late spans can still be open; eight days ahead covers every next opening.
 */
function intervals(hours: Weekly, today: WallClock, last: number): [number, number][] {
  // Where the clocks do not change in these days (nearly always), a wall time is one offset from UTC.
  const steadyMs = steadyOffset(hours.timeZone, today, -1, last);
  const at = (y: number, m: number, d: number, minutes: number) =>
    steadyMs === undefined
      ? instantOf(hours.timeZone, y, m, d, minutes)
      : Date.UTC(y, m - 1, d, 0, minutes) - steadyMs;
  const found: [number, number][] = [];
  for (let offset = -1; offset <= last; offset += 1) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const day = DAYS[date.getUTCDay()];
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    for (const span of hours.spans) {
      if (!day || !span.days.includes(day)) continue;
      const open = minutesOf(span.open);
      let close = minutesOf(span.close);
      if (close <= open) close += 24 * 60;
      found.push([at(y, m, d, open), at(y, m, d, close)]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const interval of found) {
    const last = joined.at(-1);
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else joined.push([...interval]);
  }
  return joined;
}

/** Whether a service is open at `now`, and when it closes or next opens. */
export function hoursStatus(hours: Hours | undefined, now: Date): HoursStatus {
  if (!hours) return { state: 'unknown' };
  if (hours.type === 'always') return { state: 'always' };
  if (hours.type === 'online') return { state: 'online' };
  const t = now.getTime();
  const today = wallClockIn(hours.timeZone, t);
  // Most services open today or tomorrow: yesterday to tomorrow answers, unless the run open now, or the next
  // opening, reaches the day after tomorrow (where a later day's spans could join or come first).
  const dayAfter = new Date(Date.UTC(today.year, today.month - 1, today.day + 2));
  const boundary = instantOf(
    hours.timeZone,
    dayAfter.getUTCFullYear(),
    dayAfter.getUTCMonth() + 1,
    dayAfter.getUTCDate(),
    0,
  );
  return (
    statusIn(intervals(hours, today, 1), t, boundary) ??
    statusIn(intervals(hours, today, 8), t, Infinity)!
  );
}

/** The status the intervals give at `t`, if nothing at or after `boundary` could change it. */
function statusIn(list: [number, number][], t: number, boundary: number): HoursStatus | undefined {
  const current = list.find(([open, close]) => open <= t && t < close);
  if (current)
    return current[1] < boundary ? { state: 'open', closesAt: new Date(current[1]) } : undefined;
  // Every interval in the list starts before the boundary (on its own day), so a next opening found is the next.
  const next = list.find(([open]) => open > t);
  if (next) return { state: 'closed', opensAt: new Date(next[0]) };
  return boundary === Infinity ? { state: 'closed', opensAt: null } : undefined;
}
