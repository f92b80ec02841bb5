/**
 * Reading a manifest file's text the same way in the browser loader and the command-line validator: at most
 * `MAX_FILE_BYTES` read (the rest is never downloaded), a leading UTF-8 byte-order mark dropped, then JSON.parse.
 */
import { MAX_FILE_BYTES } from './limits.js';

/** A manifest file larger than `MAX_FILE_BYTES`. */
export class ManifestSizeError extends Error {
  override readonly name = 'ManifestSizeError';
  constructor(bytes: number, exact: boolean) {
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
    super(`is ${exact ? '' : 'more than '}${mb(bytes)}; at most ${mb(MAX_FILE_BYTES)} is allowed`);
  }
}

/**
 * The body of a response as text, refused with a `ManifestSizeError` as soon as it passes the limit: first by
 * its Content-Length, then by the bytes actually received.
 */
export async function readLimited(response: Response, max = MAX_FILE_BYTES): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) {
    await response.body?.cancel().catch(() => undefined);
    throw new ManifestSizeError(declared, true);
  }
  if (!response.body) return manifestText(await response.text(), max);
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > max) {
      await reader.cancel().catch(() => undefined);
      throw new ManifestSizeError(received, false);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function manifestText(text: string, max: number): string {
  // Characters, not bytes: never more than the file's UTF-8 length, so a file within the limit passes.
  if (text.length > max) throw new ManifestSizeError(text.length, false);
  return text;
}

/** A manifest file's text as JSON. A leading byte-order mark is dropped, as a browser's `response.json()` does. */
export function parseManifestText(text: string, max = MAX_FILE_BYTES): unknown {
  const body = manifestText(text, max);
  return JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body) as unknown;
}

/** "and 1,234 more", for a list of problems cut at `MAX_ISSUES`; empty when none were left out. */
export function moreIssues(shown: number, total: number): string {
  return total > shown ? `and ${(total - shown).toLocaleString('en')} more` : '';
}
