/**
 * The limits a site's manifest must keep, in one place: the schema, the loader, the validator and the docs
 * (docs/manifest.md, "Limits") all use these. They are far above what a real manifest needs and low enough that
 * a broken or hostile file cannot freeze the page.
 */

/** The largest file the loader and the validator read: 5 MB (checked before JSON.parse). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The most resources one manifest may list. */
export const MAX_RESOURCES = 20_000;

/** The most items in any other list (platforms, regions, topics, steps...) and keys in any object. */
export const MAX_ITEMS = 1_000;

/** The longest text a person reads (a description, an answer), in each language. */
export const MAX_TEXT = 2_000;

/** The longest name, title label, id or phone display. */
export const MAX_NAME = 200;

/** The longest link. */
export const MAX_URL = 2_048;

/** How many problems the loader and the validator list before "and N more". */
export const MAX_ISSUES = 100;

/** Fields whose strings (and the strings in their lists and language maps) have a limit other than `MAX_NAME`. */
const FIELD_LIMITS = new Map<string, number>(
  Object.entries({
    url: MAX_URL,
    sources: MAX_URL,
    reportLinks: MAX_URL,
    $schema: MAX_URL,
    description: MAX_TEXT,
    contact: MAX_TEXT,
    recognise: MAX_TEXT,
    keep: MAX_TEXT,
    never: MAX_TEXT,
    summary: MAX_TEXT,
    question: MAX_TEXT,
    answer: MAX_TEXT,
    title: MAX_TEXT,
    text: MAX_TEXT,
    why: MAX_TEXT,
    whatToDo: MAX_TEXT,
    steps: MAX_TEXT,
    category: MAX_TEXT,
    platformCategory: MAX_TEXT,
    strings: MAX_TEXT,
    id: MAX_NAME,
    name: MAX_NAME,
    label: MAX_NAME,
  }),
);

/**
 * The longest string allowed under a field, given the limit of the value that holds it: a field's own limit,
 * else the one it inherits (the strings in a list or language map keep their field's limit). Under a field that
 * set a limit of its own, a key keeps it: there the key is a language ("id" is Indonesian) or a string key,
 * which must not take the limit of a field of the same name.
 */
export function limitFor(key: string, inherited: number): number {
  if (inherited !== MAX_NAME) return inherited;
  // A Map, so a field named like an Object method ("constructor") gets the inherited limit, not a function.
  return FIELD_LIMITS.get(key) ?? inherited;
}

const count = (n: number): string => n.toLocaleString('en');

/** Where a value sits, as a chain to its parent: the path is only built for a value that breaks a limit. */
interface Place {
  parent: Place | undefined;
  key: PropertyKey;
}

function pathOf(place: Place | undefined): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at = place; at; at = at.parent) path.unshift(at.key);
  return path;
}

/** Lists and objects walked between two pauses of `checkLimits`. */
const WALK_CHUNK = 2_000;

/**
 * Every string, list and object of a parsed manifest against the limits, walked without recursion; `report`
 * gets the path and the problem of each one over. Run before the schema, so no pattern ever runs on a huge
 * string and no schema walks a list too long to check quickly. It pauses (yields) every few thousand objects.
 * Objects in `skip` are not walked: the fast check of a resource has already held each of its strings and lists
 * to these same limits.
 */
export function* checkLimits(
  root: object,
  report: (path: PropertyKey[], message: string) => void,
  skip?: ReadonlySet<object>,
): Generator<void, void, void> {
  // Three parallel stacks rather than one of tuples, and lists walked by index: a 10,000-resource manifest has
  // some 150,000 lists and objects, and allocating less for each is most of this walk's cost.
  const values: object[] = [root];
  const places: (Place | undefined)[] = [undefined];
  const limits: number[] = [MAX_NAME];
  let walked = 0;
  while (values.length) {
    if (++walked % WALK_CHUNK === 0) yield;
    const value = values.pop() as object;
    const place = places.pop();
    const inherited = limits.pop() as number;
    const first = values.length;
    if (Array.isArray(value)) {
      const list = value as unknown[];
      const max = place && !place.parent && place.key === 'resources' ? MAX_RESOURCES : MAX_ITEMS;
      if (list.length > max) {
        report(pathOf(place), `has ${count(list.length)} items; at most ${count(max)} are allowed`);
        continue;
      }
      for (let index = 0; index < list.length; index += 1) {
        const child = list[index];
        if (typeof child === 'string') {
          if (child.length > inherited)
            report(
              pathOf({ parent: place, key: index }),
              `is ${count(child.length)} characters long; at most ${count(inherited)} are allowed`,
            );
        } else if (typeof child === 'object' && child !== null && !skip?.has(child)) {
          values.push(child);
          places.push({ parent: place, key: index });
          limits.push(inherited);
        }
      }
    } else {
      const keys = Object.keys(value);
      const max = place && !place.parent && place.key === 'resources' ? MAX_RESOURCES : MAX_ITEMS;
      if (keys.length > max) {
        report(
          pathOf(place),
          `has ${count(keys.length)} fields; at most ${count(max)} are allowed`,
        );
        continue;
      }
      for (const key of keys) {
        if (key.length > MAX_NAME) {
          report(
            [...pathOf(place), `${key.slice(0, 20)}…`],
            `is a field name longer than ${count(MAX_NAME)} characters`,
          );
          continue;
        }
        const limit = limitFor(key, inherited);
        const child: unknown = (value as Record<string, unknown>)[key];
        if (typeof child === 'string') {
          if (child.length > limit)
            report(
              pathOf({ parent: place, key }),
              `is ${count(child.length)} characters long; at most ${count(limit)} are allowed`,
            );
        } else if (typeof child === 'object' && child !== null) {
          values.push(child);
          places.push({ parent: place, key });
          limits.push(limit);
        }
      }
    }
    // Reversed on the stacks, so problems are reported in the order they appear in the file.
    reverseFrom(values, first);
    reverseFrom(places, first);
    reverseFrom(limits, first);
  }
}

/** Reverses the end of a list, from `first` on, in place. */
function reverseFrom(list: unknown[], first: number): void {
  for (let a = first, b = list.length - 1; a < b; a += 1, b -= 1) {
    const swap = list[a];
    list[a] = list[b];
    list[b] = swap;
  }
}
