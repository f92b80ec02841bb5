// `npm run release`: writes safety-panels-<version>.zip, for people who host the files themselves without Node.
// It holds exactly what a page with a script tag needs, in one folder, laid out as in dist/ (the bundles find their
// data files beside them): the bundles (rollup's output, each opening with the package banner), the data files
// (regions/, languages/, sections/), the JSON Schema and the default manifest, LICENSE and THIRD-PARTY-NOTICES.
// No .d.ts, no npm modules (dist/index.js and the files tsc writes), no CLI. Run after `npm run build`.
// Options: --out DIR (where the zip goes; the repository root by default).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeZip } from './zip.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const DATA = ['regions', 'languages', 'sections'];
const ALSO = [
  'dist/manifest.schema.json',
  'dist/default-manifest.json',
  'LICENSE',
  'THIRD-PARTY-NOTICES',
];

const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((path) => join(dir, path))
    .filter((path) => statSync(path).isFile());

/** The files a script-tag page needs, as [path in the zip (under its folder), path on disk], sorted. */
export function releaseFiles() {
  const bundles = readdirSync(dist)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(dist, name))
    .filter((path) => readFileSync(path, 'utf8').startsWith(`/*! ${pkg.name} `));
  const data = DATA.flatMap((dir) => filesUnder(join(dist, dir))).filter((path) =>
    path.endsWith('.js'),
  );
  const also = ALSO.map((path) => join(root, path));
  const folder = `${pkg.name}-${pkg.version}`;
  return [...bundles, ...data, ...also]
    .map((path) => {
      const inZip = path.startsWith(dist) ? relative(dist, path) : relative(root, path);
      return [`${folder}/${inZip.split('\\').join('/')}`, path];
    })
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const out = resolve(at > 0 ? process.argv[at + 1] : root, `${pkg.name}-${pkg.version}.zip`);
  const files = releaseFiles();
  if (!files.some(([name]) => name.endsWith('/safety-panels.js')))
    throw new Error('dist/safety-panels.js is missing: run `npm run build` first');
  const archive = makeZip(files.map(([name, path]) => ({ name, data: readFileSync(path) })));
  writeFileSync(out, archive);
  console.log(
    `wrote ${relative(process.cwd(), out) || out}: ${files.length} files, ${(archive.length / 1024).toFixed(0)} KB`,
  );
}
