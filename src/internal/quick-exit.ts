/**
 * The quick exit, shared by every element on the page, after GOV.UK's "Exit this page": a button, or Shift
 * pressed three times (each within 5 s of the last; any other key starts again), hides the page at once, wipes
 * what people typed, and replaces the page with a neutral one, without adding a history entry. There is one
 * keyboard listener per page however many elements there are, added with the first and removed with the last,
 * and one exit control per page: `<sp-quick-exit>`, fixed at the top of the viewport while any element that
 * offers the exit is on screen. A modal dialog makes the rest of the page inert, so the report-help dialog draws
 * its own exit in its header ("own").
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createPageExit,
  IDLE,
  type ExitLabels,
  type ExitState,
  type PageExitElement,
} from './exit-control.js';
import { inDocumentOrder } from './document-order.js';
import { WhileUsed } from './while-used.js';
import { coverPage, leave, uncoverPage } from './exit-cover.js';

export type { ExitLabels, ExitState } from './exit-control.js';

/** Something holding what a person typed or ticked, to forget on exit or when the page is left. */
export interface Wipeable {
  /** Forgets everything the person typed or ticked. */
  wipe(): void;
}

/**
 * How an element offers the exit: `page`, by the page's one exit while the element is on screen; `own`, by a
 * control it draws itself (an open modal dialog, which hides the page's); `none`.
 */
export type ExitMode = 'page' | 'own' | 'none';

/** An element that may offer the quick exit. */
export interface ExitHost extends Wipeable, Element {
  readonly exitMode: ExitMode;
  /** Where to go: an http(s) URL, already checked. */
  readonly exitHref: string;
  /** The exit's words in this element's language. */
  exitLabels(): ExitLabels;
  /** Says that the person is leaving (the `sp-exit` event); called after the page is hidden. */
  announceLeaving(): void;
}

function isExitHost(host: Wipeable): host is ExitHost {
  return 'exitMode' in host;
}

export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/**
 * While the page's exit shows, the page keeps room under it when the browser scrolls a control into view: Shift+Tab
 * brings a control to the top edge, where the fixed button would hide most of it. In `:where()`, so any
 * scroll-padding of the page's own wins. A constructed sheet, not a style attribute: a strict CSP allows it.
 */
let roomSheet: CSSStyleSheet | undefined;

function keepRoomUnderExit(on: boolean): void {
  if (!roomSheet) {
    roomSheet = new CSSStyleSheet();
    roomSheet.replaceSync(':where(html) { scroll-padding-block-start: 4rem; }');
  }
  const sheets = document.adoptedStyleSheets;
  const has = sheets.includes(roomSheet);
  if (on && !has) document.adoptedStyleSheets = [...sheets, roomSheet];
  else if (!on && has) document.adoptedStyleSheets = sheets.filter((sheet) => sheet !== roomSheet);
}

/**
 * Seams for tests: where leaving goes, how long a Shift press waits for the next, and how long a page that is
 * still here after leaving waits before it leaves for the built-in exit page instead.
 */
export const quickExitConfig = {
  navigate: leave,
  timeoutMs: 5000,
  stayedMs: 3000,
};

class QuickExit {
  /** The hosts (those that may offer the exit, and those that only need wiping); while any, the page's listeners. */
  readonly #hosts = new WhileUsed<Wipeable>(() => {
    document.addEventListener('keydown', this.#onKeyDown, true);
    window.addEventListener('pageshow', this.#onPageShow);
    window.addEventListener('pagehide', this.#onPageHide);
    return () => {
      document.removeEventListener('keydown', this.#onKeyDown, true);
      window.removeEventListener('pageshow', this.#onPageShow);
      window.removeEventListener('pagehide', this.#onPageHide);
      this.#reset();
    };
  });
  readonly #listeners = new Set<(state: ExitState) => void>();
  /** Elements in `page` mode, watched; and those of them now on screen. */
  readonly #watched = new Set<ExitHost>();
  readonly #onScreen = new Set<ExitHost>();
  #observer: IntersectionObserver | undefined;
  #bar: PageExitElement | undefined;
  #state: ExitState = IDLE;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #previousVisibility = '';
  #stayed: ReturnType<typeof setTimeout> | undefined;

  /** Adds a host (one that may offer the exit, or one that only needs wiping); the first adds the page's listeners. */
  register(host: Wipeable): void {
    this.#hosts.add(host);
    this.refresh();
  }

  /** Removes a host; the last one removes the page's listeners. */
  unregister(host: Wipeable): void {
    this.#hosts.delete(host);
    this.refresh();
  }

  /** How many page listeners are in place: 1 while any host is registered (for tests). */
  get listening(): number {
    return this.#hosts.users.size > 0 ? 1 : 0;
  }

  /** The Shift count, as the lights show it. */
  get state(): ExitState {
    return this.#state;
  }

  /** Calls `listener` with each new Shift count (for an element that draws its own exit). */
  subscribe(listener: (state: ExitState) => void): void {
    this.#listeners.add(listener);
  }

  unsubscribe(listener: (state: ExitState) => void): void {
    this.#listeners.delete(listener);
  }

  /** Looks again at which hosts offer the exit and how: hosts call this after each update. */
  refresh(): void {
    const pageHosts = this.#exitHosts().filter((host) => host.exitMode === 'page');
    for (const host of this.#watched) {
      if (!pageHosts.includes(host)) {
        this.#watched.delete(host);
        this.#onScreen.delete(host);
        this.#observer?.unobserve(host);
      }
    }
    for (const host of pageHosts) {
      if (this.#watched.has(host)) continue;
      this.#observer ??= new IntersectionObserver(this.#onIntersect);
      this.#watched.add(host);
      this.#observer.observe(host);
    }
    this.#drawBar();
  }

  /** Hides the page now, says so, wipes every host, and leaves for the host's exit page without a new history entry. */
  exit(from: ExitHost): void {
    const root = document.documentElement;
    if (root.style.visibility !== 'hidden') this.#previousVisibility = root.style.visibility;
    root.style.visibility = 'hidden';
    coverPage();
    this.#reset();
    const href = from.exitHref;
    // Nothing a listener or a host does may stop the leaving.
    try {
      from.announceLeaving();
    } catch (error) {
      console.error(error);
    }
    for (const host of this.#hosts.users) {
      try {
        host.wipe();
      } catch (error) {
        console.error(error);
      }
    }
    const navigate = quickExitConfig.navigate;
    navigate(href);
    // An exit page that answers 204 or starts a download never arrives, and the covered help stays in the tab:
    // then the built-in exit page (a blank one, if the built-in is what did not arrive).
    clearTimeout(this.#stayed);
    this.#stayed = setTimeout(
      () => navigate(href === DEFAULT_EXIT_URL ? 'about:blank' : DEFAULT_EXIT_URL),
      quickExitConfig.stayedMs,
    );
  }

  /** Undoes the hiding (the page came back from the back-forward cache). */
  restore(): void {
    clearTimeout(this.#stayed);
    uncoverPage();
    const root = document.documentElement;
    if (root.style.visibility === 'hidden') {
      root.style.visibility = this.#previousVisibility;
      if (!root.getAttribute('style')) root.removeAttribute('style');
    }
    this.#reset();
    this.#setState(IDLE);
  }

  #exitHosts(): ExitHost[] {
    return [...this.#hosts.users]
      .filter((host): host is ExitHost => isExitHost(host) && host.isConnected)
      .sort(inDocumentOrder);
  }

  /** The element an exit now leaves from: an open dialog's, else the first on screen, else the first. */
  #target(): ExitHost | undefined {
    const hosts = this.#exitHosts().filter((host) => host.exitMode !== 'none');
    return (
      hosts.find((host) => host.exitMode === 'own') ??
      hosts.find((host) => this.#onScreen.has(host)) ??
      hosts[0]
    );
  }

  /** Shows the page's exit while a `page` host is on screen and no dialog draws its own; removes it with the last host. */
  #drawBar(): void {
    if (this.#watched.size === 0) {
      this.#bar?.remove();
      this.#bar = undefined;
      keepRoomUnderExit(false);
      return;
    }
    const hosts = this.#exitHosts();
    const shownFor = hosts.some((host) => host.exitMode === 'own')
      ? undefined
      : hosts.find((host) => this.#onScreen.has(host));
    this.#bar ??= createPageExit();
    const bar = this.#bar;
    bar.hidden = !shownFor;
    if (shownFor) {
      bar.labels = shownFor.exitLabels();
      bar.onExit = () => this.exit(shownFor);
    }
    bar.state = this.#state;
    keepRoomUnderExit(!bar.hidden);
    // First in the page, so the first Tab reaches it, wherever the panels are; drawn at the top, where it shows.
    if (!bar.isConnected) document.body.prepend(bar);
  }

  #onIntersect = (entries: IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      const host = entry.target as ExitHost;
      if (entry.isIntersecting && this.#watched.has(host)) this.#onScreen.add(host);
      else this.#onScreen.delete(host);
    }
    this.#drawBar();
  };

  #setState(state: ExitState): void {
    this.#state = state;
    if (this.#bar) this.#bar.state = state;
    for (const listener of this.#listeners) listener(state);
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const target = this.#target();
    if (!target) return;
    if (event.key !== 'Shift') {
      if (this.#state.presses > 0) {
        this.#reset();
        this.#setState(IDLE);
      }
      return;
    }
    if (event.repeat) return;
    const presses = this.#state.presses + 1;
    clearTimeout(this.#timer);
    if (presses >= 3) {
      this.exit(target);
      return;
    }
    this.#setState({ presses, expired: false });
    this.#timer = setTimeout(() => {
      this.#reset();
      this.#setState({ presses: 0, expired: true });
    }, quickExitConfig.timeoutMs);
  };

  /** Back from the back-forward cache: show the page again. */
  #onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.restore();
  };

  #onPageHide = (): void => {
    clearTimeout(this.#stayed);
    for (const host of this.#hosts.users) host.wipe();
  };

  #reset(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#state.presses > 0) this.#state = IDLE;
  }
}

export const quickExit = new QuickExit();

/**
 * Puts an element under the page's quick exit while it is on the page: registered when connected, looked at again
 * after each update (whether and how it offers the exit), and removed when it leaves.
 */
export class QuickExitController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Wipeable;

  constructor(host: ReactiveControllerHost & Wipeable) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    quickExit.register(this.#host);
  }

  hostDisconnected(): void {
    quickExit.unregister(this.#host);
  }

  hostUpdated(): void {
    quickExit.refresh();
  }
}

/** The Shift count for an element that draws its own exit control (the report-help dialog): updates it on each press. */
export class ExitLights implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  state: ExitState = IDLE;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.state = quickExit.state;
    quickExit.subscribe(this.#onState);
  }

  hostDisconnected(): void {
    quickExit.unsubscribe(this.#onState);
  }

  readonly #onState = (state: ExitState): void => {
    this.state = state;
    this.#host.requestUpdate();
  };
}
