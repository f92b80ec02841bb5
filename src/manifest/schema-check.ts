/**
 * Checking a parsed manifest: the limits, then the schema, each problem named by its path. Well-formed resources
 * take a fast path (resource-check.ts); any other goes through zod, which words every problem.
 */
import type * as z from 'zod/mini';
import { MAX_ISSUES, MAX_RESOURCES, checkLimits } from './limits.js';
import { isWellFormedResource } from './resource-check.js';
import { Resource } from './schema-fields.js';
import { Manifest, type SiteManifest } from './schema-sections.js';
import { indexPlatformNames, indexResourceNames, markSiteEntry } from './site-trust.js';
import { CHANNEL_TYPES } from './vocabulary.js';

export interface ManifestIssue {
  /** Where the problem is, like `resources[2].channels[0].url`. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(the whole file)';
}

export type ParseResult =
  | { ok: true; manifest: SiteManifest; warnings: ManifestIssue[] }
  | {
      ok: false;
      /** The first `MAX_ISSUES` problems. */
      issues: ManifestIssue[];
      /** How many problems there are in all: more than `issues.length` when some were left out. */
      total: number;
      warnings: ManifestIssue[];
    };

/** Keeps the first `MAX_ISSUES` problems and counts the rest. */
class IssueList {
  readonly issues: ManifestIssue[] = [];
  total = 0;

  add(path: readonly PropertyKey[], message: string): void {
    this.total += 1;
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path: formatPath(path), message });
  }

  /** zod's issues for the value at `prefix`, in words a person can act on. */
  addZod(prefix: readonly PropertyKey[], issues: readonly z.core.$ZodIssue[]): void {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          this.add([...path, key], 'is not a field the manifest knows (check its spelling)');
      } else if (issue.code === 'invalid_key') {
        // A key the record refuses (a safety word in `strings`): its own check says why.
        this.add(path, issue.issues[0]?.message ?? 'is not a key allowed here');
      } else if (issue.message !== 'Invalid input') {
        // The schema's own words ("must be 1", "must be E.164 like …").
        this.add(path, issue.message);
      } else if (
        issue.code === 'invalid_union' &&
        issue.errors.length > 0 &&
        issue.errors.every(isTypeOnly)
      ) {
        // Every branch wanted another type (a text: a string or an object by language): say so once.
        const wanted = issue.errors.map((branch) =>
          expected((branch[0] as z.core.$ZodIssueInvalidType).expected),
        );
        this.add(
          path,
          issue.input === undefined ? 'is required' : `must be ${wanted.join(' or ')}`,
        );
      } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
        // A union reports "invalid input"; its closest branch says what was actually wrong.
        // A branch of the value's own type says more than one that wanted another type.
        const typed = issue.errors.filter((branch) => !isTypeOnly(branch));
        const best = (typed.length ? typed : issue.errors).reduce((a, b) =>
          b.length < a.length ? b : a,
        );
        this.addZod(path, best);
      } else if (issue.code === 'invalid_union') {
        // No branch had this "type": say which ones there are.
        const types = path.includes('hours') ? ['always', 'online', 'weekly'] : CHANNEL_TYPES;
        this.add(path, `must be one of ${types.map((type) => `"${type}"`).join(', ')}`);
      } else if (issue.code === 'invalid_type') {
        // A JSON value is never undefined: no input means the field is missing.
        this.add(
          path,
          issue.input === undefined ? 'is required' : `must be ${expected(issue.expected)}`,
        );
      } else if (issue.code === 'invalid_value') {
        const values = issue.values.map((value) => JSON.stringify(value));
        this.add(path, `must be one of ${values.join(', ')}`);
      } else {
        this.add(path, issue.message);
      }
    }
  }
}

/** A union branch that failed only on the value's type, at the union's own place. */
function isTypeOnly(branch: readonly z.core.$ZodIssue[]): boolean {
  return branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0;
}

/** A type zod expected, in words: "a string", "a list". */
function expected(type: string): string {
  const words: Record<string, string> = {
    string: 'a string',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    record: 'an object',
  };
  return words[type] ?? type;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that were not errors but likely mistakes: a manifest without `"extends": "default"` stands alone, so
 * without its own guide or emergency numbers the elements show none.
 */
function warningsFor(manifest: Record<string, unknown>): ManifestIssue[] {
  if (manifest.extends !== undefined) return [];
  const hint = 'did you mean "extends": "default"?';
  const warnings: ManifestIssue[] = [];
  if (manifest.hide !== undefined)
    warnings.push({ path: 'hide', message: `only works with "extends": "default"; ${hint}` });
  const guide = manifest.guide;
  if (!isObject(guide) || !Array.isArray(guide.situations) || guide.situations.length === 0)
    warnings.push({
      path: 'guide',
      message: `this manifest stands alone and has no guide, so <report-help> has no steps; ${hint}`,
    });
  if (!Array.isArray(manifest.emergency) || manifest.emergency.length === 0)
    warnings.push({
      path: 'emergency',
      message: `this manifest stands alone and has no emergency numbers of its own (only the built-in ones, for the countries they cover); ${hint}`,
    });
  return warnings;
}

/** Resources checked by zod between two breaks, so a long list never holds the page's main thread for long. */
const CHUNK = 200;

/** Resources given the fast check between two breaks: they take a few microseconds each. */
const FAST_CHUNK = 1_000;

/**
 * The resources that pass the fast check (resource-check.ts): zod would accept each as it is, and the limits
 * walk would find nothing in it, so neither runs on them. Only for a list within the limit.
 */
function* wellFormed(resources: unknown): Generator<void, Set<object>, void> {
  const passed = new Set<object>();
  if (!Array.isArray(resources) || resources.length > MAX_RESOURCES) return passed;
  for (let index = 0; index < resources.length; index += 1) {
    if (index % FAST_CHUNK === FAST_CHUNK - 1) yield;
    const resource: unknown = resources[index];
    if (isWellFormedResource(resource)) passed.add(resource as object);
  }
  return passed;
}

/**
 * The check, as steps: it pauses (yields) after each chunk of resources or objects walked. `fromSite`: the value is
 * a site's manifest as the browser loads it; each of its resources is marked as the site's (`isSiteEntry`) on
 * the way, so no later pass over a long list is needed.
 */
function* checkSteps(value: unknown, fromSite = false): Generator<void, ParseResult, void> {
  const issues = new IssueList();
  const failed = (warnings: ManifestIssue[]): ParseResult => ({
    ok: false,
    issues: issues.issues,
    total: issues.total,
    warnings,
  });
  if (!isObject(value)) {
    issues.add([], 'must be a JSON object, like { "version": 1, "extends": "default" }');
    return failed([]);
  }
  const warnings = warningsFor(value);
  const passed = yield* wellFormed(value.resources);
  yield* checkLimits(value, (path, message) => issues.add(path, message), passed);
  if (issues.total) return failed(warnings);

  const { resources, ...rest } = value;
  // `reportInput`: an issue then carries the value, and one without is a missing field (see `IssueList.addZod`).
  const body = Manifest.safeParse(rest, { reportInput: true });
  if (!body.success) issues.addZod([], body.error.issues);
  const checked: Resource[] = [];
  if (resources !== undefined && !Array.isArray(resources)) {
    issues.add(['resources'], 'must be a list');
  } else if (resources) {
    const seen = new Set<string>();
    let parsed = 0;
    for (let index = 0; index < resources.length; index += 1) {
      const input: unknown = resources[index];
      let resource: Resource;
      if (passed.has(input as object)) {
        // zod's own output would be a copy equal to it.
        resource = input as Resource;
      } else {
        if (++parsed % CHUNK === 0) yield;
        const result = Resource.safeParse(input, { reportInput: true });
        if (!result.success) {
          issues.addZod(['resources', index], result.error.issues);
          continue;
        }
        resource = result.data;
      }
      if (seen.has(resource.id))
        issues.add(['resources', index, 'id'], `"${resource.id}" is used by another resource`);
      seen.add(resource.id);
      if (fromSite) markSiteEntry(resource);
      checked.push(resource);
    }
  }
  if (issues.total || !body.success) return failed(warnings);
  if (fromSite) body.data.platforms?.forEach(markSiteEntry);
  yield* indexResourceNames(checked, FAST_CHUNK);
  if (body.data.platforms) indexPlatformNames(body.data.platforms);
  const manifest: SiteManifest = resources ? { ...body.data, resources: checked } : body.data;
  return { ok: true, manifest, warnings };
}

/**
 * Checks a parsed JSON value against the limits and the schema, and names each problem by its path (the first
 * `MAX_ISSUES`, and how many in all). Resources are checked one at a time, so thousands of broken ones are
 * counted and listed, never a stack overflow.
 */
export function parseManifest(value: unknown): ParseResult {
  const steps = checkSteps(value);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A break that lets the page handle input (a quick exit) and is not slowed down in a background tab. */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * `parseManifest` for a site's manifest in the browser: with a break after each few hundred resources, for the
 * main thread, and its resources marked as the site's.
 */
export async function parseManifestInSteps(value: unknown): Promise<ParseResult> {
  const steps = checkSteps(value, true);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
