import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { PageExitElement } from '../src/internal/exit-control.js';
import { quickExit, quickExitConfig } from '../src/internal/quick-exit.js';
import { clearManifestCache, loaderConfig } from '../src/manifest/load.js';
import { waitUntil } from './wait.js';

export { GENEROUS_MS, waitUntil } from './wait.js';

export type FakeAnswer = Response | Error | 'hang' | (() => Response) | Promise<Response>;

/**
 * Replaces the loader's fetch with a map of fake answers keyed by URL path, and records each request.
 * Any path not in the map answers 404, as a real server would.
 */
export function fakeFetch(answers: Record<string, FakeAnswer>): {
  calls: string[];
  restore: () => void;
} {
  const original = { ...loaderConfig };
  const calls: string[] = [];
  loaderConfig.fetch = (input, init) => {
    const path = new URL(input, location.href).pathname;
    calls.push(path);
    const answer = answers[path];
    if (answer === 'hang') {
      return new Promise((_, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      });
    }
    if (answer instanceof Error) return Promise.reject(answer);
    if (answer instanceof Promise) return answer.then((response) => response.clone());
    if (typeof answer === 'function') return Promise.resolve(answer());
    return Promise.resolve(answer?.clone() ?? new Response('Not found', { status: 404 }));
  };
  clearManifestCache();
  return {
    calls,
    restore: () => {
      Object.assign(loaderConfig, original);
      clearManifestCache();
    },
  };
}

export function json(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
}

/** Collects console.error output while a test runs. */
export function captureConsoleError(): { messages: string[]; restore: () => void } {
  const original = console.error;
  const messages: string[] = [];
  console.error = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.error = original) };
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every element of the page, inside open shadow roots too. */
export function deepElements(root: Document | ShadowRoot | Element = document): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** The buttons a person could see with this accessible name, anywhere on the page. */
export function visibleButtons(name: string): HTMLButtonElement[] {
  return deepElements().filter(
    (element): element is HTMLButtonElement =>
      element instanceof HTMLButtonElement &&
      squash(element.textContent) === name &&
      element.getClientRects().length > 0,
  );
}

/** The page's one quick exit, as a person meets it: its button, what its status says, and its lit lights. */
export const pageExit = {
  get host(): PageExitElement | null {
    return document.querySelector<PageExitElement>('sp-quick-exit');
  },
  get button(): HTMLButtonElement | null {
    const button = this.host?.shadowRoot?.querySelector('button') ?? null;
    return button && button.getClientRects().length > 0 ? button : null;
  },
  get status(): string {
    return squash(this.host?.shadowRoot?.querySelector('[role="status"]')?.textContent);
  },
  get lights(): number {
    return this.host?.shadowRoot?.querySelectorAll('.light.on').length ?? 0;
  },
};

/** Collects console.warn output while a test runs. */
export function captureConsoleWarn(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** A fake answer that arrives when the test says so. */
export function later(): { answer: Promise<Response>; send: (response: Response) => void } {
  let send!: (response: Response) => void;
  const answer = new Promise<Response>((resolve) => (send = resolve));
  return { answer, send };
}

/** A valid stand-alone resource for region US, numbered. */
export function usResource(
  i: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: `service-${i}`,
    kind: 'helpline',
    name: `Service ${i}`,
    description: 'For tests.',
    regions: ['US'],
    audiences: ['teen'],
    topics: ['youth-support'],
    channels: [{ type: 'web', url: `https://service-${i}.example` }],
    ...extra,
  };
}

/** A sentence or clause that tells someone to capture images (or collect evidence) is advice unless it forbids it. */
const alwaysCapture = /\b(download|screenshot|screen shot|screen-shot)/i;
const captureVerb = /\b(save|forward|capture|keep|copy|collect|gather)\b/i;
const imagery =
  /\b(image|images|photo|photos|picture|pictures|video|videos|file|files|nudes?|evidence)\b/i;
const prohibition = /\b(do not|don't|never|not|no)\b/i;
export const isCaptureAdvice = (sentence: string) =>
  !prohibition.test(sentence) &&
  (alwaysCapture.test(sentence) || (captureVerb.test(sentence) && imagery.test(sentence)));

/**
 * Catches the quick exit's navigation (each URL it would go to is pushed to `urls`) for one test; `restore()` puts
 * the real navigation and the Shift timeout back and shows the page again.
 */
export function catchExits(): { urls: string[]; restore: () => void } {
  const { navigate, timeoutMs } = quickExitConfig;
  const urls: string[] = [];
  quickExitConfig.navigate = (url) => urls.push(url);
  return {
    urls,
    restore: () => {
      quickExitConfig.navigate = navigate;
      quickExitConfig.timeoutMs = timeoutMs;
      quickExit.restore();
    },
  };
}

/** Waits until an element has settled on its manifest: the site's (or the default after a failure), not the
 *  built-in help shown while the site's is on its way. */
export async function settled<T extends LitElement>(el: T): Promise<T> {
  const state = el as unknown as { manifestSettled: boolean };
  await waitUntil(() => state.manifestSettled, 'manifest did not load', {
    timeout: 7000,
  });
  await el.updateComplete;
  return el;
}

/** Presses Tab until `match` has focus inside the element's shadow root; fails after `limit` presses. */
export async function tabTo(
  el: Element,
  match: (element: HTMLElement) => boolean,
  limit = 60,
): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await sendKeys({ press: 'Tab' });
    const current = el.shadowRoot!.activeElement as HTMLElement | null;
    if (current && match(current)) return;
  }
  throw new Error('focus never reached the target');
}

/**
 * Finds the polite live region that says `words`, does `press` (the same button again), and returns the region's
 * text before and after: a live region is read out only when its text changes, so the two must differ.
 */
export async function saidAgain(
  root: ShadowRoot,
  words: string,
  press: () => Promise<void>,
): Promise<[before: string, after: string]> {
  const regions = [...root.querySelectorAll('[role="status"]')];
  const region = regions.find((status) => status.textContent!.includes(words));
  if (!region) throw new Error(`no live region says "${words}"`);
  const before = region.textContent!;
  await press();
  return [before, region.textContent!];
}
