/**
 * A fast check of the common, well-formed resource, so a long site manifest is not held up by zod's general
 * parser (about 40 µs a resource; this takes a few). It answers only "certainly valid": whatever it is not sure
 * of (a problem, an unusual shape, a value from a script rather than JSON) goes to zod, which finds and words
 * every problem. It holds each string and list to the limits of limits.ts on the way, before any pattern runs,
 * so a resource it passes needs no limits walk either.
 *
 * It mirrors `Resource` in schema-fields.ts, rule by rule and with the same patterns; tests/resource-check.test.ts
 * feeds both the same varied and broken resources and fails on any resource this passes and zod refuses.
 */
import { MAX_ITEMS, MAX_NAME, limitFor } from './limits.js';
import {
  CLOCK,
  DIAL_NUMBER,
  SERVICE_CODE,
  EMAIL,
  ISO_DATE,
  KEBAB,
  LOCALE_TAG,
  REGION,
  SOURCE_DATE,
  isHttpsLink,
  isTimeZone,
  notLater,
} from './schema-fields.js';
import { NOT_BLANK, displayMatchesNumber, hasNoHidden } from './trust.js';
import { AGE_GROUPS, AUDIENCES, DAYS, KINDS } from './vocabulary.js';

type Plain = Record<string, unknown>;

const kinds = new Set<unknown>(KINDS);
const audiences = new Set<unknown>(AUDIENCES);
const ageGroups = new Set<unknown>(AGE_GROUPS);
const days = new Set<unknown>(DAYS);
const anonymous = new Set<unknown>(['yes', 'no', 'optional']);

/** An object as JSON.parse makes it; anything else (a class instance, a proxy's odd prototype) goes to zod. */
function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Every key of `value` is one of `known`, and none holds `undefined` (zod would see it; JSON never has it). */
function onlyKnown(value: Plain, known: ReadonlySet<string>): boolean {
  const keys = Object.keys(value);
  for (const key of keys) if (!known.has(key) || value[key] === undefined) return false;
  return true;
}

function string(value: unknown, limit: number, min = 0): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= limit;
}

function matches(value: unknown, limit: number, pattern: RegExp): value is string {
  return string(value, limit) && pattern.test(value);
}

function list(value: unknown, min = 0): value is unknown[] {
  return Array.isArray(value) && value.length >= min && value.length <= MAX_ITEMS;
}

/** Every item of a list is a string of `limit` that passes `test`. */
function strings(value: unknown, limit: number, min: number, test: (item: string) => boolean) {
  if (!list(value, min)) return false;
  for (let i = 0; i < value.length; i += 1) {
    const item = value[i];
    if (typeof item !== 'string' || item.length > limit || !test(item)) return false;
  }
  return true;
}

/**
 * A language map: at least `min` BCP 47 keys, each value a string that passes `test`, within the limit its key
 * gives (a key such as "url" has a limit of its own, as in the limits walk).
 */
function languageMap(
  value: unknown,
  limit: number,
  min: number,
  test: (item: string) => boolean,
): boolean {
  if (!isPlain(value)) return false;
  const keys = Object.keys(value);
  if (keys.length < min || keys.length > MAX_ITEMS) return false;
  for (const key of keys) {
    if (key.length > MAX_NAME || !LOCALE_TAG.test(key)) return false;
    const item = value[key];
    if (typeof item !== 'string' || item.length > limitFor(key, limit) || !test(item)) return false;
  }
  return true;
}

const visible = (item: string): boolean => NOT_BLANK.test(item) && hasNoHidden(item);

/** `Text` (and `Name`): a non-empty string, or a non-empty map of them by language, with no invisible characters. */
function text(value: unknown, limit: number): boolean {
  return typeof value === 'string'
    ? value.length <= limit && visible(value)
    : languageMap(value, limit, 1, visible);
}

/** `Link`: an https: link, or a non-empty map of them by language. */
function link(value: unknown, limit: number): boolean {
  return typeof value === 'string'
    ? value.length <= limit && isHttpsLink(value)
    : languageMap(value, limit, 1, isHttpsLink);
}

const spanKeys = new Set(['days', 'open', 'close']);
const weeklyKeys = new Set(['type', 'timeZone', 'spans']);

/** `Hours`, held to `limit` (the limit of its field). */
function hours(value: unknown, limit: number): boolean {
  if (!isPlain(value)) return false;
  if (value.type === 'always' || value.type === 'online') return Object.keys(value).length === 1;
  if (value.type !== 'weekly' || !onlyKnown(value, weeklyKeys)) return false;
  const zone = value.timeZone;
  if (!string(zone, limitFor('timeZone', limit)) || !isTimeZone(zone)) return false;
  const spans = value.spans;
  if (!list(spans, 1)) return false;
  const spanLimit = limitFor('spans', limit);
  for (let i = 0; i < spans.length; i += 1) {
    const span = spans[i];
    if (!isPlain(span) || !onlyKnown(span, spanKeys)) return false;
    if (!strings(span.days, limitFor('days', spanLimit), 1, (day) => days.has(day))) return false;
    if (!matches(span.open, limitFor('open', spanLimit), CLOCK)) return false;
    if (!matches(span.close, limitFor('close', spanLimit), CLOCK)) return false;
  }
  return true;
}

const channelKeys = new Map<unknown, ReadonlySet<string>>([
  ['phone', new Set(['type', 'display', 'number', 'tty', 'hours', 'label'])],
  ['text', new Set(['type', 'display', 'number', 'body', 'hours', 'label'])],
  ['chat', new Set(['type', 'url', 'hours', 'label'])],
  ['web', new Set(['type', 'url', 'hours', 'label'])],
  ['email', new Set(['type', 'address', 'hours', 'label'])],
]);

/** `Channel`: one of the five types, with its own fields and the common `hours` and `label`. */
function channel(value: unknown, limit: number): boolean {
  if (!isPlain(value)) return false;
  const known = channelKeys.get(value.type);
  if (!known || !onlyKnown(value, known)) return false;
  if (value.hours !== undefined && !hours(value.hours, limitFor('hours', limit))) return false;
  if (value.label !== undefined && !text(value.label, limitFor('label', limit))) return false;
  switch (value.type) {
    case 'phone':
    case 'text': {
      if (!string(value.display, limitFor('display', limit), 1) || !hasNoHidden(value.display))
        return false;
      // A service code (*4141, #8103) only to call: a text goes to a number.
      const code = value.type === 'phone' && SERVICE_CODE.test(String(value.number));
      if (!matches(value.number, limitFor('number', limit), code ? SERVICE_CODE : DIAL_NUMBER))
        return false;
      if (!displayMatchesNumber(value.display, value.number)) return false;
      if (value.type === 'phone') return value.tty === undefined || typeof value.tty === 'boolean';
      const body = value.body;
      const bodyLimit = limitFor('body', limit);
      return (
        body === undefined ||
        (typeof body === 'string'
          ? body.length <= bodyLimit && hasNoHidden(body)
          : languageMap(body, bodyLimit, 0, hasNoHidden))
      );
    }
    case 'email':
      return matches(value.address, limitFor('address', limit), EMAIL);
    default:
      return link(value.url, limitFor('url', limit));
  }
}

const sourceKeys = new Set(['url', 'date']);

/** `Source`: an https: link, or one with the date of its page. */
function source(value: unknown, limit: number): boolean {
  if (typeof value === 'string') return value.length <= limit && isHttpsLink(value);
  if (!isPlain(value) || !onlyKnown(value, sourceKeys)) return false;
  const url = value.url;
  if (typeof url !== 'string' || url.length > limitFor('url', limit) || !isHttpsLink(url))
    return false;
  return value.date === undefined || matches(value.date, limitFor('date', limit), SOURCE_DATE);
}

const resourceKeys = new Set([
  'id',
  'kind',
  'name',
  'organisation',
  'description',
  'regions',
  'audiences',
  'ages',
  'topics',
  'channels',
  'hours',
  'anonymous',
  'confidential',
  'finder',
  'group',
  'languages',
  'contact',
  'sources',
  'verified',
]);

/** A list of strings in field `key` of a resource, held to that field's limit. */
function field(r: Plain, key: string, min: number, test: (item: string) => boolean): boolean {
  return strings(r[key], limitFor(key, MAX_NAME), min, test);
}

/**
 * Whether zod's `Resource` certainly accepts `value` as it is, and the limits walk would find nothing in it.
 * `false` means "not sure": check it with zod. (A resource inherits `MAX_NAME` from the manifest's root: its
 * list, "resources", has no limit of its own.)
 */
export function isWellFormedResource(value: unknown): boolean {
  if (!isPlain(value) || !onlyKnown(value, resourceKeys)) return false;
  const r = value;
  const limit = (key: string): number => limitFor(key, MAX_NAME);
  if (!matches(r.id, limit('id'), KEBAB) || !kinds.has(r.kind)) return false;
  if (!text(r.name, limit('name')) || !text(r.description, limit('description'))) return false;
  if (r.organisation !== undefined && !text(r.organisation, limit('organisation'))) return false;
  if (r.contact !== undefined && !text(r.contact, limit('contact'))) return false;
  if (!field(r, 'regions', 1, (region) => REGION.test(region))) return false;
  if (!field(r, 'audiences', 1, (audience) => audiences.has(audience))) return false;
  if (r.ages !== undefined && !field(r, 'ages', 0, (age) => ageGroups.has(age))) return false;
  if (!field(r, 'topics', 0, (topic) => KEBAB.test(topic))) return false;
  if (r.languages !== undefined && !field(r, 'languages', 0, (tag) => LOCALE_TAG.test(tag)))
    return false;
  if (r.group !== undefined && !matches(r.group, limit('group'), KEBAB)) return false;
  if (r.anonymous !== undefined && !anonymous.has(r.anonymous)) return false;
  if (r.confidential !== undefined && typeof r.confidential !== 'boolean') return false;
  if (r.finder !== undefined && typeof r.finder !== 'boolean') return false;
  if (r.verified !== undefined && !matches(r.verified, limit('verified'), ISO_DATE)) return false;
  if (r.verified !== undefined && !notLater(r.verified as string)) return false;
  if (r.hours !== undefined && !hours(r.hours, limit('hours'))) return false;
  const channels = r.channels;
  if (!list(channels, 1)) return false;
  for (let i = 0; i < channels.length; i += 1)
    if (!channel(channels[i], limit('channels'))) return false;
  if (r.sources !== undefined) {
    const sources = r.sources;
    if (!list(sources)) return false;
    for (let i = 0; i < sources.length; i += 1)
      if (!source(sources[i], limit('sources'))) return false;
  }
  return true;
}
