// A translation made from English that has changed since is out of date: this fails until someone updates the
// Spanish and French and marks them (`npm run translations:mark`), rather than letting a user read old advice.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { currentHashes, LOCK } from '../../scripts/translations.mjs';

test('no English text has changed since its translations were made', async () => {
  const recorded = JSON.parse(readFileSync(LOCK, 'utf8'));
  const now = await currentHashes();
  const changed = [
    ...Object.entries(now.strings)
      .filter(([key, hash]) => recorded.strings[key] !== hash)
      .map(([key]) => `interface word "${key}"`),
    ...Object.entries(now.texts).flatMap(([file, byPointer]) =>
      Object.entries(byPointer)
        .filter(([pointer, hash]) => recorded.texts[file]?.[pointer] !== hash)
        .map(([pointer]) => `src/data/${file} ${pointer}`),
    ),
  ];
  assert.deepEqual(
    changed,
    [],
    'English changed (or is new) since these were translated: update the es and fr texts, then run ' +
      '`npm run translations:mark`',
  );
});
