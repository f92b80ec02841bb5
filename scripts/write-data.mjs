// Writes dist/manifest.schema.json from the zod schema and dist/default-manifest.json from the built-in data,
// and fails the build if the built-in data does not pass its own schema.
import { writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import { defaultManifest } from '../dist/manifest/default-manifest.js';
import { Manifest, parseManifest } from '../dist/manifest/schema.js';
import { BUILT_IN_LANGUAGES } from '../dist/manifest/trust.js';

const dist = new URL('../dist/', import.meta.url);

const checked = parseManifest(defaultManifest);
if (!checked.ok) {
  for (const issue of checked.issues)
    console.error(`default manifest: ${issue.path}: ${issue.message}`);
  process.exit(1);
}

const schema = toJSONSchema(Manifest, { io: 'input', unrepresentable: 'any' });
schema.title = 'safety-panels resource manifest';
// What zod cannot write as JSON Schema, said here: in a language the elements carry, a site's strings may not set
// the safety words (src/manifest/trust.ts, `stringProblem`).
const languages = BUILT_IN_LANGUAGES.map((tag) =>
  [...tag].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join(''),
);
schema.properties.strings.patternProperties = {
  [`^(?:${languages.join('|')})(?:-.*)?$`]: {
    type: 'object',
    propertyNames: { not: { pattern: '^(?:emergency|exit)\\.' } },
    additionalProperties: { type: 'string' },
  },
};
writeFileSync(new URL('manifest.schema.json', dist), `${JSON.stringify(schema, null, 2)}\n`);

const json = { $schema: './manifest.schema.json', ...defaultManifest };
writeFileSync(new URL('default-manifest.json', dist), `${JSON.stringify(json, null, 2)}\n`);
console.log('wrote dist/manifest.schema.json and dist/default-manifest.json');
