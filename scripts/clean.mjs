// A build replaces dist/ in place rather than emptying it first, so a running demo (`npm start`) keeps its files
// while `npm test` or `npm run build` rebuilds them (issue 20: emptied first, the demo served 404s for a minute).
// `node scripts/clean.mjs` (first in `npm run build`) notes when the build starts; `node scripts/clean.mjs --stale`
// (`postbuild`) then removes what that build did not write: files of an older build, such as a renamed chunk.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const cache = join(root, 'node_modules', '.cache', 'safety-panels');
// The marker's own mtime is the start: the same clock as the mtimes of the files the build writes.
const marker = join(cache, 'build-started');

if (process.argv.includes('--stale')) {
  const started = statSync(marker).mtimeMs;
  const paths = readdirSync(dist, { recursive: true }).map((path) => join(dist, path));
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isFile() && stat.mtimeMs < started) rmSync(path);
  }
  // Folders left empty, deepest first.
  for (const path of paths.sort((a, b) => b.length - a.length)) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory() && readdirSync(path).length === 0) rmSync(path, { recursive: true });
  }
  rmSync(marker);
} else {
  mkdirSync(cache, { recursive: true });
  writeFileSync(marker, '');
}
