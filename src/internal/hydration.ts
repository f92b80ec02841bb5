import { isServer, LitElement } from 'lit';
import { define } from './define.js';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

let support: Promise<void> | undefined;

/**
 * Whether the page may hold an element of this tag that a server drew (a declarative shadow root, or the
 * `defer-hydration` mark). While the page is still being parsed (a classic script in the head) one may follow, so
 * the answer is yes. On a server (which draws them) there is nothing to take over.
 */
function drawnOnServer(tag: string): boolean {
  if (isServer) return false;
  if (document.readyState === 'loading') return true;
  return [...document.querySelectorAll(tag)].some(
    (element) => element.shadowRoot !== null || element.hasAttribute('defer-hydration'),
  );
}

/** Whether Lit's hydration support already patched this LitElement (it gives it `observedAttributes` of its own). */
function patched(): boolean {
  return Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes');
}

/**
 * Loads Lit's hydration support (`@lit-labs/ssr-client`) and applies it to this copy of LitElement, once. Loaded with
 * import() after lit, it cannot patch LitElement as it does when imported first, so it is called here.
 */
function loadSupport(): Promise<void> {
  support ??= import('@lit-labs/ssr-client/lit-element-hydrate-support.js').then(() => {
    const hydrate = (globalThis as { litElementHydrateSupport?: HydrateSupport })
      .litElementHydrateSupport;
    if (!patched()) hydrate?.({ LitElement });
  });
  return support;
}

/**
 * Registers an element that a server may have drawn. A page with no such element (most pages) registers it at once
 * and never downloads Lit's hydration support; a page with one registers it once the support is here, so that the
 * element takes over the drawn shadow root where it stands. An element drawn on a server and added after this (a
 * framework inserting server HTML later) is drawn again by the script rather than taken over.
 */
export function defineDrawn(tag: string, constructor: typeof LitElement): void {
  if (!drawnOnServer(tag)) define(tag, constructor);
  else void loadSupport().then(() => define(tag, constructor));
}
