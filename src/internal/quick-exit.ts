/**
 * The quick exit, shared by every element on the page, after GOV.UK's "Exit this page": a button, or Shift
 * pressed three times (each within 5 s of the last; any other key starts again), hides the page at once, wipes
 * what people typed, and replaces the page with a neutral one. There is one keyboard listener per page however
 * many elements there are, added with the first and removed with the last.
 */

/** Something holding what a person typed or ticked, to forget on exit or when the page is left. */
export interface Wipeable {
  /** Forgets everything the person typed or ticked. */
  wipe(): void;
}

/** An element that shows the quick exit: it announces Shift presses and leaves. */
export interface ExitHost extends Wipeable {
  /** Says, in the element's exit status region, how many more Shift presses exit, that the count expired, or
   *  nothing. */
  announceExit(kind: ExitMessage, remaining?: number): void;
  /** Where to go; https only. */
  readonly exitHref: string;
  /** Whether this host shows an exit (Shift×3 works only while at least one does). */
  readonly offersExit: boolean;
  /** Leaves: the host says so with an event, then calls `quickExit.exit(host)`. */
  exitNow(): void;
}

function isExitHost(host: Wipeable): host is ExitHost {
  return 'exitNow' in host;
}

export type ExitMessage = 'remaining' | 'expired' | 'clear';

export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Seams for tests: where leaving goes, and how long a Shift press waits for the next. */
export const quickExitConfig = {
  navigate: (url: string): void => location.replace(url),
  timeoutMs: 5000,
};

class QuickExit {
  readonly #hosts = new Set<Wipeable>();
  #presses = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #previousVisibility = '';

  /** Adds a host (one that offers the exit, or one that only needs wiping); the first adds the page's listeners. */
  register(host: Wipeable): void {
    if (this.#hosts.size === 0) {
      document.addEventListener('keydown', this.#onKeyDown, true);
      window.addEventListener('pageshow', this.#onPageShow);
      window.addEventListener('pagehide', this.#onPageHide);
    }
    this.#hosts.add(host);
  }

  /** Removes a host; the last one removes the page's listeners. */
  unregister(host: Wipeable): void {
    this.#hosts.delete(host);
    if (this.#hosts.size === 0) {
      document.removeEventListener('keydown', this.#onKeyDown, true);
      window.removeEventListener('pageshow', this.#onPageShow);
      window.removeEventListener('pagehide', this.#onPageHide);
      this.#reset();
    }
  }

  /** How many page listeners are in place: 1 while any host is registered (for tests). */
  get listening(): number {
    return this.#hosts.size > 0 ? 1 : 0;
  }

  /** Hides the page now, wipes every host, and leaves for the host's exit page. */
  exit(from: ExitHost): void {
    this.#reset();
    const root = document.documentElement;
    if (root.style.visibility !== 'hidden') this.#previousVisibility = root.style.visibility;
    root.style.visibility = 'hidden';
    for (const host of this.#hosts) host.wipe();
    quickExitConfig.navigate(from.exitHref);
  }

  #announcer(): ExitHost | undefined {
    return [...this.#hosts].find((host): host is ExitHost => isExitHost(host) && host.offersExit);
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const announcer = this.#announcer();
    if (!announcer) return;
    if (event.key !== 'Shift') {
      if (this.#presses > 0) {
        this.#reset();
        announcer.announceExit('clear');
      }
      return;
    }
    if (event.repeat) return;
    this.#presses += 1;
    clearTimeout(this.#timer);
    if (this.#presses >= 3) {
      this.#reset();
      announcer.exitNow();
      return;
    }
    announcer.announceExit('remaining', 3 - this.#presses);
    this.#timer = setTimeout(() => {
      this.#reset();
      announcer.announceExit('expired');
    }, quickExitConfig.timeoutMs);
  };

  /** Back from the back-forward cache: show the page again. */
  #onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.restore();
  };

  #onPageHide = (): void => {
    for (const host of this.#hosts) host.wipe();
  };

  /** Undoes the hiding (the page came back from the back-forward cache). */
  restore(): void {
    const root = document.documentElement;
    if (root.style.visibility === 'hidden') root.style.visibility = this.#previousVisibility;
    this.#reset();
    for (const host of this.#hosts) if (isExitHost(host)) host.announceExit('clear');
  }

  #reset(): void {
    this.#presses = 0;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

export const quickExit = new QuickExit();
