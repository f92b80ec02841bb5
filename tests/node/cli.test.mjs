// The manifest validator, run as a person would: `safety-panels validate <file>`. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

function validateAsync(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/safety-panels.js', 'validate', ...args], (error, out, err) =>
      resolve({ code: error ? error.code : 0, out, err }),
    );
  });
}

function tempFile(name, contents) {
  const dir = mkdtempSync(join(tmpdir(), 'sp-cli-'));
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
}

test('--help and --version answer and exit 0', () => {
  const help = spawnSync(process.execPath, ['bin/safety-panels.js', '--help'], {
    encoding: 'utf8',
  });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /usage: safety-panels validate .*<file-or-url>/);
  assert.match(help.stdout, /--timeout <seconds>/);
  const version = spawnSync(process.execPath, ['bin/safety-panels.js', '--version'], {
    encoding: 'utf8',
  });
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync('package.json', 'utf8')).version);
});

test('a UTF-8 byte-order mark is accepted, as browsers accept it', () => {
  const path = tempFile('bom.json', '\uFEFF{"version": 1, "extends": "default"}');
  assert.equal(readFileSync(path)[0], 0xef);
  const { code, out } = validate(path);
  assert.equal(code, 0);
  assert.match(out, /valid/);
});

test('--json prints the issues as JSON', () => {
  const path = tempFile('bad.json', JSON.stringify({ version: 2, extends: 'defaults' }));
  const result = spawnSync(process.execPath, ['bin/safety-panels.js', 'validate', '--json', path], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 1);
  const json = JSON.parse(result.stdout);
  assert.equal(json.valid, false);
  assert.equal(json.total, 2);
  assert.deepEqual(json.issues, [
    { path: 'version', message: 'must be 1' },
    { path: 'extends', message: 'may only be "default", or be left out' },
  ]);
});

test('a file that is not a JSON object says so', () => {
  const { code, err } = validate(tempFile('list.json', '[1, 2]'));
  assert.equal(code, 1);
  assert.match(err, /\(the whole file\): must be a JSON object/);
});

test('a stand-alone manifest with hide, no guide and no emergency numbers is valid with warnings', () => {
  const path = tempFile('alone.json', JSON.stringify({ version: 1, hide: ['nhth'] }));
  const { code, out, err } = validate(path);
  assert.equal(code, 0);
  assert.match(out, /valid/);
  assert.match(err, /warning: hide: .*did you mean "extends": "default"\?/);
  assert.match(err, /warning: guide: .*did you mean "extends": "default"\?/);
  assert.match(err, /warning: emergency: .*did you mean "extends": "default"\?/);
});

test('a hide id that names nothing built in is a warning, not a problem', () => {
  const hide = ['dod-safe-helpline', 'no-such-service'];
  const path = tempFile('hide.json', JSON.stringify({ version: 1, extends: 'default', hide }));
  const { code, out, err } = validate(path);
  assert.equal(code, 0);
  assert.match(out, /valid/);
  assert.match(
    err,
    /warning: hide\[1\]: "no-such-service" is not a built-in id, so it hides nothing/,
  );
  assert.doesNotMatch(err, /dod-safe-helpline/);
});

test('20,000 bad resources: the first 100 problems, then "and N more", and no stack overflow', () => {
  const resources = Array.from({ length: 20_000 }, (_, i) => ({
    id: `Bad ${i}`,
    kind: 'nope',
    channels: [{ type: 'web', url: 'javascript:alert(1)' }],
  }));
  const path = tempFile('many.json', JSON.stringify({ version: 1, extends: 'default', resources }));
  const { code, err } = validate(path);
  assert.equal(code, 1);
  assert.doesNotMatch(err, /Maximum call stack|RangeError/);
  const lines = err.trim().split('\n');
  assert.equal(lines.filter((line) => line.includes(': resources[')).length, 100);
  assert.match(err, /: and 159,900 more\n/);
  assert.match(err, /: 160,000 problem\(s\)/);
});

test('a file over 5 MB is refused before it is parsed', () => {
  const path = tempFile('big.json', `{"version":1,"x":"${'a'.repeat(6 * 1024 * 1024)}"}`);
  const { code, err } = validate(path);
  assert.equal(code, 1);
  assert.match(err, /is 6\.0 MB; at most 5\.0 MB is allowed/);
});

test('a URL that never answers times out (--timeout)', async () => {
  const server = createServer(() => {});
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  try {
    const start = Date.now();
    const { code, err } = await validateAsync('--timeout', '1', `http://127.0.0.1:${port}/m.json`);
    assert.equal(code, 1);
    assert.match(err, /no answer within 1 s/);
    // A generous bound: it gave up rather than hanging (how fast is no promise on a loaded machine).
    assert.ok(Date.now() - start < 30_000, `took ${Date.now() - start} ms`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('a URL is read the same way as a file', async () => {
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end('\uFEFF{"version": 1, "extends": "default"}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  try {
    const { code, out } = await validateAsync(`http://127.0.0.1:${port}/m.json`);
    assert.equal(code, 0);
    assert.match(out, /valid/);
  } finally {
    server.close();
  }
});

// Issue 18: what the browser refuses against the built-in data, the validator refuses too, by path.
test('a manifest that keeps the CyberTipline’s name over another number, or replaces 911, is not valid', () => {
  const builtIn = JSON.parse(readFileSync('dist/default-manifest.json', 'utf8'));
  const tipline = builtIn.resources.find((resource) => resource.id === 'ncmec-cybertipline');
  const spoof = {
    version: 1,
    extends: 'default',
    emergency: [{ region: 'US', numbers: ['912'] }],
    resources: [
      {
        ...tipline,
        channels: [{ type: 'phone', display: '1-900-555-0199', number: '+19005550199' }],
      },
    ],
  };
  const { code, out, err } = validate(tempFile('spoof.json', JSON.stringify(spoof)));
  assert.equal(code, 1);
  assert.doesNotMatch(out, /valid/);
  assert.match(err, /resources\[0\]\.name: keeps the name of the built-in "ncmec-cybertipline"/);
  assert.match(
    err,
    /emergency\[0\]\.region: the built-in emergency numbers for this region cannot be replaced/,
  );
});

test('the schema’s rules hold in the validator: a hidden override, a look-alike host, a safety word', () => {
  const spoof = {
    version: 1,
    extends: 'default',
    strings: { en: { 'exit.button': '' } },
    resources: [
      {
        id: 'look-alike',
        kind: 'reporting-centre',
        name: 'CyberTipline',
        description: 'Report.',
        regions: ['US'],
        audiences: ['adult'],
        topics: [],
        channels: [
          { type: 'phone', display: '1-800-\u202E8765-348\u202C', number: '+19005550199' },
          { type: 'web', url: 'https://report.cybert\u0456p.org/' },
        ],
      },
    ],
  };
  const { code, err } = validate(tempFile('hidden.json', JSON.stringify(spoof)));
  assert.equal(code, 1);
  assert.match(
    err,
    /resources\[0\]\.channels\[0\]\.display: must not contain invisible characters/,
  );
  assert.match(err, /resources\[0\]\.channels\[1\]\.url: must be an https: link to a plain host/);
  assert.match(err, /strings\.en\.exit\.button: is one of the elements' safety words/);
});

// The second red team (stop 24): a built-in name inside a longer name or an organisation, and safety words in a
// language the elements do not carry. `validate` refuses each, as the browser does.
test('the validator refuses a built-in name or organisation in a site’s own, and safety words in any language', () => {
  const tipline = JSON.parse(readFileSync('dist/default-manifest.json', 'utf8')).resources.find(
    (resource) => resource.id === 'ncmec-cybertipline',
  );
  const fake = { type: 'phone', display: '1-900-555-0199', number: '+19005550199' };
  const spoof = {
    version: 1,
    extends: 'default',
    resources: [
      { ...tipline, id: 'inside', name: 'NCMEC CyberTipline', channels: [fake] },
      {
        ...tipline,
        id: 'organisation',
        name: 'Our report line',
        organisation: 'CyberTipline (NCMEC)',
        channels: [fake],
      },
    ],
  };
  const named = validate(tempFile('inside.json', JSON.stringify(spoof)));
  assert.equal(named.code, 1);
  assert.match(named.err, /resources\[0\]\.name: names the built-in "ncmec-cybertipline"/);
  assert.match(named.err, /resources\[1\]\.organisation: names the built-in "ncmec-cybertipline"/);
  const german = {
    version: 1,
    extends: 'default',
    locales: ['en', 'de'],
    strings: { de: { 'exit.button': 'Weiterlesen', 'hotline.heading': 'Hilfe finden' } },
  };
  const words = validate(tempFile('german.json', JSON.stringify(german)));
  assert.equal(words.code, 1);
  assert.match(words.err, /strings\.de\.exit\.button: is one of the elements' safety words/);
  assert.doesNotMatch(words.err, /hotline\.heading/);
});
