// `npm run release`: writes safety-panels-<version>.zip, for people who host the files themselves without Node.
// It holds exactly what a page with a script tag needs, in one folder, laid out as in dist/ (the bundles find their
// data files beside them): the bundles (rollup's output, each opening with the package banner), the data files
// (regions/, languages/, sections/), the JSON Schema and the default manifest, LICENSE and THIRD-PARTY-NOTICES.
// No .d.ts, no npm modules (dist/index.js and the files tsc writes), no CLI. Run after `npm run build`.
// Options: --out DIR (where the zip goes; the repository root by default).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

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

/** MS-DOS time and date, as zip stores them. */
function dosTime(date) {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/** A zip file (deflated entries, no zip64: the release is a few MB) of [name, bytes] pairs. */
export function zip(entries, date = new Date()) {
  const { time, day } = dosTime(date);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, bytes] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(bytes, { level: 9 });
    const crc = crc32(bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(bytes.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    local.copy(central, 6, 4, 28); // version needed … name length: as in the local header
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const out = resolve(at > 0 ? process.argv[at + 1] : root, `${pkg.name}-${pkg.version}.zip`);
  const files = releaseFiles();
  if (!files.some(([name]) => name.endsWith('/safety-panels.js')))
    throw new Error('dist/safety-panels.js is missing: run `npm run build` first');
  const archive = zip(files.map(([name, path]) => [name, readFileSync(path)]));
  writeFileSync(out, archive);
  console.log(
    `wrote ${relative(process.cwd(), out) || out}: ${files.length} files, ${(archive.length / 1024).toFixed(0)} KB`,
  );
}
