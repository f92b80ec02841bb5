// The default manifest ships only what reference/resources.md lists: every phone number, text code and link
// host, and a `verified` date only on rows the reference marks confirmed. reference/ is the repository's copy of
// the project's shared reference (tests/node/reference-sync.test.mjs says when the two differ).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { defaultManifest } from '../../dist/manifest/default-manifest.js';

const reference = readFileSync(new URL('../../reference/resources.md', import.meta.url), 'utf8');
const digitsInReference = new Set(
  [...reference.matchAll(/\+?\d[\d\s-]{0,20}\d/g)].flatMap((m) => {
    const raw = m[0];
    const digits = raw.replace(/[^\d+]/g, '');
    return [digits, digits.replace(/^\+/, '')];
  }),
);
// Service codes dialled as written: Chile's *4141, Japan's #8103.
for (const [code] of reference.matchAll(/[*#]\d{2,6}\b/g)) digitsInReference.add(code);
const wordsInReference = new Set(reference.match(/[A-Za-z]+/g));
const hostsInReference = new Set(
  [...reference.matchAll(/(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/\s),;"'|]|$)/gi)].map(
    (m) => m[1].toLowerCase().replace(/^www\./, ''),
  ),
);

/** The reference's rows by id, with their confidence column. */
function rows() {
  const byId = new Map();
  for (const line of reference.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| id ') || line.startsWith('|---')) continue;
    const cells = line.split('|').map((c) => c.trim());
    const id = cells[1];
    // "**likely** (…)": the reference puts some confidences in bold.
    const confidence = cells
      .map((c) => c.replace(/^\*\*(\w+)\*\*/, '$1'))
      .find((c) => /^(confirmed|likely|partly)/.test(c));
    if (id && confidence && !byId.has(id)) byId.set(id, confidence);
  }
  return byId;
}

/** Every value of a field that is one string or a map of language tag → string (a link, a text keyword). */
function languages(value) {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : Object.values(value);
}

function hostOf(url) {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

test('the reference was found and read', () => {
  assert.ok(reference.includes('ncmec-cybertipline'));
});

test('every phone number and text code the default manifest ships is in the reference', () => {
  const problems = [];
  for (const resource of defaultManifest.resources) {
    for (const channel of resource.channels) {
      if (channel.type !== 'phone' && channel.type !== 'text') continue;
      if (!digitsInReference.has(channel.number))
        problems.push(`${resource.id}: ${channel.type} ${channel.number}`);
      for (const body of languages(channel.body))
        if (body && !wordsInReference.has(body)) problems.push(`${resource.id}: text code ${body}`);
    }
  }
  for (const entry of defaultManifest.emergency) {
    const numbers = [
      ...entry.numbers,
      ...(entry.police ?? []),
      ...(entry.nonEmergency ?? []).map((n) => n.number),
    ];
    for (const number of numbers)
      if (!digitsInReference.has(number)) problems.push(`emergency ${entry.region}: ${number}`);
  }
  assert.deepEqual(problems, []);
});

test('every link host the default manifest ships is in the reference', () => {
  const problems = [];
  const links = [
    ...defaultManifest.resources.flatMap((r) => [
      ...r.channels.flatMap((c) => ('url' in c ? languages(c.url).map((url) => [r.id, url]) : [])),
      ...(r.sources ?? []).map((s) => [r.id, typeof s === 'string' ? s : s.url]),
    ]),
    ...defaultManifest.platforms.flatMap((p) => [
      [p.id, p.url],
      ...Object.values(p.reportLinks ?? {}).map((url) => [p.id, url]),
      ...(p.sources ?? []).map((s) => [p.id, typeof s === 'string' ? s : s.url]),
    ]),
    ...defaultManifest.emergency.flatMap((e) =>
      (e.sources ?? []).map((s) => [`emergency ${e.region}`, typeof s === 'string' ? s : s.url]),
    ),
  ];
  for (const [id, url] of links) {
    // A WhatsApp chat link (https://wa.me/<number>) is made from a number: that number must be in the reference.
    const whatsapp = hostOf(url) === 'wa.me' && new URL(url).pathname.slice(1);
    if (whatsapp ? !digitsInReference.has(whatsapp) : !hostsInReference.has(hostOf(url)))
      problems.push(`${id}: ${url}`);
  }
  assert.deepEqual(problems, []);
});

test('every resource is a row of the reference, and only confirmed rows carry a verified date', () => {
  const byId = rows();
  const problems = [];
  for (const resource of defaultManifest.resources) {
    const confidence = byId.get(resource.id);
    if (!confidence) problems.push(`${resource.id}: not in the reference`);
    else if (resource.verified && !confidence.startsWith('confirmed'))
      problems.push(`${resource.id}: verified, but the reference says "${confidence}"`);
  }
  assert.deepEqual(problems, []);
});

test('platforms carry a verified date only where the reference confirms their help article', () => {
  const unconfirmed = ['x', 'reddit', 'twitch', 'telegram', 'threads', 'kik'];
  const problems = defaultManifest.platforms
    .filter((p) => p.verified && unconfirmed.includes(p.id))
    .map((p) => p.id);
  assert.deepEqual(problems, []);
  for (const platform of defaultManifest.platforms)
    assert.ok(
      new RegExp(`\\|\\s*[^|]*\\b${platform.name}\\b`, 'i').test(reference),
      `${platform.name} is not in the reference's platform table`,
    );
});
