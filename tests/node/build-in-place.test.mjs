// `npm run build` (and so `npm test`) replaces dist/ in place: a running demo keeps every file while the build
// runs, and what the build did not write again is removed at its end (scripts/clean.mjs, run first and as
// `postbuild`). Tried on a copy of the script in a folder of its own, so the real dist/ is not touched.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const root = mkdtempSync(join(tmpdir(), 'sp-build-'));
after(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'scripts'));
copyFileSync(
  new URL('../../scripts/clean.mjs', import.meta.url),
  join(root, 'scripts', 'clean.mjs'),
);
const run = (...args) =>
  execFileSync(process.execPath, ['scripts/clean.mjs', ...args], { cwd: root });

function write(path) {
  mkdirSync(join(root, 'dist', path, '..'), { recursive: true });
  writeFileSync(join(root, 'dist', path), path);
  return join(root, 'dist', path);
}

test('the build script runs the clean-up first and after', () => {
  assert.match(pkg.scripts.build, /^node scripts\/clean\.mjs &&/);
  assert.equal(pkg.scripts.postbuild, 'node scripts/clean.mjs --stale');
});

test('starting a build leaves the files a running demo serves; its end removes only what it did not write', () => {
  const old = ['safety-panels.js', 'safety-panels-shared-OLD.js', 'regions/US.js', 'gone/x.js'].map(
    write,
  );
  // Written "a minute ago", as by the last build.
  const past = new Date(Date.now() - 60_000);
  for (const path of old) utimesSync(path, past, past);
  run();
  for (const path of old) assert.ok(existsSync(path), `${path} was removed when the build started`);
  // The build writes its files again (a new chunk name among them).
  write('safety-panels.js');
  write('safety-panels-shared-NEW.js');
  write('regions/US.js');
  run('--stale');
  assert.ok(existsSync(join(root, 'dist', 'safety-panels.js')));
  assert.ok(existsSync(join(root, 'dist', 'safety-panels-shared-NEW.js')));
  assert.ok(existsSync(join(root, 'dist', 'regions', 'US.js')));
  assert.ok(
    !existsSync(join(root, 'dist', 'safety-panels-shared-OLD.js')),
    'a stale chunk was kept',
  );
  assert.ok(!existsSync(join(root, 'dist', 'gone')), 'an emptied folder was kept');
});
