// Writes docs/routing.md, the routing table for reviewers, from the default manifest: `npm run routes`.
// `node scripts/routes.mjs --check` exits 1 when the committed file is out of date.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const bundled = await build({
  stdin: {
    contents: `export { routingTable } from './src/manifest/routing-table.ts';
      export { defaultManifest } from './src/manifest/default-manifest.ts';`,
    resolveDir: fileURLToPath(root),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
});
const { routingTable, defaultManifest } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const file = new URL('docs/routing.md', root);
const table = routingTable(defaultManifest);
if (process.argv.includes('--check')) {
  const current = readFileSync(file, 'utf8');
  if (current !== table) {
    console.error('docs/routing.md is out of date: run `npm run routes`');
    process.exit(1);
  }
  console.log('docs/routing.md is up to date');
} else {
  writeFileSync(file, table);
  console.log('wrote docs/routing.md');
}
