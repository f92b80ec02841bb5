// The house rules that a reader of the code relies on (issue 9): no source file over 400 lines, data aside.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const src = new URL('../../src/', import.meta.url);

test('no source file is over 400 lines, except the data', () => {
  const long = readdirSync(src, { recursive: true })
    .filter((path) => path.endsWith('.ts') && !path.startsWith('data/'))
    .map((path) => ({
      path,
      lines: readFileSync(new URL(path, src), 'utf8').split('\n').length - 1,
    }))
    .filter(({ lines }) => lines > 400);
  assert.deepEqual(long, []);
});
