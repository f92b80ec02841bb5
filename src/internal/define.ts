import { VERSION } from '../version.js';

/**
 * Registers an element unless this tag is already taken. A second copy of the same version (two script tags) is
 * harmless and says nothing; a different version, or another element, holding the tag is worth a warning: the page
 * gets that one's behaviour, not this one's.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const taken = customElements.get(tag) as
    (CustomElementConstructor & { version?: unknown }) | undefined;
  if (!taken) {
    customElements.define(tag, constructor);
    return;
  }
  if (taken !== constructor && taken.version !== VERSION) {
    const holder =
      typeof taken.version === 'string' ? `safety-panels ${taken.version}` : 'another element';
    console.warn(
      `safety-panels ${VERSION}: <${tag}> is already defined by ${holder}; that one is used.`,
    );
  }
}
