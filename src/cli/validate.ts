/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { parseManifest } from '../manifest/schema.js';

const USAGE = 'usage: safety-panels validate <file-or-url>';

async function read(target: string): Promise<string> {
  if (/^https?:\/\//.test(target)) {
    const response = await fetch(target);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return response.text();
  }
  return readFile(target, 'utf8');
}

/** Checks a manifest and prints every problem with its path. Returns the process exit code. */
export async function main(
  args: string[],
  out = console.log,
  err = console.error,
): Promise<number> {
  const [command, target] = args;
  if (command !== 'validate' || !target) {
    err(USAGE);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(await read(target));
  } catch (error) {
    err(`${target}: ${(error as Error).message}`);
    return 1;
  }
  const result = parseManifest(json);
  if (result.ok) {
    out(`${target}: valid`);
    return 0;
  }
  for (const issue of result.issues) err(`${target}: ${issue.path}: ${issue.message}`);
  err(`${target}: ${result.issues.length} problem(s)`);
  return 1;
}
