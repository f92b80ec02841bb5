/**
 * The names a site's entry may not take from the built-in data, as the namesake rule (site-trust.ts) finds them:
 * a built-in resource's or platform's name, given whole or inside a longer name or organisation, where that
 * entry serves the same place. Pure: no DOM.
 */
import { countryOf } from './region-code.js';
import type { Resource, Text } from './schema-fields.js';
import type { Platform } from './schema-sections.js';
import { nameWords } from './trust.js';

/** Every language's value of a text. */
export function textValues(text: Text | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

export type Field = 'name' | 'organisation';

/**
 * A name or organisation as compared: its key (its words run together, see `nameWords`), where its words begin
 * and end in it, and which of them begin with a capital.
 */
export interface Folded {
  field: Field;
  key: string;
  starts: number[];
  ends: Set<number>;
  capitals: Set<number>;
}

function fold(field: Field, text: string): Folded {
  const starts: number[] = [];
  const ends = new Set<number>();
  const capitals = new Set<number>();
  let key = '';
  for (const { word, capital } of nameWords(text)) {
    starts.push(key.length);
    if (capital) capitals.add(key.length);
    key += word;
    ends.add(key.length);
  }
  return { field, key, starts, ends, capitals };
}

/** Each entry's names and organisations, folded once: a site's list can be 10,000 long. */
const foldCache = new WeakMap<object, Folded[]>();

export function foldedOf(entry: Resource | Platform): Folded[] {
  let folded = foldCache.get(entry);
  if (!folded) {
    folded = [
      ...textValues(entry.name).map((text) => fold('name', text)),
      ...('organisation' in entry ? textValues(entry.organisation) : []).map((text) =>
        fold('organisation', text),
      ),
    ];
    foldCache.set(entry, folded);
  }
  return folded;
}

/**
 * What a site's entry may not hold of a built-in one: a key, whole; and inside a longer text from `inside`
 * letters. A mark of several words ("Take It Down", "Point de Contact") is found inside a longer text only
 * written with a capital: in small letters it is a phrase ("ask them to take it down"). A one-word mark
 * ("CyberTipline", "Childline") is found in any case.
 */
interface Mark {
  key: string;
  inside: number;
  capital: boolean;
}

function mark(text: string, inside: number): Mark {
  return { key: fold('name', text).key, inside, capital: /\S\s+\S/u.test(text.trim()) };
}

/**
 * A resource's marks: its names, inside a longer text from 8 letters (shorter ones, "Shout", "Bris", are common
 * words). Not its organisation: a ministry, the FBI or the NSPCC runs many real services the data does not list
 * (a police unit, a field office, a line for schools), which a site may add under that name with their own
 * numbers; the card says "Added by this website" and shows the number it dials.
 */
function resourceMarks(resource: Resource): Mark[] {
  return textValues(resource.name)
    .map((text) => mark(text, 8))
    .filter((made) => made.key);
}

/**
 * A platform's mark: its name, inside a longer one from 5 letters ("TikTok", "Roblox"; not "X" or "Kik"), and
 * only written with a capital: a platform's name is often a word ("threads", "telegram").
 */
function platformMarks(platform: Platform): Mark[] {
  return [{ ...mark(platform.name, 5), capital: true }].filter((made) => made.key);
}

/** Where an entry serves: a resource its regions; a platform everywhere. */
function regionsOf(entry: Resource | Platform): readonly string[] {
  return 'regions' in entry ? entry.regions : ['INTL'];
}

/** The marks of a built-in list: by key (whole), and by their first letters (inside). */
export interface Marks<T> {
  whole: Map<string, T[]>;
  inside: Map<string, { key: string; capital: boolean; entries: T[] }[]>;
}

/** The letters a mark inside a longer text is looked up by, at the start of each of its words. */
export const PREFIX = 3;

const markIndexes = new WeakMap<readonly object[], Marks<unknown>>();

export function marksOf<T extends Resource | Platform>(base: readonly T[]): Marks<T> {
  const cached = markIndexes.get(base) as Marks<T> | undefined;
  if (cached) return cached;
  const made: Marks<T> = { whole: new Map(), inside: new Map() };
  const inside = new Map<string, { key: string; capital: boolean; entries: T[] }>();
  for (const entry of base)
    for (const mark of 'regions' in entry ? resourceMarks(entry) : platformMarks(entry)) {
      const list = made.whole.get(mark.key) ?? [];
      if (!list.includes(entry)) made.whole.set(mark.key, [...list, entry]);
      if (mark.key.length < mark.inside) continue;
      let found = inside.get(mark.key);
      // One entry's "Cybertip.ca" in any case, another's "Cybertip ca" only with a capital: any case.
      if (found) found.capital &&= mark.capital;
      else {
        found = { key: mark.key, capital: mark.capital, entries: [] };
        inside.set(mark.key, found);
        const prefix = mark.key.slice(0, PREFIX);
        made.inside.set(prefix, [...(made.inside.get(prefix) ?? []), found]);
      }
      if (!found.entries.includes(entry)) found.entries.push(entry);
    }
  markIndexes.set(base, made);
  return made;
}

/** Whether two lists of regions meet: one is everywhere (INTL), or they share a country. */
function regionsMeet(a: readonly string[], b: readonly string[]): boolean {
  if (a.includes('INTL') || b.includes('INTL')) return true;
  const countries = new Set(a.map(countryOf));
  return b.some((region) => countries.has(countryOf(region)));
}

/** How a site's entry names a built-in one: in its name (else only in its organisation), and with a name whole. */
export interface Naming {
  inName: boolean;
  wholeName: boolean;
}

/**
 * The built-in entries a site's entry names, where the two serve the same place ("Samaritans of Boston" is not
 * the Samaritans of the UK and Ireland; a platform serves everywhere): a name or organisation that is, as a
 * look-alike reads it, a built-in one's name whole ("CyberTipline", "Cyber-Tipline"), or holds one inside as
 * whole words ("NCMEC CyberTipline", "CyberTipline (NCMEC)", "NCMECCyberTipline"; not "CyberTiplines", nor,
 * in small letters, a name of several words: "ask them to take it down").
 */
export function namedIn<T extends Resource | Platform>(
  base: readonly T[],
  entry: T,
): Map<T, Naming> {
  const marks = marksOf(base);
  const found = new Map<T, Naming>();
  const serves = regionsOf(entry);
  for (const text of foldedOf(entry)) {
    const take = (entries: readonly T[] | undefined, whole: boolean) => {
      for (const built of entries ?? []) {
        if (!regionsMeet(regionsOf(built), serves)) continue;
        const how = found.get(built) ?? { inName: false, wholeName: false };
        if (text.field === 'name') {
          how.inName = true;
          how.wholeName ||= whole;
        }
        found.set(built, how);
      }
    };
    take(marks.whole.get(text.key), true);
    for (const start of text.starts)
      for (const mark of marks.inside.get(text.key.slice(start, start + PREFIX)) ?? [])
        if (
          (!mark.capital || text.capitals.has(start)) &&
          text.key.startsWith(mark.key, start) &&
          text.ends.has(start + mark.key.length)
        )
          take(mark.entries, false);
  }
  return found;
}
