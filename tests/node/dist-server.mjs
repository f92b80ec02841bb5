// A server for real-browser tests: the test's own pages by path, and the built script files from dist/ (the
// bundles and the data files beside them). `answer(path)` may delay a file or refuse it, as a slow or broken
// server would. Listens on 127.0.0.1 on a free port (or, on a shared machine, the next of SP_TEST_PORTS=8130-8139).
// `options.headers` are sent with every script (a CDN's CORS header); `options.rewrite(path)` serves a dist/ file
// under another path (a script an optimiser moved or renamed).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

const SCRIPT = /^\/(?:(?:regions|sections|languages(?:\/[\w-]+)?)\/)?[\w.-]+\.js$/;

const [first, last] = (process.env.SP_TEST_PORTS ?? '').split('-').map(Number);
let nextPort = first;
const freePort = () => (first && nextPort <= last ? nextPort++ : 0);

/** @typedef {'refuse' | { body: string } | undefined} Answer */

/**
 * @param {Record<string, string | ((response: import('node:http').ServerResponse) => void)>} pages HTML by path,
 *   or a function that answers the request itself (a 204, a download)
 * @param {(path: string, url: URL) => Promise<Answer> | Answer} [answer] `'refuse'` (404), `{ body }` (that text as
 *   the file: a stale or wrong copy), or undefined (the file from dist/); `url` has the query (`?attempt=2`)
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveDist(pages, answer = () => undefined, options = {}) {
  const { headers = {}, rewrite = (path) => path } = options;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const path = rewrite(url.pathname);
    if (typeof pages[path] === 'function') {
      pages[path](response);
      return;
    }
    if (pages[path]) {
      const type = path.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8';
      response.writeHead(200, { 'content-type': type });
      response.end(pages[path]);
      return;
    }
    try {
      const said = SCRIPT.test(path) ? await answer(path, url) : 'refuse';
      if (said === 'refuse') throw new Error(path);
      const file = said?.body ?? (await readFile(new URL(`../../dist${path}`, import.meta.url)));
      response.writeHead(200, { 'content-type': 'text/javascript', ...headers });
      response.end(file);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(freePort(), '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
