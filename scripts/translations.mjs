// Keeps translations from going stale: records, for every text that has translations, a short hash of the English
// it was translated from (src/data/translated-from.json). `node --test tests/node/translations.test.mjs` fails when
// an English text has changed since: update its Spanish and French first, then run `npm run translations:mark`.
// Run after `npm run build` (it reads the English interface words from dist/).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const data = new URL('../src/data/', import.meta.url);
export const LOCK = new URL('translated-from.json', data);

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** Every translated text in the data files: file → JSON pointer → the English. */
function dataTexts() {
  const files = [
    ...readdirSync(data).filter(
      (name) => name.endsWith('.json') && !/^(strings|translated-from)/.test(name),
    ),
    ...readdirSync(new URL('regions/', data)).map((name) => `regions/${name}`),
  ];
  const out = {};
  for (const file of files.sort()) {
    const walk = (value, pointer) => {
      if (
        value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        typeof value.en === 'string'
      ) {
        if (Object.keys(value).length > 1) (out[file] ??= {})[pointer] = value.en;
        return;
      }
      if (value && typeof value === 'object')
        for (const [key, item] of Object.entries(value)) walk(item, `${pointer}/${key}`);
    };
    walk(JSON.parse(readFileSync(new URL(file, data), 'utf8')), '');
  }
  return out;
}

/** The hashes of the English that each translation stands for, as they are now. */
export async function currentHashes() {
  const { allEnglish: en } = await import('../dist/i18n/all-words.js');
  const texts = dataTexts();
  return {
    strings: Object.fromEntries(Object.entries(en).map(([key, text]) => [key, hash(text)])),
    texts: Object.fromEntries(
      Object.entries(texts).map(([file, byPointer]) => [
        file,
        Object.fromEntries(Object.entries(byPointer).map(([p, text]) => [p, hash(text)])),
      ]),
    ),
  };
}

if (process.argv.includes('--mark')) {
  writeFileSync(LOCK, `${JSON.stringify(await currentHashes(), null, 2)}\n`);
  console.log(
    'wrote src/data/translated-from.json: every translation now counts as made from today’s English',
  );
}
