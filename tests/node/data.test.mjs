// The built-in data is JSON under src/data/; these checks run on the build (dist/), after `npm run build`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { regionData } from '../../dist/manifest/default-manifest.js';

const regionsDir = new URL('../../src/data/regions/', import.meta.url);

test('every country file under src/data/regions is part of the built-in manifest', () => {
  const files = readdirSync(regionsDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
  const used = regionData.map((entry) => entry.region).sort();
  assert.deepEqual(
    used,
    files,
    'a country file under src/data/regions/ is not imported in src/manifest/default-manifest.ts (add one line there)',
  );
});

test('each country file is named after the region it holds, and its services serve it', () => {
  for (const name of readdirSync(regionsDir).filter((n) => n.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(new URL(name, regionsDir), 'utf8'));
    assert.equal(`${data.region}.json`, name);
    for (const resource of data.resources)
      assert.ok(
        resource.regions.includes(data.region),
        `${name}: ${resource.id} does not serve ${data.region}`,
      );
  }
});

test('src/version.ts says the version package.json says', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const source = readFileSync(new URL('../../src/version.ts', import.meta.url), 'utf8');
  assert.match(source, new RegExp(`VERSION = '${pkg.version.replace(/\./g, '\\.')}'`));
});
