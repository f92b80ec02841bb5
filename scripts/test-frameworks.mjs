// `npm run test:frameworks`: packs the package, installs the tarball with React, Preact, Vue and Svelte's type
// checkers into a project outside the repository, and type-checks tests/frameworks/ there. Each `<case>/` must
// pass its checker; each `<case>-bad/` must fail it, and every file in it must be named in the errors (so each
// wrong attribute or event fails on its own). Needs the npm registry (or its cache) and a built dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'tests/frameworks');
// One folder per checkout, kept between runs so a second install is quick.
const project = join(
  tmpdir(),
  `safety-panels-frameworks-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`,
);

/** What the checks install beside the package: exact versions, all on the npm registry. */
const versions = {
  react: '19.3.1',
  '@types/react': '19.3.3',
  preact: '11.2.0',
  vue: '3.5.47',
  'vue-tsc': '3.3.14',
  svelte: '5.60.1',
  'svelte-check': '4.7.9',
  typescript: '5.9.3',
  'react-dom': '19.3.1',
};

const compilerOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  types: [],
};

/** Each framework: its tsconfig additions, the files it checks, and the command. */
const frameworks = {
  react: { options: { jsx: 'react-jsx' }, include: ['*.tsx'], command: ['tsc', '-p', '.'] },
  preact: {
    options: { jsx: 'react-jsx', jsxImportSource: 'preact' },
    include: ['*.tsx'],
    command: ['tsc', '-p', '.'],
  },
  vue: { options: { jsx: 'preserve' }, include: ['*.vue'], command: ['vue-tsc', '-p', '.'] },
  svelte: {
    options: { verbatimModuleSyntax: true },
    include: ['*.svelte'],
    command: ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'],
  },
};

function run(command, args, cwd) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', shell: false });
}

if (!existsSync(join(root, 'dist/index.d.ts')) || !existsSync(join(root, 'dist/react.js'))) {
  console.log('dist/ is missing: building');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

mkdirSync(project, { recursive: true });
for (const entry of readdirSync(project)) {
  if (entry !== 'node_modules' && entry !== 'package-lock.json')
    rmSync(join(project, entry), { recursive: true });
}
// The package exactly as `npm pack` ships it (scripts skipped: dist/ is built above or by `npm test`).
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], {
    cwd: root,
    encoding: 'utf8',
  }),
)[0].filename;
// Named by its content, so that npm installs this build and not one it has seen under the same version.
const tarball = `safety-panels-${createHash('sha1')
  .update(readFileSync(join(project, packed)))
  .digest('hex')
  .slice(0, 12)}.tgz`;
renameSync(join(project, packed), join(project, tarball));
writeFileSync(
  join(project, 'package.json'),
  JSON.stringify(
    {
      private: true,
      type: 'module',
      dependencies: { 'safety-panels': `file:./${tarball}`, ...versions },
    },
    null,
    2,
  ),
);
console.log(`Installing ${tarball} with ${Object.keys(versions).join(', ')} in ${project}`);
const install = run(
  'npm',
  [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--ignore-scripts',
    '--loglevel=error',
  ],
  project,
);
if (install.status !== 0) {
  console.error(install.stdout, install.stderr);
  throw new Error('npm install failed');
}

let passed = 0;
let failed = 0;
function report(ok, name, output) {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}`);
  if (!ok) console.log(output.replace(/^/gm, '    '));
}

for (const dir of readdirSync(fixtures)) {
  const bad = dir.endsWith('-bad');
  const framework = frameworks[dir.replace(/-bad$/, '')];
  if (!framework) throw new Error(`tests/frameworks/${dir}: no checker for it`);
  const cwd = join(project, dir);
  cpSync(join(fixtures, dir), cwd, { recursive: true });
  writeFileSync(
    join(cwd, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { ...compilerOptions, ...framework.options },
      include: framework.include,
    }),
  );
  const [bin, ...args] = framework.command;
  const result = run(join(project, 'node_modules/.bin', bin), args, cwd);
  const output = `${result.stdout}${result.stderr}`;
  if (!bad) {
    report(result.status === 0, `${dir}: ${bin} accepts the elements`, output);
    continue;
  }
  for (const file of readdirSync(join(fixtures, dir))) {
    const named = output.includes(file);
    report(result.status !== 0 && named, `${dir}/${file}: ${bin} rejects it`, output);
  }
}

report(...(await runReact()));

/** Bundles tests/frameworks-runtime/react.jsx with the installed package and runs it in Chromium. */
async function runReact() {
  const name =
    'react-runtime: the wrappers and raw elements get their props and events in Chromium';
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const bundle = await build({
    entryPoints: [join(root, 'tests/frameworks-runtime/react.jsx')],
    nodePaths: [join(project, 'node_modules')],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    write: false,
    logLevel: 'silent',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('http://frameworks.test/**', (route) =>
      route.request().url().endsWith('.js')
        ? route.fulfill({ contentType: 'text/javascript', body: bundle.outputFiles[0].text })
        : route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><html lang="en"><head><title>React</title><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="/main.js"></script></body></html>',
          }),
    );
    await page.goto('http://frameworks.test/');
    await page.waitForFunction(() =>
      ['wrapped', 'raw', 'wrapped-list'].every((id) => document.getElementById(id)?.shadowRoot),
    );
    const seen = await page.evaluate(() => {
      const fire = (id, type) =>
        document
          .getElementById(id)
          .dispatchEvent(new CustomEvent(type, { detail: { resource: id } }));
      fire('wrapped', 'sp-action');
      fire('raw', 'sp-action');
      fire('wrapped-list', 'sp-exit');
      fire('wrapped-list', 'sp-action');
      const wrapped = document.getElementById('wrapped');
      const raw = document.getElementById('raw');
      return [
        ...window.seen,
        `compact ${wrapped.compact}`,
        `headingLevel ${wrapped.headingLevel}`,
        `textFirst ${raw.textFirst} ${document.getElementById('wrapped-list').textFirst}`,
      ];
    });
    const heading = await page
      .getByRole('heading', { level: 3, name: 'Signs that something may be wrong' })
      .count();
    const expected = [
      'wrapper sp-action wrapped',
      'raw sp-action raw',
      'wrapper sp-exit wrapped-list',
      'compact true',
      'headingLevel 3',
      'textFirst true true',
    ];
    const ok =
      JSON.stringify(seen) === JSON.stringify(expected) && heading === 1 && errors.length === 0;
    return [
      ok,
      name,
      `seen ${JSON.stringify(seen)}\nlevel-3 heading: ${heading}\nerrors: ${errors.join('; ')}`,
    ];
  } finally {
    await browser.close();
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
