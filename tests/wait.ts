// Its own module, importing nothing of the project's: tests/bundle.test.ts and tests/csp.test.ts use it without
// loading the sources into their pages.
import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

/** How long a test waits for something that must come: a bound, not a promise of speed (that is `npm run bench`). */
export const GENEROUS_MS = 30_000;

/**
 * open-wc's `waitUntil` (which gives up after 1 s unless told), waiting at least GENEROUS_MS: a loaded 2-core
 * machine is slow, not wrong (issue 20).
 */
export function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilOpenWc(predicate, message, {
    ...options,
    timeout: Math.max(options.timeout ?? 0, GENEROUS_MS),
  });
}

/**
 * Waits until `predicate` holds (checked on every change under `root`) and says whether it held before a timer
 * of `ms`, started now, fired. A page's timers fire in the order they are due however loaded the machine, so
 * this asserts an order ("the help came in the grace, before the loader would give up"), not a speed.
 */
export function cameBefore(ms: number, root: Node, predicate: () => unknown): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let fired = false;
    const timer = setTimeout(() => (fired = true), ms);
    const giveUp = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`never came, even after ${GENEROUS_MS} ms`));
    }, GENEROUS_MS);
    const check = () => {
      if (!predicate()) return false;
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(giveUp);
      resolve(!fired);
      return true;
    };
    const observer = new MutationObserver(check);
    if (!check()) observer.observe(root, { subtree: true, childList: true, characterData: true });
  });
}
