// Lit's hydration support is loaded only by a page a server drew: a page whose elements the script draws itself
// never downloads it (issue 21: pay only for what is on screen). Served from dist/ in Debian's Chromium
// (`npm run build` first); a file is the support when it holds its `globalThis.litElementHydrateSupport=`.
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
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The script files a page asked for, once its list shows services and the network is quiet. */
async function scriptsOf(path) {
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
  await tab.close();
  return files;
}

const isSupport = (file) =>
  readFileSync(new URL(`../../dist${file}`, import.meta.url), 'utf8').includes(
    'litElementHydrateSupport=',
  );

for (const [page, bundle] of [
  ['/bare.html', 'safety-panels.js'],
  ['/bare-one.html', 'hotline-list.js'],
]) {
  test(`a page the script draws (${bundle}) never downloads Lit's hydration support`, async () => {
    const files = await scriptsOf(page);
    assert.ok(files.includes(`/${bundle}`), files.join(' '));
    assert.deepEqual(files.filter(isSupport), []);
  });
}

for (const [page, bundle] of [
  ['/drawn.html', 'safety-panels.js'],
  ['/drawn-one.html', 'hotline-list.js'],
]) {
  test(`a page a server drew (${bundle}) downloads it, and the list is taken over`, async () => {
    const files = await scriptsOf(page);
    assert.equal(files.filter(isSupport).length, 1, files.join(' '));
  });
}
