// Help without the script: a site's own fallback inside each element (README, "Without JavaScript") shows in Debian's
// Chromium with scripts off and when the script file never arrives, and disappears, for eyes and for a screen
// reader, once the element draws its help. Served from dist/ (`npm run build` first).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { serveDist } from './dist-server.mjs';

const FALLBACK = 'Scripts are off here: in immediate danger, call 911.';
const body =
  `<hotline-list region="US"><p>${FALLBACK}</p></hotline-list>` +
  '<report-help variant="button" report-url="/report"><a href="/report">Report this post</a></report-help>';
const page = (script) =>
  '<!doctype html><html lang="en-US"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
  `<title>t</title></head><body>${body}<script type="module" src="/${script}"></script></body></html>`;

let server;
let browser;

before(async () => {
  // The server has no /lost/ folder: that page's script never arrives.
  server = await serveDist({
    '/page.html': page('safety-panels.js'),
    '/lost.html': page('lost/safety-panels.js'),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, options = {}) {
  const context = await browser.newContext(options);
  const tab = await context.newPage();
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return { tab, close: () => context.close() };
}

test('with scripts off, the fallback inside each element is on screen and read out', async () => {
  const { tab, close } = await open('/page.html', { javaScriptEnabled: false });
  try {
    assert.equal(await tab.getByText(FALLBACK).isVisible(), true);
    assert.equal(await tab.getByRole('link', { name: 'Report this post' }).isVisible(), true);
    assert.match(await tab.locator('body').ariaSnapshot(), /in immediate danger, call 911/);
  } finally {
    await close();
  }
});

test('when the script file never arrives, the fallback stays', async () => {
  const { tab, close } = await open('/lost.html');
  try {
    await tab.waitForTimeout(300);
    assert.equal(await tab.getByText(FALLBACK).isVisible(), true);
    assert.equal(await tab.getByRole('link', { name: 'Report this post' }).isVisible(), true);
  } finally {
    await close();
  }
});

test('once the element draws its help, the fallback is neither shown nor read out', async () => {
  const { tab, close } = await open('/page.html');
  try {
    await tab.waitForFunction(() =>
      document.querySelector('hotline-list')?.shadowRoot?.querySelector('[part~="item"]'),
    );
    assert.equal(await tab.getByText(FALLBACK).isVisible(), false);
    assert.equal(await tab.getByRole('link', { name: 'Report this post' }).count(), 0);
    const tree = await tab.locator('body').ariaSnapshot();
    assert.doesNotMatch(tree, /Scripts are off|Report this post/);
    assert.match(tree, /Report \/ get help/);
  } finally {
    await close();
  }
});
