// A small static server on 127.0.0.1: the docs site (site/, from `npm run docs`) at /, and the repository root
// beside it, so /demo/ and the site's live examples can load /dist/. A path the site has wins.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const site = join(root, 'site');
// PORT chooses the port (README, "Set up"); 0 takes any free one.
const port = Number(process.env.PORT || 8000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`safety-panels demo: PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(1);
}
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const wanted = decodeURIComponent(url.pathname);
  const inSite = normalize(join(site, wanted === '/' ? 'index.html' : wanted));
  let path = inSite.startsWith(site) && isFile(inSite) ? inSite : normalize(join(root, wanted));
  if (!path.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    statSync(path);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
})
  .on('error', (error) => {
    // One line, not a stack trace: the usual cause is another server (another `npm start`) on the port.
    console.error(
      error.code === 'EADDRINUSE'
        ? `safety-panels demo: port ${port} is in use; stop what uses it, or choose another: PORT=${port + 1} npm start`
        : `safety-panels demo: cannot listen on 127.0.0.1:${port}: ${error.message}`,
    );
    process.exit(1);
  })
  .listen(port, '127.0.0.1', function () {
    console.log(
      `safety-panels: docs at http://127.0.0.1:${this.address().port}/, demo at http://127.0.0.1:${this.address().port}/demo/ (Ctrl+C stops it)`,
    );
  });
