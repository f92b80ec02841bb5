// What `npm pack` ships (issue 20): the built files, the CLI, the element manifest, the licence and notices, and
// nothing else (no tests, sources, source maps or scratch files); every `exports` target is in the package; the
// bundles carry the notices and the version. Needs `npm run build` first: the pack is listed with --ignore-scripts,
// so listing it does not build again (`prepack` does that for a real `npm pack`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const files = packed.files.map((file) => file.path).sort();

test('the package holds only what users need', () => {
  const allowed =
    /^(package\.json|README\.md|LICENSE|THIRD-PARTY-NOTICES|CHANGELOG\.md|custom-elements\.json|bin\/[\w-]+\.js|types\/[\w-]+\.d\.ts|dist\/.+\.(js|d\.ts|json))$/;
  assert.deepEqual(
    files.filter((path) => !allowed.test(path)),
    [],
  );
  assert.deepEqual(
    files.filter((path) =>
      /(^|\/)(tests?|src|demo|bench|scripts|reference|node_modules)\//.test(path),
    ),
    [],
  );
  assert.deepEqual(
    files.filter(
      (path) => path.endsWith('.map') || path.endsWith('.ts') !== path.endsWith('.d.ts'),
    ),
    [],
  );
});

test('the licence, the third-party notices and the changelog are in it', () => {
  for (const name of ['LICENSE', 'THIRD-PARTY-NOTICES', 'CHANGELOG.md', 'README.md'])
    assert.ok(files.includes(name), `${name} is not packed`);
  assert.match(readFileSync(new URL('LICENSE', root), 'utf8'), /^MIT License/);
  assert.equal(pkg.license, 'MIT');
});

test('every exports target and the bin are in the package', () => {
  const targets = Object.values(pkg.exports)
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)))
    .filter((target) => !target.includes('*'))
    .map((target) => target.replace(/^\.\//, ''));
  targets.push(...Object.values(pkg.bin).map((target) => target.replace(/^\.\//, '')));
  assert.deepEqual(
    targets.filter((target) => !files.includes(target)),
    [],
  );
});

test('each bundle opens with the name, version and licence, and the notices of what it includes', () => {
  // The bundles are rollup's: the .js files at the top of dist/ that are not tsc's output of a src/*.ts module.
  const bundles = files.filter(
    (path) =>
      /^dist\/[\w.-]+\.js$/.test(path) &&
      !existsSync(new URL(path.replace(/^dist\/(.+)\.js$/, 'src/$1.ts'), root)),
  );
  assert.ok(
    bundles.includes('dist/safety-panels.js') && bundles.includes('dist/safety-panels.iife.js'),
  );
  const notices = readFileSync(new URL('THIRD-PARTY-NOTICES', root), 'utf8');
  for (const path of bundles) {
    const code = readFileSync(new URL(path, root), 'utf8');
    assert.ok(code.startsWith(`/*! ${pkg.name} ${pkg.version} | MIT |`), `${path} has no banner`);
    const banner = code.slice(0, code.indexOf('*/'));
    for (const [, name, version] of banner.matchAll(/^ \* ((?:@[\w-]+\/)?[\w-]+) (\d[\w.-]*) \|/gm))
      assert.ok(
        notices.includes(`${name} ${version}\n`),
        `${path}: ${name} ${version} is not in THIRD-PARTY-NOTICES`,
      );
    // Lit's code is in the element bundles, zod's in the site-manifest loader: each names them.
    if (
      /customElements\.define|ReactiveElement|lit-html/.test(code) &&
      code.includes('attachShadow')
    )
      assert.match(banner, /lit-html \d/, `${path} includes Lit but does not say so`);
  }
  assert.match(
    readFileSync(new URL('dist/safety-panels-site.js', root), 'utf8'),
    /^\/\*![^]*zod \d/,
  );
});

test('THIRD-PARTY-NOTICES is as scripts/third-party.mjs writes it from node_modules', async () => {
  const { noticesText } = await import('../../scripts/third-party.mjs');
  assert.equal(
    readFileSync(new URL('THIRD-PARTY-NOTICES', root), 'utf8'),
    noticesText(),
    'run node scripts/third-party.mjs and commit THIRD-PARTY-NOTICES',
  );
});

test('the package and the bundles export its version (SafetyPanels.version for the classic script)', async () => {
  const { version } = await import('../../dist/index.js');
  assert.equal(version, pkg.version);
  for (const [path, exported] of [
    ['dist/safety-panels.js', /\b([\w$]+) as version\b/],
    ['dist/safety-panels.iife.js', /\.version=([\w$]+)\b/],
  ]) {
    const code = readFileSync(new URL(path, root), 'utf8');
    const name = exported.exec(code)?.[1];
    assert.ok(name, `${path} exports no version`);
    assert.ok(
      code.includes(`${name}="${pkg.version}"`),
      `${path}: version is not "${pkg.version}"`,
    );
  }
});
