// Writes dist/manifest.schema.json from the zod schema and dist/default-manifest.json from the built-in data,
// and fails the build if the built-in data does not pass its own schema.
import { writeFileSync } from 'node:fs';
import { defaultManifest } from '../dist/manifest/default-manifest.js';
import { parseManifest } from '../dist/manifest/schema.js';
import { manifestJsonSchema } from '../dist/manifest/schema-json.js';

const dist = new URL('../dist/', import.meta.url);

const checked = parseManifest(defaultManifest);
if (!checked.ok) {
  for (const issue of checked.issues)
    console.error(`default manifest: ${issue.path}: ${issue.message}`);
  process.exit(1);
}

const schema = manifestJsonSchema();
writeFileSync(new URL('manifest.schema.json', dist), `${JSON.stringify(schema, null, 2)}\n`);

const json = { $schema: './manifest.schema.json', ...defaultManifest };
writeFileSync(new URL('default-manifest.json', dist), `${JSON.stringify(json, null, 2)}\n`);
console.log('wrote dist/manifest.schema.json and dist/default-manifest.json');
