import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { WhileUsed } from './while-used.js';
/**
 * Which colour scheme a panel uses. A panel sits inside someone else's page, so it follows that page, not the
 * operating system: light, unless the page declares dark (the root element's `color-scheme`, or else its
 * `<meta name="color-scheme">`). A page that declares both ("light dark") follows the system, as the browser
 * does for the page's own form controls. The element's `theme` attribute overrides: `light`, `dark`, or `auto`
 * (follow the system).
 */

export type Scheme = 'light' | 'dark';

/** The schemes a `color-scheme` value lists, ignoring `only` and unknown words. */
function listed(value: string | null | undefined): Scheme[] {
  return (value ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((word): word is Scheme => word === 'light' || word === 'dark');
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** What the host page asks for: the root's computed `color-scheme`, else the meta tag's content. */
export function hostScheme(doc: Document = document): Scheme {
  let schemes = listed(getComputedStyle(doc.documentElement).colorScheme);
  if (!schemes.length) {
    schemes = listed(doc.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content);
  }
  if (schemes.includes('dark') && schemes.includes('light'))
    return systemPrefersDark() ? 'dark' : 'light';
  return schemes[0] === 'dark' ? 'dark' : 'light';
}

/** The scheme for one element, from its `theme` attribute and the host page. */
export function schemeFor(theme: string | undefined): Scheme {
  switch (theme) {
    case 'light':
    case 'dark':
      return theme;
    case 'auto':
      return systemPrefersDark() ? 'dark' : 'light';
    default:
      return hostScheme();
  }
}

/**
 * One watcher per page: tells every element when the page's declared scheme or the system's preference may have
 * changed (a site's own dark-mode switch, or the phone going dark at sunset).
 */
export const schemeWatcher: WhileUsed<() => void> = new WhileUsed(() => {
  const notify = (): void => schemeWatcher.users.forEach((listener) => listener());
  const observer = new MutationObserver(notify);
  // Sites switch themes with a class, a data attribute or a style on <html>, or by editing the meta tag.
  observer.observe(document.documentElement, { attributes: true });
  observer.observe(document.head, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['content', 'name'],
  });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', notify);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', notify);
  };
});

/**
 * Keeps an element's `dark` custom state (read by the shared styles as `:host(:state(dark))`) in step with its
 * `theme` and the page, while it is on the page. `apply()` again when `theme` changes.
 */
export class SchemeController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & { readonly theme: string | undefined },
    private readonly states: CustomStateSet | undefined,
  ) {
    host.addController(this);
  }

  readonly apply = (): void => {
    if (!this.states || isServer) return;
    if (schemeFor(this.host.theme) === 'dark') this.states.add('dark');
    else this.states.delete('dark');
  };

  hostConnected(): void {
    schemeWatcher.add(this.apply);
    this.apply();
  }

  hostDisconnected(): void {
    schemeWatcher.delete(this.apply);
  }
}
