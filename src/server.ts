/**
 * Drawing the elements on a server (Node), for a page that shows the help before, and without, the script:
 * `renderElement('hotline-list', { region: 'US', lang: 'en' })` gives the element's HTML with its shadow root as
 * declarative shadow DOM. The page then loads the script as usual and the element takes over where it stands
 * (Lit's hydration, which the script-tag bundles include). `safety-panels render` prints the same.
 *
 * The built-in data is all here at once (src/data/source.ts), so the render needs no download; a site's own
 * manifest is passed in as parsed JSON, checked as a browser checks it, and travels inside the element as an
 * inline manifest (`<script type="application/json">`). `styleHashes(html)` gives the Content-Security-Policy
 * `style-src` hashes (`'sha256-…'`) that allow the drawn `<style>` without `'unsafe-inline'`.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import './define-elements.js';
import type { SafetyPanelElement } from './internal/base.js';
import type { SiteResult } from './manifest/load.js';
import { fetchSiteManifest } from './manifest/site.js';

export { styleHashes } from './style-hashes.js';

/** The elements that can be drawn on a server. */
export const TAGS = ['hotline-list', 'report-help', 'warning-signs'] as const;
export type PanelTag = (typeof TAGS)[number];

/** An attribute's value: a string, or true for a boolean attribute present (false or undefined: left out). */
export type AttributeValue = string | boolean | undefined;

export interface RenderOptions {
  /**
   * A site's own manifest as parsed JSON (what a `manifest` file holds). Checked like a fetched one: when it
   * fails, the built-in help is drawn with the notice that says so, and `onManifestError` hears why.
   */
  manifest?: unknown;
  /** The manifest's name in messages, such as its file name. Default "the inline manifest". */
  manifestName?: string;
  onManifestError?: (error: Error) => void;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The attributes as HTML, in the order given; `lang` first (default `en`): the text must be in the page's language. */
function attributeText(attributes: Readonly<Record<string, AttributeValue>>): string {
  const all: Record<string, AttributeValue> = { lang: 'en', ...attributes };
  return Object.entries(all)
    .flatMap(([name, value]) => {
      if (!ATTRIBUTE_NAME.test(name))
        throw new TypeError(`safety-panels: "${name}" is not an attribute name`);
      if (value === undefined || value === false || name === 'defer-hydration') return [];
      return [value === true ? name : `${name}="${escapeAttribute(value)}"`];
    })
    .join(' ');
}

/** The site's manifest for the element being drawn now (the renderer makes the element itself). */
let siteForRender: SiteResult | undefined;
LitElementRenderer.renderOptions.push((element) => {
  if (siteForRender) (element as SafetyPanelElement).useSiteManifest(siteForRender);
  return undefined;
});

/** A manifest given as JSON, checked exactly as a downloaded one is. */
async function checkManifest(manifest: unknown, name: string): Promise<SiteResult> {
  const text = JSON.stringify(manifest);
  return fetchSiteManifest(name, {
    fetch: () =>
      Promise.resolve(new Response(text, { headers: { 'content-type': 'application/json' } })),
    timeoutMs: 60_000,
  });
}

/** The manifest as an inline `<script type="application/json">`, which no `</script>` inside it can end. */
function inlineManifest(manifest: unknown): string {
  const json = JSON.stringify(manifest)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
  return `<script type="application/json">${json}</script>`;
}

/**
 * One element's HTML for a page: the element with its attributes (and `defer-hydration`, which the script
 * removes once the built-in files the panel shows have arrived), its shadow root drawn as declarative shadow DOM
 * with its styles inside, and a site's manifest inline when one is given.
 */
export async function renderElement(
  tag: PanelTag,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  options: RenderOptions = {},
): Promise<string> {
  if (!(TAGS as readonly string[]).includes(tag))
    throw new TypeError(`safety-panels: <${tag}> is not one of ${TAGS.join(', ')}`);
  const site =
    options.manifest === undefined
      ? undefined
      : await checkManifest(options.manifest, options.manifestName ?? 'the inline manifest');
  if (site?.error) options.onManifestError?.(site.error);
  const open = unsafeStatic(`${tag} ${attributeText(attributes)} defer-hydration`);
  siteForRender = site;
  let drawn: string;
  try {
    drawn = collectResultSync(render(staticHtml`<${open}></${unsafeStatic(tag)}>`));
  } finally {
    siteForRender = undefined;
  }
  // Lit's markers around the outer template are for a client that hydrates the whole page; this is one element.
  // Lit's server writes a `.checked=${false}` binding as `checked="false"`, which HTML reads as checked: an unticked
  // box or radio has no attribute (text never holds a raw `"`, so only markup matches).
  const element = drawn
    .replace(/^<!--lit-part[^>]*-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<([a-z-]+)\s+/, '<$1 ')
    .replace(/ checked="(?:false|undefined|null)"/g, '');
  if (options.manifest === undefined) return element;
  return element.replace(new RegExp(`</${tag}>$`), `${inlineManifest(options.manifest)}</${tag}>`);
}
