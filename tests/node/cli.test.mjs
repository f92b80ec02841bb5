// The manifest validator, run as a person would: `safety-panels validate <file>`. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

function validate(file) {
  const result = spawnSync(process.execPath, ['bin/safety-panels.js', 'validate', file], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('the default manifest is valid', () => {
  const { code, out } = validate('dist/default-manifest.json');
  assert.equal(code, 0);
  assert.match(out, /dist\/default-manifest\.json: valid/);
});

test('a manifest with a javascript: link fails and names the path', () => {
  const { code, err } = validate('tests/fixtures/javascript-link.json');
  assert.equal(code, 1);
  assert.match(err, /resources\[0\]\.channels\[0\]\.url: must be an https: link/);
});

test('a file that is not JSON fails', () => {
  const { code, err } = validate('rollup.config.mjs');
  assert.equal(code, 1);
  assert.match(err, /rollup\.config\.mjs: .*JSON/);
});

test('a missing file fails', () => {
  const { code } = validate('tests/fixtures/nope.json');
  assert.equal(code, 1);
});

test('no file is a usage error', () => {
  const result = spawnSync(process.execPath, ['bin/safety-panels.js'], { encoding: 'utf8' });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /usage: safety-panels validate/);
});
