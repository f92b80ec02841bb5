// The notices the built files carry. Each .js file rollup writes opens with a banner that terser cannot drop (it is
// added after minifying): this package's name, version and licence, and each third-party package whose code is in
// that file, with its licence; the licence texts themselves are in THIRD-PARTY-NOTICES, which
// `node scripts/third-party.mjs` writes from the packages in node_modules (a node test checks it is current).
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** The packages whose code the bundles include: lit and its parts, Lit's hydration support, and zod (the site-manifest validator). */
export const BUNDLED = [
  'lit',
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
  '@lit-labs/ssr-client',
  'zod',
];

const info = (name) => {
  const json = JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root), 'utf8'));
  const author = typeof json.author === 'string' ? json.author : json.author?.name;
  return {
    name,
    version: json.version,
    license: json.license,
    author: author?.replace(/\s*<.*>/, ''),
  };
};

/** The package a module id belongs to, if it is one of node_modules. */
function packageOf(id) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id.replaceAll('\\', '/'));
  return match?.[1];
}

/** The banner for a file with these modules in it. */
export function banner(moduleIds = []) {
  const names = [...new Set(moduleIds.map(packageOf).filter(Boolean))].sort();
  const unknown = names.filter((name) => !BUNDLED.includes(name));
  if (unknown.length)
    throw new Error(
      `bundled but not in THIRD-PARTY-NOTICES: ${unknown.join(', ')} (scripts/third-party.mjs)`,
    );
  const own = `${pkg.name} ${pkg.version} | ${pkg.license} | (c) safety-panels contributors`;
  if (!names.length) return `/*! ${own} */\n`;
  const parts = names.map((name) => {
    const { version, license, author } = info(name);
    return ` * ${name} ${version} | ${license} | (c) ${author}`;
  });
  return `/*! ${own}\n * Includes:\n${parts.join('\n')}\n * Licence texts: THIRD-PARTY-NOTICES */\n`;
}

/** A rollup output plugin, placed after terser: the banner on every chunk and every .js data file. */
export function notices() {
  return {
    name: 'safety-panels-notices',
    renderChunk(code, chunk) {
      return { code: banner(chunk.moduleIds) + code, map: null };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (
          file.type === 'asset' &&
          file.fileName.endsWith('.js') &&
          !String(file.source).startsWith('/*!')
        )
          file.source = banner() + file.source;
    },
  };
}

/** THIRD-PARTY-NOTICES: each bundled package, its version, licence and licence text. */
export function noticesText() {
  const sections = BUNDLED.map((name) => {
    const { version, license, author } = info(name);
    const text = readFileSync(new URL(`node_modules/${name}/LICENSE`, root), 'utf8').trim();
    return `${name} ${version}\nLicence: ${license}, (c) ${author}\n\n${text}`;
  });
  return `Third-party notices for ${pkg.name}

The built files (dist/*.js and the release zip) include code from these packages. Each file names the ones it
includes in its opening comment. Their licences follow.

${sections.join(`\n\n${'-'.repeat(78)}\n\n`)}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('THIRD-PARTY-NOTICES', root), noticesText());
  console.log('wrote THIRD-PARTY-NOTICES');
}
