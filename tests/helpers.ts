import { clearManifestCache, loaderConfig } from '../src/manifest/load.js';

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
