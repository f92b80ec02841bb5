/// <reference types="node" />
import { readFile, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../manifest/limits.js';
import { ManifestSizeError, moreIssues, parseManifestText, readLimited } from '../manifest/read.js';
import { defaultManifest } from '../manifest/default-manifest.js';
import { unknownHideIds } from '../manifest/merge.js';
import { parseManifest, type ManifestIssue } from '../manifest/schema.js';
import { builtInConflicts } from '../manifest/site-trust.js';

const USAGE = `usage: safety-panels validate [options] <file-or-url>
       safety-panels render <tag> [options]   (see safety-panels render --help)

Checks a safety-panels manifest and lists each problem with its path.

options:
  --timeout <seconds>  give up on a URL that has not answered in this time (default 5)
  --json               print the result as JSON on standard output
  --help               show this help
  --version            show the version

exit codes: 0 valid (warnings may be printed), 1 not valid or not readable, 2 usage error`;

const DEFAULT_TIMEOUT_S = 5;

interface Options {
  target: string;
  timeoutS: number;
  json: boolean;
}

/** What `--json` prints. */
interface JsonResult {
  file: string;
  valid: boolean;
  /** Set when the file could not be read or is not JSON. */
  error?: string;
  /** The first problems (at most 100), each with its path. */
  issues: ManifestIssue[];
  /** How many problems there are in all. */
  total: number;
  warnings: ManifestIssue[];
}

function parseArgs(args: string[]): Options | 'help' | 'version' | string {
  if (args.includes('--help') || args.includes('-h')) return 'help';
  if (args.includes('--version')) return 'version';
  const [command, ...rest] = args;
  if (command !== 'validate') return USAGE;
  let target: string | undefined;
  let timeoutS = DEFAULT_TIMEOUT_S;
  let json = false;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--timeout') {
      timeoutS = Number(rest[(i += 1)]);
      if (!(timeoutS > 0)) return '--timeout needs a number of seconds, like --timeout 10';
    } else if (arg.startsWith('-')) return `unknown option ${arg}\n\n${USAGE}`;
    else if (target) return `one file or URL at a time\n\n${USAGE}`;
    else target = arg;
  }
  return target ? { target, timeoutS, json } : USAGE;
}

async function read(target: string, timeoutS: number): Promise<string> {
  if (/^https?:\/\//i.test(target)) {
    const signal = AbortSignal.timeout(timeoutS * 1000);
    try {
      const response = await fetch(target, { signal });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      return await readLimited(response);
    } catch (error) {
      if (signal.aborted) throw new Error(`no answer within ${timeoutS} s (see --timeout)`);
      throw error;
    }
  }
  const { size } = await stat(target);
  if (size > MAX_FILE_BYTES) throw new ManifestSizeError(size, true);
  return readFile(target, 'utf8');
}

async function version(): Promise<string> {
  const pkg = JSON.parse(
    await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return pkg.version;
}

/** Checks a manifest and prints every problem with its path. Returns the process exit code. */
export async function main(
  args: string[],
  out = console.log,
  err = console.error,
): Promise<number> {
  const options = parseArgs(args);
  if (options === 'help') {
    out(USAGE);
    return 0;
  }
  if (options === 'version') {
    out(await version());
    return 0;
  }
  if (typeof options === 'string') {
    err(options);
    return 2;
  }
  const { target } = options;
  const report = (result: JsonResult): number => {
    if (options.json) {
      out(JSON.stringify(result, null, 2));
    } else {
      if (result.error) err(`${target}: ${result.error}`);
      for (const issue of result.issues) err(`${target}: ${issue.path}: ${issue.message}`);
      const more = moreIssues(result.issues.length, result.total);
      if (more) err(`${target}: ${more}`);
      for (const issue of result.warnings)
        err(`${target}: warning: ${issue.path}: ${issue.message}`);
      if (result.valid) out(`${target}: valid`);
      else if (result.total) err(`${target}: ${result.total.toLocaleString('en')} problem(s)`);
    }
    return result.valid ? 0 : 1;
  };
  let json: unknown;
  try {
    const text = await read(target, options.timeoutS);
    try {
      json = parseManifestText(text);
    } catch (error) {
      throw new Error(`is not valid JSON (${(error as Error).message})`);
    }
  } catch (error) {
    return report({
      file: target,
      valid: false,
      error: (error as Error).message,
      issues: [],
      total: 0,
      warnings: [],
    });
  }
  const result = parseManifest(json);
  // What the browser refuses against the built-in data (a built-in name over another number, a built-in
  // region's emergency numbers) is a problem here too.
  const conflicts = result.ok ? builtInConflicts(result.manifest, defaultManifest) : [];
  return report({
    file: target,
    valid: result.ok && !conflicts.length,
    issues: result.ok ? conflicts : result.issues,
    total: result.ok ? conflicts.length : result.total,
    warnings: result.ok
      ? [...result.warnings, ...unknownHideIds(result.manifest, defaultManifest)]
      : result.warnings,
  });
}
