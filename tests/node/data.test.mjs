// The built-in data is JSON under src/data/; these checks run on the build (dist/), after `npm run build`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { core, regionData, sections } from '../../dist/data/source.js';

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
    'a country file under src/data/regions/ is not imported in src/data/source.ts (add one line there)',
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

test('the split for the script-tag bundles loses nothing: English core and files plus each language file give back every text', async () => {
  const { core, sections } = await import('../../dist/data/source.js');
  const { splitData } = await import('../../scripts/split-data.mjs');
  // The browser's own code puts each language back.
  const { applyTexts } = await import('../../dist/manifest/default-data.js');
  const countries = regionData.filter(({ region }) => region !== 'INTL');
  const split = splitData(
    structuredClone(core),
    structuredClone(sections),
    structuredClone(countries),
  );

  // Nothing but English is left in what an English page loads.
  const english = JSON.stringify([split.core, split.sections, split.regions]);
  const foreign = english.match(/"(?!en")[a-z]{2}(?:-[A-Za-z0-9]+)?":"[^"]*"/g) ?? [];
  assert.deepEqual(
    foreign.filter((pair) => /^"(es|fr)"/.test(pair)),
    [],
    'Spanish or French left in the English files',
  );

  // Put every language back, and the data is what it was.
  const files = { core: split.core, ...split.sections, ...split.regions };
  for (const [language, file] of Object.entries(split.languages))
    for (const [name, texts] of Object.entries(file.texts))
      applyTexts(files[name], texts, language);
  for (const [language, byRegion] of Object.entries(split.languageRegions))
    for (const [code, texts] of Object.entries(byRegion)) applyTexts(files[code], texts, language);
  // Where a country's emergency numbers come from travels in its file, not in the core every page loads.
  const withFile = split.core.emergency.filter(({ region }) => region in split.regions);
  assert.ok(withFile.length > 0);
  assert.deepEqual(
    withFile.filter((entry) => entry.sources || entry.verified).map(({ region }) => region),
    [],
    'emergency sources left in the core for a country with a file',
  );
  for (const file of Object.values(split.regions))
    if (file.emergency)
      Object.assign(
        split.core.emergency.find(({ region }) => region === file.region),
        file.emergency,
      );
  // A language's own file holds no country's texts: those come one country at a time.
  for (const file of Object.values(split.languages))
    assert.deepEqual(Object.keys(file.texts).sort(), [
      'core',
      'guide',
      'platforms',
      'warningSigns',
    ]);
  const { languages, regions, early, ...rest } = split.core;
  const { early: fullEarly, ...fullCore } = core;
  assert.deepEqual({ languages, regions, ...rest }, fullCore);
  assert.deepEqual(split.sections, sections);
  // Each country's file: the services of every file that serve it (its own, and one like Samaritans in GB's).
  const serving = (code) =>
    countries.flatMap(({ resources }) =>
      resources.filter((r) => r.regions.some((region) => region.split('-')[0] === code)),
    );
  for (const country of countries)
    assert.deepEqual(
      split.regions[country.region].resources,
      serving(country.region),
      country.region,
    );
  // The words a panel shows before its language arrives are there in every language.
  for (const language of languages.filter((tag) => tag !== 'en')) {
    assert.equal(early[language]['exit.button'], fullEarly[language]['exit.button']);
    assert.ok(early[language].loading, `${language}: no early "loading"`);
  }
});

test("a country's file has every service that serves it, whichever file keeps it (Samaritans for Ireland)", async () => {
  const { splitData } = await import('../../scripts/split-data.mjs');
  const countries = regionData.filter(({ region }) => region !== 'INTL');
  const split = splitData(
    structuredClone(core),
    structuredClone(sections),
    structuredClone(countries),
  );
  const missing = countries.flatMap(({ resources }) =>
    resources.flatMap((r) =>
      r.regions
        .map((region) => region.split('-')[0])
        .filter((code) => code in split.regions)
        .filter((code) => !split.regions[code].resources.some(({ id }) => id === r.id))
        .map((code) => `${r.id} in ${code}`),
    ),
  );
  assert.deepEqual(missing, []);
  assert.ok(split.regions.IE.resources.some(({ id }) => id === 'samaritans'));
});

test('every language in src/data/strings.json has every interface word, and no others', async () => {
  const { allEnglish: en } = await import('../../dist/i18n/all-words.js');
  const translations = JSON.parse(
    readFileSync(new URL('../../src/data/strings.json', import.meta.url), 'utf8'),
  );
  for (const [language, words] of Object.entries(translations)) {
    const missing = Object.keys(en).filter((key) => !words[key]?.trim());
    const extra = Object.keys(words).filter((key) => !(key in en));
    assert.deepEqual(missing, [], `${language}: missing words`);
    assert.deepEqual(extra, [], `${language}: words English does not have`);
  }
});

test('every path in package.json "exports" is a file the build writes', async () => {
  const { existsSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const targets = Object.values(pkg.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
  const missing = targets.filter(
    (target) => !target.includes('*') && !existsSync(new URL(`../../${target}`, import.meta.url)),
  );
  assert.deepEqual(missing, []);
});

test('each script-tag bundle carries one copy of the decorator helpers, however many files use decorators', () => {
  const dist = new URL('../../dist/', import.meta.url);
  const scripts = readdirSync(dist).filter(
    (name) =>
      /^(safety-panels|hotline-list|report-help|warning-signs)/.test(name) && name.endsWith('.js'),
  );
  // A page loads safety-panels.js alone, or the per-element files with their shared chunks.
  const perElement = scripts.filter(
    (name) => !/^safety-panels(\.iife)?\.js$|^safety-panels-site/.test(name),
  );
  const copies = (names) =>
    names.reduce(
      (sum, name) =>
        sum +
        readFileSync(new URL(name, dist), 'utf8').split('Cannot add the same private member')
          .length -
        1,
      0,
    );
  assert.equal(copies(['safety-panels.js']), 1);
  assert.equal(copies(['safety-panels.iife.js']), 1);
  assert.equal(copies(perElement), 1);
});
