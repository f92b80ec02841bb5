import { adoptStyles, css, isServer, type ReactiveController, type ReactiveElement } from 'lit';

/**
 * A panel drawn on a server (`safety-panels render`, the `renderElement` API) arrives as declarative shadow DOM and
 * works before, and without, the script: its links call, text and open. What needs the script (filters, copy
 * buttons, the report chooser, the Shift ×3 exit) is drawn too, so that nothing moves when the script takes over,
 * but hidden where scripts cannot run; what only a page without scripts needs (the plain guide, the exit link) is
 * hidden where they can. The `scripting` media feature tells the two apart before any script has run.
 */
export const prerenderStyles = css`
  @media (scripting: none) {
    .script-only {
      display: none !important;
    }
  }
  @media (scripting: enabled) {
    :host(:not([defer-hydration])) .no-script {
      display: none !important;
    }
    /* Drawn by a server and still not taken over after 8 s (the script failed or was blocked, or its data did not
       come): what a page without scripts shows (report-help's exit link and plain guide). Until then, the drawn
       panel as the script will take it over. */
    :host([defer-hydration]) .no-script {
      animation: sp-until-late 8s;
    }
  }
  /* The no-script view is shown only where no script runs: what in it needs one never shows (an animation would
     only start once the view is shown, 8 s after it). */
  .no-script .script-only {
    display: none !important;
  }
  @keyframes sp-until-late {
    from,
    to {
      display: none;
    }
  }
  /* Without scripts, the exit is a link in the room the panel keeps for the page's exit control. */
  .panel.with-exit {
    position: relative;
  }
  .panel.with-exit > .exit-link {
    position: absolute;
    inset-block-start: var(--sp-panel-padding, var(--_space));
    inset-inline-end: var(--sp-panel-padding, var(--_space));
    margin: 0;
  }
`;

/** The language asked for by the page around an element; on a server, the element's own `lang`. */
export function pageLanguage(host: HTMLElement): string | undefined {
  if (isServer) return host.getAttribute('lang') ?? undefined;
  return host.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
}

/** The browser's language (a server has none). */
export function browserLanguage(): string | undefined {
  return isServer ? undefined : navigator.language;
}

let instances = 0;

/** The prefix of the ids a server gave the shadow root (`sp1` of `sp1-heading`), to keep using them. */
function drawnUid(root: ShadowRoot): string | undefined {
  const named = root.querySelector('[id$="-heading"], [aria-labelledby$="-heading"]');
  const id = named?.id || named?.getAttribute('aria-labelledby') || '';
  return id.replace(/-heading$/, '') || undefined;
}

/**
 * For report-help, whose drawn chooser does nothing without its script: after the same 8 s, its controls hide too,
 * so that only the exit link and the plain guide stay. One animation on the host sets --sp-late for a style query,
 * rather than one on each control: any animation held a drawn panel's first frame, twenty-one (a copy button on
 * each card) by about 10 ms (npm run bench, 61 cold pages), so the list and the signs, whose links work without
 * the script, keep none. A browser without style queries on custom properties keeps the controls in this case.
 */
export const lateControlStyles = css`
  @media (scripting: enabled) {
    :host([defer-hydration]) {
      animation: sp-late 1ms 8s forwards;
    }
    @container style(--sp-late: 1) {
      .script-only {
        display: none !important;
      }
    }
  }
  @keyframes sp-late {
    to {
      --sp-late: 1;
    }
  }
`;

/**
 * Whether an element is drawn for a page without its script: on a server, and in the browser for the first update
 * over a shadow root a server drew, which must draw the same (Lit hydrates it: it binds the drawn nodes rather than
 * drawing them again, and fails if the template differs). The elements read `active` where the two renders would
 * otherwise differ: every service listed rather than the first five, the emergency line kept.
 *
 * A server marks the element `defer-hydration`; the browser takes over only once the built-in files the panel
 * shows (its country, its language, its sections) are here, so that the first update has the same data. If one
 * fails, the drawn panel stays as it is: working links are better than a notice in their place.
 */
export class Prerender implements ReactiveController {
  readonly #host: ReactiveElement;
  #connected = false;
  #hydrating = false;
  /** The element's shadow root came from a server. */
  fromServer = isServer;
  /** Unique per element on the page, for ids in the shadow root: the ones a server drew, where it did. */
  uid = `sp${++instances}`;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether this render must match what a server draws. */
  get active(): boolean {
    return isServer || this.#hydrating;
  }

  /**
   * Call from `connectedCallback`. `ready` says whether the data the panel shows is here (starting to load what
   * is not), and `failed` whether some of it could not be loaded; `subscribe` hears when more arrives.
   */
  connect(data: {
    ready: () => boolean;
    failed: () => boolean;
    subscribe: (listener: () => void) => () => void;
  }): void {
    if (this.#connected) return;
    const host = this.#host;
    if (
      !host.shadowRoot &&
      host.hasAttribute('defer-hydration') &&
      document.readyState === 'loading'
    ) {
      // Defined before the parser reached the element's children (a classic script in the head): look again then.
      document.addEventListener('DOMContentLoaded', () => this.connect(data), { once: true });
      return;
    }
    this.#connected = true;
    const root = host.shadowRoot;
    if (!root) {
      // Marked by a server but with nothing drawn (the HTML was cut): draw as usual.
      host.removeAttribute('defer-hydration');
      return;
    }
    this.fromServer = true;
    this.#hydrating = true;
    // A page whose style-src refuses the drawn <style> still gets the styles once the script runs.
    adoptStyles(root, (host.constructor as typeof ReactiveElement).elementStyles);
    this.uid = drawnUid(root) ?? this.uid;
    if (!host.hasAttribute('defer-hydration')) return;
    const check = (): void => {
      if (!data.ready()) return;
      stop();
      if (!data.failed()) host.removeAttribute('defer-hydration');
    };
    const stop = data.subscribe(check);
    check();
  }

  hostUpdated(): void {
    if (!this.#hydrating) return;
    this.#hydrating = false;
    // Now as the script draws it; what differs is only what a page without scripts needed (hidden here).
    this.#host.requestUpdate();
  }

  /**
   * After the first update over a server's shadow root failed (the HTML was drawn from other data, or edited):
   * clears it, keeping its styles, so the element draws afresh. False when there is nothing to recover from.
   */
  recover(error: unknown): boolean {
    const root = this.#host.shadowRoot as (ShadowRoot & { _$litPart$?: unknown }) | null;
    if (!this.#hydrating || !root || root._$litPart$ !== undefined) return false;
    console.warn(
      `safety-panels: <${this.#host.localName}> was drawn on the server from other data; drawn again.`,
      error,
    );
    for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
    return true;
  }
}
