// Checks the JSON files under src/data/regions/ against the manifest schema, each on its own, and names every
// problem by file and path: `node scripts/check-data.mjs [file ...]` (default: every country file).
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const bundled = await build({
  entryPoints: [fileURLToPath(new URL('src/manifest/schema.ts', root))],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
});
const { parseManifest } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const dir = new URL('src/data/regions/', root);
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => fileURLToPath(new URL(name, dir)));

let failed = 0;
for (const file of files) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const { region, emergency, resources, ...rest } = data;
  const problems = Object.keys(rest).map((key) => `${key}: is not a field a country file knows`);
  const result = parseManifest({
    version: 1,
    emergency: emergency ? [{ region, ...emergency }] : [],
    resources,
  });
  if (!result.ok) problems.push(...result.issues.map((issue) => `${issue.path}: ${issue.message}`));
  for (const resource of resources ?? []) {
    if (!resource.regions?.includes(region))
      problems.push(`${resource.id}: does not list ${region} in regions`);
  }
  if (problems.length) {
    failed += 1;
    for (const problem of problems) console.error(`${file}: ${problem}`);
  }
}
console.log(`${files.length - failed} of ${files.length} country files valid`);
process.exit(failed ? 1 : 0);
