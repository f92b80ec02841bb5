// Spanish keeps two ideas apart: "keep a record" (anotar, llevar un registro) and "do not save the images"
// (no guardes). "Guardar" appears only where something is not to be saved, or is not saved.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const data = new URL('../../src/data/', import.meta.url);
const files = [
  'guide.json',
  'warning-signs.json',
  'platforms.json',
  ...readdirSync(new URL('regions/', data)).map((name) => `regions/${name}`),
];

function spanish(value, out = []) {
  if (Array.isArray(value)) value.forEach((item) => spanish(item, out));
  else if (value && typeof value === 'object') {
    if (typeof value.es === 'string') out.push(value.es);
    for (const item of Object.values(value)) if (typeof item === 'object') spanish(item, out);
  }
  return out;
}

test('Spanish uses "guardar" only in "do not save" or "is not saved"', () => {
  const wrong = [];
  for (const file of files) {
    for (const text of spanish(JSON.parse(readFileSync(new URL(file, data), 'utf8')))) {
      for (const match of text.matchAll(/(\S+\s+)?(\S+\s+)?\b(guard\w*)/gi)) {
        const before = `${match[1] ?? ''}${match[2] ?? ''}`.toLowerCase();
        // "guardar en secreto" is keeping a secret, not keeping anything on a phone.
        const keepsSecret = text.slice(match.index + match[0].length).startsWith(' en secreto');
        if (!/\b(no|nunca|ni|se|sin)\b/.test(before) && !keepsSecret)
          wrong.push(`${file}: ${text}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});
