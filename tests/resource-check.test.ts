import { expect } from '@open-wc/testing';
import { generateManifest } from '../bench/generate.mjs';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { checkLimits } from '../src/manifest/limits.js';
import { isWellFormedResource } from '../src/manifest/resource-check.js';
import { Resource, isHttpsLink, isPlainHttpsLink } from '../src/manifest/schema-fields.js';
import { parseManifest } from '../src/manifest/schema.js';
import * as vocabulary from '../src/manifest/vocabulary.js';
import { schoolManifest } from './fixtures/manifests.js';

type Json = unknown;

/** Every place in a value, as a path of keys, the value's own root included. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  return out;
}

/** A copy of `value` with the value at `path` replaced (or removed, for `undefined`). */
function replaced(value: Json, path: (string | number)[], next: Json): Json {
  if (path.length === 0) return next;
  const copy = structuredClone(value) as Record<string | number, Json>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (next === undefined && !Array.isArray(at)) delete at[last];
  else at[last] = next;
  return copy;
}

const long = (n: number) => 'x'.repeat(n);
/** Values that break or stretch a field: wrong types, empty, over each limit, bad links, odd shapes. */
const REPLACEMENTS: Json[] = [
  undefined,
  null,
  '',
  'x',
  'Not-Kebab',
  'US',
  'us',
  'teen',
  'weekly',
  'phone',
  'email',
  '09:00',
  '24:01',
  '2026-11-23',
  '2026-11',
  '+18008435678',
  '+0123',
  'Europe/London',
  'Mars/Olympus',
  long(201),
  long(2_001),
  `https://a.example/${long(2_030)}`,
  'https://a.example/',
  'https://xn--a.example/',
  'https://1.2.3.4/',
  'https://a.example:99999/',
  'http://a.example/',
  'javascript:alert(1)',
  'a@b.co',
  0,
  1,
  true,
  false,
  [],
  ['US'],
  Array.from({ length: 1_001 }, () => 'US'),
  {},
  { en: '' },
  { en: 'x' },
  { 'en-US': 'https://a.example/' },
  { url: long(2_030) },
  { 'not a tag': 'x' },
  { type: 'always' },
  { type: 'always', extra: 1 },
  { type: 'online' },
  {
    type: 'weekly',
    timeZone: 'Europe/London',
    spans: [{ days: ['mon'], open: '09:00', close: '17:00' }],
  },
  { type: 'weekly', timeZone: 'Europe/London', spans: [] },
  { type: 'phone', display: '1', number: '+18008435678' },
  { type: 'text', display: '1', number: '741741', body: {} },
  { type: 'web', url: 'https://a.example/', hours: { type: 'always' } },
  { url: 'https://a.example/', date: '2018' },
  { url: 'https://a.example/', date: '18' },
];

/** The fast check may only pass what zod accepts unchanged and the limits walk finds nothing in. */
function expectAgrees(resource: Json, where: string): boolean {
  const fast = isWellFormedResource(resource);
  if (!fast) return false;
  const zod = Resource.safeParse(resource);
  expect(zod.success, `zod refuses what the fast check passed, ${where}`).to.equal(true);
  expect(zod.data, `zod changes what the fast check passed, ${where}`).to.deep.equal(resource);
  const overs: string[] = [];
  const steps = checkLimits({ resources: [resource] }, (path) => overs.push(path.join('.')));
  while (!steps.next().done);
  expect(overs, `over a limit though the fast check passed, ${where}`).to.deep.equal([]);
  return true;
}

describe('the fast check of well-formed resources', () => {
  const generated = generateManifest(400, vocabulary, 7).resources;

  it('passes every resource of the bench data and of the default manifest, as zod does', () => {
    for (const [i, resource] of generated.entries())
      expect(expectAgrees(resource, `bench resource ${i}`), `bench resource ${i}`).to.equal(true);
    for (const resource of [...defaultManifest.resources, ...schoolManifest.resources])
      expect(expectAgrees(resource, resource.id), resource.id).to.equal(true);
  });

  it('passes nothing that zod refuses or changes, nor anything over a limit, across broken variants', function () {
    this.timeout(30_000);
    const samples = [
      ...generated.slice(0, 6),
      ...defaultManifest.resources.filter((_, i) => i % 15 === 0),
    ];
    let variants = 0;
    let refused = 0;
    for (const [s, resource] of samples.entries()) {
      for (const path of paths(resource)) {
        for (const [r, next] of REPLACEMENTS.entries()) {
          const variant = replaced(resource, path, next);
          variants += 1;
          if (!expectAgrees(variant, `sample ${s}, ${path.join('.')} = replacement ${r}`))
            refused += 1;
        }
        // A field the schema does not know, on every object.
        const at = path.reduce<Json>(
          (v, key) => (v as Record<string | number, Json>)[key],
          resource,
        );
        if (typeof at === 'object' && at !== null && !Array.isArray(at)) {
          const extra = replaced(resource, [...path, 'colour'], 'red');
          variants += 1;
          if (!expectAgrees(extra, `sample ${s}, ${path.join('.')}.colour`)) refused += 1;
        }
      }
    }
    // Most variants are broken; the check must refuse them (and zod word them), not only agree on good ones.
    expect(refused).to.be.greaterThan(variants / 2);
    expect(variants).to.be.greaterThan(10_000);
  });

  it('passes nothing with a field named like an Object property, or a language keyed "__proto__"', () => {
    const base = generated[0] as Record<string, Json>;
    for (const text of [
      `{"__proto__": "x"}`,
      `{"constructor": "x"}`,
      `{"en": "x", "__proto__": {"en": "y"}}`,
    ]) {
      expectAgrees({ ...base, name: JSON.parse(text) as Json }, text);
      expectAgrees(JSON.parse(JSON.stringify(base).replace('{', `{"__proto__": {},`)), text);
    }
  });

  it('passes a class instance or a value from a script only when zod does', () => {
    const base = generated[0] as Record<string, Json>;
    class Plain {
      constructor() {
        Object.assign(this, base);
      }
    }
    expect(isWellFormedResource(new Plain())).to.equal(false);
    expect(isWellFormedResource({ ...base, organisation: undefined })).to.equal(false);
    expect(Resource.safeParse({ ...base, organisation: undefined }).success).to.equal(true);
  });

  it('takes a link only to a plain host, where every URL parser accepts it as https: (no punycode, user, port or IP)', () => {
    const plain = [
      'https://a.example/chat',
      'https://a.example',
      'https://A.EXAMPLE/x?y#z',
      'https://a.b.c/ path with spaces/\\back',
      'https://-.a/',
    ];
    const parsed = [
      // Punycode labels: Node's parser refuses a malformed one, Chromium's takes it; either way, parse it.
      'https://xn--zz.example/',
      'https://a.XN--zz/',
      'https://a.0x1f/',
      'https://a.b.0/',
      'https://1.2.3.4/',
      'https://a.example:99999/',
      'https://a.example:443/',
      'https://user@a.example/',
      'https://a..example/',
      'https://localhost/',
      'https:a.example',
      ' https://a.example/',
      'HTTPS://a.example/',
      'https://a.example./',
    ];
    for (const url of plain) {
      expect(isPlainHttpsLink(url), url).to.equal(true);
      expect(new URL(url).protocol, url).to.equal('https:');
    }
    for (const url of [...plain, ...parsed]) {
      if (!plain.includes(url)) expect(isPlainHttpsLink(url), url).to.equal(false);
      // Issue 18: a link that needs the parser (punycode, user info, a port, an IP) is refused, not parsed.
      expect(isHttpsLink(url), url).to.equal(plain.includes(url));
    }
  });

  it('leaves the path and wording of each problem to zod, in a long list of good and broken resources', () => {
    const good = generated.slice(0, 50);
    const broken = { ...good[3], channels: [{ type: 'web', url: 'http://a.example/' }] };
    const result = parseManifest({ version: 1, resources: [...good, broken] });
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.issues).to.deep.equal([
        { path: 'resources[50].channels[0].url', message: 'must be an https: link' },
      ]);
  });
});
