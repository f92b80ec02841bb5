/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { parseManifestText } from '../manifest/read.js';
import { renderElement, styleHashes, TAGS, type AttributeValue, type PanelTag } from '../server.js';

const USAGE = `usage: safety-panels render <tag> [options] [--<attribute> <value>]...

Prints an element's HTML for a page, drawn as it shows (declarative shadow DOM): the help shows before the
script, and without it. Load the script as usual and the element takes over.

<tag>: ${TAGS.join(', ')}

options:
  --region <R>        the country (US) or INTL; say it: a server cannot guess where the reader is
  --lang <L>          the page's language (default en)
  --manifest <file>   a site's own manifest, checked, drawn with, and put inside the element
  --exit-url <URL>    where the quick exit goes (a plain link at the top when scripts are off)
  --csp               also print, to standard error, the style-src hash of the drawn <style> ('sha256-…'),
                      for a Content-Security-Policy without 'unsafe-inline'
  --<name> <value>    any other attribute, such as --audience teen or --situation sextortion;
  --<name>            alone: a boolean attribute, such as --compact
  --help              show this help

exit codes: 0 printed, 1 printed with the built-in help because the manifest is not valid, 2 usage error`;

interface Options {
  tag: PanelTag;
  attributes: Record<string, AttributeValue>;
  manifest: string | undefined;
  csp: boolean;
}

function parseArgs(args: string[]): Options | 'help' | string {
  if (args.includes('--help') || args.includes('-h')) return 'help';
  const [command, tag, ...rest] = args;
  if (command !== 'render' || !tag) return USAGE;
  if (!(TAGS as readonly string[]).includes(tag)) return `unknown element <${tag}>\n\n${USAGE}`;
  const attributes: Record<string, AttributeValue> = {};
  let manifest: string | undefined;
  let csp = false;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    const name = /^--([a-z][a-z0-9-]*)$/.exec(arg)?.[1];
    if (!name) return `unexpected ${arg}\n\n${USAGE}`;
    if (name === 'csp') {
      csp = true;
      continue;
    }
    const next = rest[i + 1];
    const value = next === undefined || next.startsWith('--') ? true : next;
    if (value !== true) i += 1;
    if (name === 'manifest') {
      if (value === true) return '--manifest needs a file';
      manifest = value;
    } else attributes[name] = value;
  }
  return { tag: tag as PanelTag, attributes, manifest, csp };
}

/** Prints an element's HTML. Returns the process exit code. */
export async function main(
  args: string[],
  out = (text: string) => process.stdout.write(`${text}\n`),
  err = console.error,
): Promise<number> {
  const options = parseArgs(args);
  if (options === 'help') {
    out(USAGE);
    return 0;
  }
  if (typeof options === 'string') {
    err(options);
    return 2;
  }
  let manifest: unknown;
  if (options.manifest) {
    try {
      manifest = parseManifestText(await readFile(options.manifest, 'utf8'));
    } catch (error) {
      err(`safety-panels: ${options.manifest}: ${(error as Error).message}`);
      return 1;
    }
  }
  let failed = false;
  const html = await renderElement(options.tag, options.attributes, {
    manifest,
    manifestName: options.manifest,
    onManifestError: () => (failed = true),
  });
  out(html);
  if (options.csp) err(styleHashes(html).join(' '));
  return failed ? 1 : 0;
}
