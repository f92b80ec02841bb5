import type { Part } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { Translate } from '../i18n/strings.js';
import { hoursStatus, type HoursStatus } from '../manifest/hours.js';
import type { Hours } from '../manifest/schema.js';
import { clock } from './clock.js';
import { dateTimeFormat, TIME_ON_DAY, TIME_TODAY } from './format.js';
import { WhileUsed } from './while-used.js';

/** How often "Open now" and "Closed now" are brought up to date with the clock. */
export const TICK_MS = 60_000;

/** The page's one minute timer, running while any label is shown. */
const listeners = new WhileUsed<() => void>(() => {
  const timer = setInterval(tickHours, TICK_MS);
  return () => clearInterval(timer);
});

/**
 * Brings every shown open/closed label up to date with the clock, and nothing else: no element renders again.
 * The page's one timer calls it every minute while any label is shown; tests call it after moving the clock.
 */
export function tickHours(): void {
  for (const listener of [...listeners.users]) listener();
}

export function hoursText(t: Translate, locale: string, status: HoursStatus): string {
  switch (status.state) {
    case 'open':
      return t('hours.open', { time: formatTime(locale, status.closesAt, false) });
    case 'closed':
      return status.opensAt
        ? t('hours.closed', { time: formatTime(locale, status.opensAt, true) })
        : t('hours.closed.never');
    default:
      return t(`hours.${status.state}`);
  }
}

/** A time in the visitor's own time zone, with the weekday when it is not today. */
function formatTime(locale: string, date: Date, withDay: boolean): string {
  const sameDay = date.toDateString() === clock.now().toDateString();
  return dateTimeFormat(locale, withDay && !sameDay ? TIME_ON_DAY : TIME_TODAY).format(date);
}

/** Each service's status for the minute it was worked out in: it cannot change within a minute (hours are hh:mm). */
const statuses = new WeakMap<Hours, { minute: number; status: HoursStatus }>();

function statusNow(hours: Hours | undefined): HoursStatus {
  const now = clock.now();
  if (!hours) return hoursStatus(hours, now);
  const minute = Math.floor(now.getTime() / 60_000);
  const known = statuses.get(hours);
  if (known?.minute === minute) return known.status;
  const status = hoursStatus(hours, now);
  statuses.set(hours, { minute, status });
  return status;
}

type Args = [hours: Hours | undefined, t: Translate, locale: string];

/** The open/closed text of one service, kept up to date by the ticker on its own. */
class HoursLabelDirective extends AsyncDirective {
  #args: Args | undefined;
  #shown: string | undefined;
  #listening = false;

  render(hours: Hours | undefined, t: Translate, locale: string): string {
    return hoursText(t, locale, statusNow(hours));
  }

  override update(_part: Part, args: Args): string {
    this.#args = args;
    if (!this.#listening && this.isConnected) {
      listeners.add(this.#onTick);
      this.#listening = true;
    }
    this.#shown = this.render(...args);
    return this.#shown;
  }

  readonly #onTick = (): void => {
    if (!this.#args) return;
    const text = this.render(...this.#args);
    if (text === this.#shown) return;
    this.#shown = text;
    this.setValue(text);
  };

  protected override disconnected(): void {
    listeners.delete(this.#onTick);
    this.#listening = false;
  }

  protected override reconnected(): void {
    listeners.add(this.#onTick);
    this.#listening = true;
  }
}

/** The open/closed label of a service's hours: changes with the clock without its element rendering again. */
export const hoursLabel = directive(HoursLabelDirective);
