// A prerendered element with a site's manifest (issue 17): by URL (the server drew the built-in help), the drawn
// help stays while the manifest loads and the panel updates in place when it arrives, or adds the notice when it
// fails; inside the element, the script takes over without drawing "Loading help…" in between. Reads dist/.
// Each was seen to fail with its part of the fix undone: the server fetching the URL ("document is not defined"),
// the browser loading it in front of the drawn help ("Loading help…"), and the inline one checked only after the
// take-over ("Loading help…" and the drawn nodes replaced).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { renderElement } from '../../dist/server.js';
import { serveDist } from './dist-server.mjs';
import { listen, prerenderedPage, renderCli, waitForTakeOver } from './prerender-page.mjs';

const school = readFileSync('tests/fixtures/school.json', 'utf8');
// Every frame once the page is parsed (a frame drawn while the parser is still reading the list is not a flash;
// the script runs after parsing), what the panel shows: "L" while it says "Loading help…", the number of items,
// "R" with the counsellor.
const WATCH =
  '<script>window.__seen=[];(function w(){requestAnimationFrame(()=>{const r=document.readyState!=="loading"&&' +
  'document.querySelector("hotline-list")?.shadowRoot;if(r){const t=r.textContent;const s=(/Loading help/.test(t)?"L":"")+r.querySelectorAll("li").length+' +
  '(t.includes("Rivera")?"R":"");if(window.__seen.at(-1)!==s)window.__seen.push(s);}w();});})();</script>';

let server;
let browser;
let release;
const held = new Promise((resolve) => (release = resolve));

before(async () => {
  const byUrl = await renderElement('hotline-list', { region: 'US', manifest: '/site.json' });
  const broken = await renderElement('hotline-list', { region: 'US', manifest: '/broken.json' });
  const inline = renderCli(
    'hotline-list',
    '--region',
    'US',
    '--manifest',
    'tests/fixtures/school.json',
  );
  // Not valid (an email channel with no address): drawn as the built-in help with the notice.
  const bad = JSON.parse(school);
  bad.resources[0].channels = [{ type: 'email' }];
  const invalid = await renderElement('hotline-list', { region: 'US' }, { manifest: bad });
  server = await serveDist({
    '/invalid.html': prerenderedPage(invalid, { head: WATCH }),
    '/url.html': prerenderedPage(byUrl, { head: WATCH }),
    '/broken.html': prerenderedPage(broken, { head: WATCH }),
    '/inline.html': prerenderedPage(inline, { head: WATCH }),
  });
  // The manifest by URL answers only when the test says so.
  const { createServer } = await import('node:http');
  const pages = createServer(async (request, response) => {
    if (request.url === '/site.json') await held;
    response.writeHead(request.url === '/site.json' ? 200 : 404, {
      'content-type': 'application/json',
    });
    response.end(request.url === '/site.json' ? school : '');
  });
  await new Promise((resolve) => pages.listen(0, '127.0.0.1', resolve));
  const manifests = `http://127.0.0.1:${pages.address().port}`;
  server.manifests = { origin: manifests, close: () => new Promise((r) => pages.close(r)) };
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await server?.manifests?.close();
});

/** Every frame so far showed help: never "Loading help…", never an empty list. */
async function assertHelpAllAlong(tab) {
  const seen = await tab.evaluate(() => window.__seen);
  assert.ok(!seen.some((state) => state.startsWith('L') || state.startsWith('0')), seen.join(' '));
}

async function open(path) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const said = listen(tab);
  // The manifests come from their own server (held or refused), through the page's own path.
  await tab.route(/\/(site|broken)\.json$/, (route) =>
    route.continue({ url: `${server.manifests.origin}${new URL(route.request().url()).pathname}` }),
  );
  await tab.goto(`${server.origin}${path}`);
  await tab.evaluate(() => {
    window.__first = document.querySelector('hotline-list').shadowRoot.querySelector('li');
  });
  return { tab, said, close: () => context.close() };
}

test('by URL: the drawn help stays while the manifest loads, then the counsellor is added in place', async () => {
  const { tab, said, close } = await open('/url.html');
  try {
    await waitForTakeOver(tab, 'hotline-list');
    const shown = tab.locator('hotline-list [part~="item"]');
    assert.equal(await shown.filter({ hasText: 'CyberTipline' }).count(), 1);
    release();
    await shown.filter({ hasText: 'Ms Rivera' }).waitFor();
    await assertHelpAllAlong(tab);
    assert.equal(await tab.evaluate(() => window.__first.isConnected), true);
    assert.deepEqual(said, []);
  } finally {
    await close();
  }
});

test('by URL, failing: the drawn help stays and the notice says the site manifest could not be loaded', async () => {
  const { tab, close } = await open('/broken.html');
  try {
    await tab.locator('hotline-list [part~="notice"]').waitFor();
    await assertHelpAllAlong(tab);
    assert.equal(
      await tab.locator('hotline-list [part~="item"]').filter({ hasText: 'CyberTipline' }).count(),
      1,
    );
  } finally {
    await close();
  }
});

test('inside the element: taken over with no "Loading help…" in between and the drawn nodes kept', async () => {
  const { tab, said, close } = await open('/inline.html');
  try {
    await waitForTakeOver(tab, 'hotline-list');
    await assertHelpAllAlong(tab);
    assert.equal(await tab.evaluate(() => window.__first.isConnected), true);
    assert.deepEqual(said, []);
  } finally {
    await close();
  }
});

test('inside the element, not valid: taken over with the notice kept and nothing drawn again', async () => {
  const { tab, said, close } = await open('/invalid.html');
  try {
    await waitForTakeOver(tab, 'hotline-list');
    await assertHelpAllAlong(tab);
    assert.equal(await tab.locator('hotline-list [part~="notice"]').count(), 1);
    assert.equal(await tab.evaluate(() => window.__first.isConnected), true);
    assert.deepEqual(
      said.filter((line) => /drawn again|hydrat/i.test(line)),
      [],
    );
  } finally {
    await close();
  }
});
