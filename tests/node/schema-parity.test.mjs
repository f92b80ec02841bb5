// dist/manifest.schema.json against the runtime: ajv (draft 2020-12, with formats) and the elements' own check
// must give the same answer on every manifest here, good and bad, except the checks the schema's description
// lists as runtime-only. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { transformSync } from 'esbuild';
import { defaultManifest } from '../../dist/manifest/default-manifest.js';
import { parseManifest } from '../../dist/manifest/schema.js';
import { RUNTIME_ONLY } from '../../dist/manifest/schema-json.js';
import { builtInConflicts } from '../../dist/manifest/site-trust.js';

const schema = JSON.parse(readFileSync('dist/manifest.schema.json', 'utf8'));
const ajv = new Ajv2020({ strict: true, strictRequired: false });
addFormats(ajv);
const schemaValid = ajv.compile(schema);

/** What the elements and `safety-panels validate` decide: the schema, then the built-in names. */
function runtimeValid(manifest) {
  const result = parseManifest(structuredClone(manifest));
  return result.ok && builtInConflicts(result.manifest, defaultManifest).length === 0;
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** tests/fixtures/manifests.ts, compiled here (node runs no TypeScript). */
async function fixtureModule() {
  const { code } = transformSync(readFileSync('tests/fixtures/manifests.ts', 'utf8'), {
    loader: 'ts',
    format: 'esm',
  });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const school = readJson('tests/fixtures/school.json');
school.resources[0].hours = {
  type: 'weekly',
  timeZone: 'America/Detroit',
  spans: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:30', close: '15:30' }],
};

/** The school's manifest with its one resource changed by `edit`. */
function schoolWith(edit) {
  const manifest = structuredClone(school);
  edit(manifest.resources[0], manifest);
  return manifest;
}

const web = (url) =>
  schoolWith((resource) => {
    resource.channels = [{ type: 'web', url }];
  });

const weekly = (timeZone) =>
  schoolWith((resource) => {
    resource.hours.timeZone = timeZone;
  });

const platform = (fields) =>
  schoolWith((_, m) => {
    m.platforms = [{ id: 'p', name: 'P', url: 'https://p.example/', ...fields }];
  });

/** Cases the schema and the runtime must agree on: [name, manifest]. */
const agreeing = [
  ['an https: web link', web('https://school.example/help')],
  ['a javascript: web link', web('javascript:alert(1)')],
  ['an http: web link', web('http://school.example/help')],
  ['a mailto: web link', web('mailto:someone@school.example')],
  ['a data: web link', web('data:text/html,<script>alert(1)</script>')],
  ['a link to a punycode host', web('https://xn--cybertp-4ib.org/')],
  ['a link with a user name', web('https://report.cybertip.org@evil.example/')],
  ['a link with a port', web('https://school.example:8443/')],
  [
    'a web link by language',
    web({ en: 'https://school.example/en', es: 'https://school.example/es' }),
  ],
  ['an empty map of links', web({})],
  ['a link 2,049 characters long', web(`https://school.example/${'a'.repeat(2049 - 23)}`)],
  ['a link 2,048 characters long', web(`https://school.example/${'a'.repeat(2048 - 23)}`)],
  ['an empty name map', schoolWith((r) => (r.name = {}))],
  ['an empty name', schoolWith((r) => (r.name = ''))],
  ['a name of only spaces', schoolWith((r) => (r.name = { en: '  ' }))],
  ['a description of only a space', schoolWith((r) => (r.description = ' '))],
  ['a name with a right-to-left override', schoolWith((r) => (r.name = 'Ms Rivera\u202Eenilpit'))],
  ['a name with a zero-width space', schoolWith((r) => (r.name = { en: 'Ms\u200BRivera' }))],
  [
    'a display with the number behind a right-to-left override',
    schoolWith(
      (r) =>
        (r.channels = [{ type: 'phone', display: '\u202E8765-348-008-1', number: '+19005550199' }]),
    ),
  ],
  ['a name 201 characters long', schoolWith((r) => (r.name = 'n'.repeat(201)))],
  ['a description 2,000 characters long', schoolWith((r) => (r.description = 'd'.repeat(2000)))],
  [
    'a description in Indonesian of 2,000 characters',
    schoolWith((r) => (r.description = { en: 'Talk to me.', id: 'd'.repeat(2000) })),
  ],
  ['a description 2,001 characters long', schoolWith((r) => (r.description = 'd'.repeat(2001)))],
  ['a name keyed by a bad language tag', schoolWith((r) => (r.name = { 'not a tag': 'x' }))],
  ['a verified date', schoolWith((r) => (r.verified = '2026-11-23'))],
  ['a verified 13th month', schoolWith((r) => (r.verified = '2026-13-45'))],
  ['a verified 30 February', schoolWith((r) => (r.verified = '2026-02-30'))],
  ['a verified 29 February in a leap year', schoolWith((r) => (r.verified = '2024-02-29'))],
  ['a verified date with a time', schoolWith((r) => (r.verified = '2026-11-23T10:00:00Z'))],
  [
    'a source dated by month',
    schoolWith((r) => (r.sources = [{ url: 'https://a.example/', date: '2026-11' }])),
  ],
  [
    'a source dated by year',
    schoolWith((r) => (r.sources = [{ url: 'https://a.example/', date: '2018' }])),
  ],
  [
    'a source in a 13th month',
    schoolWith((r) => (r.sources = [{ url: 'https://a.example/', date: '2026-13' }])),
  ],
  [
    'a source on 2026-04-31',
    schoolWith((r) => (r.sources = [{ url: 'https://a.example/', date: '2026-04-31' }])),
  ],
  ['a source with an http: link', schoolWith((r) => (r.sources = ['http://a.example/']))],
  ['an unknown kind', schoolWith((r) => (r.kind = 'cult'))],
  ['an unknown audience', schoolWith((r) => (r.audiences = ['everyone']))],
  ['no audience', schoolWith((r) => (r.audiences = []))],
  ['a region in lower case', schoolWith((r) => (r.regions = ['us']))],
  ['a subdivision', schoolWith((r) => (r.regions = ['US-MI']))],
  ['an id in capitals', schoolWith((r) => (r.id = 'School-Counsellor'))],
  ['an unknown field', schoolWith((r) => (r.colour = 'red'))],
  ['no channel', schoolWith((r) => (r.channels = []))],
  [
    'an unknown channel type',
    schoolWith((r) => (r.channels = [{ type: 'fax', number: '+18005551234' }])),
  ],
  [
    'a bad email address',
    schoolWith((r) => (r.channels = [{ type: 'email', address: 'not-an-address' }])),
  ],
  [
    'a phone number',
    schoolWith(
      (r) => (r.channels = [{ type: 'phone', display: '1-800-843-5678', number: '+18008435678' }]),
    ),
  ],
  [
    'a phone service code',
    schoolWith((r) => (r.channels = [{ type: 'phone', display: '*4141', number: '*4141' }])),
  ],
  [
    'a phone number with letters',
    schoolWith((r) => (r.channels = [{ type: 'phone', display: 'CALL-ME', number: 'CALLME' }])),
  ],
  [
    'a text to a service code',
    schoolWith((r) => (r.channels = [{ type: 'text', display: '*4141', number: '*4141' }])),
  ],
  [
    'a text keyword by language',
    schoolWith(
      (r) =>
        (r.channels = [
          { type: 'text', display: '233733', number: '233733', body: { en: 'BeFree', es: '' } },
        ]),
    ),
  ],
  ['a closing time of 25:00', schoolWith((r) => (r.hours.spans[0].close = '25:00'))],
  ['a span on no day', schoolWith((r) => (r.hours.spans[0].days = []))],
  ['a day called "someday"', schoolWith((r) => (r.hours.spans[0].days = ['someday']))],
  ['hours of an unknown type', schoolWith((r) => (r.hours = { type: 'sometimes' }))],
  ['a time zone that is not a string', weekly(3)],
  [
    'a list of 1,001 topics',
    schoolWith((r) => (r.topics = Array.from({ length: 1001 }, (_, i) => `t-${i}`))),
  ],
  ['version 2', schoolWith((_, m) => (m.version = 2))],
  ['extends something else', schoolWith((_, m) => (m.extends = 'other'))],
  ['no locales', schoolWith((_, m) => (m.locales = []))],
  ['an unknown top-level field', schoolWith((_, m) => (m.colour = 'red'))],
  ['a hide id in capitals', schoolWith((_, m) => (m.hide = ['NCMEC']))],
  [
    'an emergency entry with a number',
    schoolWith((_, m) => (m.emergency = [{ region: 'AQ', numbers: ['999'] }])),
  ],
  [
    'an emergency entry with a note and no number',
    schoolWith(
      (_, m) =>
        (m.emergency = [{ region: 'ZZ', numbers: [], note: 'No number could be confirmed.' }]),
    ),
  ],
  [
    'an emergency entry with neither',
    schoolWith((_, m) => (m.emergency = [{ region: 'ZZ', numbers: [] }])),
  ],
  [
    'an emergency number of 11 digits',
    schoolWith((_, m) => (m.emergency = [{ region: 'ZZ', numbers: ['18008435678'] }])),
  ],
  ['a platform with an http: link', platform({ url: 'http://p.example/' })],
  ['a platform report link', platform({ reportLinks: { sextortion: 'https://p.example/r' } })],
  [
    'a platform report link to javascript:',
    platform({ reportLinks: { sextortion: 'javascript:alert(1)' } }),
  ],
  [
    'a sign group for an unknown audience',
    schoolWith(
      (_, m) =>
        (m.warningSigns = {
          groups: [{ id: 'g', audience: 'aliens', title: 'T', signs: [{ id: 's', text: 'S' }] }],
          whatToDo: { adult: [], young: [] },
        }),
    ),
  ],
  [
    'a Spanish safety word',
    schoolWith((_, m) => (m.strings = { es: { 'exit.label': 'Quédate' } })),
  ],
  [
    'a British English safety word',
    schoolWith((_, m) => (m.strings = { 'en-GB': { 'emergency.call': 'Do not call' } })),
  ],
  ['an Arabic safety word', schoolWith((_, m) => (m.strings = { ar: { 'exit.label': 'خروج' } }))],
  [
    'an empty Arabic safety word',
    schoolWith((_, m) => (m.strings = { ar: { 'exit.label': '  ' } })),
  ],
  [
    'an Arabic emergency word with a number',
    schoolWith((_, m) => (m.strings = { ar: { 'emergency.call': 'اتصل 999' } })),
  ],
  [
    'a Spanish string with a hidden character',
    schoolWith((_, m) => (m.strings = { es: { 'hotline.more': 'Más\u200B' } })),
  ],
  ['a Spanish string', schoolWith((_, m) => (m.strings = { es: { 'hotline.more': 'Más' } }))],
  [
    'a string keyed by a bad language tag',
    schoolWith((_, m) => (m.strings = { 'e n': { 'hotline.more': 'More' } })),
  ],
  [
    'a string key of 201 characters',
    schoolWith((_, m) => (m.strings = { ar: { ['k'.repeat(201)]: 'x' } })),
  ],
  [
    'a string of 2,001 characters',
    schoolWith((_, m) => (m.strings = { ar: { 'hotline.more': 'x'.repeat(2001) } })),
  ],
  [
    'a hide list of 1,001 ids',
    schoolWith((_, m) => (m.hide = Array.from({ length: 1001 }, (_, i) => `h-${i}`))),
  ],
  ['a $schema link of 2,049 characters', schoolWith((_, m) => (m.$schema = 'x'.repeat(2049)))],
  ['not an object', []],
  ['null', null],
];

/** Cases only the runtime refuses: [name, manifest, the RUNTIME_ONLY rule (its start)]. */
const runtimeOnly = [
  ['a time zone on Mars', weekly('Mars/Olympus'), 'a `timeZone`'],
  ['a time zone made up', weekly('Europe/Atlantis'), 'a `timeZone`'],
  [
    'two resources with one id',
    schoolWith((r, m) => m.resources.push(structuredClone(r))),
    'every resource id',
  ],
  [
    'a display that dials another number',
    schoolWith(
      (r) => (r.channels = [{ type: 'phone', display: '1-800-843-5678', number: '+19005550199' }]),
    ),
    'a phone or text `display`',
  ],
  [
    "the CyberTipline's name over another number",
    schoolWith((r) => {
      r.name = 'CyberTipline';
      r.channels = [{ type: 'phone', display: '1-900-555-0199', number: '+19005550199' }];
    }),
    'a site cannot reuse',
  ],
  ['a verified date to come', schoolWith((r) => (r.verified = '2099-01-01')), 'a `verified` date'],
  [
    'other emergency numbers for the UK',
    schoolWith((_, m) => (m.emergency = [{ region: 'GB', numbers: ['999'] }])),
    'a site cannot reuse',
  ],
];

test('ajv and the runtime agree on the fixtures and the default manifest', async () => {
  const files = readdirSync('tests/fixtures').filter((name) => name.endsWith('.json'));
  const cases = files.map((name) => [name, readJson(`tests/fixtures/${name}`)]);
  for (const name of [
    'demo/school-manifest.json',
    'demo/broken-manifest.json',
    'dist/default-manifest.json',
  ])
    cases.push([name, readJson(name)]);
  for (const [name, manifest] of Object.entries(await fixtureModule()))
    cases.push([name, manifest]);
  assert.ok(cases.length >= 7);
  for (const [name, manifest] of cases)
    assert.equal(
      schemaValid(manifest),
      runtimeValid(manifest),
      `${name}: ajv and the runtime differ`,
    );
});

test('ajv and the runtime agree on good and hostile manifests', () => {
  const differ = agreeing
    .filter(([, manifest]) => schemaValid(manifest) !== runtimeValid(manifest))
    .map(([name, manifest]) => `${name} (ajv ${schemaValid(manifest) ? 'accepts' : 'refuses'})`);
  assert.deepEqual(differ, []);
  // Both sides are exercised: some of these are valid, most are not.
  assert.ok(agreeing.filter(([, m]) => runtimeValid(m)).length >= 10);
  assert.ok(agreeing.filter(([, m]) => !runtimeValid(m)).length >= 40);
});

test('what only the runtime refuses is listed in the schema and the docs', () => {
  const docs = readFileSync('docs/manifest.md', 'utf8');
  for (const [name, manifest, rule] of runtimeOnly) {
    assert.equal(schemaValid(manifest), true, `${name}: ajv refuses it (it is not runtime-only)`);
    assert.equal(runtimeValid(manifest), false, `${name}: the runtime accepts it`);
    const listed = RUNTIME_ONLY.find((line) => line.startsWith(rule));
    assert.ok(listed, `${name}: "${rule}" is not in RUNTIME_ONLY`);
    assert.ok(schema.description.includes(listed), `${name}: not in the schema's description`);
    assert.ok(docs.includes(listed), `${name}: not in docs/manifest.md`);
  }
});

test('a verified date that is not on the calendar is refused', () => {
  for (const date of ['2026-13-45', '2026-02-30', '2025-02-29', '2026-00-10'])
    assert.equal(runtimeValid(schoolWith((r) => (r.verified = date))), false, date);
  assert.equal(runtimeValid(schoolWith((r) => (r.verified = '2024-02-29'))), true);
});

test('the schema has an $id, a title, and a description on every field', () => {
  assert.equal(schema.$id, 'urn:safety-panels:manifest:1');
  assert.ok(schema.title);
  const missing = [];
  const walk = (json, path) => {
    if (Array.isArray(json)) return json.forEach((item, i) => walk(item, `${path}[${i}]`));
    if (typeof json !== 'object' || json === null) return;
    // A branch of `anyOf` that only constrains a field (an emergency entry's numbers) is no field of its own.
    for (const [key, value] of Object.entries(json.type ? (json.properties ?? {}) : {}))
      if (typeof value.description !== 'string' || value.description.length < 10)
        missing.push(`${path}.${key}`);
    for (const [key, value] of Object.entries(json)) walk(value, `${path}/${key}`);
  };
  walk(schema, '#');
  assert.deepEqual(missing, []);
});
