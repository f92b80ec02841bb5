// What a page downloads leaves out what only some pages need (issue 21: pay only for what is on screen). Lit's
// hydration support is loaded only by a page a server drew (the per-element files; safety-panels.js holds it); the merge of a site's manifest with the built-in data
// only by a page with a site manifest. Served from dist/ in Debian's Chromium (`npm run build` first). A file holds
// the support when it has its `globalThis.litElementHydrateSupport=`, and the merge when it has the merge's warning.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { serveDist } from './dist-server.mjs';
import { prerenderedPage, renderCli, waitForTakeOver } from './prerender-page.mjs';

const hotlines = renderCli('hotline-list', '--region', 'US', '--lang', 'en');
const bare = '<hotline-list region="US"></hotline-list>';
const script = (file) => `<script type="module" src="/${file}"></script>`;

let server;
let browser;

before(async () => {
  server = await serveDist({
    '/bare.html': prerenderedPage(bare),
    '/bare-one.html': prerenderedPage(bare, { script: script('hotline-list.js') }),
    '/drawn.html': prerenderedPage(hotlines),
    '/drawn-one.html': prerenderedPage(hotlines, { script: script('hotline-list.js') }),
    '/site.html': prerenderedPage(
      '<hotline-list region="US" manifest="/site.json"></hotline-list>',
    ),
    '/site.json': readFileSync(new URL('../fixtures/school.json', import.meta.url), 'utf8'),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The script files a page asked for, once its list shows services and the network is quiet; and its list. */
async function scriptsOf(path, shown = []) {
  const tab = await browser.newPage();
  const files = [];
  tab.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) files.push(pathname);
  });
  await tab.goto(`${server.origin}${path}`);
  await waitForTakeOver(tab, 'hotline-list');
  await tab.waitForFunction(() =>
    document.querySelector('hotline-list')?.shadowRoot?.querySelector('[part~="item"]'),
  );
  await tab.waitForLoadState('networkidle');
  shown.push(
    await tab.evaluate(() => document.querySelector('hotline-list').shadowRoot.textContent),
  );
  await tab.close();
  return files;
}

const holds = (text) => (file) =>
  readFileSync(new URL(`../../dist${file}`, import.meta.url), 'utf8').includes(text);
const isSupport = holds('litElementHydrateSupport=');
const hasMerge = holds('the built-in entry is shown instead');

// safety-panels.js keeps the support inside (one file, so that an optimiser may move it): only the per-element
// files leave it out.
test("a page the script draws (hotline-list.js) never downloads Lit's hydration support", async () => {
  const files = await scriptsOf('/bare-one.html');
  assert.ok(files.includes('/hotline-list.js'), files.join(' '));
  assert.deepEqual(files.filter(isSupport), []);
});

test('safety-panels.js is one file: it imports nothing from beside itself but data', async () => {
  const files = await scriptsOf('/bare.html');
  assert.deepEqual(
    files.filter((file) => /^\/safety-panels[-.]/.test(file)),
    ['/safety-panels.js'],
  );
});

for (const [page, bundle] of [
  ['/bare.html', 'safety-panels.js'],
  ['/bare-one.html', 'hotline-list.js'],
]) {
  test(`a page with no site manifest (${bundle}) never downloads the merge`, async () => {
    const files = await scriptsOf(page);
    assert.ok(files.includes(`/${bundle}`), files.join(' '));
    assert.deepEqual(files.filter(hasMerge), []);
  });
}

test('a page with a site manifest downloads the merge, and its services show', async () => {
  const shown = [];
  const files = await scriptsOf('/site.html', shown);
  assert.equal(files.filter(hasMerge).length, 1, files.join(' '));
  // The school's own counsellor, added to the built-in services (tests/fixtures/school.json).
  assert.match(shown[0], /Ms Rivera, school counsellor/);
  assert.match(shown[0], /NCMEC|CyberTipline/);
});

for (const [page, bundle] of [
  ['/drawn.html', 'safety-panels.js'],
  ['/drawn-one.html', 'hotline-list.js'],
]) {
  test(`a page a server drew (${bundle}) downloads it, and the list is taken over`, async () => {
    const files = await scriptsOf(page);
    assert.equal(files.filter(isSupport).length, 1, files.join(' '));
  });
}
