/**
 * A resource's names and organisations as the namesake rule (site-trust.ts) compares them, and the built-in names
 * and organisations a site's resource may not hold inside its own. Pure: no DOM.
 */
import { countryOf } from './region-code.js';
import type { Resource, Text } from './schema-fields.js';
import { nameKey, nameWords } from './trust.js';

/** Every language's value of a text. */
export function textValues(text: Text | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

export type Field = 'name' | 'organisation';

/** A name or organisation as compared: its key, and where its words begin and end in it (see `nameWords`). */
export interface Folded {
  field: Field;
  key: string;
  starts: number[];
  ends: Set<number>;
}

function fold(field: Field, text: string): Folded {
  const words = nameWords(text);
  const starts: number[] = [];
  const ends = new Set<number>();
  let at = 0;
  for (const word of words) {
    starts.push(at);
    at += word.length;
    ends.add(at);
  }
  return { field, key: words.join(''), starts, ends };
}

/** Each resource's names and organisations, folded once: a site's list can be 10,000 long. */
const foldCache = new WeakMap<Resource, Folded[]>();

export function foldedOf(resource: Resource): Folded[] {
  let folded = foldCache.get(resource);
  if (!folded) {
    folded = [
      ...textValues(resource.name).map((text) => fold('name', text)),
      ...textValues(resource.organisation).map((text) => fold('organisation', text)),
    ];
    foldCache.set(resource, folded);
  }
  return folded;
}

/**
 * Where a built-in resource's name or organisation can be found inside a site's longer name or organisation:
 * its name and organisation keys of 8 letters or more ("CyberTipline" in "NCMEC CyberTipline"), the parts of its
 * organisation outside and inside brackets ("National Center for Missing & Exploited Children", and "NCMEC": an
 * abbreviation in brackets of 4 letters or more), each with the built-in entries it belongs to. Shorter keys
 * ("Shout", "Bris") are common words; they are compared only whole.
 */
interface Mark {
  key: string;
  entries: Resource[];
}

export interface Marks {
  /** Whole name keys and organisation keys, and the entries that have them. */
  organisations: Map<string, Resource[]>;
  /** Marks by their first three letters, to look up at each word of a site's text. */
  inside: Map<string, Mark[]>;
}

/** A word can begin a built-in name found inside a longer one when it has this many letters or more. */
const INSIDE_LENGTH = 8;
const ABBREVIATION_LENGTH = 4;
export const PREFIX = 3;

function organisationParts(text: string): { text: string; short: boolean }[] {
  const parts = [{ text, short: false }];
  const outside = text.replace(/\([^)]*\)/g, ' ').trim();
  if (outside !== text.trim()) parts.push({ text: outside, short: false });
  for (const [, inside = ''] of text.matchAll(/\(([^)]*)\)/g))
    parts.push({ text: inside, short: /^[\p{Lu}\p{N}&.\s-]+$/u.test(inside) });
  return parts;
}

const markIndexes = new WeakMap<readonly Resource[], Marks>();

export function marksOf(base: readonly Resource[]): Marks {
  let marks = markIndexes.get(base);
  if (marks) return marks;
  marks = { organisations: new Map(), inside: new Map() };
  const byKey = new Map<string, Mark>();
  const add = (key: string, entry: Resource, min: number) => {
    if (key.length < min) return;
    let mark = byKey.get(key);
    if (!mark) {
      mark = { key, entries: [] };
      byKey.set(key, mark);
      const prefix = key.slice(0, PREFIX);
      marks!.inside.set(prefix, [...(marks!.inside.get(prefix) ?? []), mark]);
    }
    if (!mark.entries.includes(entry)) mark.entries.push(entry);
  };
  for (const entry of base) {
    for (const text of foldedOf(entry))
      if (text.field === 'name') add(text.key, entry, INSIDE_LENGTH);
    for (const text of textValues(entry.organisation))
      for (const part of organisationParts(text)) {
        const key = nameKey(part.text);
        if (!key) continue;
        const list = marks.organisations.get(key) ?? [];
        if (!list.includes(entry)) marks.organisations.set(key, [...list, entry]);
        add(key, entry, part.short ? ABBREVIATION_LENGTH : INSIDE_LENGTH);
      }
  }
  markIndexes.set(base, marks);
  return marks;
}

/** Whether two lists of regions meet: one is everywhere (INTL), or they share a country. */
function regionsMeet(a: readonly string[], b: readonly string[]): boolean {
  if (a.includes('INTL') || b.includes('INTL')) return true;
  const countries = new Set(a.map(countryOf));
  return b.some((region) => countries.has(countryOf(region)));
}

/**
 * The built-in resources a site's resource names in its name or organisation, beyond a whole name (which
 * `namesakeProblem` looks up itself): a built-in organisation ("National Center for Missing & Exploited
 * Children"), or a built-in name or organisation inside its own as whole words ("NCMEC CyberTipline",
 * "CyberTipline (NCMEC)"). Only where the two serve the same place: "Samaritans of Boston" is not the
 * Samaritans of the UK and Ireland.
 */
export function namedInside(base: readonly Resource[], entry: Resource): Map<Resource, Field> {
  const marks = marksOf(base);
  const found = new Map<Resource, Field>();
  for (const text of foldedOf(entry)) {
    const take = (entries: readonly Resource[] | undefined) => {
      for (const built of entries ?? [])
        if (!found.has(built) && regionsMeet(built.regions, entry.regions))
          found.set(built, text.field);
    };
    take(marks.organisations.get(text.key));
    for (const start of text.starts)
      for (const mark of marks.inside.get(text.key.slice(start, start + PREFIX)) ?? [])
        if (text.key.startsWith(mark.key, start) && text.ends.has(start + mark.key.length))
          take(mark.entries);
  }
  return found;
}
