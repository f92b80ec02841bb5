// `npm run release` (scripts/release.mjs): the zip for people who host the files themselves holds exactly what a
// page with a script tag needs, every file a bundle imports is in it, each entry reads back as the file in dist/,
// and the README names the files. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { crc32, inflateRawSync } from 'node:zlib';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const folder = `${pkg.name}-${pkg.version}`;
const out = mkdtempSync(join(tmpdir(), 'sp-release-'));
after(() => rmSync(out, { recursive: true, force: true }));

execFileSync(process.execPath, ['scripts/release.mjs', '--out', out], {
  cwd: root,
  stdio: 'ignore',
});
const archive = readFileSync(join(out, `${folder}.zip`));

/** The zip's entries by name, read from its central directory and inflated. */
function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i += 1) {
    assert.equal(buffer.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const [method, crc, size, length] = [10, 16, 20, 28].map((o) =>
      o === 10 || o === 28 ? buffer.readUInt16LE(at + o) : buffer.readUInt32LE(at + o),
    );
    const extra = buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const name = buffer.toString('utf8', at + 46, at + 46 + length);
    const local = buffer.readUInt32LE(at + 42);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const bytes = method === 8 ? inflateRawSync(buffer.subarray(start, start + size)) : null;
    assert.equal(crc32(bytes), crc, `${name}: CRC`);
    entries.set(name, bytes);
    at += 46 + length + extra;
  }
  return entries;
}

const entries = unzip(archive);
const names = [...entries.keys()].map((name) => name.slice(folder.length + 1));
const dataFiles = (dir) =>
  readdirSync(new URL(`dist/${dir}/`, root), { recursive: true })
    .filter((path) => path.endsWith('.js'))
    .map((path) => `${dir}/${path.split('\\').join('/')}`);

test('every entry is in one folder named for the version', () => {
  for (const name of entries.keys()) assert.ok(name.startsWith(`${folder}/`), name);
});

test('the zip holds the bundles, their data files, the schema, the default manifest, the licence and notices', () => {
  const shared = names.filter((name) => /^safety-panels-shared-[\w-]+\.js$/.test(name));
  assert.ok(shared.length >= 1, 'no shared chunk');
  const expected = [
    'safety-panels.js',
    'safety-panels.iife.js',
    'safety-panels-site.js',
    'hotline-list.js',
    'report-help.js',
    'warning-signs.js',
    ...shared,
    ...dataFiles('regions'),
    ...dataFiles('languages'),
    ...dataFiles('sections'),
    'manifest.schema.json',
    'default-manifest.json',
    'LICENSE',
    'THIRD-PARTY-NOTICES',
  ].sort();
  assert.deepEqual([...names].sort(), expected);
});

test('nothing a page does not need: no types, no npm modules, no CLI', () => {
  assert.deepEqual(
    names.filter((name) =>
      /\.d\.ts$|^(cli|internal|manifest|elements|i18n|data)\/|^(index|define|bundle)\.js$/.test(
        name,
      ),
    ),
    [],
  );
});

test('every file a bundle imports is in the zip, and each entry is the file in dist/', () => {
  const missing = [];
  for (const name of names.filter((n) => n.endsWith('.js') && !n.includes('/'))) {
    const code = entries.get(`${folder}/${name}`).toString('utf8');
    for (const [, path] of code.matchAll(/(?:from|import\()\s*["'`]\.\/([^"'`$]+)["'`]/g))
      if (!names.includes(path)) missing.push(`${name} → ${path}`);
    for (const [, dir] of code.matchAll(/import\(`\.\/(\w+)\/\$\{/g))
      if (!names.some((n) => n.startsWith(`${dir}/`))) missing.push(`${name} → ${dir}/…`);
  }
  assert.deepEqual(missing, []);
  for (const name of names) {
    const onDisk = ['LICENSE', 'THIRD-PARTY-NOTICES'].includes(name) ? name : `dist/${name}`;
    assert.ok(entries.get(`${folder}/${name}`).equals(readFileSync(new URL(onDisk, root))), name);
  }
});

test('the README says which files a page needs and how to host them', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  for (const words of [
    'safety-panels-<version>.zip',
    'npm run release',
    'safety-panels.js',
    'safety-panels.iife.js',
    'safety-panels-site.js',
    'regions/',
    'languages/',
    'sections/',
    'Cache-Control',
  ])
    assert.ok(readme.includes(words), `README does not mention ${words}`);
});
