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

const collators = new Map<string, Intl.Collator>();

/** A cached `Intl.Collator`, to order names as a reader of this language looks for them. */
export function collatorOf(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return collator;
}

const warmed = new Set<string>();

/**
 * Builds the formatters a panel uses, when the page is next idle: call it while the panel waits for its data.
 * `locale` is the text's language; `formats` the page's regional form, for dates and times (en-GB's "23 Nov 2026")
 * and, in the cards, language names. The first Intl formatter on a page is slow (25–95 ms in Chromium here, as ICU
 * loads its data; each new date pattern a few ms more), and would otherwise be built inside the first render.
 */
export function warmFormatters(locale: string, formats = locale): void {
  const key = `${locale}\u0000${formats}`;
  if (warmed.has(key)) return;
  warmed.add(key);
  // At the latest 100 ms on: a page busy checking a long site manifest has no idle time before the list is due.
  const whenIdle =
    globalThis.requestIdleCallback ??
    ((run: () => void) => setTimeout(run, 0) as unknown as number);
  whenIdle(
    () => {
      // As they are used: the pickers name countries in `locale`, the cards name languages in `formats`.
      displayNamesOf(locale, 'region');
      displayNamesOf(formats, 'language');
      collatorOf(locale);
      for (const options of [CHECKED_DATE, TIME_TODAY, TIME_ON_DAY])
        dateTimeFormat(formats, options);
    },
    { timeout: 100 },
  );
}
