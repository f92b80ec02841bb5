import { isServer } from 'lit';

/**
 * One rule for every URL an element takes from an attribute (`manifest`, `report-url`, `report-href`, `exit-url`):
 * an absolute `https:` or `http:` URL, or a relative one resolved against the page. The browser's own URL parser
 * decides the scheme, so case, surrounding spaces and tabs or newlines inside the scheme ("Java\tScript:") cannot
 * slip a `javascript:`, `data:` or `vbscript:` link past it.
 */
const PAGE_SCHEMES = new Set(['https:', 'http:']);
/** On a server there is no page: a relative URL is checked against this and kept relative. */
const SERVER_BASE = 'https://server.invalid/';

/**
 * The URL to use for an attribute's value, resolved against the page; undefined (with a console warning that
 * names the element and the attribute) when the value is not an http(s) or relative URL. Empty is simply unset.
 */
export function pageUrl(
  value: string | null | undefined,
  where: { element: string; attribute: string },
): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(trimmed, isServer ? SERVER_BASE : document.baseURI);
  } catch {
    url = undefined;
  }
  if (url && PAGE_SCHEMES.has(url.protocol)) {
    // A server has no page: a relative address stays relative, for the page it is printed into.
    if (isServer) return url.href.startsWith(SERVER_BASE) ? trimmed : url.href;
    if (where.attribute !== 'exit-url' || !isSamePage(url.href, location.href)) return url.href;
    console.warn(
      `safety-panels: <${where.element}> exit-url was refused: "${trimmed}" is this same page (another ` +
        'query or #fragment still shows the help), so the exit would not leave. The default is used instead.',
    );
    return undefined;
  }
  console.warn(
    `safety-panels: <${where.element}> ${where.attribute} was refused: it must be an https: or http: link or a ` +
      'path on this site. The default is used instead.',
  );
  return undefined;
}

/**
 * Whether a quick exit to `target` would stay on the help page: the same origin and path. A `#fragment` does not
 * even load a new document; a new query does, but the server answers with the same help page, so both count. So
 * do the spellings of a path that many servers answer alike: percent-encoded letters (`%2D` for `-`), another
 * case, a trailing slash.
 */
export function isSamePage(target: string, page: string): boolean {
  const path = (url: URL): string => {
    let decoded = url.pathname;
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      // A stray "%": compare it as it is written.
    }
    return decoded.toLowerCase().replace(/\/+$/, '');
  };
  try {
    const [a, b] = [new URL(target), new URL(page)];
    return a.origin === b.origin && path(a) === path(b);
  } catch {
    return false;
  }
}
