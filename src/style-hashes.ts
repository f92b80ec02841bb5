/// <reference types="node" />
/**
 * The Content-Security-Policy `style-src` hashes for the `<style>` elements of HTML that `renderElement` drew (each
 * element's styles, inside its declarative shadow root), so a page can allow exactly those styles without
 * `'unsafe-inline'`. A browser hashes the element's text as its HTML parser read it: `<style>` holds raw text, so
 * entities stay as written and nothing is trimmed; only line ends become `\n` (and a NUL becomes U+FFFD). The hash
 * is of that text as UTF-8, which is what the page must be served as (the script needs it too).
 */
import { createHash } from 'node:crypto';

/** The text of every `<style>` element in the HTML, as a browser's HTML parser reads it. */
export function styleTexts(html: string): string[] {
  // Raw text: it runs to the first `</style` followed by whitespace, `/` or `>`, whatever comes before.
  const pattern = /<style(?:[\s/][^>]*)?>([\s\S]*?)<\/style[\s/>]/gi;
  return [...html.matchAll(pattern)].map(([, text = '']) =>
    text.replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD'),
  );
}

/**
 * The `style-src` source expressions (`'sha256-…'`) that allow the `<style>` elements of the HTML, each once, in
 * the order first seen.
 */
export function styleHashes(html: string): string[] {
  const hashes = styleTexts(html).map(
    (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`,
  );
  return [...new Set(hashes)];
}
