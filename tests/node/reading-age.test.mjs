// Reading age of the built-in English texts, by the Flesch-Kincaid grade (grade 6–7 is about age 12). A rough
// measure: it guards against the guide and the descriptions drifting back into long, official sentences.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const data = new URL('../../src/data/', import.meta.url);

function syllables(word) {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (w.match(/[aeiouy]{1,2}/g) ?? []).length);
}

function words(text) {
  return text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
}

function grade(text) {
  const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean).length || 1;
  const list = words(text);
  if (!list.length) return 0;
  const perWord = list.reduce((sum, w) => sum + syllables(w), 0) / list.length;
  return 0.39 * (list.length / sentences) + 11.8 * perWord - 15.59;
}

/** Every English text in a data file, with where it is. */
function englishTexts(value, path = '', out = []) {
  if (Array.isArray(value)) value.forEach((item, i) => englishTexts(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    if (typeof value.en === 'string' && 'es' in value) out.push([path, value.en]);
    else for (const [key, item] of Object.entries(value)) englishTexts(item, `${path}.${key}`, out);
  }
  return out;
}

const read = (name) => JSON.parse(readFileSync(new URL(name, data), 'utf8'));
const guide = ['guide.json', 'warning-signs.json', 'platforms.json'].flatMap((name) =>
  englishTexts(read(name), name),
);
const services = readdirSync(new URL('regions/', data))
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => englishTexts(read(`regions/${name}`), name));

test('the guide, the warning signs and the platform steps read at about age 12 (grade 7 or below)', () => {
  const all = guide.map(([, text]) => text).join(' ');
  assert.ok(grade(all) <= 7, `grade ${grade(all).toFixed(1)}`);
});

test('the services’ descriptions read at grade 8 or below on average', () => {
  const all = services.map(([, text]) => text).join(' ');
  assert.ok(grade(all) <= 8, `grade ${grade(all).toFixed(1)}`);
});

test('no longer text (12 words or more) reads above grade 15', () => {
  const hard = [...guide, ...services]
    .filter(([, text]) => words(text).length >= 12 && grade(text) > 15)
    .map(([path, text]) => `${path} (grade ${grade(text).toFixed(1)}): ${text}`);
  assert.deepEqual(hard, []);
});
