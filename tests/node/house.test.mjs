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

// Issue 21: no module imports one that imports it back, by any path, types included (`import type`,
// `export … from`, `import('…')` and `typeof import('…')`): each such cycle is a file that should be split.
test('no import cycles between source files, type-only imports included', () => {
  const files = readdirSync(src, { recursive: true }).filter(
    (path) => path.endsWith('.ts') && !path.endsWith('.d.ts'),
  );
  const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;
  const imports = new Map(
    files.map((path) => {
      const text = readFileSync(new URL(path, src), 'utf8');
      const targets = [...text.matchAll(specifier)]
        .map(([, relative]) => new URL(relative.replace(/\.js$/, '.ts'), new URL(path, src)))
        .map((url) => url.href.slice(src.href.length))
        .filter((target) => files.includes(target));
      return [path, targets];
    }),
  );
  const cycles = [];
  const state = new Map();
  const trail = [];
  const visit = (path) => {
    state.set(path, 'open');
    trail.push(path);
    for (const target of imports.get(path)) {
      if (state.get(target) === 'open')
        cycles.push([...trail.slice(trail.indexOf(target)), target].join(' → '));
      else if (!state.has(target)) visit(target);
    }
    trail.pop();
    state.set(path, 'done');
  };
  for (const path of files) if (!state.has(path)) visit(path);
  assert.deepEqual(cycles, []);
});
