export type Direction = 'ltr' | 'rtl';

/** Scripts written right to left (ISO 15924): an explicit script subtag decides, as in "ku-Arab" or "az-Arab". */
const RTL_SCRIPTS: ReadonlySet<string> = new Set([
  'adlm',
  'arab',
  'hebr',
  'mand',
  'nkoo',
  'rohg',
  'samr',
  'syrc',
  'thaa',
  'yezi',
]);

/**
 * Languages whose usual script runs right to left. Intl knows most of them, but not every engine has
 * `Intl.Locale` text info, and some that do answer "ltr" for Dhivehi.
 */
const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ji',
  'ks',
  'mzn',
  'nqo',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

interface TextInfoLocale {
  textInfo?: { direction?: string };
  getTextInfo?: () => { direction?: string };
}

/** What the engine's `Intl.Locale` says, where it says anything: `getTextInfo()` now, `textInfo` before. */
function intlDirection(tag: string): string | undefined {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & TextInfoLocale;
    return (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
  } catch {
    return undefined;
  }
}

const directions = new Map<string, Direction>();

/** The direction text in this language (a BCP 47 tag) is written in: "ar" → rtl, "en" → ltr, "ku-Arab" → rtl. */
export function directionOf(tag: string): Direction {
  // Asked for every marked text of every card: a page has few languages, each worked out once.
  let direction = directions.get(tag);
  if (!direction) {
    const [language = '', second = ''] = tag.toLowerCase().split(/[-_]/);
    if (/^[a-z]{4}$/.test(second)) direction = RTL_SCRIPTS.has(second) ? 'rtl' : 'ltr';
    else if (RTL_LANGUAGES.has(language)) direction = 'rtl';
    else direction = intlDirection(tag) === 'rtl' ? 'rtl' : 'ltr';
    directions.set(tag, direction);
  }
  return direction;
}
