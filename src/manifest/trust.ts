/**
 * What keeps a site's data from passing for the built-in data, without zod: the rules the schema, the fast check
 * (resource-check.ts), the merge and the validator share. A red-team pass found a site's manifest could show
 * "1-800-843-5678" and dial another number (a right-to-left override in its display), keep the CyberTipline's name
 * over another number, and make the emergency line say "Do not call 911".
 */

/**
 * Characters that change how text shows without showing themselves: the bidirectional controls (LRM, RLM, ALM,
 * the embeddings and overrides, the isolates) and the zero-width ones (space, word joiner, invisible operators,
 * byte-order mark, Mongolian vowel separator), and the blank letters that draw as nothing or a space (the Hangul
 * fillers, the blank Braille pattern). The zero-width joiner and non-joiner are not here: Persian, Hindi
 * and emoji need them in names, and a display or number with them fails the digits rule anyway.
 */
export const HIDDEN_CLASS =
  '\\u061C\\u115F\\u1160\\u180E\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\u2800\\u3164\\uFEFF\\uFFA0';

export const HIDDEN_CHARACTERS = new RegExp(`[${HIDDEN_CLASS}]`);

/** A string with none of the `HIDDEN_CHARACTERS` (as a pattern, so the JSON Schema says the same). */
export const NO_HIDDEN = new RegExp(`^[^${HIDDEN_CLASS}]*$`);

export const HIDDEN_MESSAGE =
  'must not contain invisible characters (right-to-left overrides, bidirectional marks or zero-width characters)';

/** Text with something to read: not only spaces (a name of only spaces is a card with no title). */
export const NOT_BLANK = /\S/;

export function hasNoHidden(value: string): boolean {
  return !HIDDEN_CHARACTERS.test(value);
}

/** The phone keypad's letters, for a display like "1-800-THE-LOST". */
const KEYPAD: Record<string, string> = {};
for (const [digit, letters] of Object.entries({
  2: 'ABC',
  3: 'DEF',
  4: 'GHI',
  5: 'JKL',
  6: 'MNO',
  7: 'PQRS',
  8: 'TUV',
  9: 'WXYZ',
}))
  for (const letter of letters) KEYPAD[letter] = digit;

/** A country calling code is at most 3 digits: a display may leave that many out of an E.164 number. */
const MAX_COUNTRY_CODE = 3;

/** Whether `digits` (what one part of a display dials) is the number itself, or it written nationally. */
function dialsNumber(digits: string, number: string): boolean {
  const full = number.replace(/\D/g, '');
  if (digits === full) return true;
  if (!number.startsWith('+')) return false;
  // "0800 1111" for +448001111, "800-448-3000" for +18004483000: the national number, maybe with its trunk 0.
  const national = digits.replace(/^0/, '');
  return national.length >= full.length - MAX_COUNTRY_CODE && full.endsWith(national);
}

/** Whether one part of a display dials `number`: its digits, letters read as on a keypad (see below). */
function partDials(written: string, number: string): boolean {
  // Any dash a CMS writes (a non-breaking hyphen keeps a number on one line) reads as a hyphen.
  const part = written.replace(/[\u2010-\u2015\u2212]/g, '-');
  if (/[^0-9A-Za-z\s.\-/+]/.test(part)) return false;
  // Letters stand for digits only as words of their own ("1-800-THE-LOST"): "1-8OO" reads as 1-800 and dials 866.
  if (/[0-9][A-Za-z]|[A-Za-z][0-9]/.test(part)) return false;
  const letters = /[A-Za-z]/.test(part);
  const digits = part.toUpperCase().replace(/[A-Z]/g, (letter) => KEYPAD[letter] ?? '');
  const dialled = digits.replace(/\D/g, '');
  if (!letters) return dialsNumber(dialled, number);
  for (let cut = 0; cut <= MAX_COUNTRY_CODE && cut < dialled.length; cut += 1)
    if (dialsNumber(dialled.slice(0, dialled.length - cut), number)) return true;
  return false;
}

/**
 * Whether a phone or text display shows the number it dials: the whole of it, brackets read as spacing ("(555)
 * 010-0123", the usual way to write a number in the US), or else each part of it ("1-800-843-5678
 * (1-800-THE-LOST)" has two), letters read as on a keypad (a word may run a few letters past the number, as
 * "0508 NETSAFE" does). A display "1-800-843-5678" over the number +19005550199 is refused.
 */
export function displayMatchesNumber(display: string, number: string): boolean {
  const parts = display.split(/[()]/).filter((part) => /[0-9A-Za-z]/.test(part));
  if (!parts.length) return false;
  // A service code (*4141, #8103) is shown as it is dialled: its * or # in its place, no national form.
  if (/^[*#]/.test(number)) return parts.every((part) => part.replace(/[\s.-]/g, '') === number);
  // "+44 (0)113 496 0004": the trunk 0 in brackets is not dialled from abroad.
  const whole = display.replace(/\(0\)/g, ' ').replace(/[()]/g, ' ');
  if (parts.length > 1 && partDials(whole, number)) return true;
  return parts.every((part) => partDials(part, number));
}

export const DISPLAY_MESSAGE =
  'must show the number it dials (its digits, or the number without its country code)';

/**
 * The host a link goes to, as the reader should see it: "report.cybertip.org" (a leading "www." left out). Only
 * for links the schema accepts (plain ASCII hosts, no user info).
 */
export function linkHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * The words that keep a person safe, which a site's `strings` cannot set in any language: the emergency line's
 * and the quick exit's; what the report guide says about the police and about danger ("If anyone is in danger,
 * call…"); and the mark on a site's own cards ("Added by this website"). In a language the elements carry, an
 * override could say "Do not call 911", "You are safe here" or "Official service"; in another, nothing can tell
 * "Ruf an" from "Ruf niemanden an" (the second red team made the exit say "Weiterlesen", read on), so there the
 * elements show their English words until they carry that language.
 */
export const PROTECTED_STRINGS =
  /^(?:emergency\.|exit\.|official\.police|support\.(?:none|now)|card\.site$)/;

/**
 * A phone number in a site's words: six digits or more in a run, spaced, dotted or hyphenated ("Call
 * 1-800-843-5678" on every call button, whatever it dials). Ages, years, laws and hours are shorter, or a range
 * with a dash ("13-17", "Ley 1620 de 2013", "8.00–15.30"). The elements write the numbers themselves, from the
 * data and its checked displays.
 */
export const NUMBER_IN_WORDS = /\p{Nd}(?:[\s.()\u2010\u2011-]*\p{Nd}){5}/u;

/** The words of the call, text and copy buttons, which say what is dialled: no digit at all ("Call 911"). */
export const BUTTON_WORDS = /^(?:channel\.|copy\.|copied$)/;

/** Why a site's string may not be used, or undefined when it may. */
export function stringProblem(key: string, value: string): string | undefined {
  if (PROTECTED_STRINGS.test(key)) return PROTECTED_MESSAGE;
  if (NUMBER_IN_WORDS.test(value) || (BUTTON_WORDS.test(key) && /\p{Nd}/u.test(value)))
    return NUMBER_MESSAGE;
  return undefined;
}

export const PROTECTED_MESSAGE =
  "is one of the elements' safety words (the emergency line, the quick exit, what to do about danger and the " +
  "police, and the mark on a site's own cards), which a site cannot change in any language (where the elements " +
  'do not carry the language, they show these words in English)';

export const NUMBER_MESSAGE =
  "must not hold a phone number (six digits or more; any digit in a button's words): the elements show " +
  'numbers themselves, from the data';

/**
 * An emergency number: a short code of 2 to 5 digits (112, 911, 000, 17, South Africa's 10111). Every emergency
 * number in the reference data is one; a full-length number in this place is more likely a spoof than a service.
 */
export const EMERGENCY_NUMBER = /^\d{2,5}$/;

/**
 * Letters of other scripts, and digits, that read as a Latin letter in a name: the simple fold of Unicode's
 * confusables for the letters of built-in names. "l", "I" and "1" all read as "i", "0" as "o"; a Greek lunate sigma
 * (unfolded to σ) as "c".
 */
const CONFUSABLE_FROM = 'авеіјкмнорстухѕһԁԛԝӏгαβεηικνορτυχıɡl10σϳꭺꮯꭼꮐꮋꭻꮶꮮꮇꮲꮪꭲꮤꮃꮓոսօհցʀɴ';
const CONFUSABLE_TO = 'abeijkmhopctyxshdqwirabenikvoptuxigiiocjaceghjkimpstwwznuohgrn';
const CONFUSABLES = new RegExp(`[${CONFUSABLE_FROM}]`, 'gu');

/** The copyright, sound-recording, service and trade marks, which a name may carry and a reader looks past. */
const MARKS = /[\u00A9\u00AE\u2117\u2120\u2122]/gu;

/** One word of a name as compared (see `nameWords`), and whether it is written with a capital (or no case). */
export interface NameWord {
  word: string;
  capital: boolean;
}

/**
 * A name's words as compared for a look-alike: compatibility forms unfolded (a full-width "Ｃ" is a "C"), "&" read
 * as "and", split at spaces, punctuation and joiners and where a capital follows a small letter ("NCMECCyber" is
 * "NCMEC Cyber"), then each word's accents and case dropped and the letters that read alike folded together.
 * A built-in name is found inside a longer one as whole words: "NCMEC CyberTipline" and "Cyber Tipline
 * (official)" hold the CyberTipline's words where "CyberTiplines" does not. "Cyber-Tipline", "CYBERTIPLINE",
 * "CyberTіpline" (a Cyrillic "і") and "CyberTipIine" all run together as "cybertipiine".
 */
export function nameWords(name: string): NameWord[] {
  const words: NameWord[] = [];
  const pieces = name
    .replace(MARKS, '')
    .replace(/&/g, ' and ')
    .normalize('NFKD')
    .replace(/(\p{Ll}\p{M}*)(?=\p{Lu})/gu, '$1 ')
    .replace(/(\p{Lu}\p{M}*)(?=\p{Lu}\p{M}*\p{Ll})/gu, '$1 ')
    .split(/[^\p{L}\p{N}\p{M}]+/u);
  for (const piece of pieces) {
    const word = piece
      .toLocaleLowerCase('en')
      .replace(/\p{M}/gu, '')
      .replace(CONFUSABLES, (letter) => CONFUSABLE_TO[CONFUSABLE_FROM.indexOf(letter)] ?? letter);
    if (word) words.push({ word, capital: !/^\p{Ll}/u.test(piece) });
  }
  return words;
}
