import { expect } from '@open-wc/testing';
import { defaults } from '../src/manifest/defaults.js';
import { loadManifest, loaderConfig, onSiteRead, readAsExtending } from '../src/manifest/load.js';
import { captureConsoleError, fakeFetch, json } from './helpers.js';
import { javascriptLinkManifest, schoolManifest } from './fixtures/manifests.js';

describe('loadManifest', () => {
  let fake: ReturnType<typeof fakeFetch>;
  let consoleErrors: ReturnType<typeof captureConsoleError>;

  beforeEach(() => {
    consoleErrors = captureConsoleError();
  });
  afterEach(() => {
    fake?.restore();
    consoleErrors.restore();
  });

  it('gives the default at once when there is no URL, with no request', async () => {
    fake = fakeFetch({});
    const result = await loadManifest(undefined);
    expect(result.manifest).to.equal(defaults.manifest);
    expect(fake.calls).to.deep.equal([]);
  });

  it('loads, checks and merges a site manifest', async () => {
    fake = fakeFetch({ '/school.json': json(schoolManifest) });
    const result = await loadManifest('/school.json');
    expect(result.error).to.equal(undefined);
    expect(result.manifest.resources.map((r) => r.id)).to.include('school-counsellor');
    expect(consoleErrors.messages).to.deep.equal([]);
  });

  it('fetches each URL once however many ask', async () => {
    fake = fakeFetch({ '/school.json': json(schoolManifest) });
    const results = await Promise.all([
      loadManifest('/school.json'),
      loadManifest('/school.json'),
      loadManifest(`${location.origin}/school.json`),
    ]);
    expect(fake.calls).to.deep.equal(['/school.json']);
    // One checked manifest, shared: each element merges it with the built-in data it has.
    expect(results[0].site).to.be.an('object');
    expect(results[0].site).to.equal(results[2].site);
  });

  it('says a manifest that extends the built-in data was read before it is checked (its country file can start), and not one that stands alone', async () => {
    const standAlone = { ...schoolManifest, extends: undefined };
    fake = fakeFetch({
      '/extends.json': json(schoolManifest),
      '/alone.json': json(standAlone),
    });
    const heard: string[] = [];
    const stop = onSiteRead(() =>
      heard.push(readAsExtending(`${location.origin}/extends.json`) ? 'read' : 'read, not it'),
    );
    try {
      const loaded = loadManifest('/extends.json').then(() => heard.push('loaded'));
      await loaded;
      expect(heard).to.deep.equal(['read', 'loaded']);
      heard.length = 0;
      await loadManifest('/alone.json');
      expect(heard).to.deep.equal([]);
      expect(readAsExtending(`${location.origin}/alone.json`)).to.equal(false);
    } finally {
      stop();
    }
  });

  const failures: [string, Parameters<typeof fakeFetch>[0], string, RegExp][] = [
    ['a missing file', {}, 'http', /could not be loaded: the server answered 404/],
    [
      'a server error',
      { '/m.json': new Response('oops', { status: 500 }) },
      'http',
      /answered 500/,
    ],
    [
      'a network failure',
      { '/m.json': new TypeError('Failed to fetch') },
      'network',
      /could not be fetched/,
    ],
    ['invalid JSON', { '/m.json': new Response('{ "version": 1,, }') }, 'json', /not valid JSON/],
    [
      'a schema error',
      { '/m.json': json(javascriptLinkManifest) },
      'schema',
      /resources\[0\]\.channels\[0\]\.url: must be an https: link/,
    ],
  ];
  for (const [what, answers, kind, logged] of failures) {
    it(`falls back to the default on ${what}, and says why in the console`, async () => {
      fake = fakeFetch(answers);
      const result = await loadManifest('/m.json');
      expect(result.manifest).to.equal(defaults.manifest);
      expect(result.error?.kind).to.equal(kind);
      expect(consoleErrors.messages.length).to.equal(1);
      expect(consoleErrors.messages[0]).to.match(logged);
      expect(consoleErrors.messages[0]).to.contain('/m.json');
    });
  }

  it('gives up after the timeout', async () => {
    fake = fakeFetch({ '/slow.json': 'hang' });
    loaderConfig.timeoutMs = 50;
    const result = await loadManifest('/slow.json');
    expect(result.error?.kind).to.equal('timeout');
    expect(result.manifest).to.equal(defaults.manifest);
  });

  it('keeps every issue of a schema error with its path', async () => {
    fake = fakeFetch({
      '/m.json': json({ version: 1, resources: [{ id: 'x', kind: 'nope' }], colour: 'red' }),
    });
    const result = await loadManifest('/m.json');
    const paths = result.error?.issues.map((i) => i.path) ?? [];
    expect(paths).to.include.members(['resources[0].kind', 'resources[0].name', 'colour']);
  });

  it('refuses a file over 5 MB by its Content-Length, and by what arrives when there is none', async () => {
    const big = `{"version":1,"x":"${'a'.repeat(6 * 1024 * 1024)}"}`;
    fake = fakeFetch({
      '/declared.json': new Response('{}', {
        headers: { 'content-length': String(6 * 1024 * 1024) },
      }),
      '/streamed.json': new Response(big),
    });
    const declared = await loadManifest('/declared.json');
    expect(declared.error?.kind).to.equal('size');
    expect(declared.error?.message).to.equal('is 6.0 MB; at most 5.0 MB is allowed');
    const streamed = await loadManifest('/streamed.json');
    expect(streamed.error?.kind).to.equal('size');
    expect(streamed.manifest).to.equal(defaults.manifest);
  });

  it('accepts a UTF-8 byte-order mark, as the validator does', async () => {
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(JSON.stringify(schoolManifest)),
    ]);
    fake = fakeFetch({ '/bom.json': new Response(bom) });
    const result = await loadManifest('/bom.json');
    expect(result.error).to.equal(undefined);
  });

  it('logs the first 100 problems, then "and N more"', async () => {
    const resources = Array.from({ length: 300 }, (_, i) => ({ id: `Bad ${i}` }));
    fake = fakeFetch({ '/m.json': json({ version: 1, extends: 'default', resources }) });
    const result = await loadManifest('/m.json');
    expect(result.error?.issues.length).to.equal(100);
    expect(result.error?.total).to.equal(2400);
    const lines = consoleErrors.messages[0]!.split('\n');
    expect(lines.length).to.equal(102);
    expect(lines.at(-1)).to.equal('  and 2,300 more');
  });
});
