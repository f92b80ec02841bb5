/**
 * Intl formatters, built once per locale and options and kept: building one costs far more than using it, and a
 * long list would otherwise build several per card on every render.
 */

/** By options object (the constants below), then locale: no key to build per call. */
const dateTimeFormats = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();
const displayNames = new Map<string, Intl.DisplayNames | null>();

/** A cached `Intl.DateTimeFormat`, for options given as one of the constants below (or another kept object). */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let byLocale = dateTimeFormats.get(options);
  if (!byLocale) dateTimeFormats.set(options, (byLocale = new Map()));
  let format = byLocale.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    byLocale.set(locale, format);
  }
  return format;
}

/** A cached `Intl.DisplayNames`, or undefined where the browser has none for this locale. */
export function displayNamesOf(
  locale: string,
  type: Intl.DisplayNamesType,
): Intl.DisplayNames | undefined {
  const key = `${locale}\u0000${type}`;
  let names = displayNames.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type });
    } catch {
      names = null;
    }
    displayNames.set(key, names);
  }
  return names ?? undefined;
}

/** The date a service was checked ("Mar 3, 2026"), as written in the manifest: a calendar date, no zone shift. */
export const CHECKED_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
/** A time today, in the visitor's own zone ("9:00 PM"). */
export const TIME_TODAY: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
/** A time on another day ("Monday 9:00 AM"). */
export const TIME_ON_DAY: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  hour: 'numeric',
  minute: '2-digit',
};

const warmed = new Set<string>();

/**
 * Builds the formatters a list of services uses, when the page is next idle: call it while the panel waits for
 * its data. The first Intl formatter on a page is slow (25–95 ms in Chromium here, as ICU loads its data; each new
 * date pattern a few ms more), and would otherwise be built inside the first render of the list.
 */
export function warmFormatters(locale: string): void {
  if (warmed.has(locale)) return;
  warmed.add(locale);
  const whenIdle =
    globalThis.requestIdleCallback ??
    ((run: () => void) => setTimeout(run, 0) as unknown as number);
  whenIdle(() => {
    displayNamesOf(locale, 'region');
    displayNamesOf(locale, 'language');
    for (const options of [CHECKED_DATE, TIME_TODAY, TIME_ON_DAY]) dateTimeFormat(locale, options);
  });
}
