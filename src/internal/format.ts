/**
 * Intl formatters, built once per locale and options and kept: building one costs far more than using it, and a
 * long list would otherwise build several per card on every render.
 */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const displayNames = new Map<string, Intl.DisplayNames | null>();

/** A cached `Intl.DateTimeFormat`. */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
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
